package debugger

import (
	"bytes"
	"fmt"
	"strings"

	"wasmstep/vm"
)

// WatchKind says what a watchpoint watches.
type WatchKind uint8

// Watchpoint kinds.
const (
	WatchMemory WatchKind = iota
	WatchGlobal
)

// Watchpoint stops the machine after an instruction changes a memory range
// or a global.
type Watchpoint struct {
	ID     int
	Kind   WatchKind
	Mem    int // index into Snapshot.Memories
	Addr   uint64
	Len    uint64
	Global string
	Hits   int
}

func (w Watchpoint) String() string {
	if w.Kind == WatchGlobal {
		return "global " + w.Global
	}
	return fmt.Sprintf("memory %d [0x%x, 0x%x)", w.Mem, w.Addr, w.Addr+w.Len)
}

// watchpoint compares the watched bytes or value at every instruction
// boundary of the debug loop, which sees every writer: stores, bulk memory
// instructions, global.set and host calls alike.
type watchpoint struct {
	Watchpoint
	mem  *vm.Memory
	glob *vm.Global
	old  []byte
	val  vm.Value
	buf  []byte
}

// maxWatchLen bounds a watched memory range.
const maxWatchLen = 1 << 20

// WatchMemory watches writes to [addr, addr+length) of memory mem, an index
// into Snapshot.Memories.
func (s *Session) WatchMemory(mem int, addr, length uint64) (Watchpoint, error) {
	mems := s.memories()
	if mem < 0 || mem >= len(mems) {
		return Watchpoint{}, fmt.Errorf("no memory %d", mem)
	}
	if length == 0 || length > maxWatchLen {
		return Watchpoint{}, fmt.Errorf("watch length must be between 1 and %d", maxWatchLen)
	}
	if addr+length < addr {
		return Watchpoint{}, fmt.Errorf("watch range [0x%x, +%d) wraps past the end of the address space", addr, length)
	}
	w := &watchpoint{Watchpoint: Watchpoint{Kind: WatchMemory, Mem: mem, Addr: addr, Len: length},
		mem: mems[mem].mem, old: make([]byte, length), buf: make([]byte, length)}
	return s.addWatch(w), nil
}

// WatchGlobal watches writes to a global named by $name, name, export name
// or index ("MODULE.name" picks the module).
func (s *Session) WatchGlobal(name string) (Watchpoint, error) {
	for _, g := range s.globalList() {
		if g.matches(name) {
			w := &watchpoint{Watchpoint: Watchpoint{Kind: WatchGlobal, Global: name}, glob: g.g}
			return s.addWatch(w), nil
		}
	}
	return Watchpoint{}, fmt.Errorf("no global %q", name)
}

// DeleteWatchpoint removes a watchpoint.
func (s *Session) DeleteWatchpoint(id int) error {
	for i, w := range s.watches {
		if w.ID == id {
			s.watches = append(s.watches[:i], s.watches[i+1:]...)
			s.armWatches()
			return nil
		}
	}
	return fmt.Errorf("no watchpoint %d", id)
}

// Watchpoints lists the watchpoints.
func (s *Session) Watchpoints() []Watchpoint {
	out := make([]Watchpoint, len(s.watches))
	for i, w := range s.watches {
		out[i] = w.Watchpoint
	}
	return out
}

func (s *Session) addWatch(w *watchpoint) Watchpoint {
	w.ID = s.bps.nextID // one id space with breakpoints, as in gdb
	s.bps.nextID++
	w.baseline()
	s.watches = append(s.watches, w)
	s.armWatches()
	return w.Watchpoint
}

func (w *watchpoint) baseline() {
	if w.glob != nil {
		w.val = w.glob.Get()
		return
	}
	readClipped(w.mem, w.old, w.Addr)
}

// readClipped reads the part of [addr, addr+len(p)) inside the memory and
// zeroes the rest: a range crossing the end of memory still sees a store to
// its inside part (and the memory growing under it).
func readClipped(m *vm.Memory, p []byte, addr uint64) {
	clear(p)
	if size := m.Size(); addr < size {
		m.ReadAt(p[:min(uint64(len(p)), size-addr)], addr)
	}
}

// changed compares with the last value seen and takes the new one.
func (w *watchpoint) changed() (string, bool) {
	if w.glob != nil {
		v := w.glob.Get()
		if v.Bits == w.val.Bits && v.Hi == w.val.Hi && v.Ref == w.val.Ref {
			return "", false
		}
		msg := fmt.Sprintf("%s: %s -> %s", w.Watchpoint, w.val, v)
		w.val = v
		return msg, true
	}
	readClipped(w.mem, w.buf, w.Addr)
	if bytes.Equal(w.buf, w.old) {
		return "", false
	}
	msg := fmt.Sprintf("%s: % x -> % x", w.Watchpoint, clip(w.old), clip(w.buf))
	copy(w.old, w.buf)
	return msg, true
}

func clip(b []byte) []byte {
	if len(b) > 16 {
		return b[:16]
	}
	return b
}

func (s *Session) resetWatches() {
	for _, w := range s.watches {
		w.baseline()
	}
}

// checkWatches reports the first watchpoint whose value changed.
func (s *Session) checkWatches() (string, bool) {
	out, stop := "", false
	for _, w := range s.watches {
		if msg, hit := w.changed(); hit {
			w.Hits++
			if !stop {
				out = fmt.Sprintf("watchpoint %d, %s (written by %s)", w.ID, msg, s.locText(s.lastAt))
			}
			stop = true
		}
	}
	return out, stop
}

// newWatchScan returns a check for replays: it compares with the previous
// boundary of the replay, without counting hits.
func (s *Session) newWatchScan() func() (string, bool) {
	first := true
	return func() (string, bool) {
		if first {
			first = false
			s.resetWatches()
			return "", false
		}
		out, stop := "", false
		for _, w := range s.watches {
			if msg, hit := w.changed(); hit && !stop {
				out, stop = fmt.Sprintf("watchpoint %d, %s", w.ID, msg), true
			}
		}
		return out, stop
	}
}

// locText is a short text for a code location.
func (s *Session) locText(l codeLoc) string {
	if l.fn == nil {
		return "?"
	}
	in := s.instr(l.fn, l.pc)
	return fmt.Sprintf("%s+%d %s", s.funcName(l.fn), l.pc, strings.TrimSpace(in.text))
}
