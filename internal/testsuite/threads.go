package testsuite

import (
	"os"
	"path/filepath"
	"testing"
)

// Threads returns the threads proposal's folder of the suite, skipping or
// (under CI=true) failing the test like Core when it is missing.
func Threads(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "..", "shared", "testsuite", "proposals", "threads")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the threads proposal's tests are missing at %s (required when CI=true)", dir)
		}
		t.Skipf("the threads proposal's tests are not at %s", dir)
	}
	return dir
}
