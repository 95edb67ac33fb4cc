package memory

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// Shift with a click or an arrow selects from the cursor; a secondary tap
// inside the selection asks a menu for it, outside for the byte tapped.
func TestSelectionPicksARange(t *testing.T) {
	v, _ := newTestView(t)
	var picks, menus []string
	v.OnPick = func(i int, from, to uint64) { picks = append(picks, fmt.Sprintf("%d:%#x-%#x", i, from, to)) }
	v.OnMenu = func(i int, from, to uint64, _ fyne.Position) {
		menus = append(menus, fmt.Sprintf("%d:%#x-%#x", i, from, to))
	}
	p := v.panes[0]
	l := p.grid.layout()
	at := func(addr uint64) fyne.Position {
		return fyne.NewPos(l.x(l.hexCell(int(addr%16)))+l.cellW/2, (float32(addr/16)+1.5)*l.lineH)
	}
	test.TapAt(p.grid, at(0x14))
	p.grid.MouseDown(&desktop.MouseEvent{Modifier: fyne.KeyModifierShift})
	test.TapAt(p.grid, at(0x12))
	p.grid.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	p.grid.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown}) // to 0x22: the range is 0x14..0x22
	p.grid.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if want := "0:0x14-0x15 0:0x12-0x15 0:0x14-0x23"; strings.Join(picks, " ") != want {
		t.Errorf("picks %v, want %s", picks, want)
	}
	if !strings.Contains(p.readout.Text, "[0x00000014, 0x00000023) 15 B") {
		t.Errorf("readout %q does not give the range", p.readout.Text)
	}
	test.TapSecondaryAt(p.grid, at(0x18)) // inside
	test.TapSecondaryAt(p.grid, at(0x30)) // outside: the cursor moves there
	if want := "0:0x14-0x23 0:0x30-0x31"; strings.Join(menus, " ") != want {
		t.Errorf("menus %v, want %s", menus, want)
	}
	test.TapAt(p.grid, at(0x40)) // without Shift: one byte again
	if last := picks[len(picks)-1]; last != "0:0x40-0x41" {
		t.Errorf("a plain click picked %s, want 0:0x40-0x41", last)
	}
}
