package ui

import (
	"encoding/json"
	"testing"

	"wasmstep/debugger"
)

// The status bar translates the engine's everyday errors by their text, so
// a real session's messages must still be keys of the translations.
func TestEngineErrorsAreTranslationKeys(t *testing.T) {
	data, err := translations.ReadFile("translations/base.zh_Hans.json")
	if err != nil {
		t.Fatal(err)
	}
	zh := map[string]string{}
	if err := json.Unmarshal(data, &zh); err != nil {
		t.Fatal(err)
	}
	sess := debugger.NewSession(debugger.Options{})
	_, idle := sess.StepInto()
	if err := sess.LoadFiles("testdata/fib.wat"); err != nil {
		t.Fatal(err)
	}
	if _, err := sess.Invoke("fib", []string{"1"}); err != nil {
		t.Fatal(err)
	}
	if s, err := sess.Continue(); err != nil || s.State != debugger.StateFinished {
		t.Fatalf("continue: %v, %v; want the call finished", s, err)
	}
	_, finished := sess.StepInto()
	for _, err := range []error{idle, finished} {
		if err == nil {
			t.Fatal("the session moved without a call")
		}
		if zh[err.Error()] == "" {
			t.Errorf("%q is not translated", err)
		}
	}
}

// Heap roots keep the holder's name and translate only its kind.
func TestRootTextKeepsTheName(t *testing.T) {
	for _, root := range []string{"local $p", "global $g", "table $t[3]", "stack"} {
		if got := rootText(root); got != root {
			t.Errorf("rootText(%q) = %q", root, got)
		}
	}
}
