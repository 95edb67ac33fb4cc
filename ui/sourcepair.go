package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	srcview "wasmstep/views/source"
)

// sourcePair puts the module's disassembly beside a compiled program's
// source while the pane shows that source: the C line and the instruction
// about to run are marked side by side.
type sourcePair struct {
	body  *fyne.Container // what the pane shows under its picker
	alone fyne.CanvasObject
	split *container.Split
	dis   *srcview.View
	// vars is the C variables tree under the pair; withVars stacks it there.
	vars     *cVarsTree
	withVars *container.Split
	hasVars  bool
	asm      *document // the module document beside the source; nil when none
	// pinned is a disassembly the user picked: stops keep it in front
	// (instruction steps) instead of turning to the source line.
	pinned *document
}

// pin records the user's pick of a document.
func (sp *sourcePair) pin(d *document) {
	sp.pinned = nil
	if d.disasm != nil {
		sp.pinned = d
	}
}

func newSourcePair(main *srcview.View) *sourcePair {
	sp := &sourcePair{alone: main, dis: srcview.NewView(), vars: newCVarsTree()}
	sp.split = container.NewHSplit(main, sp.dis)
	sp.split.Offset = 0.6
	sp.withVars = container.NewVSplit(sp.split, sp.vars.tree)
	sp.withVars.Offset = 0.65
	sp.body = container.NewStack(main)
	return sp
}

// update shows the disassembly beside cur when cur is a compiled program's
// source and asm marks the instruction of the same stop, and cur alone
// otherwise.
func (sp *sourcePair) update(cur, asm *document) {
	paired := cur != nil && cur.disasm == nil && asm != nil && asm != cur && asm.next != nil && cur.next != nil
	want := sp.alone
	if paired {
		want = sp.split
		sp.split.Leading = sp.alone // the main view moves between the two layouts
		sp.dis.Update(asm.model())
		if sp.hasVars {
			want = sp.withVars
		}
	}
	if len(sp.body.Objects) != 1 || sp.body.Objects[0] != want {
		sp.body.Objects = []fyne.CanvasObject{want}
		sp.body.Refresh()
	}
}
