package gcheap

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// A field tapped picks it; one tapped with the secondary button asks for
// its menu. Both name the object by its ID and the field by its index.
func TestFieldsPickAndAskForAMenu(t *testing.T) {
	v, _ := newTestView(t, mixed())
	var picks, menus []string
	v.OnPickField = func(id, field int) { picks = append(picks, fmt.Sprint(id, ".", field)) }
	v.OnFieldMenu = func(id, field int, _ fyne.Position) { menus = append(menus, fmt.Sprint(id, ".", field)) }
	v.selected = v.indexOf(64)
	v.fields.show()
	v.fields.list.Select(0)
	var rows []*fieldRow
	for _, o := range test.LaidOutObjects(v.fields.list) {
		if r, ok := o.(*fieldRow); ok && r.Visible() {
			rows = append(rows, r)
		}
	}
	for _, r := range rows {
		if r.index == 1 {
			test.TapSecondary(r)
		}
	}
	if fmt.Sprint(picks) != "[64.0]" || fmt.Sprint(menus) != "[64.1]" {
		t.Errorf("picked %v and asked menus for %v, want [64.0] and [64.1]", picks, menus)
	}
}
