package ui

import (
	"wasmstep/debugger"
	"wasmstep/views/callstack"
	"wasmstep/vm/wasm"
)

// callstackModel lists the frames of s, innermost first, with frame sel shown.
func callstackModel(s *debugger.Snapshot, sel int) callstack.Model {
	if s == nil {
		return callstack.Model{}
	}
	m := callstack.Model{Frames: make([]callstack.Frame, len(s.Frames)), Selected: sel}
	for i, f := range s.Frames {
		m.Frames[i] = callstack.Frame{Func: f.Location.FuncName, Instr: f.Location.Text, Location: locationText(f.Location)}
		withSource(&m.Frames[i], f)
	}
	return m
}

// locationText is where a location's instruction is written, or "" for a
// host frame.
func locationText(l debugger.Location) string {
	if l.Instr < 0 || l.Start.Filename == "" {
		return ""
	}
	return l.Start.String()
}

// effectText is the stack effect of a location's instruction as the
// opcode table writes it, or "" for a host frame.
func effectText(l debugger.Location) string {
	if l.Instr < 0 || int(l.Op) >= len(wasm.Ops) {
		return ""
	}
	return wasm.Ops[l.Op].Sig
}
