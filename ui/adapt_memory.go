package ui

import (
	"wasmstep/debugger"
	"wasmstep/views/memory"
)

// pageSize is the WebAssembly page size in bytes.
const pageSize = 65536

// memoryModel describes every memory of the stop d with the ranges written
// since the previous stop; the bytes are the stop's copies (see stopData),
// never the engine's.
func (w *Window) memoryModel(d *stopData) memory.Model {
	s := d.snap
	if s == nil {
		return memory.Model{}
	}
	m := memory.Model{Memories: make([]memory.MemoryModel, len(s.Memories))}
	for i, mem := range s.Memories {
		written := make([]memory.Range, len(mem.Written))
		for j, r := range mem.Written {
			written[j] = memory.Range{Start: r.Start, End: r.End}
		}
		var by []memory.ThreadWrite
		for _, w := range mem.WrittenBy {
			by = append(by, memory.ThreadWrite{Range: memory.Range{Start: w.Start, End: w.End}, Thread: w.Thread})
		}
		timeline := make([]memory.GrowPoint, len(mem.Timeline))
		for j, e := range mem.Timeline {
			timeline[j] = memory.GrowPoint{Step: e.Step, Pages: e.Pages}
		}
		m.Memories[i] = memory.MemoryModel{
			Timeline:  timeline,
			Now:       s.Steps,
			Index:     int(mem.Index),
			Name:      mem.Name,
			Import:    mem.Import,
			Shared:    mem.ThreadShared,
			Addr64:    mem.Addr64,
			Pages:     mem.Pages,
			Written:   written,
			WrittenBy: by,
			Source:    w.memorySource(d, mem),
		}
	}
	return m
}

// memorySource is the bytes of mem at the stop d: the snapshot's copy of a
// small memory, else the chunks copied so far, asking the worker for the
// others.
func (w *Window) memorySource(d *stopData, mem debugger.Memory) *memorySource {
	src := &memorySource{size: mem.Pages * pageSize, whole: mem.Bytes}
	if mem.Bytes != nil {
		return src
	}
	k := instKey{mem.Module, mem.Index}
	l := d.memory[k]
	if l == nil {
		l = newLoaded[byte](memoryChunk, nil)
		d.memory[k] = l
	}
	if l.ask == nil {
		l.ask = func(c uint64) { w.askMemory(d, k, src.size, c) }
	}
	src.chunks = l
	return src
}

// askMemory has the worker copy chunk c of a memory for the stop d; the
// grid draws the rows again when it arrives, if d is still shown.
func (w *Window) askMemory(d *stopData, k instKey, size, c uint64) {
	var b []byte
	w.work.submit(command{eng: w.eng, name: "read memory", keep: true, run: func(e Engine) (*debugger.Snapshot, error) {
		b = readMemoryChunk(e, k, size, c)
		return nil, nil
	}, done: func(*debugger.Snapshot, error) {
		if w.data != d {
			return // another stop came, with its own copies
		}
		d.memory[k].put(c, b)
		w.panes.memory.Redraw()
	}})
}

// memorySource is one memory's bytes at a stop, for the hex grid.
type memorySource struct {
	size   uint64
	whole  []byte        // a small memory's copy, or nil
	chunks *loaded[byte] // a big memory's chunks copied so far
}

func (m *memorySource) Size() uint64 { return m.size }

// ReadAt copies the bytes from addr that are at hand; it stops short at
// the end of the memory and at a chunk not copied yet, which it asks for.
func (m *memorySource) ReadAt(p []byte, addr uint64) int {
	if addr >= m.size {
		return 0
	}
	p = p[:min(uint64(len(p)), m.size-addr)]
	if m.whole != nil {
		return copy(p, m.whole[min(addr, uint64(len(m.whole))):])
	}
	n := 0
	for n < len(p) {
		at := addr + uint64(n)
		c, ok := m.chunks.chunk(at / memoryChunk)
		off := at % memoryChunk
		if !ok || off >= uint64(len(c)) {
			break
		}
		n += copy(p[n:], c[off:])
	}
	return n
}
