package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The hex grid shows the bytes of the stop shown, copied by the worker: a
// small memory's with the snapshot, a big memory's (over 16 MiB, copied by
// chunks) for the rows in view with the stop and for rows scrolled to on
// request, pending until the copy arrives; stepping back shows the older
// bytes.
func TestMemoryGridShowsTheStopsBytes(t *testing.T) {
	for _, tt := range []struct {
		name      string
		pages     int
		far, data uint64
		pending   bool // rows scrolled to wait for the worker
	}{
		{"small memory, copied whole", 1, 0x8010, 0xc000, false},
		{"big memory, copied by chunks", 300, 0x1200010, 0x800000, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := openSource(t, "bytes.wat", fmt.Sprintf(`(module
  (memory %d)
  (data (i32.const %d) "\12\34")
  (func (export "main")
    (i32.store8 (i32.const 0x10) (i32.const 0xab))
    (i32.store8 (i32.const %d) (i32.const 0xcd))
    (i32.store8 (i32.const 0x10) (i32.const 0xef))))`, tt.pages, tt.data, tt.far))
			if err := w.ShowDataTab("memory"); err != nil {
				t.Fatal(err)
			}
			press(w, fyne.KeyF11) // starts main, stopped at its entry
			steps := func(n int) {
				for range n {
					w.StepInto()
					w.Settle() // a held key's repeats coalesce
				}
			}
			steps(3)
			wantRow(t, w, 0x10, "ab 00", "after the first store")
			steps(3) // the grid follows the write, far away
			wantRow(t, w, tt.far, "cd 00", "after the far store")

			goTo(w, tt.data)
			if got := gridRow(w, tt.data); strings.HasPrefix(got, "··") != tt.pending {
				t.Errorf("row %#x before the worker answered: %q (pending %v)", tt.data, got, tt.pending)
			}
			w.Settle()
			wantRow(t, w, tt.data, "12 34 00", "scrolled far away")

			steps(3)
			goTo(w, 0x10)
			w.Settle()
			wantRow(t, w, 0x10, "ef 00", "after the third store")
			w.StepBack()
			w.Settle()
			wantRow(t, w, 0x10, "ab 00", "after a step back")
		})
	}
}

// goTo types an address into the memory pane's go-to entry.
func goTo(w *Window, addr uint64) {
	e := all[settable](w.panes.memory)[0]
	e.SetText("")
	test.Type(e, fmt.Sprintf("%#x", addr))
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

// settable is an entry whose text can be replaced.
type settable interface {
	textEntry
	SetText(string)
}

// gridRow is the text of the hex grid's row at addr (a multiple of 16),
// bytes or pending marks, without the spaces that start it; "" if the row
// is not in view.
func gridRow(w *Window, addr uint64) string {
	lines := rendered(w.panes.memory)
	label := fmt.Sprintf("%08x", addr)
	for i, l := range lines {
		if l == label && i+1 < len(lines) {
			return strings.TrimSpace(lines[i+1])
		}
	}
	return ""
}

func wantRow(t *testing.T, w *Window, addr uint64, prefix, when string) {
	t.Helper()
	if got := gridRow(w, addr); !strings.HasPrefix(got, prefix) {
		t.Errorf("%s: row %#x shows %q, want %q…", when, addr, got, prefix)
	}
}

// The tables pane shows entries the worker copied, and asks for the rows
// scrolled to.
func TestTableEntriesComeFromTheWorker(t *testing.T) {
	w := openFake(t, 1280, 800)
	if err := w.ShowDataTab("tables"); err != nil {
		t.Fatal(err)
	}
	w.Invoke("fib", []string{"3"}, true)
	w.Settle()
	m := w.tablesModel(w.data)
	if got := m.Tables[0].Entry(0).Text; got != "func $f0" {
		t.Errorf("entry 0 with the stop = %q", got)
	}
	if !m.Tables[0].Entry(1).Null {
		t.Error("entry 1 is not null")
	}
	far := tableChunk * 3
	if got := m.Tables[0].Entry(far).Text; got != "…" {
		t.Errorf("entry %d before the worker answered = %q", far, got)
	}
	w.Settle()
	if got := m.Tables[0].Entry(far).Text; got != fmt.Sprintf("func $f%d", far) {
		t.Errorf("entry %d after the worker answered = %q", far, got)
	}
}

// Pause drops the steps queued behind a run, not the reads a view waits
// for; a read answered after its stop was replaced is not kept.
func TestPauseKeepsTheReadsAViewWaitsFor(t *testing.T) {
	w := openFake(t, 1280, 800)
	w.Invoke("fib", []string{"3"}, true)
	w.Settle()
	fake(w).blockRun = true
	w.Continue() // runs until Pause
	w.StepOver()
	before := w.data
	l := before.memory[instKey{0, 0}]
	if l == nil {
		t.Fatal("the fake's memory has no chunks: the memory tab was not filled")
	}
	far := uint64(40)
	l.chunk(far) // the grid scrolled far away while the machine runs
	w.Pause()
	w.Settle()
	if got := fake(w).commands(); got[len(got)-1] != "continue" {
		t.Errorf("commands = %v: the queued step ran after Pause", got)
	}
	if w.data == before {
		t.Fatal("the pause's stop was not shown")
	}
	if _, ok := before.memory[instKey{0, 0}].chunks[far]; ok {
		t.Error("a read for a replaced stop was kept")
	}
	if w.work.pending.Load() != 0 {
		t.Error("a read is still pending")
	}
}

func TestCancelQueuedKeepsReads(t *testing.T) {
	wk := &worker{}
	wk.queue = []command{{name: "step over"}, {name: "read memory", keep: true}, {name: "step over"}}
	wk.pending.Store(4) // and one running
	wk.cancelQueued()
	if len(wk.queue) != 1 || wk.queue[0].name != "read memory" || wk.pending.Load() != 2 {
		t.Errorf("queue %v, %d pending after Pause; want the read alone, 2", wk.queue, wk.pending.Load())
	}
}
