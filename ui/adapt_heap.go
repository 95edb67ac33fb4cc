package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"wasmstep/debugger"
	"wasmstep/views/gcheap"
)

var heapKinds = map[string]gcheap.Kind{"struct": gcheap.KindStruct, "array": gcheap.KindArray, "i31": gcheap.KindI31}

// heapModel is the graph view's model of a heap graph.
func heapModel(g debugger.HeapGraph) gcheap.Model {
	m := gcheap.Model{Objects: make([]gcheap.Object, len(g.Objects))}
	for i, o := range g.Objects {
		obj := gcheap.Object{ID: o.ID, TypeName: o.TypeName, Kind: heapKinds[o.Kind], New: o.New, Fields: make([]gcheap.Field, len(o.Fields))}
		if o.Root != "" {
			obj.Roots = []string{rootText(o.Root)}
		}
		// An Unreachable object has no root and no rooted object leads to
		// it: the graph draws it in its unreachable area.
		for j, f := range o.Fields {
			obj.Fields[j] = gcheap.Field{Name: f.Name, Value: valueText(f.Value), Ref: f.Target}
		}
		m.Objects[i] = obj
	}
	return m
}

// rootText translates what holds a root, as the debugger writes it ("local
// $p", "global $g", "table $t[3]"): the kind of holder, not its name.
func rootText(root string) string {
	kind, name, _ := strings.Cut(root, " ")
	data := map[string]any{"Name": name}
	switch kind {
	case "local":
		return lang.X("heap.root.local", "local {{.Name}}", data)
	case "global":
		return lang.X("heap.root.global", "global {{.Name}}", data)
	case "table":
		return lang.X("heap.root.table", "table {{.Name}}", data)
	}
	return root
}

// valueText writes a value the way the panes do by default.
func valueText(v debugger.Value) string {
	return stackDisplay.Text(stackValue(v))
}
