package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// A line inserted above a breakpoint moves the breakpoint with its code; a
// reload that ends a stopped call says so, and F10 starts that call again.
func TestReloadKeepsBreakpointsOnTheirCode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fib.wat")
	src, _ := os.ReadFile("testdata/fib.wat")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	w := openFake(t, 1280, 800)
	w.Open(path)
	w.Settle()
	w.toggleBreakpoint(w.src.cur, 14)
	w.Invoke("fib", []string{"3"}, true)
	w.Settle()
	if err := os.WriteFile(path, append([]byte(";; 新的一行\n"), src...), 0o644); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(5 * time.Second); !strings.HasPrefix(w.src.cur.text, ";; 新"); time.Sleep(20 * time.Millisecond) {
		w.drain()
		if time.Now().After(deadline) {
			t.Fatal("the saved file was not reloaded")
		}
	}
	w.Settle()
	if !slices.Equal(w.src.cur.breakpoints, []int{15}) || !fake(w).breakpointSet(path, 15) {
		t.Errorf("breakpoints after a line above: gutter %v, engine %v; want line 15", w.src.cur.breakpoints, fake(w).bps)
	}
	if got := w.status.where.Text(); !strings.Contains(got, "the stopped call ended") {
		t.Errorf("status %q does not say the call ended", got)
	}
	press(w, fyne.KeyF10)
	if got := fake(w).commands(); got[len(got)-1] != "invoke fib [3]" {
		t.Errorf("F10 after the reload ran %v, want fib 3 again", got[len(got)-1])
	}
}

func TestFollowLines(t *testing.T) {
	before := "a\nb\nc\nb\n"
	after := "x\na\nb\nc\nb\n"
	if got := followLines(before, after, []int{2, 4, 9}); !slices.Equal(got, []int{3, 5}) {
		t.Errorf("followLines = %v, want [3 5]", got)
	}
}
