package binary

import (
	"reflect"
	"sync"
	"testing"

	"wasmstep/vm/wasm"
)

// TestBodiesDecodedOnDemand checks that a decoded module keeps its bodies
// encoded until one is asked for, knows their lengths and opcodes without
// them, and hands every caller the same decoded instructions.
func TestBodiesDecodedOnDemand(t *testing.T) {
	// Two functions: (drop (i32.const 1)) and (nop).
	code := section(secCode, 2, 5, 0, 0x41, 1, 0x1a, 0x0b, 3, 0, 0x01, 0x0b)
	m := mustDecode(t, module(typeVoid, section(secFunction, 2, 0, 0), code))
	for i, want := range []int{3, 2} {
		f := &m.Funcs[i]
		if _, held := f.HeldBody(); held {
			t.Fatalf("function %d: decoded before use", i)
		}
		if n := f.BodyLen(); n != want {
			t.Errorf("function %d: BodyLen %d, want %d", i, n, want)
		}
	}
	for _, op := range []wasm.Op{wasm.OpI32Const, wasm.OpDrop, wasm.OpNop, wasm.OpEnd} {
		if !m.CodeOps.Has(op) {
			t.Errorf("CodeOps misses %s", op)
		}
	}
	if m.CodeOps.Has(wasm.OpCall) {
		t.Errorf("CodeOps has call, which no body uses")
	}

	var scratch []wasm.Instr
	read := append([]wasm.Instr(nil), m.Funcs[0].ReadBody(&scratch)...)
	if _, held := m.Funcs[0].HeldBody(); held {
		t.Fatalf("ReadBody kept the body")
	}
	bodies := make([][]wasm.Instr, 8)
	var wg sync.WaitGroup
	for g := range bodies {
		wg.Go(func() { bodies[g] = m.Funcs[0].Body() })
	}
	wg.Wait()
	for _, b := range bodies {
		if &b[0] != &bodies[0][0] {
			t.Fatalf("callers got different copies of the body")
		}
	}
	if !reflect.DeepEqual(read, bodies[0]) {
		t.Errorf("ReadBody %v, Body %v", read, bodies[0])
	}
	if held, ok := m.Funcs[0].HeldBody(); !ok || &held[0] != &bodies[0][0] {
		t.Errorf("Body did not keep what it decoded")
	}
	if _, held := m.Funcs[1].HeldBody(); held {
		t.Errorf("the other function was decoded too")
	}
}
