package debugger

import "wasmstep/vm/wasm"

// allocations numbers the GC objects a call allocates, so that a replay,
// which re-creates them as new Go objects, gives each the id the original
// had: the k-th allocation of a deterministic run is the same object. The
// machine tells of each allocation as it happens (vm.Thread.OnAlloc), in
// either loop.
type allocations struct {
	seq int   // allocations so far in this run of the call
	ids []int // the id of the k-th allocation, over every run
}

// allocates reports whether an instruction creates a GC object.
func allocates(op wasm.Op) bool {
	return wasm.Ops[op].Allocates
}

// mayAllocate reports whether any function of the module allocates, so
// programs without GC objects tell the debugger of no allocations.
func mayAllocate(m *wasm.Module) bool {
	for op := range m.UsedOps().All() {
		if allocates(op) {
			return true
		}
	}
	return false
}

// allocated names a GC object the machine just created.
func (s *Session) allocated(obj any) {
	if s.call == nil {
		return
	}
	a := &s.call.allocs
	if a.seq < len(a.ids) {
		s.heap.bind(obj, a.ids[a.seq])
	} else {
		a.ids = append(a.ids, s.heap.id(obj))
	}
	if s.rs.onAlloc != nil {
		s.rs.onAlloc(a.seq)
	}
	a.seq++
}
