package ui

import (
	"slices"

	"wasmstep/debugger"
	"wasmstep/views/tables"
)

// The UI goroutine never reads the engine. Everything a pane shows beyond
// the snapshot (bytes of a big memory, table entries, the heap graph, the
// trace, compiled-source variables) is copied by the worker: with the stop
// for what the panes in view will need, and later on request for what a
// view scrolls to or a tab shows, delivered through the dispatcher.

// instKey names a memory or table of a module instance.
type instKey struct {
	module int
	index  uint32
}

// Chunk sizes of the copies: 256 hex rows of a memory, 256 table entries.
const (
	memoryChunk = 4096
	tableChunk  = 256
)

// wants is what the panes in view will read at the next stop, decided on
// the UI goroutine when a command is given.
type wants struct {
	memory map[instKey][]uint64 // chunks of big memories, by recent use
	tables map[instKey][]uint64 // chunks of tables, by recent use
	// tablesTab, heapTab, traceTab: the band shows (or may pick) that tab.
	tablesTab, heapTab, traceTab bool
}

// stopData is what the worker copied for one stop; on the UI goroutine it
// grows with the chunks and graphs requested later for the same stop.
type stopData struct {
	snap   *debugger.Snapshot
	memory map[instKey]*loaded[byte]
	tables map[instKey]*loaded[tables.Entry]
	heap   *debugger.HeapGraph   // nil until copied
	trace  []debugger.TraceEntry // the trace pane's entries, once traced
	traced bool
	newest []debugger.TraceEntry // the instruction run last, for traceStacks
	// vars are the roots of the compiled-source variables tree, by frame,
	// once copied.
	vars  map[int][]debugger.SourceValue
	asked map[string]bool // band copies asked for (see askBand)
}

// wanted lists what the band shows now, for the stop a command will make.
func (w *Window) wanted() wants {
	wt := wants{memory: map[instKey][]uint64{}, tables: map[instKey][]uint64{}}
	if d := w.data; d != nil {
		for k, l := range d.memory {
			wt.memory[k] = slices.Clone(l.recent)
		}
		for k, l := range d.tables {
			wt.tables[k] = slices.Clone(l.recent)
		}
	}
	if sel := w.dataTabs.Selected(); sel != nil {
		picks := sel.Content == w.panes.memory || w.autoTab // pickDataTab may move to the heap or the tables
		wt.tablesTab = sel.Content == w.panes.tables || picks
		wt.heapTab = sel.Content == w.panes.heap || picks
		wt.traceTab = sel.Content == w.panes.trace
	}
	return wt
}

// capture copies, on the worker, what the panes will need of stop s.
func capture(e Engine, s *debugger.Snapshot, wt wants) *stopData {
	d := &stopData{snap: s, memory: map[instKey]*loaded[byte]{}, tables: map[instKey]*loaded[tables.Entry]{}, vars: map[int][]debugger.SourceValue{}, asked: map[string]bool{}}
	if s == nil {
		return d
	}
	for _, m := range s.Memories {
		k := instKey{m.Module, m.Index}
		if m.Bytes != nil || m.Pages == 0 {
			continue // small: the snapshot has it whole
		}
		chunks := map[uint64][]byte{}
		for _, c := range memoryChunksFor(m, wt.memory[k]) {
			chunks[c] = readMemoryChunk(e, k, m.Pages*pageSize, c)
		}
		d.memory[k] = newLoaded(memoryChunk, chunks)
	}
	if wt.tablesTab {
		for _, t := range s.Tables {
			k := instKey{t.Module, t.Index}
			chunks := map[uint64][]tables.Entry{}
			for _, c := range tableChunksFor(t, wt.tables[k]) {
				chunks[c] = readTableChunk(e, t, c)
			}
			d.tables[k] = newLoaded(tableChunk, chunks)
		}
	}
	if wt.heapTab && hasHeap(s) {
		g := e.Heap()
		d.heap = &g
	}
	if wt.traceTab {
		d.trace, d.traced = e.Recent(traceEntries), true
	}
	d.newest = e.Recent(1)
	d.vars[0] = sourceVarRoots(e, s, 0)
	return d
}

// memoryChunksFor are the chunks of a big memory a stop copies: those read
// at the last stop, and those around the first bytes written, where the
// grid scrolls to show them.
func memoryChunksFor(m debugger.Memory, recent []uint64) []uint64 {
	out := slices.Clone(recent)
	if len(m.Written) > 0 {
		at := m.Written[0].Start
		out = append(out, at/memoryChunk, (at+memoryChunk/4)/memoryChunk, (at-min(at, memoryChunk/4))/memoryChunk)
	}
	if len(out) == 0 {
		out = append(out, 0)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// tableChunksFor are the chunks of a table a stop copies: those read at the
// last stop (the first when none was), and the entry call_indirect used.
func tableChunksFor(t debugger.Table, recent []uint64) []uint64 {
	out := slices.Clone(recent)
	if len(out) == 0 {
		out = append(out, 0)
	}
	if t.LastUsed >= 0 {
		out = append(out, uint64(t.LastUsed)/tableChunk)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// readMemoryChunk copies chunk c of a memory of size bytes (worker).
func readMemoryChunk(e Engine, k instKey, size, c uint64) []byte {
	from := c * memoryChunk
	if from >= size {
		return nil
	}
	b := make([]byte, min(memoryChunk, size-from))
	return b[:e.ReadMemory(k.module, k.index, from, b)]
}

// readTableChunk describes chunk c of table t (worker).
func readTableChunk(e Engine, t debugger.Table, c uint64) []tables.Entry {
	es := e.TableEntries(t.Module, t.Index, c*tableChunk, tableChunk)
	out := make([]tables.Entry, len(es))
	for i, en := range es {
		if en.Value.Null {
			out[i] = tables.Entry{Null: true}
		} else {
			out[i] = tables.Entry{Text: en.Value.Ref}
		}
	}
	return out
}

func hasHeap(s *debugger.Snapshot) bool {
	return s != nil && (s.Heap.Live > 0 || s.Heap.Unreachable > 0)
}
