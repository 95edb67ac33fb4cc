// Package testsuite locates the official WebAssembly test suite for tests.
// The suite lives beside the repository, in ../shared/testsuite; tests read
// it where it lies and never copy it in.
package testsuite

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Core returns the suite's core folder. When it is missing the test is
// skipped, except under CI=true, where a missing suite fails the test: CI
// must never pass by running nothing.
func Core(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "..", "shared", "testsuite", "core")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the official test suite is missing at %s (required when CI=true)", dir)
		}
		t.Skipf("the official test suite is not at %s", dir)
	}
	return dir
}

// Scripts lists every .wast file below the core folder, in lexical order.
func Scripts(t testing.TB) []string {
	t.Helper()
	core := Core(t)
	var files []string
	err := filepath.WalkDir(core, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".wast") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files
}

// repoRoot walks up from the test's directory to the one holding go.mod.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test's directory")
		}
		dir = parent
	}
}
