package tables

import (
	"fmt"
	"reflect"
	"testing"

	"wasmstep/views/internal/viewtest"
	"wasmstep/vm/wasm"
)

// model has a small function table and a large externref table whose odd
// entries are null.
func model(used *Use) Model {
	fns := []string{"func $add", "func $sub", "func $mul"}
	return Model{
		Tables: []Table{
			{Name: "$ops", Elem: wasm.FuncRef, Len: len(fns), Entry: func(i int) Entry { return Entry{Text: fns[i]} }},
			{Name: "$objs", Elem: wasm.ExternRef, Len: 100000, Entry: func(i int) Entry {
				return Entry{Text: fmt.Sprintf("extern #%d", i), Null: i%2 == 1}
			}},
		},
		Used: used,
	}
}

func TestShowsFirstTable(t *testing.T) {
	viewtest.Start(t)
	v := New()
	w := viewtest.Show(t, v, 420, 220)
	v.Update(model(nil))
	want := []string{
		"0: $ops funcref [3]",
		"index | entry",
		"0 | func $add",
		"1 | func $sub",
		"2 | func $mul",
	}
	if got := viewtest.Lines(w); !reflect.DeepEqual(got, want) {
		t.Errorf("rendered\n%q\nwant\n%q", got, want)
	}
}

func TestUsedEntryShownAndMarked(t *testing.T) {
	viewtest.Start(t)
	v := New()
	w := viewtest.Show(t, v, 420, 300)
	v.Update(model(&Use{Table: 1, Index: 54320}))
	txt := viewtest.Find(w, "extern #54320")
	if txt == nil {
		t.Fatalf("used entry not in view; lines %q", viewtest.Lines(w))
	}
	if !txt.TextStyle.Bold {
		t.Errorf("used entry not marked")
	}
	if n := viewtest.Find(w, "null"); n == nil || n.Color != viewtest.Color("placeholder") {
		t.Errorf("null entries not dimmed: %+v", n)
	}
	if got := len(viewtest.Lines(w)); got > 20 {
		t.Errorf("%d lines rendered: the table is not virtualised", got)
	}
	viewtest.Shots(t, w, "tables")

	// The next stop without a use keeps the table but drops the mark.
	v.Update(model(nil))
	if txt := viewtest.Find(w, "extern #0"); txt == nil || txt.TextStyle.Bold {
		t.Errorf("after a stop without a use: %q", viewtest.Lines(w))
	}
	v.ShowTable(0)
	if viewtest.Find(w, "func $mul") == nil {
		t.Errorf("ShowTable(0) did not switch; lines %q", viewtest.Lines(w))
	}
}
