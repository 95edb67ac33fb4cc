package wast

import (
	"path/filepath"
	"testing"

	"wasmstep/internal/testsuite"
)

// TestThreadsProposal runs the threads proposal's scripts in both forms of
// the machine; every assertion must pass.
func TestThreadsProposal(t *testing.T) {
	files, err := Scripts(testsuite.Threads(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no threads scripts found")
	}
	for _, form := range []struct {
		name string
		opts Options
	}{{"fast", Options{}}, {"debug", Options{DebugForm: true}}} {
		passed := 0
		for _, path := range files {
			res, err := RunFile(path, form.opts)
			if err != nil {
				t.Errorf("%s form: %s: %v", form.name, filepath.Base(path), err)
				continue
			}
			passed += res.Passed
			for _, f := range res.Failures {
				t.Errorf("%s form: %s", form.name, f)
			}
		}
		t.Logf("%s form: %d assertions pass", form.name, passed)
	}
}
