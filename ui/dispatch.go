package ui

import (
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
)

// dispatcher carries work from the worker, the pump and the file watcher
// to the UI goroutine: fyne.Do with a real driver. The headless driver's
// fyne.Do runs the function at once on the calling goroutine, so the
// worker's goroutine would change the window while a test or a screenshot
// reads it, a data race; in manual mode (Headless) the functions wait in a
// queue that Settle runs on its caller's goroutine instead.
type dispatcher struct {
	manual atomic.Bool
	funcs  chan func()
}

func newDispatcher() *dispatcher { return &dispatcher{funcs: make(chan func(), 64)} }

func (d *dispatcher) do(f func()) {
	if d.manual.Load() {
		d.funcs <- f
		return
	}
	fyne.Do(f)
}

// Headless makes the window take the results of its commands only in
// Settle, on the goroutine that calls it: for the headless driver (tests,
// screenshots), so that one goroutine drives the window.
func (w *Window) Headless() { w.post.manual.Store(true) }

// Settle waits until every command given so far has finished and its stop
// is shown. Only for the headless driver (see Headless).
func (w *Window) Settle() {
	for {
		w.drain()
		if w.work.pending.Load() == 0 {
			return
		}
		if !w.post.manual.Load() { // fyne.Do runs finish on the worker
			time.Sleep(time.Millisecond)
			continue
		}
		(<-w.post.funcs)()
	}
}

// drain runs the functions waiting for the UI goroutine, without waiting
// for more.
func (w *Window) drain() {
	for {
		select {
		case f := <-w.post.funcs:
			f()
		default:
			return
		}
	}
}
