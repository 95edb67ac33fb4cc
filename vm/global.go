package vm

import "wasmstep/vm/wasm"

// Global is a global variable. An imported global is the exporter's own
// *Global, so a mutable global is shared by reference between instances.
type Global struct {
	Type wasm.GlobalType
	bits uint64 // numbers; low half of a v128
	hi   uint64 // high half of a v128
	ref  Ref
	// watch, when set (WatchSets), is called right after each global.set
	// of the global, from inside the instruction.
	watch func()
}

// WatchSets makes f be called right after each global.set of g (and each
// Set), so a debugger can tell which instruction wrote it (Thread.
// CountThrough) without a per-instruction hook; nil stops it.
func (g *Global) WatchSets(f func()) { g.watch = f }

// NewGlobal creates a global holding v (v.Type is ignored in favour of t).
func NewGlobal(t wasm.GlobalType, v Value) *Global {
	return &Global{Type: t, bits: v.Bits, hi: v.Hi, ref: v.Ref}
}

// Kind reports ExternGlobal.
func (g *Global) Kind() wasm.ExternKind { return wasm.ExternGlobal }

// Get returns the global's value.
func (g *Global) Get() Value {
	return Value{Type: g.Type.Type, Bits: g.bits, Hi: g.hi, Ref: g.ref}
}

// Set writes the global's value, whether or not the global is mutable (the
// embedder's privilege; wasm code can only set mutable ones).
func (g *Global) Set(v Value) {
	g.bits, g.hi, g.ref = v.Bits, v.Hi, v.Ref
	if g.watch != nil {
		g.watch()
	}
}
