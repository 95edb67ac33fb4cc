package stack

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"wasmstep/views/internal/viewtest"
)

// Rows pick live operands counted from the top of the stack; popped values
// and block boundaries pick nothing.
func TestRowsPickFromTheTop(t *testing.T) {
	viewtest.Start(t)
	v := New()
	viewtest.Show(t, v, 520, 400)
	v.Update(afterAdd())
	var picks, menus []int
	v.OnPick = func(i int) { picks = append(picks, i) }
	v.OnMenu = func(i int, _ fyne.Position) { menus = append(menus, i) }
	// Rows: popped 3, popped 2, 5, func $fib, block $done, v128, 2.5, func $main.
	for r := range 8 {
		v.grid.OnSelected(r)
		v.grid.OnMenu(r, fyne.Position{})
	}
	if want := "[0 1 2 3]"; fmt.Sprint(picks) != want || fmt.Sprint(menus) != want {
		t.Errorf("rows picked %v and asked menus for %v, want %s", picks, menus, want)
	}
}
