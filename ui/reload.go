package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"wasmstep/debugger"
)

// fileChanged reloads the session after one of its files was saved. Each
// breakpoint follows its line's text, so a line inserted above keeps it on
// its code; a call that was stopped is ended by the reload, and the status
// bar says so (F10 starts it again).
func (w *Window) fileChanged() {
	if len(w.paths) == 0 {
		return
	}
	type kept struct {
		lines []int
		text  string
	}
	old := map[string]kept{}
	for _, d := range w.src.docs {
		old[d.path] = kept{d.breakpoints, d.text}
	}
	ended := w.snap != nil && w.snap.State == debugger.StateStopped && w.lastCall != nil
	w.load(func(docs []*document) map[*document][]int {
		want := map[*document][]int{}
		for _, d := range docs {
			if k, ok := old[d.path]; ok && d.file != nil && d.disasm == nil {
				want[d] = followLines(k.text, d.text, k.lines)
			}
		}
		if ended {
			w.note = lang.L("Reloaded after a save; the stopped call ended: F10 starts {{.Name}} again", map[string]any{"Name": w.lastCall.name})
		}
		return want
	})
}

// followLines moves 1-based lines of before to where the same text is in
// after: the nearest line with the same content, else the same number.
func followLines(before, after string, lines []int) []int {
	a, b := strings.Split(before, "\n"), strings.Split(after, "\n")
	out := make([]int, 0, len(lines))
	for _, l := range lines {
		moved := l
		if l >= 1 && l <= len(a) {
			moved = nearestSame(b, a[l-1], l)
		}
		if moved >= 1 && moved <= len(b) {
			out = append(out, moved)
		}
	}
	return out
}

// nearestSame is the 1-based line of lines equal to text nearest to near,
// or near when there is none.
func nearestSame(lines []string, text string, near int) int {
	for d := 0; d < len(lines); d++ {
		for _, l := range []int{near + d, near - d} {
			if l >= 1 && l <= len(lines) && lines[l-1] == text {
				return l
			}
		}
	}
	return near
}
