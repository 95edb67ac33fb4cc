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

// heapSummary counts the objects at a stop and updates the tracker.
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
	sum.Unreachable = len(s.heap.unreachable(live))
	s.heap.live, s.heap.fresh = live, fresh
	return sum
}

// Heap builds the graph of GC objects reachable from the roots (operand
// stacks and locals of every frame, globals and tables), then of those
// seen before that no root reaches but Go has not collected yet.
func (s *Session) Heap() HeapGraph {
	g := HeapGraph{Generation: s.gen}
	rs := s.roots()
	holder := map[any]string{}
	for _, r := range rs {
		if _, ok := holder[r.ref]; !ok {
			holder[r.ref] = r.what
		}
	}
	live := map[int]bool{}
	add := func(obj any, dead bool) {
		if len(g.Objects) >= maxHeapObjects {
			g.Truncated = true
			return
		}
		id := s.heap.id(obj)
		o := HeapObject{ID: id, Root: holder[obj], New: !dead && s.heap.fresh[id], Unreachable: dead}
		o.TypeName = s.typeName(objectTypeID(obj))
		o.Kind, o.Fields = s.objectFields(obj)
		g.Objects = append(g.Objects, o)
	}
	walkObjects(refsOf(rs), func(obj any) {
		live[s.heap.id(obj)] = true
		add(obj, false)
	})
	walkObjects(s.heap.unreachable(live), func(obj any) {
		if !live[s.heap.id(obj)] {
			add(obj, true)
		}
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
	field := func(name string, bits, hi uint64, ref vm.Ref, t wasm.ValType) {
		v := s.value(vm.Value{Type: t, Bits: bits, Hi: hi, Ref: ref}, t)
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
			var bits, hi uint64
			var ref vm.Ref
			if i < len(o.Fields) {
				bits = o.Fields[i]
			}
			if i < len(o.Hi) {
				hi = o.Hi[i] // a v128 field's high half
			}
			if i < len(o.Refs) {
				ref = o.Refs[i]
			}
			field(name, bits, hi, ref, t)
		}
		return "struct", fields
	case *vm.Array:
		t := s.arrayElem(o.TypeID)
		for i := range o.Len() {
			var bits, hi uint64
			var ref vm.Ref
			if o.Refs != nil {
				ref = o.Refs[i]
			} else {
				bits = o.Elems[i]
			}
			if o.Hi != nil {
				hi = o.Hi[i]
			}
			field(strconv.Itoa(i), bits, hi, ref, t)
			if i >= 255 {
				break
			}
		}
		return "array", fields
	}
	return "object", nil
}
