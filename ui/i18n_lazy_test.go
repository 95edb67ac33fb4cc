package ui

import (
	"bytes"
	"os"
	"os/exec"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// The window's translations are loaded by the first window, not at start-up,
// and then show: under a Chinese locale a phrase of ours reads in Chinese
// after New and in English before it. The locale is read once per process,
// so the check runs in a child with LANG set.
func TestTranslationsLoadWithTheFirstWindow(t *testing.T) {
	const phrase = "Step back"
	if os.Getenv("WASMSTEP_LAZY_I18N_CHILD") == "1" {
		if got := lang.L(phrase); got != phrase {
			t.Fatalf("before the first window %q reads %q: translations were loaded at start-up", phrase, got)
		}
		app := test.NewTempApp(t)
		app.Settings().SetTheme(theme.DefaultTheme())
		New(app, func([]string) Engine { return newFakeEngine() })
		if want := readTranslations(t, "base.zh_Hans.json")[phrase]; lang.L(phrase) != want {
			t.Fatalf("after New %q reads %q, want %q", phrase, lang.L(phrase), want)
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestTranslationsLoadWithTheFirstWindow$")
	cmd.Env = append(os.Environ(), "WASMSTEP_LAZY_I18N_CHILD=1", "LANG=zh_CN.UTF-8", "LC_ALL=", "LC_MESSAGES=", "LANGUAGE=")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v:\n%s", err, out.String())
	}
}
