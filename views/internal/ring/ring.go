// Package ring is a bounded log: the newest Cap items, oldest first, with a
// count of those pushed out.
package ring

// Ring holds up to Cap items; the zero value holds none.
type Ring[T any] struct {
	items   []T
	start   int // index in items of the oldest item once full
	dropped int
}

// New returns a ring that keeps the newest capacity items (at least one).
func New[T any](capacity int) *Ring[T] {
	return &Ring[T]{items: make([]T, 0, max(capacity, 1))}
}

// Push adds x, dropping the oldest item when full.
func (r *Ring[T]) Push(x T) {
	if len(r.items) < cap(r.items) {
		r.items = append(r.items, x)
		return
	}
	r.items[r.start] = x
	r.start = (r.start + 1) % len(r.items)
	r.dropped++
}

// Len is the number of items held.
func (r *Ring[T]) Len() int { return len(r.items) }

// At returns the i-th oldest item held, 0 <= i < Len.
func (r *Ring[T]) At(i int) *T {
	return &r.items[(r.start+i)%len(r.items)]
}

// Dropped is how many items were pushed out since the last Clear.
func (r *Ring[T]) Dropped() int { return r.dropped }

// Clear empties the ring.
func (r *Ring[T]) Clear() {
	clear(r.items)
	r.items, r.start, r.dropped = r.items[:0], 0, 0
}
