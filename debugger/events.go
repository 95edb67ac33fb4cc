package debugger

import (
	"bytes"
	"io"
	"sync"
	"sync/atomic"

	"wasmstep/vm"
)

// EventKind says what an event reports.
type EventKind uint8

// Event kinds.
const (
	EventStep   EventKind = iota // an instruction is about to run
	EventOutput                  // a line of host output
	EventStop                    // the machine stopped: Snapshot
)

// Event is sent to subscribers. Step events come from the machine's
// goroutine once per instruction, only while someone subscribes.
type Event struct {
	Kind     EventKind
	Step     uint64   // instructions completed before this one
	Location Location // EventStep: the instruction about to run
	Effect   string   // EventStep: its stack effect, e.g. "[i32 i32] -> [i32]"
	Depth    int      // EventStep: frames on the call stack
	Stack    []Value  // EventStep: the current frame's operand stack, bottom first
	Output   string   // EventOutput: one line, without its newline
	Snapshot *Snapshot
}

// subscribers is the list of event callbacks, replaced as a whole on
// every change so emitting needs no lock: one atomic load when nobody
// listens.
type subscribers struct {
	mu     sync.Mutex // serialises changes
	nextID int
	list   atomic.Pointer[subscriberList]
}

type subscriberList struct {
	subs  []subscriber
	steps bool // some subscriber takes step events
}

type subscriber struct {
	id    int
	fn    func(Event)
	steps bool
}

// stepping reports whether step events are wanted, so built.
func (b *subscribers) stepping() bool {
	l := b.list.Load()
	return l != nil && l.steps
}

func (b *subscribers) emit(e Event) {
	if l := b.list.Load(); l != nil {
		for _, sub := range l.subs {
			if sub.steps || e.Kind != EventStep {
				sub.fn(e)
			}
		}
	}
}

// update replaces the list with f applied to a copy of it.
func (b *subscribers) update(f func([]subscriber) []subscriber) {
	b.mu.Lock()
	defer b.mu.Unlock()
	var cur []subscriber
	if l := b.list.Load(); l != nil {
		cur = l.subs
	}
	next := &subscriberList{subs: f(append([]subscriber(nil), cur...))}
	for _, sub := range next.subs {
		next.steps = next.steps || sub.steps
	}
	b.list.Store(next)
}

func (b *subscribers) add(f func(Event), steps bool) (cancel func()) {
	b.mu.Lock()
	id := b.nextID
	b.nextID++
	b.mu.Unlock()
	b.update(func(l []subscriber) []subscriber { return append(l, subscriber{id, f, steps}) })
	return func() {
		b.update(func(l []subscriber) []subscriber {
			for i, sub := range l {
				if sub.id == id {
					return append(l[:i], l[i+1:]...)
				}
			}
			return l
		})
	}
}

// Subscribe registers f for every event; cancel unregisters it. With no
// such subscriber, no step event is built, and a run with nothing else to
// watch takes the fast loop. Step events are delivered on the machine's
// goroutine, in the middle of a run: f must be quick.
func (s *Session) Subscribe(f func(Event)) (cancel func()) { return s.subs.add(f, true) }

// SubscribeOutput registers f for host output and stop events only, for a
// front end that follows a run by Progress and Recent instead: it costs a
// run nothing. Events come on the machine's goroutine; f must be quick.
func (s *Session) SubscribeOutput(f func(Event)) (cancel func()) { return s.subs.add(f, false) }

// emitStep sends the event for the instruction the thread is about to run.
func (s *Session) emitStep(t *vm.Thread, pos uint64) {
	fv := t.Frame(0)
	in := s.instr(fv.Func, fv.PC)
	e := Event{Kind: EventStep, Step: pos, Location: in.loc, Depth: t.Depth(), Effect: in.sig}
	e.Stack = s.stackValues(fv, fv.PC)
	s.subs.emit(e)
}

// outputWriter is the sink host functions write to: it forwards the bytes
// to Options.Stdout and sends each complete line as an output event.
type outputWriter struct {
	s       *Session
	pending []byte
}

func (w *outputWriter) Write(p []byte) (int, error) {
	if out := w.s.opts.Stdout; out != nil {
		if _, err := out.Write(p); err != nil {
			return 0, err
		}
	}
	w.pending = append(w.pending, p...)
	for {
		i := bytes.IndexByte(w.pending, '\n')
		if i < 0 {
			break
		}
		w.s.subs.emit(Event{Kind: EventOutput, Output: string(w.pending[:i])})
		w.pending = w.pending[i+1:]
	}
	return len(p), nil
}

var _ io.Writer = (*outputWriter)(nil)
