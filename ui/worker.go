package ui

import (
	"sync"
	"sync/atomic"

	"wasmstep/debugger"
)

// command is one blocking call of an engine. run runs on the worker
// goroutine; done runs afterwards on the UI goroutine.
type command struct {
	eng    Engine // the session's engine when the command was given
	name   string // commands with the same name coalesce when repeat is set
	repeat bool   // a step the user may hold a key for
	live   bool   // may run long: show the machine while it runs
	// keep: a read for the stop shown, which a view waits for; Pause does
	// not drop it.
	keep bool
	run  func(Engine) (*debugger.Snapshot, error)
	done func(*debugger.Snapshot, error)
}

// maxQueued bounds the commands waiting behind the running one, so a held
// key cannot pile up work that runs long after it is released.
const maxQueued = 4

// worker runs engine commands one at a time on its own goroutine, so the
// machine never runs on the UI goroutine and the window never freezes. Its
// queue and busy flag belong to the UI goroutine; mu makes that hold under the
// headless driver too, whose fyne.Do runs finish at once on the worker's
// goroutine: without it a submit could slip between finish's "idle" and its
// start of the next queued command, and the worker would block sending to
// itself.
type worker struct {
	pump    *pump
	jobs    chan command
	mu      sync.Mutex
	gate    idleGate
	queue   []command
	pending atomic.Int64 // queued and running commands, for Settle
	post    *dispatcher
}

// idleGate says whether a command is in flight. The UI goroutine never
// touches the engine: what it shows was copied by the worker (stopData).
type idleGate struct {
	busy atomic.Bool // a command is running or about to
}

func (g *idleGate) idle() bool { return !g.busy.Load() }

func newWorker(p *pump, post *dispatcher) *worker {
	w := &worker{pump: p, post: post, jobs: make(chan command, 1)}
	go w.loop()
	return w
}

func (w *worker) loop() {
	for c := range w.jobs {
		s, err := c.run(c.eng)
		w.post.do(func() { w.finish(c, s, err) })
	}
}

// submit runs c after the commands before it. A repeatable step is dropped
// when the same step already waits, so holding F10 steps as fast as the
// window shows the stops, and no faster.
func (w *worker) submit(c command) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if c.repeat && len(w.queue) > 0 && w.queue[len(w.queue)-1].name == c.name {
		return
	}
	if c.repeat && len(w.queue) >= maxQueued {
		return
	}
	w.pending.Add(1)
	if w.gate.busy.Load() {
		w.queue = append(w.queue, c)
		return
	}
	w.start(c)
}

func (w *worker) start(c command) {
	w.gate.busy.Store(true)
	if c.live {
		w.pump.run()
	}
	w.jobs <- c
}

func (w *worker) finish(c command, s *debugger.Snapshot, err error) {
	w.mu.Lock()
	w.gate.busy.Store(false)
	w.mu.Unlock()
	w.pump.flush() // the final stop comes after every frame
	c.done(s, err) // may submit: outside the lock
	w.mu.Lock()
	defer w.mu.Unlock()
	w.pending.Add(-1)
	if len(w.queue) > 0 && !w.gate.busy.Load() {
		next := w.queue[0]
		w.queue = w.queue[1:]
		w.start(next)
	}
}

// cancelQueued drops the commands that have not started, e.g. on Pause,
// but for the reads a view waits for.
func (w *worker) cancelQueued() {
	w.mu.Lock()
	defer w.mu.Unlock()
	kept := w.queue[:0]
	for _, c := range w.queue {
		if c.keep {
			kept = append(kept, c)
		}
	}
	w.pending.Add(-int64(len(w.queue) - len(kept)))
	w.queue = kept
}

// close stops the worker goroutine once the running command returns.
func (w *worker) close() { close(w.jobs) }
