package ui

import (
	"strconv"
	"strings"

	"wasmstep/debugger"
	"wasmstep/vm/wasm"
)

// storeWrite is the range a store wrote in the one step from prev to s. The
// session reports written bytes only for memories it can diff (up to
// 16 MiB), so a memory64 beyond 4 GiB reports none; after a single step
// the store's operands and memarg still say where it wrote.
func storeWrite(prev, s *debugger.Snapshot) (debugger.Memory, debugger.Range, bool) {
	none := func() (debugger.Memory, debugger.Range, bool) { return debugger.Memory{}, debugger.Range{}, false }
	if prev == nil || s == nil || s.Steps != prev.Steps+1 || len(prev.Frames) == 0 || len(s.Popped) < 2 {
		return none()
	}
	loc := prev.Frames[0].Location
	if int(loc.Op) >= len(wasm.Ops) {
		return none()
	}
	size := storeSize(wasm.Ops[loc.Op].Name)
	if size == 0 {
		return none()
	}
	mem, offset := "0", uint64(0)
	for _, field := range strings.Fields(loc.Text)[1:] { // "i64.store8 $heap offset=8"
		if v, ok := strings.CutPrefix(field, "offset="); ok {
			offset, _ = strconv.ParseUint(v, 0, 64)
		} else if !strings.Contains(field, "=") {
			mem = field
		}
	}
	for _, m := range s.Memories {
		if m.Module == loc.Module && (m.Name == mem || strconv.Itoa(int(m.Index)) == mem) {
			start := s.Popped[0].Lo + offset // the address is the store's first operand
			return m, debugger.Range{Start: start, End: start + size}, true
		}
	}
	return none()
}

// storeSize is how many bytes a store instruction writes, 0 for other
// instructions.
func storeSize(name string) uint64 {
	typ, rest, ok := strings.Cut(name, ".")
	rest = strings.TrimPrefix(rest, "atomic.")
	if !ok || !strings.HasPrefix(rest, "store") {
		return 0
	}
	switch strings.TrimPrefix(rest, "store") {
	case "8":
		return 1
	case "16":
		return 2
	case "32":
		return 4
	case "":
		return map[string]uint64{"i32": 4, "f32": 4, "i64": 8, "f64": 8, "v128": 16}[typ]
	}
	return 0
}
