package ui

import (
	"errors"
	"testing"

	"wasmstep/debugger"
	srcview "wasmstep/views/source"
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

func TestStackModelMarksPoppedAndPushed(t *testing.T) {
	s := &debugger.Snapshot{
		Frames: []debugger.Frame{
			{Stack: []debugger.Value{{Type: i32, Lo: 1}, {Type: i32, Lo: 2}, {Type: i32, Lo: 3}},
				Blocks:   []debugger.Block{{Kind: wasm.OpLoop, Label: "$l", Height: 1}, {Kind: wasm.OpBlock, Depth: 0, Height: 2}},
				Location: debugger.Location{FuncName: "$f"}},
			{Stack: []debugger.Value{{Type: i32, Lo: 9}}, Location: debugger.Location{FuncName: "$main", Op: wasm.OpCall, Text: "call $f", Instr: 2}},
		},
		Popped: []debugger.Value{{Type: i32, Lo: 7}, {Type: i32, Lo: 8}},
		Pushed: 1,
		Next:   debugger.Instruction{Name: "i32.add", Text: "i32.add", Sig: "[i32 i32] -> [i32]", Doc: "add"},
	}
	m := stackModel(s, 0)
	var marks []string
	for _, o := range m.Operands {
		switch {
		case o.Popped:
			marks = append(marks, "popped")
		case o.Pushed:
			marks = append(marks, "pushed")
		default:
			marks = append(marks, "")
		}
	}
	want := []string{"", "", "pushed", "popped", "popped"}
	if len(marks) != len(want) {
		t.Fatalf("marks = %q, want %q", marks, want)
	}
	for i := range want {
		if marks[i] != want[i] {
			t.Fatalf("marks = %q, want %q", marks, want)
		}
	}
	if len(m.Blocks) != 3 || m.Blocks[0].Label != "func $f" || m.Blocks[1].Label != "loop $l" || m.Blocks[2].Label != "block (depth 0)" {
		t.Errorf("blocks = %+v", m.Blocks)
	}
	if m.Next.Sig != "[i32 i32] -> [i32]" {
		t.Errorf("next = %+v", m.Next)
	}
	// A suspended frame shows its stack without marks, and its call.
	caller := stackModel(s, 1)
	if len(caller.Operands) != 1 || caller.Operands[0].Pushed || caller.Next.Name != "call $f" || caller.Next.Doc == "" {
		t.Errorf("caller = %+v", caller)
	}
}

func TestGlobalsModelNamesModules(t *testing.T) {
	s := &debugger.Snapshot{Globals: []debugger.Global{
		{Module: 0, Index: 0, Name: "$g"},
		{Module: 1, Index: 3},
	}}
	m := globalsModel(s)
	if m.Globals[0].Name != "#0 $g" || m.Globals[1].Name != "#1 global 3" {
		t.Errorf("names = %q, %q", m.Globals[0].Name, m.Globals[1].Name)
	}
	single := globalsModel(&debugger.Snapshot{Globals: s.Globals[:1]})
	if single.Globals[0].Name != "$g" {
		t.Errorf("single module name = %q", single.Globals[0].Name)
	}
}

func TestNullReferenceReadsNull(t *testing.T) {
	v := stackValue(debugger.Value{Type: wasm.FuncRef, Null: true})
	if v.Ref != "null" {
		t.Errorf("null funcref shows %q", v.Ref)
	}
}

func TestSpans(t *testing.T) {
	pos := func(l, c int) source.Position { return source.Position{Line: l, Column: c} }
	tests := []struct {
		from, to source.Position
		op       wasm.Op
		want     *srcview.Span
	}{
		{pos(3, 5), pos(3, 12), wasm.OpI32Add, &srcview.Span{From: srcview.Loc{Line: 3, Col: 5}, To: srcview.Loc{Line: 3, Col: 12}}},
		{pos(3, 5), source.Position{}, wasm.OpI32Add, &srcview.Span{From: srcview.Loc{Line: 3, Col: 5}, To: srcview.Loc{Line: 4, Col: 1}}},
		{pos(3, 5), pos(9, 2), wasm.OpLocalSet, &srcview.Span{From: srcview.Loc{Line: 3, Col: 5}, To: srcview.Loc{Line: 9, Col: 2}}},
		{pos(3, 5), pos(9, 2), wasm.OpLoop, &srcview.Span{From: srcview.Loc{Line: 3, Col: 5}, To: srcview.Loc{Line: 4, Col: 1}}},
		{source.Position{Binary: true, Offset: 40}, source.Position{}, wasm.OpNop, nil},
	}
	for _, tt := range tests {
		got := openingOnly(textSpan(tt.from, tt.to), tt.op)
		if (got == nil) != (tt.want == nil) || (got != nil && *got != *tt.want) {
			t.Errorf("span(%v, %v, %v) = %+v, want %+v", tt.from, tt.to, tt.op, got, tt.want)
		}
	}
}

func TestErrorMarkersWalkJoinedErrors(t *testing.T) {
	err := errors.Join(
		&source.Error{Pos: source.Position{Filename: "a.wat", Line: 3, Column: 7}, Msg: "type mismatch"},
		errors.New("no position"),
		&source.Error{Pos: source.Position{Filename: "b.wasm", Binary: true, Offset: 9}, Msg: "unexpected end"},
	)
	m := errorMarkers(err)
	if a := m["a.wat"]; len(a) != 1 || a[0].Line != 3 || a[0].Col != 7 || a[0].Msg != "type mismatch" {
		t.Errorf("a.wat = %+v", a)
	}
	if b := m["b.wasm"]; len(b) != 1 || b[0].Line != 1 {
		t.Errorf("binary errors go on line 1: %+v", b)
	}
}

func TestDisassemblyMapsInstructions(t *testing.T) {
	d := newDocument("testdata/fib.wat", nil)
	if d.disasm != nil || d.text == "" {
		t.Fatal("a text file is shown as text")
	}
	wasmPath := writeWasm(t, "testdata/fib.wat")
	b := newDocument(wasmPath, nil)
	if b.disasm == nil {
		t.Fatalf("no disassembly: %s", b.text)
	}
	span := b.disasm.span(0, 0)
	if span == nil {
		t.Fatal("no span for the first instruction")
	}
	fn, instr, ok := b.disasm.instrAt(span.From.Line)
	if !ok || fn != 0 || instr != 0 {
		t.Errorf("instrAt(%d) = %d, %d, %v", span.From.Line, fn, instr, ok)
	}
}
