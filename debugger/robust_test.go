package debugger

import (
	"testing"

	"wasmstep/vm/wasm"
)

// Every command on a session in the wrong state, or with bad input,
// returns an error instead of panicking.
func TestBadInputIsAnError(t *testing.T) {
	empty := NewSession(Options{})
	for name, cmd := range map[string]func() (*Snapshot, error){
		"continue": empty.Continue, "step": empty.StepInto, "next": empty.StepOver,
		"finish": empty.StepOut, "back": empty.StepBack, "rnext": empty.ReverseStepOver,
		"rcontinue": empty.ReverseContinue,
		"invoke":    func() (*Snapshot, error) { return empty.Invoke("f", nil) },
		"until":     func() (*Snapshot, error) { return empty.RunTo(nil, 3) },
	} {
		if _, err := cmd(); err == nil {
			t.Errorf("%s on an empty session: no error", name)
		}
	}
	if _, err := empty.SetBreakpoint(BreakSpec{Kind: BreakFunc, Func: "f"}); err == nil {
		t.Error("breakpoint on an empty session: no error")
	}
	if _, err := empty.WatchMemory(0, 0, 4); err == nil {
		t.Error("watch on an empty session: no error")
	}
	if g := empty.Heap(); len(g.Objects) != 0 {
		t.Error("heap of an empty session")
	}

	s := newTestSession(t, Options{}, "fact.wat")
	for _, src := range []string{"(module", "\x00asm\x01\x00\x00\x00\x05", "(module (func (result i32)))"} {
		if err := s.LoadSource("bad.wat", []byte(src)); err == nil {
			t.Errorf("%q loaded", src)
		}
	}
	for _, args := range [][]string{{}, {"1", "2"}, {"x"}, {"99999999999"}, {"-3000000000"}} {
		if _, err := s.Invoke("fact", args); err == nil {
			t.Errorf("fact %v: no error", args)
		}
	}
	for _, spec := range []BreakSpec{
		{Kind: BreakInstr, Func: "fact", Instr: 1000}, {Kind: BreakInstr, Func: "fact", Instr: -1},
		{Kind: BreakLine, File: s.Files()[0], Line: 1}, {Kind: BreakLine, Line: 7},
	} {
		if _, err := s.SetBreakpoint(spec); err == nil {
			t.Errorf("breakpoint %+v: no error", spec)
		}
	}
	if _, err := s.WatchMemory(3, 0, 4); err == nil {
		t.Error("watch on a missing memory: no error")
	}
	if _, err := s.WatchMemory(0, 0, 0); err == nil {
		t.Error("empty watch: no error")
	}
	if n := s.ReadMemory(0, 0, 1<<40, make([]byte, 4)); n != 0 {
		t.Errorf("read out of bounds gave %d bytes", n)
	}
	if s.TableEntries(5, 0, 0, 4) != nil || s.ReadMemory(-1, 0, 0, nil) != 0 {
		t.Error("reads of missing things")
	}
}

func TestParseValue(t *testing.T) {
	for _, tc := range []struct{ typ, in, want string }{
		{"i32", "-1", "i32:-1"}, {"i32", "0xffffffff", "i32:-1"}, {"i32", "4294967295", "i32:-1"},
		{"i64", "-9223372036854775808", "i64:-9223372036854775808"}, {"i64", "0x10", "i64:16"},
		{"f32", "1.5", "f32:1.5"}, {"f64", "-inf", "f64:-Inf"}, {"f64", "nan", "f64:nan"},
		{"f32", "-nan:0x200000", "f32:-nan:0x200000"}, {"f64", "0x1p-2", "f64:0.25"},
		{"f64", "1_000", "f64:1000"},
	} {
		vt := map[string]wasm.ValType{"i32": wasm.I32, "i64": wasm.I64, "f32": wasm.F32, "f64": wasm.F64}[tc.typ]
		v, err := ParseValue(vt, tc.in)
		if err != nil || v.String() != tc.want {
			t.Errorf("%s %q = %v, %v; want %s", tc.typ, tc.in, v, err, tc.want)
		}
	}
}
