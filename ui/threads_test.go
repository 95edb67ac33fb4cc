package ui

import (
	"os"
	"testing"

	"fyne.io/fyne/v2"

	"wasmstep/debugger"
)

// TestThreadsPaneSelectsAThread: a threaded program in a window on a real
// session lists its threads in the Threads pane; picking one shows that
// thread's frames.
func TestThreadsPaneSelectsAThread(t *testing.T) {
	src, err := os.ReadFile("../examples/threads_counter.wat")
	if err != nil {
		t.Fatal(err)
	}
	w := openSource(t, "threads_counter.wat", string(src))
	w.Invoke("run", []string{"2", "3"}, true)
	w.Settle()
	w.Continue() // runs to the end: every thread finishes
	w.Settle()
	w.StepBack() // the last instruction of the main thread, the others finished
	w.Settle()
	m := threadsModel(w.snap)
	if len(m.Threads) != 3 || m.Threads[m.Selected].ID != 0 {
		t.Fatalf("threads pane: %+v", m)
	}
	for i := 1; i < 3; i++ {
		if m.Threads[i].State != "finished" {
			t.Errorf("thread %d: %+v, want finished", i, m.Threads[i])
		}
	}
	w.panes.threads.OnSelected(2)
	w.Settle()
	if w.snap.Thread != 2 || len(w.snap.Frames) != 0 || w.panes.threads.Selected() != 2 {
		t.Errorf("after picking thread 2: shown thread %d with %d frames, pane selects %d",
			w.snap.Thread, len(w.snap.Frames), w.panes.threads.Selected())
	}
	w.panes.threads.OnSelected(0)
	w.Settle()
	if w.snap.Thread != 0 || len(w.snap.Frames) != 1 || w.snap.Frames[0].Location.FuncName != `"run"` {
		t.Errorf("after picking thread 0: shown thread %d, frames %+v", w.snap.Thread, w.snap.Frames)
	}
}

// TestMemoryPaneKnowsWhichThreadWrote: a run of the threaded counter to
// its end gives the memory pane the writing thread of each written byte:
// run's store of the per-thread count at 8 by thread 0, the counter at 0
// by a spawned thread.
func TestMemoryPaneKnowsWhichThreadWrote(t *testing.T) {
	src, err := os.ReadFile("../examples/threads_counter.wat")
	if err != nil {
		t.Fatal(err)
	}
	w := openSource(t, "threads_counter.wat", string(src))
	w.Invoke("run", []string{"2", "3"}, true)
	w.Settle()
	w.Continue()
	w.Settle()
	m := w.memoryModel(w.data).Memories[0]
	writer := func(addr uint64) int {
		for _, x := range m.WrittenBy {
			if addr >= x.Start && addr < x.End {
				return x.Thread
			}
		}
		return -2
	}
	if writer(8) != 0 || writer(0) != 1 && writer(0) != 2 {
		t.Errorf("written by %+v: want byte 8 by thread 0, byte 0 by thread 1 or 2", m.WrittenBy)
	}
}

// TestStepOthersCheckItem: the Debug menu's check item makes the session's
// steps let the other threads run, and a window opened later remembers it.
func TestStepOthersCheckItem(t *testing.T) {
	src, err := os.ReadFile("../examples/threads_counter.wat")
	if err != nil {
		t.Fatal(err)
	}
	w := openSource(t, "threads_counter.wat", string(src))
	session := func(w *Window) *debugger.Session { return w.eng.(*debugger.Session) }
	item := func(w *Window) *fyne.MenuItem {
		for _, m := range w.Window().MainMenu().Items {
			for _, it := range m.Items {
				if it.Label == "Steps let the other threads run" {
					return it
				}
			}
		}
		t.Fatal("no check item for steps with the other threads running")
		return nil
	}
	if item(w).Checked || session(w).StepOthers() {
		t.Fatal("the others run during steps by default")
	}
	item(w).Action()
	w.Settle()
	if !item(w).Checked || !session(w).StepOthers() {
		t.Fatalf("checked %v, session's steps let the others run %v", item(w).Checked, session(w).StepOthers())
	}
	again := New(w.app, realEngine)
	again.Headless()
	t.Cleanup(func() { again.Window().Close() })
	again.Open(w.paths...)
	again.Settle()
	if !item(again).Checked || !session(again).StepOthers() {
		t.Errorf("a new window: checked %v, session's steps let the others run %v", item(again).Checked, session(again).StepOthers())
	}
	item(again).Action()
	again.Settle()
	if item(again).Checked || session(again).StepOthers() || w.prefs.stepOthers() {
		t.Error("unchecking did not freeze the others again")
	}
}
