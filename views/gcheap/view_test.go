package gcheap

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func newTestView(t *testing.T, m Model) (*View, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DefaultTheme())
	v := NewView()
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(1000, 700))
	v.Update(m)
	return v, w
}

func graphTexts(t *testing.T, v *View) []string {
	t.Helper()
	var out []string
	for _, o := range test.TempWidgetRenderer(t, v.graph).Objects() {
		if x, ok := o.(*canvas.Text); ok {
			out = append(out, x.Text)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestGraphDrawsNodesEdgesAndRoots(t *testing.T) {
	v, _ := newTestView(t, mixed())
	texts := graphTexts(t, v)
	for _, want := range []string{"$tree #1", "$node #64", "i31 #77", "$vec #76", "next", "prev", "left",
		"me", "root: local $cur, stack[0]", "root: global $tree", "name=\"张三\" age=21", "[52]"} {
		if !contains(texts, want) {
			t.Errorf("graph lacks %q", want)
		}
	}
	if v.summary.Text != "200 objects · 4 rooted · 71 unreachable · 11 new since the last stop" {
		t.Errorf("summary %q", v.summary.Text)
	}
}

func TestTapNodeShowsFields(t *testing.T) {
	v, _ := newTestView(t, mixed())
	var picked []int
	v.OnSelect = func(id int) { picked = append(picked, id) }
	ring := v.indexOf(64)
	p, s := v.drawing.pos[ring], v.drawing.size[ring]
	test.TapAt(v.graph, fyne.NewPos(p.X+s.Width/2, p.Y+s.Height/2))
	if len(picked) != 1 || picked[0] != 64 {
		t.Fatalf("OnSelect %v, want [64]", picked)
	}
	if v.fields.title.Text != "$node #64" || !strings.Contains(v.fields.details.Text, "roots: local $cur, stack[0]") {
		t.Errorf("panel %q / %q", v.fields.title.Text, v.fields.details.Text)
	}
	if got := v.fields.row(1); got != "next: ref $node #65 → $node #65" {
		t.Errorf("field row %q", got)
	}
	v.fields.list.Select(2) // prev: follows the reference
	if v.fields.title.Text != "$node #75" || picked[len(picked)-1] != 75 {
		t.Errorf("following prev selected %q", v.fields.title.Text)
	}
	test.TapAt(v.graph, fyne.NewPos(-5, -5))
	if v.selected != v.indexOf(75) {
		t.Error("a tap beside every node changed the selection")
	}
}

func TestZoomScalesTheDrawing(t *testing.T) {
	v, _ := newTestView(t, mixed())
	base := v.graph.MinSize()
	v.SetZoom(2)
	if got := v.graph.MinSize(); got.Width != 2*base.Width || got.Height != 2*base.Height {
		t.Errorf("zoom 2: %v, was %v", got, base)
	}
	v.SetZoom(100)
	if v.zoom != maxZoom {
		t.Errorf("zoom clamps to %v, got %v", maxZoom, v.zoom)
	}
	i := v.indexOf(1)
	p, s := v.drawing.pos[i], v.drawing.size[i]
	test.TapAt(v.graph, fyne.NewPos((p.X+s.Width/2)*maxZoom, (p.Y+s.Height/2)*maxZoom))
	if v.selected != i {
		t.Error("a tap at zoom 3 missed the node")
	}
}

func TestUpdateKeepsSelectionByID(t *testing.T) {
	v, _ := newTestView(t, mixed())
	v.selectObject(v.indexOf(64))
	m := mixed()
	m.Objects = m.Objects[1:] // another stop: the old first object is gone
	v.Update(m)
	if v.selected < 0 || v.model.Objects[v.selected].ID != 64 {
		t.Error("selection lost across an update")
	}
}
