package gcheap

import "testing"

// Objects no root reaches are drawn apart, right of every reachable one,
// under their heading; "fit" zooms the whole graph into the visible area.
func TestUnreachableAreaAndFit(t *testing.T) {
	m := mixed()
	v, _ := newTestView(t, m)
	reach := reachable(m.Objects)
	if v.deadX < 0 {
		t.Fatal("no unreachable area")
	}
	for i, r := range reach {
		left := v.drawing.pos[i].X+v.drawing.size[i].Width <= v.deadX
		if r != left {
			t.Errorf("%s (reachable %v) at x=%v, the area starts at %v", m.Objects[i].Caption(), r, v.drawing.pos[i].X, v.deadX)
		}
	}
	if !contains(graphTexts(t, v), "unreachable") {
		t.Error("the area has no heading")
	}
	v.Fit()
	shown, vp := scaleSize(v.drawing.total, v.zoom), v.scroll.Size()
	if v.zoom >= 1 || shown.Width > vp.Width+1 || shown.Height > vp.Height+1 {
		t.Errorf("fit: zoom %v draws %v in %v", v.zoom, shown, vp)
	}

	var ring heap
	ring.obj(ring.ring(3)).Roots = []string{"global $head"}
	v.Update(Model{Objects: ring.objs})
	if v.deadX >= 0 {
		t.Error("an unreachable area without unreachable objects")
	}
}
