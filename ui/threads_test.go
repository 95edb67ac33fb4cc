package ui

import (
	"os"
	"testing"
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
