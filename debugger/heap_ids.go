package debugger

import (
	"slices"
	"weak"

	"wasmstep/vm"
)

// heapTracker gives GC objects stable ids and remembers which were live at
// the previous stop, to tell new objects. It holds the objects weakly, so
// it keeps none alive: an object no root reaches any more is still listed
// (as unreachable) until Go's collector reclaims it. Ids survive replays:
// the k-th allocation of a call keeps its id when a replay re-creates it
// as another Go object (see alloc.go).
type heapTracker struct {
	ids    map[objRef]int
	byID   map[int]objRef
	nextID int
	live   map[int]bool // ids reachable at the last stop
	fresh  map[int]bool // reachable at the last stop and not at the one before
}

// objRef is a weak pointer to a struct or an array.
type objRef struct {
	s weak.Pointer[vm.Struct]
	a weak.Pointer[vm.Array]
}

func weakRef(obj any) objRef {
	switch o := obj.(type) {
	case *vm.Struct:
		return objRef{s: weak.Make(o)}
	case *vm.Array:
		return objRef{a: weak.Make(o)}
	}
	return objRef{}
}

// get returns the object, or nil once it was collected.
func (r objRef) get() any {
	if s := r.s.Value(); s != nil {
		return s
	}
	if a := r.a.Value(); a != nil {
		return a
	}
	return nil
}

func (h *heapTracker) init() {
	h.ids, h.byID, h.nextID = map[objRef]int{}, map[int]objRef{}, 1
	h.live, h.fresh = map[int]bool{}, map[int]bool{}
}

func (h *heapTracker) id(obj any) int {
	if id, ok := h.ids[weakRef(obj)]; ok {
		return id
	}
	id := h.nextID
	h.nextID++
	h.bind(obj, id)
	return id
}

// bind gives obj the id, replacing the object that had it.
func (h *heapTracker) bind(obj any, id int) {
	if old, ok := h.byID[id]; ok {
		delete(h.ids, old)
	}
	w := weakRef(obj)
	h.ids[w], h.byID[id] = id, w
}

// unreachable returns the objects seen once that still exist but are not
// in live, by id; it forgets the ones Go has collected.
func (h *heapTracker) unreachable(live map[int]bool) []vm.Ref {
	var ids []int
	for id, w := range h.byID {
		switch {
		case w.get() == nil:
			delete(h.ids, w)
			delete(h.byID, id)
		case !live[id]:
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	out := make([]vm.Ref, 0, len(ids))
	for _, id := range ids {
		if obj := h.byID[id].get(); obj != nil {
			out = append(out, obj)
		}
	}
	return out
}
