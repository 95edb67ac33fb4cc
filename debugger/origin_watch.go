package debugger

import (
	"wasmstep/vm"
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

// originWatch follows one value through a replayed window of history. The
// search calls begin at the window's first boundary with the window's end,
// then at at every boundary in order (before instruction pos runs) up to
// and including end; found reports the position of the last writer seen
// before end, and done that the search can stop here even without one
// (the value did not exist before the window).
type originWatch interface {
	begin(end uint64)
	at(pos uint64, t *vm.Thread)
	found() (pos uint64, ok bool)
	done() bool
	// mayWrite reports whether the span after checkpoint i can hold a
	// write (false lets the search skip replaying it).
	mayWrite(h *history, i int) bool
}

// lastWriter is the part every watch shares: the last writer seen before
// the window's end (the instruction at the end has not run).
type lastWriter struct {
	pos, end uint64
	ok       bool
}

func (l *lastWriter) saw(pos uint64) {
	if pos < l.end {
		l.pos, l.ok = pos, true
	}
}
func (l *lastWriter) found() (uint64, bool)       { return l.pos, l.ok }
func (l *lastWriter) begin(end uint64)            { *l = lastWriter{end: end} }
func (l *lastWriter) forget()                     { l.ok = false }
func (l *lastWriter) done() bool                  { return l.ok }
func (l *lastWriter) mayWrite(*history, int) bool { return true }

// memWatch: the memory's write observer reports each write when the
// boundary after it flushes it, so a write overlapping the range was made
// by the instruction before.
type memWatch struct {
	lastWriter
	s   *Session
	m   *vm.Memory
	r   Range
	hit bool
}

func (w *memWatch) begin(end uint64) {
	w.lastWriter.begin(end)
	w.s.flushWrites() // writes before the window are not its own
	w.s.rs.onWrite = func(m *vm.Memory, start, end uint64) {
		if m == w.m && start < w.r.End && end > w.r.Start {
			w.hit = true
		}
	}
	w.hit = false
}

func (w *memWatch) at(pos uint64, _ *vm.Thread) {
	w.m.FlushWrites()
	if w.hit {
		w.saw(pos - 1)
		w.hit = false
	}
}

func (w *memWatch) mayWrite(h *history, i int) bool {
	return h.cks[i].st.MemoryWritten(w.m, w.r.Start, w.r.End-w.r.Start) && h.spanWrote(i, w.m, w.r.Start, w.r.End)
}

// globalWatch: a global.set of the global is its writer.
type globalWatch struct {
	lastWriter
	g *vm.Global
}

func (w *globalWatch) at(pos uint64, t *vm.Thread) {
	if f, in := instrAt(t); in != nil && in.Op == wasm.OpGlobalSet && int(in.X) < len(f.Inst.Globals) && f.Inst.Globals[in.X] == w.g {
		w.saw(pos)
	}
}

// frameActivation tells the activation of a frame from the others at the
// same depth: the one running at the end of the window began at the last
// boundary where the depth rose to its own or its function changed (a
// tail call). Its start is the call that entered it.
type frameActivation struct {
	depth   int
	fn      *vm.Function
	outside bool // the previous boundary was not in the activation
	started bool // the window saw the activation begin
}

// enter tracks the activation at a boundary and reports whether the
// boundary is in it; entered says the call before it began the activation.
func (a *frameActivation) enter(t *vm.Thread) (in, entered bool) {
	d := t.Depth()
	f, _ := t.At()
	if d < a.depth || (d == a.depth && f != a.fn) {
		a.outside = true
		return false, false
	}
	if d > a.depth {
		return false, false
	}
	entered, a.outside = a.outside, false
	if entered {
		a.started = true
	}
	return true, entered
}

// localWatch: local.set and local.tee of the local in the activation, or
// the call that entered it.
type localWatch struct {
	lastWriter
	frameActivation
	local uint32
}

func (w *localWatch) begin(end uint64) {
	w.lastWriter.begin(end)
	w.outside, w.started = false, false
}

func (w *localWatch) at(pos uint64, t *vm.Thread) {
	in, entered := w.enter(t)
	if !in {
		if w.outside {
			w.forget() // writes of an earlier activation
		}
		return
	}
	if entered {
		w.saw(pos - 1)
	}
	if _, ins := instrAt(t); ins != nil && (ins.Op == wasm.OpLocalSet || ins.Op == wasm.OpLocalTee) && ins.X == w.local {
		w.saw(pos)
	}
}

func (w *localWatch) done() bool { return w.ok || w.started }

// stackWatch: the value at a height of the activation's operand stack was
// pushed by the last instruction after which the value type stack holds a
// new node at that height (validation's type stacks share the nodes an
// instruction leaves alone). Structured instructions only pass values on.
//
// A window that begins inside a call the activation made sees the call's
// results first where it returns, without the call itself: the type stack
// there (first) is handed to the window before (after), whose last
// boundary in the activation is the call, to compare with.
type stackWatch struct {
	lastWriter
	frameActivation
	height  int // the value is the height-th from the bottom
	prev    *validate.TypeStack
	prevPos uint64
	prevOp  bool                // the previous boundary's instruction may push
	first   *validate.TypeStack // at this window's first boundary in the activation
	after   *validate.TypeStack // the later window's first, if it had one
}

func (w *stackWatch) begin(end uint64) {
	w.lastWriter.begin(end)
	if w.first != nil {
		w.after = w.first
	}
	w.outside, w.started, w.prev, w.first = false, false, nil, nil
}

func (w *stackWatch) at(pos uint64, t *vm.Thread) {
	in, entered := w.enter(t)
	if !in {
		if w.outside {
			w.forget()
			w.prev = nil
		}
		return
	}
	f, pc := t.At()
	ts := f.Info().Before[pc]
	if w.prev == nil && !entered && w.first == nil {
		w.first = ts
	}
	if w.prevOp && w.pushed(ts, w.prev) {
		w.saw(w.prevPos)
	}
	_, ins := instrAt(t)
	w.prev, w.prevPos, w.prevOp = ts, pos, ins != nil && !passesValues(ins.Op)
}

// pushed reports whether the instruction between type stacks before and
// after pushed the watched value.
func (w *stackWatch) pushed(after, before *validate.TypeStack) bool {
	return stackHeight(after) >= w.height && sharedHeight(after, before) < w.height
}

// found also answers for the later window: its value came from the last
// instruction this one saw in the activation.
func (w *stackWatch) found() (uint64, bool) {
	if w.after != nil && w.prev != nil && w.prevOp && w.pushed(w.after, w.prev) && w.prevPos < w.end {
		return w.prevPos, true
	}
	return w.lastWriter.found()
}

func (w *stackWatch) done() bool {
	_, ok := w.found()
	return ok || w.started
}

// tableWatch and fieldWatch compare the value at each boundary: a change
// was made by the instruction before.
type tableWatch struct {
	lastWriter
	t     *vm.Table
	slot  uint64
	prev  vm.Ref
	known bool
}

func (w *tableWatch) begin(end uint64) { w.lastWriter.begin(end); w.known = false }

func (w *tableWatch) at(pos uint64, _ *vm.Thread) {
	r, _ := w.t.Get(w.slot)
	if w.known && r != w.prev {
		w.saw(pos - 1)
	}
	w.prev, w.known = r, true
}

type fieldWatch struct {
	lastWriter
	s          *Session
	id         int
	field      int
	prev       fieldBits
	existed    bool // the object existed at the previous boundary
	absentSeen bool // the window saw a boundary before the object existed
	started    bool // the window saw the object allocated
	alloc      int  // which allocation of the call made it (-1: made before)
	// A write the machine told of, not yet known to change the field
	// (origin_fast.go), and where to report it.
	pending    bool
	pendingAt  uint64
	pendingOld fieldBits
	report     func(pos uint64)
}

func (w *fieldWatch) begin(end uint64) {
	w.lastWriter.begin(end)
	w.existed, w.absentSeen, w.started = false, false, false
}

func (w *fieldWatch) at(pos uint64, _ *vm.Thread) {
	var obj any
	if ref, ok := w.s.heap.byID[w.id]; ok && w.allocated() {
		obj = ref.get()
	}
	if obj == nil {
		w.forget() // writes before the allocation are another object's
		w.existed, w.absentSeen = false, true
		return
	}
	v := readField(obj, w.field)
	switch {
	case !w.existed && w.absentSeen: // allocated by the instruction before
		w.saw(pos - 1)
		w.started = true
	case w.existed && v != w.prev:
		w.saw(pos - 1)
	}
	w.prev, w.existed = v, true
}

func (w *fieldWatch) done() bool { return w.ok || w.started }

// allocated reports whether the replay has made the object yet: the id
// names the call's k-th allocation (alloc.go), and until the replay makes
// it the id still names the object of the later run.
func (w *fieldWatch) allocated() bool {
	return w.alloc < 0 || w.alloc < w.s.call.allocs.seq
}

// fieldBits is a field's raw value; references compare by identity, which
// holds within one replayed window.
type fieldBits struct {
	bits, hi uint64
	ref      vm.Ref
}

func readField(obj any, i int) fieldBits {
	var f fieldBits
	switch o := obj.(type) {
	case *vm.Struct:
		if i < len(o.Fields) {
			f.bits = o.Fields[i]
		}
		if i < len(o.Hi) {
			f.hi = o.Hi[i]
		}
		if i < len(o.Refs) {
			f.ref = o.Refs[i]
		}
	case *vm.Array:
		if i >= o.Len() {
			break
		}
		if o.Refs != nil {
			f.ref = o.Refs[i]
		} else {
			f.bits = o.Elems[i]
		}
		if o.Hi != nil {
			f.hi = o.Hi[i]
		}
	}
	return f
}

// stackHeight is the number of values on a type stack.
func stackHeight(ts *validate.TypeStack) int {
	if ts == nil {
		return 0
	}
	return ts.Height
}

// sharedHeight is the height of the highest node two type stacks share:
// the values an instruction between them left alone.
func sharedHeight(a, b *validate.TypeStack) int {
	for stackHeight(a) > stackHeight(b) {
		a = a.Below
	}
	for stackHeight(b) > stackHeight(a) {
		b = b.Below
	}
	for a != b {
		a, b = a.Below, b.Below
	}
	return stackHeight(a)
}

// passesValues reports whether an instruction only passes the values of a
// block on (validation rebuilds their type nodes; the slots stay).
func passesValues(op wasm.Op) bool {
	switch op {
	case wasm.OpBlock, wasm.OpLoop, wasm.OpEnd, wasm.OpElse, wasm.OpNop, wasm.OpTryTable, wasm.OpTry, wasm.OpCatch, wasm.OpCatchAll, wasm.OpDelegate:
		return true
	}
	return false
}
