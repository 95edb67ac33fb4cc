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
)

// translatedKeys finds the keys the sources translate: the literal first
// argument of lang.L and lang.X, and the window's action and state tables.
// A match is a Go string literal, quotes included.
var translatedKeys = regexp.MustCompile(`lang\.[LX]\(("(?:[^"\\]|\\.)*")|action\{("[^"]+"), ("[^"]+")|: +("[A-Z][a-z]+"),`)

// TestTranslationsCoverTheInterface checks that every text the window and
// its views translate has an English and a Simplified Chinese entry.
func TestTranslationsCoverTheInterface(t *testing.T) {
	read := func(name string) map[string]string {
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
	en, zh := read("base.en.json"), read("base.zh_Hans.json")
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
