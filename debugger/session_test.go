package debugger

import (
	"path/filepath"
	"testing"
)

// newTestSession loads testdata files into a fresh session.
func newTestSession(t *testing.T, opts Options, files ...string) *Session {
	t.Helper()
	s := NewSession(opts)
	for i, f := range files {
		files[i] = filepath.Join("testdata", f)
	}
	if err := s.LoadFiles(files...); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestInvokeStepAndFinish(t *testing.T) {
	s := newTestSession(t, Options{}, "fact.wat")
	snap, err := s.Invoke("fact", []string{"3"})
	if err != nil {
		t.Fatal(err)
	}
	if snap.Reason != StopEntry || snap.Current().Location.FuncName != "$fact" || snap.Current().Location.Instr != 0 {
		t.Fatalf("entry: %+v", snap.Current().Location)
	}
	snap, err = s.StepInto()
	if err != nil {
		t.Fatal(err)
	}
	if snap.Current().Location.Instr != 1 || len(snap.Current().Stack) != 1 {
		t.Fatalf("after a step: %+v stack %v", snap.Current().Location, snap.Current().Stack)
	}
	snap, err = s.Continue()
	if err != nil {
		t.Fatal(err)
	}
	if snap.State != StateFinished || len(snap.Results) != 1 || snap.Results[0].String() != "i32:6" {
		t.Fatalf("finish: %v %v", snap.State, snap.Results)
	}
}
