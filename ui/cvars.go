package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"wasmstep/debugger"
)

// sourceVars is what an engine that reads DWARF offers for the variables
// tree; asked for without widening Engine.
type sourceVars interface {
	SourceVars(frame, inner int) ([]debugger.SourceValue, error)
	SourceGlobals(frame int) ([]debugger.SourceValue, error)
}

// cVarsTree shows the C variables of the selected frame as a tree:
// parameters and locals of each source function active in it (inlined
// ones first), then the compile unit's globals; structs, unions, arrays
// and pointers open to their fields, elements and targets.
type cVarsTree struct {
	tree  *widget.Tree
	roots []debugger.SourceValue // one branch per source function, then "globals"
}

func newCVarsTree() *cVarsTree {
	c := &cVarsTree{}
	c.tree = widget.NewTree(c.children, c.isBranch,
		func(bool) fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.TreeNodeID, _ bool, o fyne.CanvasObject) { o.(*widget.Label).SetText(c.label(id)) })
	return c
}

// node finds a value by its id: indexes joined by "/".
func (c *cVarsTree) node(id widget.TreeNodeID) (debugger.SourceValue, bool) {
	if id == "" {
		return debugger.SourceValue{Children: c.roots}, true
	}
	v := debugger.SourceValue{Children: c.roots}
	for _, part := range strings.Split(id, "/") {
		i, err := strconv.Atoi(part)
		if err != nil || i < 0 || i >= len(v.Children) {
			return debugger.SourceValue{}, false
		}
		v = v.Children[i]
	}
	return v, true
}

func (c *cVarsTree) children(id widget.TreeNodeID) []widget.TreeNodeID {
	v, _ := c.node(id)
	out := make([]widget.TreeNodeID, len(v.Children))
	for i := range v.Children {
		if id == "" {
			out[i] = strconv.Itoa(i)
		} else {
			out[i] = id + "/" + strconv.Itoa(i)
		}
	}
	return out
}

func (c *cVarsTree) isBranch(id widget.TreeNodeID) bool {
	v, _ := c.node(id)
	return len(v.Children) > 0
}

func (c *cVarsTree) label(id widget.TreeNodeID) string {
	v, ok := c.node(id)
	if !ok {
		return ""
	}
	if !strings.Contains(id, "/") { // a source function or the globals
		return v.Name
	}
	return v.Name + " (" + v.Type + ") = " + v.Text
}

// sourceVarRoots reads the variables of wasm frame i of s from e, on the
// worker: one branch per source function active in the frame, then the
// compile unit's globals.
func sourceVarRoots(e Engine, s *debugger.Snapshot, i int) []debugger.SourceValue {
	sv, ok := e.(sourceVars)
	if !ok || s == nil || i < 0 || i >= len(s.Frames) {
		return nil
	}
	var roots []debugger.SourceValue
	for k, sf := range s.Frames[i].Source {
		vs, err := sv.SourceVars(i, k)
		if err != nil {
			continue
		}
		roots = append(roots, debugger.SourceValue{Name: sf.Func + " at " + sf.Pos.String(), Children: vs})
	}
	if gs, err := sv.SourceGlobals(i); err == nil && len(gs) > 0 && len(roots) > 0 {
		roots = append(roots, debugger.SourceValue{Name: lang.L("Globals"), Children: gs})
	}
	return roots
}

// update shows roots; it reports whether there are any.
func (c *cVarsTree) update(roots []debugger.SourceValue) bool {
	c.roots = roots
	c.tree.Refresh()
	if len(c.roots) > 0 {
		c.tree.OpenBranch("0")
	}
	return len(c.roots) > 0
}

// showSourceVars fills the C variables tree for frame i of the stop shown:
// at once with frame 0's, copied with the stop, else when the worker has
// read them (a frame picked during a run waits for the run's end).
func (w *Window) showSourceVars(i int) {
	d := w.data
	if _, ok := w.eng.(sourceVars); !ok || d.snap == nil || i >= len(d.snap.Frames) || len(d.snap.Frames[i].Source) == 0 {
		d.vars[i] = nil // nothing to read
	}
	if roots, ok := d.vars[i]; ok {
		w.src.pair.hasVars = w.src.pair.vars.update(roots)
		w.src.refresh()
		return
	}
	var roots []debugger.SourceValue
	w.work.submit(command{eng: w.eng, name: "source vars", keep: true, run: func(e Engine) (*debugger.Snapshot, error) {
		roots = sourceVarRoots(e, d.snap, i)
		return nil, nil
	}, done: func(*debugger.Snapshot, error) {
		if w.data != d {
			return // another stop came: it has its own
		}
		d.vars[i] = roots
		if w.frame == i {
			w.showSourceVars(i)
		}
	}})
}
