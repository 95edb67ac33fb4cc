package gcheap

import (
	"testing"

	"fyne.io/fyne/v2"
)

func TestRingLaysOutAsAChain(t *testing.T) {
	var h heap
	first := h.ring(5)
	h.obj(first).Roots = []string{"local 0"}
	g := newLayered(h.objs)
	for i := range 5 {
		if g.layer[i] != i {
			t.Errorf("node %d in layer %d, want %d (layers %v)", i, g.layer[i], i, g.layer[:5])
		}
	}
	for _, r := range g.refs {
		name := h.objs[r.from].Fields[r.field].Name
		// The search goes 0→1→…→4 by next; 4→0 closes the ring, and each prev
		// points back up the search, except 0's prev, met after 4 was done.
		closing := r.from == 4 && r.to == 0
		if wantBack := name == "prev" && r.from != 0 || closing; r.back != wantBack {
			t.Errorf("%s ref %d→%d back=%v, want %v", name, r.from, r.to, r.back, wantBack)
		}
	}
	// The closing next (4→0) and the first prev (0→4) span four layers:
	// three dummies each.
	if dummies := len(g.layer) - 5; dummies != 6 {
		t.Errorf("%d dummy vertices, want 6", dummies)
	}
}

func TestTreeLayersByDepthAndNoOverlap(t *testing.T) {
	var h heap
	h.obj(h.tree(4)).Roots = []string{"global 0"}
	g := newLayered(h.objs)
	depth := map[int]int{}
	for _, l := range g.layer {
		depth[l]++
	}
	for l, want := range []int{1, 2, 4, 8} {
		if depth[l] != want {
			t.Errorf("layer %d has %d nodes, want %d", l, depth[l], want)
		}
	}
	m := mixed()
	sizes := make([]fyne.Size, len(m.Objects))
	for i := range sizes {
		sizes[i] = fyne.Size{Width: 100, Height: 40}
	}
	lg := newLayered(m.Objects)
	d := lg.place(lg.order(), sizes, 80, 20)
	for i := range d.pos {
		for j := i + 1; j < len(d.pos); j++ {
			a, b := d.pos[i], d.pos[j]
			if a.X < b.X+100 && b.X < a.X+100 && a.Y < b.Y+40 && b.Y < a.Y+40 {
				t.Fatalf("objects %d and %d overlap at %v and %v", i, j, a, b)
			}
		}
	}
}

func TestOrderingRemovesCrossingsOfCrossedPairs(t *testing.T) {
	// a→d, b→c in model order cross unless the second layer is reordered.
	objs := []Object{
		{ID: 1, Roots: []string{"r"}, Fields: []Field{{"x", "", 4}}},
		{ID: 2, Roots: []string{"r"}, Fields: []Field{{"x", "", 3}}},
		{ID: 3}, {ID: 4},
	}
	g := newLayered(objs)
	layers := g.order()
	if got := layers[1]; len(got) != 2 || got[0] != 3 || got[1] != 2 {
		t.Errorf("second layer %v, want [3 2] (#4 beside #1)", got)
	}
}
