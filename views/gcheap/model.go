// Package gcheap draws the live GC objects as a graph: structs, arrays and
// i31 values as boxes, references as labelled arrows, roots and objects new
// since the last stop marked, and the fields of the selected object aside.
package gcheap

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"
)

// Kind is what an object is.
type Kind uint8

const (
	KindStruct Kind = iota
	KindArray
	KindI31
)

// String is the kind in the interface's language.
func (k Kind) String() string {
	return [...]string{lang.L("struct"), lang.L("array"), lang.L("i31")}[k]
}

// Object is one heap object at a stop.
type Object struct {
	ID       int
	TypeName string // "$person", or "i31"
	Kind     Kind
	Fields   []Field  // struct fields, array elements, or an i31's value
	New      bool     // allocated since the last stop
	Roots    []string // where it is held from outside the heap: "local $p", "global 0", "stack[2]"
}

// Field is one field or element.
type Field struct {
	Name  string // field name or index
	Value string // the value as text
	Ref   int    // ID of the referenced object, or -1
}

// Model is the heap at a stop.
type Model struct {
	Objects []Object
}

// Caption names an object the way the graph does, e.g. "$person #3".
func (o Object) Caption() string { return fmt.Sprintf("%s #%d", o.TypeName, o.ID) }

// summary is the second line of a node: scalar fields, or an array's length.
func (o Object) summary() string {
	var parts []string
	if o.Kind == KindArray {
		parts = append(parts, fmt.Sprintf("[%d]", len(o.Fields)))
	}
	for _, f := range o.Fields {
		if f.Ref >= 0 {
			continue
		}
		if o.Kind == KindStruct {
			parts = append(parts, f.Name+"="+f.Value)
		} else {
			parts = append(parts, f.Value)
		}
	}
	return truncate(strings.Join(parts, " "), maxLabel)
}

// maxLabel is the most runes a node's line shows.
const maxLabel = 24

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
