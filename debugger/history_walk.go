package debugger

// Walking history back. Origin searches and reverse continue look for the
// last event before the current position the same way: span by span
// between checkpoints from the latest back, and, where the span is
// scanned one instruction at a time, window by window back within it, so
// an event near the current position costs a short replay.

// spansBack calls f for each non-empty span of history before position
// cur, the latest first: the checkpoint i that begins it and its
// positions [start, end), end at most cur; it stops when f says so or
// fails.
func (h *history) spansBack(cur uint64, f func(i int, start, end uint64) (stop bool, err error)) error {
	for i := h.checkpointAt(cur - min(cur, 1)); i >= 0 && cur > 0; i-- {
		start, end := h.cks[i].pos, cur
		if i+1 < len(h.cks) {
			end = min(end, h.cks[i+1].pos)
		}
		if end <= start {
			continue
		}
		if stop, err := f(i, start, end); stop || err != nil {
			return err
		}
	}
	return nil
}

// windowsBack calls f for windows [from, end) of [start, end), the latest
// first: the first firstOriginWindow long, each further one growth times
// longer; it stops when f says so (stopped) or fails.
func windowsBack(start, end, growth uint64, f func(from, end uint64) (stop bool, err error)) (stopped bool, err error) {
	for size := uint64(firstOriginWindow); end > start; size *= growth {
		from := start
		if end-start > size {
			from = end - size
		}
		if stop, err := f(from, end); stop || err != nil {
			return stop, err
		}
		end = from
	}
	return false, nil
}
