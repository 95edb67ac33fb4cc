package debuginfo

import (
	"os"
	"strings"
	"testing"

	"wasmstep/vm/binary"
	"wasmstep/vm/source"
)

// TestBadDwarfWarns damages the DWARF of a compiled module in several ways:
// each gives a warning naming the section and an offset, never a panic,
// and the module still decodes.
func TestBadDwarfWarns(t *testing.T) {
	_, _, path := load(t, "shapes", "-O0")
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	secs, err := walkSections(good)
	if err != nil {
		t.Fatal(err)
	}
	dbg, _ := debugSections(secs)
	info, line := dbg[".debug_info"], dbg[".debug_line"]
	for _, tc := range []struct {
		name    string
		damage  func(b []byte)
		section string
	}{
		{"unit length past the section", func(b []byte) { copy(b[info.offset:], []byte{0xf0, 0xff, 0xff, 0x0f}) }, ".debug_info"},
		{"unknown DWARF version", func(b []byte) { b[info.offset+4] = 9 }, ".debug_info"},
		{"line table version", func(b []byte) { b[line.offset+4] = 9 }, ".debug_line"},
		{"line table length", func(b []byte) { copy(b[line.offset:], []byte{0xf0, 0xff, 0xff, 0x0f}) }, ".debug_line"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := append([]byte(nil), good...)
			tc.damage(b)
			m, err := binary.Decode(source.NewFileSet().AddBinary(path, b))
			if err != nil {
				t.Fatalf("the module no longer decodes: %v", err)
			}
			in := Load(m, path)
			if in == nil || len(in.Warnings) == 0 {
				t.Fatal("no warning")
			}
			w := in.Warnings[0].String()
			if !strings.Contains(w, tc.section) || !strings.Contains(w, "offset 0x") {
				t.Errorf("warning %q does not name %s and an offset", w, tc.section)
			}
		})
	}
}

// TestExpressionErrors runs damaged location expressions: each is an
// error, not a panic.
func TestExpressionErrors(t *testing.T) {
	for _, expr := range [][]byte{
		{opWasmLocation},
		{opWasmLocation, wasmGlobalFixed, 1},
		{opFbreg},
		{opAddr, 1, 2},
		{opPlus},
		{opConst1u + 7, 1},
		{0xe0},
		{opWasmLocation, 9, 0},
	} {
		if _, err := eval(expr, evalCtx{m: nopMachine{}}); err == nil {
			t.Errorf("% x: no error", expr)
		}
	}
}

type nopMachine struct{}

func (nopMachine) Local(uint32) (uint64, bool)     { return 0, false }
func (nopMachine) Global(uint32) (uint64, bool)    { return 0, false }
func (nopMachine) Stack(uint32) (uint64, bool)     { return 0, false }
func (nopMachine) Read(uint64, int) ([]byte, bool) { return nil, false }

// TestDamagedLocationLists reads location lists cut short or out of range:
// errors naming the section and offset, never a panic.
func TestDamagedLocationLists(t *testing.T) {
	offsets := []byte{4, 0, 0, 0} // the unit's one list starts right after its offsets table
	for _, tc := range []struct {
		name string
		sec  string
		data []byte
		list listRef
	}{
		{"loclists entry cut short", ".debug_loclists", append(offsets, lleOffsetPair, 0x80), listRef{listIndex, 0}},
		{"loclists expression past the end", ".debug_loclists", append(offsets, lleOffsetPair, 0, 10, 5, 1), listRef{listIndex, 0}},
		{"loclists index past the table", ".debug_loclists", offsets, listRef{listIndex, 7}},
		{"loclists unknown kind", ".debug_loclists", append(offsets, 0x42), listRef{listIndex, 0}},
		{"loclists address index without .debug_addr", ".debug_loclists", append(offsets, lleBaseAddressx, 3), listRef{listIndex, 0}},
		{"loc cut short", ".debug_loc", []byte{0, 0, 0, 0, 10}, listRef{listLoc, 0}},
		{"loc expression past the end", ".debug_loc", []byte{0, 0, 0, 0, 10, 0, 0, 0, 9, 0, 1}, listRef{listLoc, 0}},
	} {
		in := &Info{sections: map[string]section{tc.sec: {data: tc.data}}}
		_, err := in.locExpr(&Var{list: tc.list, unit: &unit{}}, 1)
		if err == nil || !strings.Contains(err.Error(), "offset 0x") {
			t.Errorf("%s: error %v, want one naming an offset", tc.name, err)
		}
	}
}
