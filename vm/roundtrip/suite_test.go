package roundtrip

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// suiteDir finds the official core test suite: ../shared/testsuite/core
// beside the repository root (the directory holding go.mod). When it is
// missing the test is skipped, except under CI=true, where it fails.
func suiteDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
	suite := filepath.Join(dir, "..", "shared", "testsuite", "core")
	if _, err := os.Stat(suite); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("test suite missing under CI: %v", err)
		}
		t.Skipf("test suite not found: %v", err)
	}
	return suite
}

// suiteScripts lists the .wast files of the suite, relative to dir.
func suiteScripts(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".wast") {
			rel, _ := filepath.Rel(dir, path)
			files = append(files, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no .wast files in %s", dir)
	}
	return files
}
