package ui

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// The memo's file is replaced whole at every change and read back; a
// damaged file is reported and starts an empty memo.
func TestPrefsFileWritesAtomically(t *testing.T) {
	path := filepath.Join(t.TempDir(), "wasmstep", "preferences.json")
	p, err := openPrefsFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := newMemo(p)
	m.addRecent([]string{"a.wat"})
	m.setBreakpoints("a.wat", []int{3, 9})
	again, err := openPrefsFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := newMemo(again).breakpoints("a.wat"); !slices.Equal(got, []int{3, 9}) {
		t.Errorf("breakpoints read back = %v", got)
	}
	if got := newMemo(again).recent(); len(got) != 1 || filepath.Base(got[0]) != "a.wat" {
		t.Errorf("recent read back = %v", got)
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("files beside the memo: %v", entries)
	}
	if err := os.WriteFile(path, []byte(`{"strings": {"rec`), 0o644); err != nil {
		t.Fatal(err)
	}
	broken, err := openPrefsFile(path)
	if err == nil || len(newMemo(broken).recent()) != 0 {
		t.Errorf("a truncated file: err %v, recent %v", err, newMemo(broken).recent())
	}
}
