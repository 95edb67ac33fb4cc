package wast

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"wasmstep/internal/testsuite"
)

var updateRatchet = flag.Bool("update-ratchet", false, "rewrite testdata/ratchet.tsv with the current pass counts")

// ratchetPath holds, per suite file, the number of assertions known to
// pass. The suite test fails when any file passes fewer, so conformance can
// only go up; -update-ratchet records progress.
const ratchetPath = "testdata/ratchet.tsv"

// TestSuite runs the whole suite in the fast form, checked against the
// ratchet; TestSuiteDebugForm runs it again as the debugger runs code.
func TestSuite(t *testing.T) { runSuite(t, Options{}) }

func TestSuiteDebugForm(t *testing.T) { runSuite(t, Options{DebugForm: true}) }

func runSuite(t *testing.T, opts Options) {
	core := testsuite.Core(t)
	files, err := Scripts(core)
	if err != nil {
		t.Fatal(err)
	}
	ratchet := readRatchet(t)
	got := map[string]int{}
	passed, failed := 0, 0
	for _, path := range files {
		rel, _ := filepath.Rel(core, path)
		rel = filepath.ToSlash(rel)
		res, err := RunFile(path, opts)
		if err != nil {
			if ratchet[rel] > 0 {
				t.Errorf("%s: %v", rel, err)
			} else {
				t.Logf("%s: %v", rel, err)
			}
			got[rel] = 0
			continue
		}
		got[rel] = res.Passed
		passed += res.Passed
		failed += res.Failed
		if res.Passed < ratchet[rel] {
			t.Errorf("%s: %d assertions pass, the ratchet says %d; first failures:", rel, res.Passed, ratchet[rel])
			for i, f := range res.Failures {
				if i == 5 {
					break
				}
				t.Errorf("  %s", f)
			}
		}
	}
	t.Logf("%d passed, %d failed", passed, failed)
	if *updateRatchet && !opts.DebugForm {
		writeRatchet(t, got)
	}
}

func readRatchet(t *testing.T) map[string]int {
	m := map[string]int{}
	f, err := os.Open(ratchetPath)
	if os.IsNotExist(err) {
		return m
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, count, ok := strings.Cut(sc.Text(), "\t")
		if !ok || strings.HasPrefix(name, "#") {
			continue
		}
		n, err := strconv.Atoi(count)
		if err != nil {
			t.Fatalf("%s: bad count %q", ratchetPath, count)
		}
		m[name] = n
	}
	return m
}

func writeRatchet(t *testing.T, got map[string]int) {
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("# file\tassertions passing (the suite test refuses to see these drop)\n")
	for _, n := range names {
		fmt.Fprintf(&b, "%s\t%d\n", n, got[n])
	}
	if err := os.MkdirAll(filepath.Dir(ratchetPath), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ratchetPath, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
