package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"wasmstep/debugger"
	"wasmstep/vm/wasm"
)

// The stack, locals and globals write a v128 in the shape of the last
// instruction that named one, until the user fixes a shape.
func TestPanesFollowInstructionLanes(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(theme.DefaultTheme())
	p := newPanes()
	w := test.NewTempWindow(t, container.NewGridWithRows(4, p.display, p.stack, p.locals, p.globals))
	w.Resize(fyne.NewSize(900, 900))
	// 1..8 as i16 lanes: 0x0002_0001, 0x0004_0003, ... as i32 lanes.
	v := debugger.Value{Type: wasm.V128, Lo: 0x0004_0003_0002_0001, Hi: 0x0008_0007_0006_0005}
	stop := func(next string) *debugger.Snapshot {
		return &debugger.Snapshot{
			Frames: []debugger.Frame{{
				Stack:    []debugger.Value{v},
				Locals:   []debugger.Local{{Name: "$v", Value: v}},
				Location: debugger.Location{FuncName: "$f"},
			}},
			Globals: []debugger.Global{{Name: "$g", Value: v}},
			Next:    debugger.Instruction{Name: strings.Fields(next)[0], Text: next},
		}
	}
	i16, i32Lanes := "1 2 3 4 5 6 7 8", "131073 262147 393221 524295"
	tests := []struct {
		next  string
		fixed string // a shape the user picks before the stop, if any
		want  string
	}{
		{"local.get $v", "", i32Lanes}, // nothing named a shape yet: i32x4
		{"v128.const i16x8 1 2 3 4 5 6 7 8", "", i16},
		{"local.get $v", "", i16}, // sticky
		{"i16x8.add", "i64x2", "1125912791875585 2251829878849541"},
		{"i32x4.add", "", "1125912791875585 2251829878849541"},           // fixed overrides
		{"i8x16.add", "auto (i32x4)", "1 0 2 0 3 0 4 0 5 0 6 0 7 0 8 0"}, // auto again
	}
	for _, tt := range tests {
		if tt.fixed != "" {
			setLanes(p, tt.fixed)
		}
		p.showFrame(stop(tt.next), 0)
		p.globals.Update(globalsModel(stop(tt.next)))
		for name, pane := range map[string]fyne.CanvasObject{"stack": p.stack, "locals": p.locals, "globals": p.globals} {
			if got := rendered(pane); !slices.Contains(got, tt.want) {
				t.Errorf("before %s, %s shows %q; want the lanes %q", tt.next, name, got, tt.want)
			}
		}
	}
}

// setLanes picks a lanes choice in the display bar, as the user would;
// the format selector has no such choice and ignores it.
func setLanes(p *panes, choice string) {
	for _, s := range all[interface{ SetSelected(string) }](p.display) {
		s.SetSelected(choice)
	}
}
