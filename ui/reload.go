package ui

// fileChanged reloads the session after one of its files was saved,
// keeping the breakpoints of every file by line.
func (w *Window) fileChanged() {
	if len(w.paths) == 0 {
		return
	}
	kept := map[string][]int{}
	for _, d := range w.src.docs {
		kept[d.path] = d.breakpoints
	}
	w.load(func(docs []*document) map[*document][]int {
		want := map[*document][]int{}
		for _, d := range docs {
			if d.file != nil && d.disasm == nil {
				want[d] = kept[d.path]
			}
		}
		return want
	})
}
