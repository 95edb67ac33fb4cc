package debugger

import (
	"wasmstep/vm"
	"wasmstep/vm/wasm"
)

// maxCheckpointMemory is the largest memory a checkpoint copies; a program
// with a bigger one runs without reverse execution.
const maxCheckpointMemory = 256 << 20

// storeState is a deep copy of what a call can change outside its thread:
// memories, tables, globals and the fields of the GC objects reachable
// from them and from the call's arguments. Objects allocated later are
// unreachable once it is restored.
type storeState struct {
	mems    []memCopy
	tables  []tableCopy
	globals []globalCopy
	objects []objectCopy
	bytes   int64
}

type memCopy struct{ live, saved *vm.Memory }
type tableCopy struct{ live, saved *vm.Table }
type globalCopy struct {
	live *vm.Global
	val  vm.Value
}
type objectCopy struct {
	s      *vm.Struct
	a      *vm.Array
	fields []uint64
	refs   []vm.Ref
}

// saveStore copies the program's mutable state; ok is false when a memory
// is too large to copy.
func (s *Session) saveStore(args []vm.Value) (*storeState, bool) {
	st := &storeState{}
	seen := map[any]bool{}
	var roots []vm.Ref
	for _, a := range args {
		roots = append(roots, a.Ref)
	}
	for _, inst := range s.prog.insts {
		for _, m := range inst.Mems {
			if seen[m] {
				continue
			}
			seen[m] = true
			c, ok := copyMemory(m, s.prog.store.MaxMemoryBytes)
			if !ok {
				return nil, false
			}
			st.mems = append(st.mems, memCopy{m, c})
			st.bytes += int64(m.Size())
		}
		for _, tb := range inst.Tables {
			if !seen[tb] {
				seen[tb] = true
				st.tables = append(st.tables, tableCopy{tb, copyTable(tb)})
				roots = append(roots, tb.Entries()...)
				st.bytes += int64(tb.Size()) * 16
			}
		}
		for _, g := range inst.Globals {
			if !seen[g] {
				seen[g] = true
				v := g.Get()
				st.globals = append(st.globals, globalCopy{g, v})
				roots = append(roots, v.Ref)
			}
		}
	}
	walkObjects(roots, func(obj any) {
		oc := objectCopy{}
		switch o := obj.(type) {
		case *vm.Struct:
			oc.s, oc.fields, oc.refs = o, append([]uint64(nil), o.Fields...), append([]vm.Ref(nil), o.Refs...)
		case *vm.Array:
			oc.a, oc.fields, oc.refs = o, append([]uint64(nil), o.Elems...), append([]vm.Ref(nil), o.Refs...)
		}
		st.objects = append(st.objects, oc)
		st.bytes += int64(8*len(oc.fields) + 16*len(oc.refs))
	})
	return st, true
}

// restore puts the saved state back; the saved copies stay pristine for
// later restores.
func (st *storeState) restore(maxBytes uint64) {
	for _, mc := range st.mems {
		c, _ := copyMemory(mc.saved, maxBytes)
		*mc.live = *c
	}
	for _, tc := range st.tables {
		*tc.live = *copyTable(tc.saved)
	}
	for _, gc := range st.globals {
		gc.live.Set(gc.val)
	}
	for _, oc := range st.objects {
		if oc.s != nil {
			copy(oc.s.Fields, oc.fields)
			copy(oc.s.Refs, oc.refs)
		} else {
			copy(oc.a.Elems, oc.fields)
			copy(oc.a.Refs, oc.refs)
		}
	}
}

// copyMemory makes an independent memory with the same type, size and
// bytes.
func copyMemory(m *vm.Memory, maxBytes uint64) (*vm.Memory, bool) {
	if m.Size() > maxCheckpointMemory {
		return nil, false
	}
	t := m.Type
	t.Limits.Min = m.Pages()
	c, ok := vm.NewMemory(t, maxBytes)
	if !ok {
		return nil, false
	}
	if b := m.Bytes(); b != nil && c.Bytes() != nil {
		copy(c.Bytes(), b)
		return c, true
	}
	buf := make([]byte, wasm.PageSize)
	for off := uint64(0); off < m.Size(); off += wasm.PageSize {
		m.ReadAt(buf, off)
		c.WriteAt(buf, off)
	}
	return c, true
}

func copyTable(tb *vm.Table) *vm.Table {
	t := tb.Type
	t.Limits.Min = tb.Size()
	c, _ := vm.NewTable(t, nil)
	copy(c.Entries(), tb.Entries())
	return c
}
