package testsuite

import (
	"os"
	"path/filepath"
	"testing"
)

// Legacy returns the suite's legacy folder (the pre-3.0 exception
// instructions), skipped or failed when missing exactly as Core.
func Legacy(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "..", "shared", "testsuite", "legacy")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the official legacy test suite is missing at %s (required when CI=true)", dir)
		}
		t.Skipf("the official legacy test suite is not at %s", dir)
	}
	return dir
}
