package debugger

import (
	"wasmstep/vm"
)

// maxTrackedMemory bounds the memories a stop copies, to diff at the next
// stop when the write log is partial (see writeLog).
const maxTrackedMemory = 16 << 20

func (s *Session) globals(seen map[*vm.Global]vm.Value) []Global {
	list := s.globalList()
	out := make([]Global, len(list))
	for i, g := range list {
		v := g.g.Get()
		out[i] = Global{Module: g.module, Index: g.index, Name: g.name, Type: g.typ, Value: s.value(v, g.typ.Type)}
		if old, ok := s.prev.globals[g.g]; ok {
			out[i].Changed = old.Bits != v.Bits || old.Hi != v.Hi || old.Ref != v.Ref
		}
		seen[g.g] = v
	}
	return out
}

// memoryStates describes the memories with the bytes written since the
// previous stop: the write log's ranges, or where it is partial a diff
// with the previous stop's copy when the memory is small enough to have one.
func (s *Session) memoryStates(copies map[*vm.Memory][]byte, steps uint64) []Memory {
	s.flushWrites()
	written, by, partial := s.writes.take()
	list := s.memories()
	out := make([]Memory, len(list))
	for i, m := range list {
		out[i] = Memory{Module: m.module, Index: m.index, Name: m.name, Addr64: m.mem.Type.Addr64,
			Pages: m.mem.Pages(), Shared: m.shared, Written: written[m.mem], WrittenBy: by[m.mem], Import: m.imported, ThreadShared: m.mem.Type.Shared,
			Timeline: s.timeline(m.mem, steps)}
		b := m.mem.Bytes()
		if b == nil || len(b) > maxTrackedMemory {
			continue
		}
		if old, ok := s.prev.mems[m.mem]; ok && partial {
			out[i].Written = diffRanges(old, b)
		}
		copies[m.mem] = append([]byte(nil), b...)
		out[i].Bytes = copies[m.mem]
	}
	return out
}

func (s *Session) tableStates() []Table {
	list := s.tables()
	out := make([]Table, len(list))
	for i, t := range list {
		out[i] = Table{Module: t.module, Index: t.index, Name: t.name, Type: t.table.Type,
			Size: t.table.Size(), LastUsed: -1}
	}
	return out
}

// ReadMemory copies bytes of memory mem of a module at addr into p and
// returns how many were in bounds.
func (s *Session) ReadMemory(module int, mem uint32, addr uint64, p []byte) int {
	if s.prog == nil || module < 0 || module >= len(s.prog.insts) || int(mem) >= len(s.prog.insts[module].Mems) {
		return 0
	}
	m := s.prog.insts[module].Mems[mem]
	if addr >= m.Size() {
		return 0
	}
	n := min(uint64(len(p)), m.Size()-addr)
	m.ReadAt(p[:n], addr)
	return int(n)
}

// TableEntries lists up to n entries of a module's table from index from.
func (s *Session) TableEntries(module int, table uint32, from, n uint64) []TableEntry {
	if s.prog == nil || module < 0 || module >= len(s.prog.insts) || int(table) >= len(s.prog.insts[module].Tables) {
		return nil
	}
	tb := s.prog.insts[module].Tables[table]
	var out []TableEntry
	for i := from; i < tb.Size() && i-from < n; i++ {
		r, _ := tb.Get(i)
		out = append(out, TableEntry{Index: i, Value: s.value(vm.Value{Type: tb.Type.Elem, Ref: r}, tb.Type.Elem)})
	}
	return out
}
