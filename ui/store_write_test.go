package ui

import (
	"testing"

	"wasmstep/debugger"
	"wasmstep/vm/wasm"
)

// A single step over a store names the bytes it wrote; anything else, none.
func TestStoreWrite(t *testing.T) {
	store := func(op wasm.Op, text string) *debugger.Snapshot {
		return &debugger.Snapshot{Steps: 4, Frames: []debugger.Frame{{Location: debugger.Location{Op: op, Text: text}}}}
	}
	mems := []debugger.Memory{{Index: 0}, {Index: 1, Name: "$heap"}}
	after := func(steps uint64, addr uint64) *debugger.Snapshot {
		return &debugger.Snapshot{Steps: steps, Memories: mems, Popped: []debugger.Value{{Lo: addr}, {Lo: 7}}}
	}
	tests := []struct {
		name      string
		prev, s   *debugger.Snapshot
		mem       uint32
		from, end uint64
		ok        bool
	}{
		{"i32.store", store(wasm.OpI32Store, "i32.store"), after(5, 1<<32), 0, 1 << 32, 1<<32 + 4, true},
		{"store8 with memory and offset", store(wasm.OpI64Store8, "i64.store8 $heap offset=8"), after(5, 16), 1, 24, 25, true},
		{"f64.store by index", store(wasm.OpF64Store, "f64.store 1"), after(5, 0), 1, 0, 8, true},
		{"not a store", store(wasm.OpI32Add, "i32.add"), after(5, 0), 0, 0, 0, false},
		{"more than one step", store(wasm.OpI32Store, "i32.store"), after(9, 0), 0, 0, 0, false},
	}
	for _, tt := range tests {
		m, r, ok := storeWrite(tt.prev, tt.s)
		if ok != tt.ok || ok && (m.Index != tt.mem || r.Start != tt.from || r.End != tt.end) {
			t.Errorf("%s: memory %d %#x-%#x %v, want %d %#x-%#x %v", tt.name, m.Index, r.Start, r.End, ok, tt.mem, tt.from, tt.end, tt.ok)
		}
	}
}
