package debugger

import (
	"math/bits"

	"wasmstep/vm"
)

// TraceEntry is one executed instruction, as Recent reports it.
type TraceEntry struct {
	Step     uint64 // instructions of the call completed before it
	Location Location
	Stack    []Value // the operand stack after it: only for the newest entry
}

// recentRing remembers the last instructions the debug loop ran, in a
// fixed buffer indexed by position, so recording one costs a few stores
// and no allocation. Its entries ran at consecutive positions, the newest
// at last: a push that does not follow it (a replay from the call's start,
// an instruction that stopped at a breakpoint and runs again) first drops
// what it does not follow.
type recentRing struct {
	buf  []codeLoc // len a power of two
	n    int
	last uint64 // the position of the newest entry
}

// newRecentRing keeps at least size entries before the current position
// (and one more: at a breakpoint, the hook has pushed the instruction
// that has not run yet).
func newRecentRing(size int) *recentRing {
	return &recentRing{buf: make([]codeLoc, 1<<bits.Len(uint(size)))}
}

// push records that the instruction at pc of fn runs at position pos.
func (r *recentRing) push(fn *vm.Function, pc int, pos uint64) {
	if r.last+1 != pos {
		r.rewind(pos)
	}
	r.buf[pos&uint64(len(r.buf)-1)] = codeLoc{fn, pc}
	r.last = pos
	r.n = min(r.n+1, len(r.buf))
}

// rewind drops the entries at pos or later, and every entry if pos would
// not follow the newest one left.
func (r *recentRing) rewind(pos uint64) {
	if pos > r.last || r.last-pos >= uint64(r.n) {
		r.n = 0
	} else {
		r.n -= int(r.last-pos) + 1
	}
}

// at returns the entry k places before the newest.
func (r *recentRing) at(k int) codeLoc {
	return r.buf[(r.last-uint64(k))&uint64(len(r.buf)-1)]
}

// recordRecent records the instruction the thread is about to run at
// position pos, when the session keeps recent instructions.
func (s *Session) recordRecent(t *vm.Thread, pos uint64) {
	if s.recent != nil {
		f, pc := t.At()
		s.recent.push(f, pc, pos)
	}
}

// Recent returns up to n of the last instructions the call ran before the
// current stop, oldest first; the newest carries the operand stack of the
// stop (the results, when the call has finished). The session keeps at
// most Options.Recent of them, from runs in the debug loop only. Call it
// at a stop, from the commands' goroutine.
func (s *Session) Recent(n int) []TraceEntry {
	r, c := s.recent, s.call
	if r == nil || c == nil || c.pos == 0 || r.n == 0 || n <= 0 {
		return nil
	}
	// A position always holds the same instruction of the call (a new call
	// starts at 0, dropping the entries of the last), so entries a replay
	// has not reached again are skipped, not wrong.
	newest, oldest := c.pos-1, r.last+1-uint64(r.n)
	if newest < oldest || newest > r.last {
		return nil
	}
	skip := int(r.last - newest)
	out := make([]TraceEntry, min(n, r.n-skip))
	for i := range out {
		k := skip + len(out) - 1 - i
		e := r.at(k)
		out[i] = TraceEntry{Step: r.last - uint64(k), Location: s.location(e.fn, e.pc)}
	}
	if cur := s.last.Current(); cur != nil {
		out[len(out)-1].Stack = cur.Stack
	} else if s.last.State == StateFinished {
		out[len(out)-1].Stack = s.last.Results
	}
	return out
}
