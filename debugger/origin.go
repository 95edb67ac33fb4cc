package debugger

import (
	"errors"
	"fmt"
	"slices"

	"wasmstep/vm"
	"wasmstep/vm/wasm"
)

// OriginKind says what an OriginQuery names.
type OriginKind uint8

// Origin kinds.
const (
	OriginMemory OriginKind = iota // bytes [Addr, Addr+Len) of memory Mem
	OriginGlobal                   // global Global
	OriginLocal                    // local Local of frame Frame
	OriginStack                    // value Stack (0 = top) of frame Frame's operand stack
	OriginTable                    // entry Slot of table Table
	OriginHeap                     // field Field of GC object Object
)

// OriginQuery names a value whose last writer Origin finds.
type OriginQuery struct {
	Kind   OriginKind
	Mem    int    // index into Snapshot.Memories
	Addr   uint64 // first byte
	Len    uint64 // bytes; 0 means 1
	Global string // as WatchGlobal names it: $name, name, export name or index
	Frame  int    // index into Snapshot.Frames, 0 the innermost
	Local  int    // index into Frame.Locals
	Stack  int    // 0 is the top of the frame's operand stack
	Table  int    // index into Snapshot.Tables
	Slot   uint64
	Object int // HeapObject.ID
	Field  int // index into HeapObject.Fields
}

// Origin travels back to the instruction that last wrote what q names —
// for an operand stack value, the instruction that pushed it; for a local
// never set, the call that entered its frame; for a GC field never set,
// the instruction that allocated its object — and stops before it, so
// asked again there it finds the write before. It searches history from
// the latest checkpoint back, skipping the spans whose undo logs show no
// write to a memory range, and replays only the spans it must, one window
// at a time, in the debug loop with a watch on the value.
func (s *Session) Origin(q OriginQuery) (*Snapshot, error) {
	c, err := s.reversible()
	if err != nil {
		return nil, err
	}
	w, what, err := s.originWatch(q)
	if err != nil {
		return nil, err
	}
	cur := c.pos
	at, found, err := s.searchBack(w)
	if err != nil {
		return nil, err
	}
	if !found {
		if err := s.seek(cur); err != nil { // back where the question was asked
			return nil, err
		}
		return nil, fmt.Errorf("%s was not written after instruction %d, the oldest one history reaches", what, c.hist.cks[0].pos)
	}
	if err := s.seek(at); err != nil {
		return nil, err
	}
	return s.stopBack(StopOrigin, fmt.Sprintf("%s last written here, at instruction %d", what, at)), nil
}

// originWatch builds the watch for q at the current stop.
func (s *Session) originWatch(q OriginQuery) (originWatch, string, error) {
	switch q.Kind {
	case OriginMemory:
		mems := s.memories()
		if q.Mem < 0 || q.Mem >= len(mems) {
			return nil, "", fmt.Errorf("no memory %d", q.Mem)
		}
		n := max(q.Len, 1)
		if q.Addr+n < q.Addr {
			return nil, "", errors.New("the range wraps past the end of the address space")
		}
		return &memWatch{s: s, m: mems[q.Mem].mem, r: Range{q.Addr, q.Addr + n}},
			fmt.Sprintf("%s [0x%x, 0x%x)", mems[q.Mem].name, q.Addr, q.Addr+n), nil
	case OriginGlobal:
		for _, g := range s.globalList() {
			if g.matches(q.Global) {
				return &globalWatch{g: g.g}, "global " + g.name, nil
			}
		}
		return nil, "", fmt.Errorf("no global %q", q.Global)
	case OriginLocal, OriginStack:
		return s.frameWatch(q)
	case OriginTable:
		tabs := s.tables()
		if q.Table < 0 || q.Table >= len(tabs) {
			return nil, "", fmt.Errorf("no table %d", q.Table)
		}
		if q.Slot >= tabs[q.Table].table.Size() {
			return nil, "", fmt.Errorf("%s has no entry %d", tabs[q.Table].name, q.Slot)
		}
		return &tableWatch{t: tabs[q.Table].table, slot: q.Slot}, fmt.Sprintf("%s[%d]", tabs[q.Table].name, q.Slot), nil
	case OriginHeap:
		return s.heapWatch(q)
	}
	return nil, "", fmt.Errorf("unknown origin kind %d", q.Kind)
}

// frameWatch watches a local or a stack value of a frame of the current stop.
func (s *Session) frameWatch(q OriginQuery) (originWatch, string, error) {
	depth := s.thread.Depth()
	if q.Frame < 0 || q.Frame >= depth {
		return nil, "", fmt.Errorf("no frame %d", q.Frame)
	}
	fv := s.thread.Frame(q.Frame)
	if fv.Func == nil || fv.Func.Def == nil {
		return nil, "", fmt.Errorf("frame %d is not a WebAssembly function", q.Frame)
	}
	fw := frameActivation{depth: depth - q.Frame, fn: fv.Func}
	name := s.funcName(fv.Func)
	if q.Kind == OriginLocal {
		if q.Local < 0 || q.Local >= len(fv.Locals) {
			return nil, "", fmt.Errorf("%s has no local %d", name, q.Local)
		}
		return &localWatch{frameActivation: fw, local: uint32(q.Local)}, fmt.Sprintf("local %d of %s", q.Local, name), nil
	}
	if q.Stack < 0 || q.Stack >= len(fv.Stack) {
		return nil, "", fmt.Errorf("%s has no stack value %d", name, q.Stack)
	}
	return &stackWatch{frameActivation: fw, height: len(fv.Stack) - q.Stack},
		fmt.Sprintf("stack value %d of %s", q.Stack, name), nil
}

// heapWatch watches a field of a GC object.
func (s *Session) heapWatch(q OriginQuery) (originWatch, string, error) {
	ref, ok := s.heap.byID[q.Object]
	if !ok || ref.get() == nil {
		return nil, "", fmt.Errorf("no object %d", q.Object)
	}
	if _, fields := s.objectFields(ref.get()); q.Field < 0 || q.Field >= len(fields) {
		return nil, "", fmt.Errorf("object %d has no field %d", q.Object, q.Field)
	}
	w := &fieldWatch{s: s, id: q.Object, field: q.Field, alloc: slices.Index(s.call.allocs.ids, q.Object)}
	return w, fmt.Sprintf("field %d of object %d", q.Field, q.Object), nil
}

// instrAt is the instruction the thread is about to run, or nil.
func instrAt(t *vm.Thread) (*vm.Function, *wasm.Instr) {
	f, pc := t.At()
	if f == nil || f.Def == nil || pc < 0 || pc >= f.Def.BodyLen() {
		return f, nil
	}
	return f, &f.Def.Body()[pc]
}
