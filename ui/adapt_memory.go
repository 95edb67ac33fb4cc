package ui

import (
	"wasmstep/debugger"
	"wasmstep/views/memory"
)

// pageSize is the WebAssembly page size in bytes.
const pageSize = 65536

// memoryModel describes every memory of s with the ranges written since
// the previous stop; bytes are read through the engine only while the
// machine is stopped (gate).
func memoryModel(s *debugger.Snapshot, eng Engine, gate *idleGate) memory.Model {
	if s == nil {
		return memory.Model{}
	}
	m := memory.Model{Memories: make([]memory.MemoryModel, len(s.Memories))}
	for i, mem := range s.Memories {
		written := make([]memory.Range, len(mem.Written))
		for j, r := range mem.Written {
			written[j] = memory.Range{Start: r.Start, End: r.End}
		}
		timeline := make([]memory.GrowPoint, len(mem.Timeline))
		for j, e := range mem.Timeline {
			timeline[j] = memory.GrowPoint{Step: e.Step, Pages: e.Pages}
		}
		m.Memories[i] = memory.MemoryModel{
			Timeline: timeline,
			Now:      s.Steps,
			Index:    int(mem.Index),
			Name:     mem.Name,
			Import:   mem.Import,
			Shared:   mem.ThreadShared,
			Addr64:   mem.Addr64,
			Pages:    mem.Pages,
			Written:  written,
			Source:   &memorySource{eng: eng, gate: gate, module: mem.Module, index: mem.Index, size: mem.Pages * pageSize},
		}
	}
	return m
}

// memorySource reads one memory's bytes for the hex grid.
type memorySource struct {
	eng    Engine
	gate   *idleGate
	module int
	index  uint32
	size   uint64
}

func (m *memorySource) Size() uint64 { return m.size }

// ReadAt reads nothing while the machine runs: the session is not safe for
// concurrent use, and the grid is redrawn at the next stop anyway.
func (m *memorySource) ReadAt(p []byte, addr uint64) int {
	n := 0
	if addr < m.size {
		m.gate.read(func() { n = m.eng.ReadMemory(m.module, m.index, addr, p[:min(uint64(len(p)), m.size-addr)]) })
	}
	return n
}
