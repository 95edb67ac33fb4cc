package gcheap

import "fmt"

// heap builds test heaps: IDs count up from 1.
type heap struct{ objs []Object }

func (h *heap) add(o Object) int {
	o.ID = len(h.objs) + 1
	h.objs = append(h.objs, o)
	return o.ID
}

func (h *heap) obj(id int) *Object { return &h.objs[id-1] }

// ring adds a cyclic doubly linked list of n nodes and returns the first.
func (h *heap) ring(n int) int {
	first := len(h.objs) + 1
	for i := range n {
		next, prev := first+(i+1)%n, first+(i+n-1)%n
		h.add(Object{TypeName: "$node", Fields: []Field{
			{"val", fmt.Sprint(i * 10), -1},
			{"next", fmt.Sprintf("ref $node #%d", next), next},
			{"prev", fmt.Sprintf("ref $node #%d", prev), prev},
		}})
	}
	return first
}

// tree adds a complete binary tree of the given depth and returns its root.
func (h *heap) tree(depth int) int {
	id := h.add(Object{TypeName: "$tree", Fields: []Field{{"key", fmt.Sprint(len(h.objs)), -1}}})
	if depth > 1 {
		for _, side := range []string{"left", "right"} {
			c := h.tree(depth - 1)
			h.obj(id).Fields = append(h.obj(id).Fields, Field{side, fmt.Sprintf("ref $tree #%d", c), c})
		}
	}
	return id
}

// mixed is a heap of 200 objects: a tree, a ring, an array of i31s and
// structs, a self reference, and unreachable garbage.
func mixed() Model {
	var h heap
	root := h.tree(6) // 63 objects
	h.obj(root).Roots = []string{"global $tree"}
	ring := h.ring(12)
	h.obj(ring).Roots = []string{"local $cur", "stack[0]"}
	arr := h.add(Object{TypeName: "$vec", Kind: KindArray, Roots: []string{"local $v"}, New: true})
	for i := range 52 {
		var el int
		if i%2 == 0 {
			el = h.add(Object{TypeName: "i31", Kind: KindI31, Fields: []Field{{"value", fmt.Sprint(i * 7), -1}}, New: i > 30})
		} else {
			el = h.add(Object{TypeName: "$person", Fields: []Field{{"name", "\"张三\"", -1}, {"age", fmt.Sprint(20 + i), -1}}})
		}
		h.obj(arr).Fields = append(h.obj(arr).Fields, Field{fmt.Sprint(i), "ref", el})
	}
	self := h.add(Object{TypeName: "$selfie", Roots: []string{"table $t[3]"}})
	h.obj(self).Fields = []Field{{"me", "ref $selfie", self}}
	for range 4 {
		h.tree(4) // garbage: 15 objects each, unreachable from roots
	}
	h.ring(11)
	if len(h.objs) != 200 {
		panic("the fixture should have 200 objects")
	}
	return Model{Objects: h.objs}
}
