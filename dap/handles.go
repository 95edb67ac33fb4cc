package dap

import godap "github.com/google/go-dap"

// handles are the variable references of the current stop: each expands
// one container (a scope, a v128, a GC object, a table) when the client
// asks. They are dropped at every stop, as DAP allows.
type handles struct {
	items []container
}

type container struct {
	vars    func() []godap.Variable
	globals bool // its variables are globals, which data breakpoints can watch
}

func (h *handles) reset() { h.items = nil }

// add returns the reference of a container; references start at 1.
func (h *handles) add(c container) int {
	h.items = append(h.items, c)
	return len(h.items)
}

func (h *handles) get(ref int) (container, bool) {
	if ref < 1 || ref > len(h.items) {
		return container{}, false
	}
	return h.items[ref-1], true
}
