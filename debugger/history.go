package debugger

import (
	"bytes"
	"errors"

	"wasmstep/vm"
	"wasmstep/vm/wasm"
)

// history makes the current call reversible: checkpoints of the machine
// (the oldest is the earliest reachable boundary, at first the call's
// start), plus every host call's results and the memory bytes it wrote, so
// a replay from a checkpoint reaches any later position without calling
// the host again.
type history struct {
	cks   []*checkpoint // oldest first
	cur   int           // the checkpoint whose span the machine is in (future.go)
	every uint64        // instructions between checkpoints
	log   []hostResult
	next  int   // the host call a replay serves next
	bytes int64 // the host log's size
	lost  bool  // outgrew Options.HistoryBytes: reverse execution is off
	// spanWrites collects what the live run writes after the latest
	// checkpoint (span_writes.go).
	spanWrites spanWriteSet
}

type hostResult struct {
	results []vm.Value
	err     error
	writes  []memWrite
	grows   []memGrow
}

type memGrow struct {
	mem   *vm.Memory
	pages uint64
}

type memWrite struct {
	mem  *vm.Memory
	addr uint64
	end  uint64 // while capturing: the end of the range
	data []byte
}

// errReplayedPast stops a replay that ran past the recorded host calls.
var errReplayedPast = errors.New("replay ran past the recorded run")

// HistoryBytes is the memory the current call's history holds: its
// checkpoints and recorded host results (0 without one).
func (s *Session) HistoryBytes() int64 {
	if s.call == nil || s.call.hist == nil {
		return 0
	}
	return s.call.hist.size()
}

// hostCall performs every host call of the machine: recorded the first
// time, served from the record when replaying.
func (s *Session) hostCall(f *vm.Function, ctx *vm.CallContext, args []vm.Value) ([]vm.Value, error) {
	var h *history
	if s.call != nil {
		h = s.call.hist
	}
	if h == nil || h.lost {
		s.writes.partial = true // what the host wrote is not recorded
		return f.Host(ctx, args)
	}
	if h.next < len(h.log) {
		r := h.log[h.next]
		h.next++
		for _, g := range r.grows {
			g.mem.Grow(g.pages)
		}
		for _, w := range r.writes {
			w.mem.WriteAt(w.data, w.addr)
		}
		return r.results, r.err
	}
	if s.rs.replaying {
		// A replay in the fast loop may run a few operations past its
		// target, beyond the recorded run: the host is not called again.
		return nil, errReplayedPast
	}
	// The host writes memory only through Memory.WriteAt and Fill, which
	// the write observer hears of: what it wrote is captured exactly, with
	// no copy of the memory before the call, whatever the memory's size.
	s.flushWrites() // the machine's own writes so far are not the host's
	sizes := memorySizes(ctx)
	var wrote []memWrite
	s.rs.hostWrites = &wrote
	res, err := f.Host(ctx, args)
	s.flushWrites()
	s.rs.hostWrites = nil
	r := hostResult{results: res, err: err}
	for m, old := range sizes {
		if grown := m.Size() - old; grown > 0 {
			r.grows = append(r.grows, memGrow{m, grown / wasm.PageSize})
		}
	}
	for _, w := range wrote {
		w.data = make([]byte, w.end-w.addr)
		w.mem.ReadAt(w.data, w.addr)
		r.writes = append(r.writes, w)
		h.bytes += int64(len(w.data))
	}
	h.log = append(h.log, r)
	h.next++
	h.bytes += int64(64 + 16*len(res))
	if h.bytes > s.opts.HistoryBytes {
		h.lost = true
	}
	return res, err
}

// memorySizes is the size of each memory a host call can write (its
// caller's), to tell the grows it made.
func memorySizes(ctx *vm.CallContext) map[*vm.Memory]uint64 {
	sizes := map[*vm.Memory]uint64{}
	if ctx != nil && ctx.Caller != nil {
		for _, m := range ctx.Caller.Mems {
			sizes[m] = m.Size()
		}
	}
	return sizes
}

// diffRanges returns the ranges where b differs from old (b may be longer:
// the memory grew), coalescing differences closer than 16 bytes.
func diffRanges(old, b []byte) []Range {
	var out []Range
	const block = 256
	n := uint64(len(b))
	for off := uint64(0); off < n; off += block {
		end := min(off+block, n)
		var prev []byte
		if off < uint64(len(old)) {
			prev = old[off:min(end, uint64(len(old)))]
		}
		if uint64(len(prev)) == end-off && bytes.Equal(prev, b[off:end]) {
			continue
		}
		for i := off; i < end; i++ {
			if (i < uint64(len(old)) && old[i] == b[i]) || (i >= uint64(len(old)) && b[i] == 0) {
				continue
			}
			if k := len(out) - 1; k >= 0 && i <= out[k].End+16 {
				out[k].End = i + 1
			} else {
				out = append(out, Range{i, i + 1})
			}
		}
	}
	return out
}
