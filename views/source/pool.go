package source

// pool reuses canvas objects from one refresh to the next, so scrolling
// allocates nothing once the visible lines have been drawn once.
type pool[T any] struct {
	items []*T
	used  int
}

func (p *pool[T]) next() *T {
	if p.used == len(p.items) {
		p.items = append(p.items, new(T))
	}
	p.used++
	return p.items[p.used-1]
}
