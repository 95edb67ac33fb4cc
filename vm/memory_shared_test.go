package vm

import (
	"testing"

	"wasmstep/vm/wasm"
)

// A shared memory keeps its bytes in place while it grows, up to its
// declared maximum, even past the flat limit of unshared memories; a
// memory64 declaring more than the reservation is capped there.
func TestSharedMemoryNeverMoves(t *testing.T) {
	mt := wasm.MemType{Limits: wasm.Limits{Min: 1, Max: 1 << 15, HasMax: true}, Shared: true} // 2 GiB
	m, ok := NewMemory(mt, 0)
	if !ok {
		t.Fatal("NewMemory failed")
	}
	base := &m.Bytes()[0]
	if _, ok := m.Grow(1<<15 - 1); !ok {
		t.Fatal("grow to the maximum failed")
	}
	if m.Bytes() == nil || &m.Bytes()[0] != base || m.Size() != 1<<31 {
		t.Fatalf("the memory moved or went sparse (size %d)", m.Size())
	}
	if _, ok := m.Grow(1); ok {
		t.Error("grew past the maximum")
	}
	huge := wasm.MemType{Addr64: true, Limits: wasm.Limits{Min: 1, Max: 1 << 40, HasMax: true}, Shared: true}
	if m, ok := NewMemory(huge, 0); !ok || m.limit != sharedReserveLimit {
		t.Errorf("memory64 reservation: ok %v, limit %d", ok, m.limit)
	}
	tooBig := wasm.MemType{Addr64: true, Limits: wasm.Limits{Min: 1 << 17, Max: 1 << 20, HasMax: true}, Shared: true}
	if _, ok := NewMemory(tooBig, 0); ok {
		t.Error("a minimum past the reservation was accepted")
	}
}
