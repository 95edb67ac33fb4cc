package ui

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"wasmstep/debugger"
	"wasmstep/views/console"
)

// frameInterval is how often the pump shows a running machine: about 60 Hz.
const frameInterval = time.Second / 60

// maxTraceBatch bounds the trace entries kept between two frames; the trace
// view shows only the newest ones anyway.
const maxTraceBatch = 512

// batch is what arrived from the engine since the last frame: the newest
// instructions run (their events are turned into trace entries only when
// shown) and the host's output.
type batch struct {
	steps   []debugger.Event
	console []console.Entry
}

func (b *batch) empty() bool { return len(b.steps) == 0 && len(b.console) == 0 }

// pump carries engine events (from the worker goroutine) to the UI goroutine,
// coalesced to one apply per frame while the machine runs.
type pump struct {
	apply func(batch) // on the UI goroutine

	mu   sync.Mutex
	next batch
	stop chan struct{} // closes the running ticker; nil when idle
}

// add records an event; it may be called from any goroutine.
func (p *pump) add(f func(*batch)) {
	p.mu.Lock()
	f(&p.next)
	if n := len(p.next.steps); n >= 2*maxTraceBatch {
		p.next.steps = append(p.next.steps[:0], p.next.steps[n-maxTraceBatch:]...)
	}
	p.mu.Unlock()
}

func (p *pump) take() batch {
	p.mu.Lock()
	defer p.mu.Unlock()
	b := p.next
	p.next = batch{}
	return b
}

// run starts showing frames while a command runs (UI goroutine).
func (p *pump) run() {
	if p.stop != nil {
		return
	}
	stop := make(chan struct{})
	p.stop = stop
	go func() {
		t := time.NewTicker(frameInterval)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				if b := p.take(); !b.empty() {
					fyne.Do(func() { p.apply(b) })
				}
			}
		}
	}()
}

// flush stops the frames and applies what is left (UI goroutine), before the
// command's final stop is shown.
func (p *pump) flush() {
	if p.stop != nil {
		close(p.stop)
		p.stop = nil
	}
	if b := p.take(); !b.empty() {
		p.apply(b)
	}
}
