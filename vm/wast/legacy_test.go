package wast

import (
	"path/filepath"
	"testing"

	"wasmstep/internal/testsuite"
)

// The legacy exception tests must pass completely, in both forms of the
// machine: with nothing left to ratchet, any failure is a regression.
func TestLegacySuite(t *testing.T) { runLegacySuite(t, Options{}) }

func TestLegacySuiteDebugForm(t *testing.T) { runLegacySuite(t, Options{DebugForm: true}) }

func runLegacySuite(t *testing.T, opts Options) {
	dir := testsuite.Legacy(t)
	files, err := Scripts(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no .wast files under %s", dir)
	}
	passed := 0
	for _, path := range files {
		rel, _ := filepath.Rel(dir, path)
		res, err := RunFile(path, opts)
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		passed += res.Passed
		if res.Passed == 0 {
			t.Errorf("%s: no assertion ran", rel)
		}
		if res.Failed > 0 {
			t.Errorf("%s: %d assertions fail", rel, res.Failed)
		}
		for _, f := range res.Failures {
			t.Errorf("%s: %s", rel, f)
		}
	}
	t.Logf("%d assertions passed", passed)
}
