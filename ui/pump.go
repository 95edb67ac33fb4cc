package ui

import (
	"sync"
	"sync/atomic"
	"time"

	"wasmstep/views/console"
)

// frameInterval is how often the pump shows a running machine: about 60 Hz.
const frameInterval = time.Second / 60

// batch is what arrived from the engine since the last frame: the host's
// output.
type batch struct {
	console []console.Entry
}

func (b *batch) empty() bool { return len(b.console) == 0 }

// pump carries engine events (from the worker goroutine) to the UI goroutine,
// coalesced to one apply per frame while the machine runs; it applies every
// frame then, even an empty one, so the window can show where the machine is.
type pump struct {
	apply func(batch) // on the UI goroutine
	post  *dispatcher

	mu      sync.Mutex
	next    batch
	stop    chan struct{} // closes the running ticker; nil when idle
	pending atomic.Bool   // a frame waits for the UI goroutine: skip ticks
}

// add records an event; it may be called from any goroutine.
func (p *pump) add(f func(*batch)) {
	p.mu.Lock()
	f(&p.next)
	p.mu.Unlock()
}

func (p *pump) take() batch {
	p.mu.Lock()
	defer p.mu.Unlock()
	b := p.next
	p.next = batch{}
	return b
}

// running reports whether a long command is being shown live.
func (p *pump) running() bool { return p.stop != nil }

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
				// A busy UI goroutine gets one frame, not a queue of them
				// that would delay the stop behind them.
				if p.pending.Swap(true) {
					continue
				}
				p.post.do(func() {
					p.pending.Store(false)
					p.apply(p.take())
				})
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
