package debuginfo

import (
	"debug/dwarf"
	"math/rand"
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

// TestSelfContainingTypes formats values of damaged types that contain
// themselves: bounded text, no endless recursion.
func TestSelfContainingTypes(t *testing.T) {
	s := &dwarf.StructType{StructName: "loop", Kind: "struct"}
	s.ByteSize = 4
	s.Field = []*dwarf.StructField{{Name: "self", Type: s, ByteOffset: 0}}
	q := &dwarf.QualType{Qual: "const"}
	q.Type = q
	p := &dwarf.PtrType{}
	p.ByteSize = 4
	p.Type = p
	arr := &dwarf.ArrayType{Count: 100}
	arr.ByteSize = 400
	arr.Type = &dwarf.ArrayType{Count: 100, Type: &dwarf.IntType{BasicType: dwarf.BasicType{CommonType: dwarf.CommonType{ByteSize: 4, Name: "int"}}}}
	arr.Type.(*dwarf.ArrayType).ByteSize = 400
	for _, ty := range []dwarf.Type{s, q, p, arr} {
		f := &formatter{m: probeMachine{}, budget: maxNodes}
		v := Value{Name: "x", Type: cName(ty)}
		f.fill(&v, ty, []byte{0, 0, 1, 0}, 0x100, 0)
		if len(v.Text) > 1<<16 || f.budget < -1 {
			t.Errorf("%s: %d bytes of text, budget %d", v.Type, len(v.Text), f.budget)
		}
	}
}

// probeMachine answers every read: locals, globals and stack slots hold
// 0x10000 (a stack pointer for frame bases), memory holds zeros except
// that a 4-byte word reads as 0x10000, so pointers lead on.
type probeMachine struct{}

func (probeMachine) Local(uint32) (uint64, bool)  { return 0x10000, true }
func (probeMachine) Global(uint32) (uint64, bool) { return 0x10000, true }
func (probeMachine) Stack(uint32) (uint64, bool)  { return 0x10000, true }
func (probeMachine) Read(a uint64, n int) ([]byte, bool) {
	if n < 0 || n > maxReadBytes || a > 1<<24 {
		return nil, false
	}
	b := make([]byte, n)
	if n >= 4 {
		b[2] = 1
	}
	return b, true
}

// TestRandomDamageNeverPanics flips bytes of the example's DWARF sections
// (a fixed seed, so a failure repeats) and reads lines, frames and
// variables of every damaged module: warnings and odd values, never a panic
// or an endless loop.
func TestRandomDamageNeverPanics(t *testing.T) {
	good, err := os.ReadFile("../../examples/c/geometry.wasm")
	if err != nil {
		t.Fatal(err)
	}
	secs, err := walkSections(good)
	if err != nil {
		t.Fatal(err)
	}
	dbg, _ := debugSections(secs)
	names := []string{".debug_info", ".debug_abbrev", ".debug_line", ".debug_loc", ".debug_str", ".debug_ranges"}
	rng := rand.New(rand.NewSource(1))
	for i := range 100 {
		b := append([]byte(nil), good...)
		s := dbg[names[rng.Intn(len(names))]]
		for range 1 + rng.Intn(4) {
			b[s.offset+rng.Intn(len(s.data))] = byte(rng.Intn(256))
		}
		m, err := binary.Decode(source.NewFileSet().AddBinary("g.wasm", b))
		if err != nil {
			t.Fatalf("damage %d: DWARF damage broke the module: %v", i, err)
		}
		in := Load(m, "g.wasm")
		for fn := range in.addrs {
			for pc := 0; pc < len(in.addrs[fn]); pc += 50 {
				in.LineAt(fn, pc)
				for _, sf := range in.Frames(fn, pc) {
					in.Vars(sf, fn, pc, probeMachine{})
				}
			}
		}
	}
}
