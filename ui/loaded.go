package ui

// loaded is what the window holds of something large at the stop shown (a
// big memory's bytes, a table's entries): the chunks the worker copied,
// chunkLen items each. A view that reads a missing chunk asks the worker
// for it once and shows a placeholder until it arrives. It belongs to the
// UI goroutine; the chunks themselves are never written after the copy.
type loaded[T any] struct {
	chunkLen uint64
	chunks   map[uint64][]T
	asked    map[uint64]bool
	ask      func(k uint64) // submits the worker's copy of chunk k
	// recent are the chunks read last, newest last: the next stop copies
	// them with itself, so a held F10 does not wait for the rows in view.
	recent []uint64
}

// recentChunks is how many chunks a stop copies for each big memory or
// table: a screenful and the rows around it.
const recentChunks = 4

func newLoaded[T any](chunkLen uint64, chunks map[uint64][]T) *loaded[T] {
	if chunks == nil {
		chunks = map[uint64][]T{}
	}
	return &loaded[T]{chunkLen: chunkLen, chunks: chunks, asked: map[uint64]bool{}}
}

// chunk is chunk k if it has arrived; if not, it is asked for.
func (l *loaded[T]) chunk(k uint64) ([]T, bool) {
	l.touch(k)
	c, ok := l.chunks[k]
	if !ok && !l.asked[k] && l.ask != nil {
		l.asked[k] = true
		l.ask(k)
	}
	return c, ok
}

// put takes chunk k as the worker copied it.
func (l *loaded[T]) put(k uint64, c []T) { l.chunks[k] = c }

func (l *loaded[T]) touch(k uint64) {
	if n := len(l.recent); n > 0 && l.recent[n-1] == k {
		return
	}
	for i, r := range l.recent {
		if r == k {
			l.recent = append(l.recent[:i], l.recent[i+1:]...)
			break
		}
	}
	if len(l.recent) == recentChunks {
		l.recent = l.recent[1:]
	}
	l.recent = append(l.recent, k)
}
