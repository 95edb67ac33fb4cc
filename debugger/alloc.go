package debugger

import (
	"wasmstep/vm"
	"wasmstep/vm/wasm"
)

// allocations numbers the GC objects a call allocates, so that a replay,
// which re-creates them as new Go objects, gives each the id the original
// had: the k-th allocation of a deterministic run is the same object.
type allocations struct {
	seq     int   // allocations so far in this run of the call
	ids     []int // the id of the k-th allocation, over every run
	pending bool  // the instruction just run allocated: its object is on top of the stack
}

// allocates reports whether an instruction creates a GC object.
func allocates(op wasm.Op) bool {
	return wasm.Ops[op].Allocates
}

// mayAllocate reports whether any function of the module allocates, so
// programs without GC objects skip tracking in the hook.
func mayAllocate(m *wasm.Module) bool {
	for op := range m.UsedOps().All() {
		if allocates(op) {
			return true
		}
	}
	return false
}

// track runs in the hook before each instruction: it names the object the
// previous instruction allocated and notes whether this one allocates.
func (s *Session) track(t *vm.Thread) {
	a := &s.call.allocs
	if a.pending {
		a.pending = false
		if stack := t.Frame(0).Stack; len(stack) > 0 && stack[len(stack)-1].Ref != nil {
			obj := stack[len(stack)-1].Ref
			if a.seq < len(a.ids) {
				s.heap.bind(obj, a.ids[a.seq])
			} else {
				a.ids = append(a.ids, s.heap.id(obj))
			}
			a.seq++
		}
	}
	if f, pc := t.At(); f != nil && f.Def != nil && allocates(f.Def.Body()[pc].Op) {
		a.pending = true
	}
}
