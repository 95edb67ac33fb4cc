package source

import "testing"

func TestPositions(t *testing.T) {
	fs := NewFileSet()
	a := fs.AddFile("a.wat", []byte("(module\n  (func)\n)\n"))
	b := fs.AddBinary("b.wasm", []byte("\x00asm\x01\x00\x00\x00"))
	cases := []struct {
		pos  Pos
		want string
	}{
		{a.Pos(0), "a.wat:1:1"},
		{a.Pos(8), "a.wat:2:1"},
		{a.Pos(11), "a.wat:2:4"},
		{a.Pos(a.Size()), "a.wat:4:1"}, // end of file stays in its file
		{b.Pos(0), "b.wasm:0x0"},
		{b.Pos(4), "b.wasm:0x4"},
	}
	for _, c := range cases {
		if got := fs.Position(c.pos).String(); got != c.want {
			t.Errorf("Position(%d) = %s, want %s", c.pos, got, c.want)
		}
	}
	if fs.File(a.Pos(3)) != a || fs.File(b.Pos(3)) != b {
		t.Error("File does not find the file a Pos belongs to")
	}
	if got := fs.Position(NoPos); got != (Position{}) {
		t.Errorf("NoPos resolves to %v", got)
	}
	if a.LineCount() != 4 || a.LineStart(2) != a.Pos(8) || a.LineStart(9) != NoPos {
		t.Error("line table is wrong")
	}
	err := &Error{Pos: fs.Position(a.Pos(11)), Msg: "unexpected token"}
	if err.Error() != "a.wat:2:4: unexpected token" {
		t.Errorf("error text %q", err.Error())
	}
}
