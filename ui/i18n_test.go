package ui

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"wasmstep/vm/wasm"
)

// translatedKeys finds the keys the sources translate: the literal first
// argument of lang.L and lang.X, and the window's action and state tables.
// A match is a Go string literal, quotes included.
var translatedKeys = regexp.MustCompile(`lang\.[LX]\(("(?:[^"\\]|\\.)*")|action\{("[^"]+"), ("[^"]+")|: +("[A-Z][a-z]+"),`)

// TestTranslationsCoverTheInterface checks that every text the window and
// its views translate has an English and a Simplified Chinese entry.
func TestTranslationsCoverTheInterface(t *testing.T) {
	en, zh := readTranslations(t, "base.en.json"), readTranslations(t, "base.zh_Hans.json")
	files, _ := filepath.Glob("*.go")
	err := filepath.WalkDir("../views", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	inViews := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range translatedKeys.FindAllStringSubmatch(string(src), -1) {
			for _, lit := range m[1:] {
				if lit == "" {
					continue
				}
				s, err := strconv.Unquote(lit)
				if err != nil {
					t.Fatalf("%s: %s: %v", f, lit, err)
				}
				if strings.HasPrefix(f, "..") {
					inViews++
				}
				if en[s] == "" || zh[s] == "" {
					t.Errorf("%s: %q lacks a translation", f, s)
				}
			}
		}
	}
	if inViews == 0 {
		t.Error("found no translated text in ../views: the scan is broken")
	}
}

// TestTranslationsDescribeEveryInstruction checks that the Chinese file
// describes every instruction of the opcode table, whose English is the
// fallback, and describes nothing the table lacks.
func TestTranslationsDescribeEveryInstruction(t *testing.T) {
	zh := readTranslations(t, "base.zh_Hans.json")
	docs := map[string]string{} // key -> English
	for _, op := range wasm.Ops {
		if op.Doc == "" {
			continue
		}
		key := opDocKey(op.Name)
		// Descriptions are keyed by mnemonic: only select's typed form
		// shares one, and with it the untyped text.
		if _, dup := docs[key]; dup && op.Name != "select" {
			t.Errorf("%s: two instructions share the mnemonic", op.Name)
		}
		docs[key] = op.Doc
		switch got := zh[key]; got {
		case "":
			t.Errorf("%s: no Chinese description", op.Name)
		case op.Doc:
			t.Errorf("%s: the Chinese description is the English one", op.Name)
		}
	}
	if len(docs) < 400 {
		t.Fatalf("the opcode table describes only %d instructions", len(docs))
	}
	for key := range zh {
		if strings.HasPrefix(key, "op.") && docs[key] == "" {
			t.Errorf("%q describes no instruction", key)
		}
	}
}

// An instruction without a translation keeps the table's English.
func TestOpDocFallsBackToTheTable(t *testing.T) {
	for _, tc := range []struct{ mnemonic, doc string }{
		{"no.such_op", "Does something."},
		{"", "No mnemonic."},
		{"i32.add", ""},
	} {
		if got := opDoc(tc.mnemonic, tc.doc); got != tc.doc {
			t.Errorf("opDoc(%q, %q) = %q", tc.mnemonic, tc.doc, got)
		}
	}
}

// readTranslations reads one of the embedded translation files.
func readTranslations(t *testing.T, name string) map[string]string {
	t.Helper()
	data, err := translations.ReadFile("translations/" + name)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}
