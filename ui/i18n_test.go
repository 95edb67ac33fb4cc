package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// TestTranslationsCoverTheInterface checks that every text the window
// translates has an English and a Simplified Chinese entry.
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
	used := regexp.MustCompile(`lang\.L\("([^"]+)"|action\{"([^"]+)", "([^"]+)"|: +"([A-Z][a-z]+)",`)
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		src, _ := os.ReadFile(f)
		for _, m := range used.FindAllStringSubmatch(string(src), -1) {
			for _, s := range m[1:] {
				if s == "" {
					continue
				}
				if en[s] == "" || zh[s] == "" {
					t.Errorf("%s: %q lacks a translation", f, s)
				}
			}
		}
	}
}
