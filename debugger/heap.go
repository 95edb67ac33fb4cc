package debugger

import (
	"fmt"
	"strconv"

	"wasmstep/vm"
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

// maxHeapObjects bounds the objects a heap graph lists.
const maxHeapObjects = 100000

// heapTracker gives GC objects stable ids and remembers which were live at
// the previous stop, to tell new objects and newly unreachable ones. Ids
// survive replays: the k-th allocation of a call keeps its id when a replay
// re-creates it as another Go object (see alloc.go).
type heapTracker struct {
	ids         map[any]int
	byID        map[int]any
	nextID      int
	live        map[int]bool // ids reachable at the last stop
	fresh       map[int]bool // reachable at the last stop and not at the one before
	unreachable int          // objects seen live once and unreachable since
}

func (h *heapTracker) init() {
	h.ids, h.byID, h.nextID = map[any]int{}, map[int]any{}, 1
	h.live, h.fresh, h.unreachable = map[int]bool{}, map[int]bool{}, 0
}

func (h *heapTracker) id(obj any) int {
	if id, ok := h.ids[obj]; ok {
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
	h.ids[obj], h.byID[id] = id, obj
}

// walkObjects visits every struct and array reachable from roots once,
// breadth first.
func walkObjects(roots []vm.Ref, visit func(obj any)) {
	seen := map[any]bool{}
	queue := append([]vm.Ref(nil), roots...)
	for len(queue) > 0 {
		r := queue[0]
		queue = queue[1:]
		var refs []vm.Ref
		switch x := r.(type) {
		case *vm.Struct:
			refs = x.Refs
		case *vm.Array:
			refs = x.Refs
		case *vm.Exception:
			for _, v := range x.Payload {
				queue = append(queue, v.Ref)
			}
			continue
		default:
			continue
		}
		if seen[r] {
			continue
		}
		seen[r] = true
		visit(r)
		for _, c := range refs {
			if c != nil {
				queue = append(queue, c)
			}
		}
	}
}

// root is a reference the program holds directly, and what holds it.
type root struct {
	ref  vm.Ref
	what string
}

// roots lists the references in every frame, global and table.
func (s *Session) roots() []root {
	var out []root
	if s.call != nil && s.thread != nil {
		for i := 0; i < s.thread.Depth(); i++ {
			fv := s.thread.Frame(i)
			for k, v := range fv.Locals {
				if v.Ref != nil {
					out = append(out, root{v.Ref, "local " + s.localName(fv.Func, k)})
				}
			}
			for k, v := range fv.Stack {
				if v.Ref != nil {
					out = append(out, root{v.Ref, fmt.Sprintf("stack %d of %s", k, s.funcName(fv.Func))})
				}
			}
		}
	}
	for _, g := range s.globalList() {
		if v := g.g.Get(); v.Ref != nil {
			out = append(out, root{v.Ref, "global " + g.name})
		}
	}
	for _, t := range s.tables() {
		for i, r := range t.table.Entries() {
			if r != nil {
				out = append(out, root{r, fmt.Sprintf("table %s[%d]", t.name, i)})
			}
		}
	}
	return out
}

func refsOf(rs []root) []vm.Ref {
	out := make([]vm.Ref, len(rs))
	for i, r := range rs {
		out[i] = r.ref
	}
	return out
}

// heapSummary counts live objects at a stop and updates the tracker.
func (s *Session) heapSummary() HeapSummary {
	var sum HeapSummary
	live, fresh := map[int]bool{}, map[int]bool{}
	walkObjects(refsOf(s.roots()), func(obj any) {
		id := s.heap.id(obj)
		live[id] = true
		sum.Live++
		if !s.heap.live[id] {
			fresh[id] = true
			sum.New++
		}
	})
	for id := range s.heap.live {
		if !live[id] {
			s.heap.unreachable++
			if obj, ok := s.heap.byID[id]; ok {
				delete(s.heap.ids, obj)
				delete(s.heap.byID, id)
			}
		}
	}
	s.heap.live, s.heap.fresh = live, fresh
	sum.Unreachable = s.heap.unreachable
	return sum
}

// Heap builds the graph of GC objects reachable from the roots: operand
// stacks and locals of every frame, globals and tables.
func (s *Session) Heap() HeapGraph {
	g := HeapGraph{Generation: s.gen}
	rs := s.roots()
	holder := map[any]string{}
	for _, r := range rs {
		if _, ok := holder[r.ref]; !ok {
			holder[r.ref] = r.what
		}
	}
	walkObjects(refsOf(rs), func(obj any) {
		if len(g.Objects) >= maxHeapObjects {
			g.Truncated = true
			return
		}
		id := s.heap.id(obj)
		o := HeapObject{ID: id, Root: holder[obj], New: s.heap.fresh[id]}
		o.TypeName = s.typeName(objectTypeID(obj))
		o.Kind, o.Fields = s.objectFields(obj)
		g.Objects = append(g.Objects, o)
	})
	return g
}

func objectTypeID(obj any) validate.TypeID {
	switch o := obj.(type) {
	case *vm.Struct:
		return o.TypeID
	case *vm.Array:
		return o.TypeID
	}
	return 0
}

// objectFields lists a struct's fields or an array's elements.
func (s *Session) objectFields(obj any) (string, []HeapField) {
	var fields []HeapField
	field := func(name string, bits uint64, ref vm.Ref, t wasm.ValType) {
		v := s.value(vm.Value{Type: t, Bits: bits, Ref: ref}, t)
		fields = append(fields, HeapField{Name: name, Value: v, Target: v.Object})
	}
	switch o := obj.(type) {
	case *vm.Struct:
		ft := s.structFields(o.TypeID)
		for i := range max(len(o.Fields), len(o.Refs)) {
			t, name := wasm.ValType{Kind: wasm.KindI64}, strconv.Itoa(i)
			if i < len(ft) {
				t, name = ft[i].typ, ft[i].name
			}
			var bits uint64
			var ref vm.Ref
			if i < len(o.Fields) {
				bits = o.Fields[i]
			}
			if i < len(o.Refs) {
				ref = o.Refs[i]
			}
			field(name, bits, ref, t)
		}
		return "struct", fields
	case *vm.Array:
		t := s.arrayElem(o.TypeID)
		for i := range o.Len() {
			var bits uint64
			var ref vm.Ref
			if o.Refs != nil {
				ref = o.Refs[i]
			} else {
				bits = o.Elems[i]
			}
			field(strconv.Itoa(i), bits, ref, t)
			if i >= 255 {
				break
			}
		}
		return "array", fields
	}
	return "object", nil
}
