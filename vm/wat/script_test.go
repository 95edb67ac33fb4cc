package wat

import (
	"reflect"
	"strings"
	"testing"

	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

func TestParseScript(t *testing.T) {
	src := `
(module $m (func (export "f") (param i32) (result i32) local.get 0))
(module binary "\00asm" "\01\00\00\00")
(module quote "(func" "(nop))")
(module definition $D (func))
(module instance $I $D)
(register "lib" $m)
(invoke "f" (i32.const -1))
(assert_return (invoke $m "f" (i32.const 7)) (i32.const 7))
(assert_return (get "g") (f32.const nan:canonical))
(assert_return (invoke "h" (ref.null func) (ref.extern 3) (ref.host 4))
  (ref.null) (ref.func) (ref.extern 3) (either (i64.const 1) (f64.const nan:arithmetic)))
(assert_return (invoke "v" (v128.const i8x16 -1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 255))
  (v128.const f32x4 nan:canonical 1.0 0 -0))
(assert_trap (invoke "t") "unreachable")
(assert_trap (module (func (unreachable)) (start 0)) "unreachable")
(assert_exhaustion (invoke "loop") "call stack exhausted")
(assert_exception (invoke "throw"))
(assert_invalid (module (func (result i32))) "type mismatch")
(assert_malformed (module quote "(func (i32.const))") "unexpected token")
(assert_malformed (module (func (call $undefined))) "unknown function")
(assert_unlinkable (module (import "x" "y" (func))) "unknown import")
(assert_uninstantiable (module (func)) "whatever")
`
	fs := source.NewFileSet()
	s, err := ParseScript(fs, "t.wast", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, c := range s.Commands {
		kinds = append(kinds, reflect.TypeOf(c).Elem().Name())
	}
	want := "ModuleCmd ModuleCmd ModuleCmd ModuleCmd InstanceCmd RegisterCmd ActionCmd AssertReturn AssertReturn " +
		"AssertReturn AssertReturn AssertTrap AssertTrap AssertExhaustion AssertException AssertModule " +
		"AssertModule AssertModule AssertModule AssertModule"
	if got := strings.Join(kinds, " "); got != want {
		t.Fatalf("commands:\n got  %s\n want %s", got, want)
	}
	c := s.Commands
	if m := c[0].(*ModuleCmd); m.Name != "m" || m.Module == nil || m.Err != nil || len(m.Module.Funcs) != 1 {
		t.Errorf("text module = %+v", m)
	}
	if m := c[1].(*ModuleCmd); m.Form != ModuleBinary || string(m.Binary) != "\x00asm\x01\x00\x00\x00" {
		t.Errorf("binary module = %+v", m)
	}
	if m := c[2].(*ModuleCmd); m.Form != ModuleQuote || string(m.Quote) != "(func (nop))" {
		t.Errorf("quote module = %q", m.Quote)
	}
	if m := c[3].(*ModuleCmd); !m.Definition || m.Name != "D" {
		t.Errorf("definition = %+v", m)
	}
	if i := c[4].(*InstanceCmd); i.Name != "I" || i.Module != "D" {
		t.Errorf("instance = %+v", i)
	}
	if r := c[5].(*RegisterCmd); r.As != "lib" || r.Module != "m" {
		t.Errorf("register = %+v", r)
	}
	if a := c[6].(*ActionCmd).Action; a.Name != "f" || a.Args[0].Bits != 0xFFFFFFFF || a.Args[0].Type != wasm.I32 {
		t.Errorf("invoke = %+v", a)
	}
	if r := c[7].(*AssertReturn); r.Action.Module != "m" || r.Results[0].Const.Bits != 7 {
		t.Errorf("assert_return = %+v", r)
	}
	if r := c[8].(*AssertReturn); r.Action.Kind != Get || r.Results[0].Kind != PatNaNCanonical || r.Results[0].Type != wasm.F32 {
		t.Errorf("nan pattern = %+v", r)
	}
	r := c[9].(*AssertReturn)
	args := r.Action.Args
	if args[0].Kind != ConstRefNull || args[0].Heap != wasm.HeapFunc || args[1].Kind != ConstExtern || args[1].N != 3 ||
		args[2].Kind != ConstHost || args[2].N != 4 {
		t.Errorf("ref args = %+v", args)
	}
	res := r.Results
	if res[0].Kind != PatRefNull || res[1].Kind != PatRef || res[1].Heap != wasm.HeapFunc ||
		res[2].Const.Kind != ConstExtern || res[3].Kind != PatEither || len(res[3].Alts) != 2 ||
		res[3].Alts[1].Kind != PatNaNArithmetic || res[3].Alts[1].Type != wasm.F64 {
		t.Errorf("ref results = %+v", res)
	}
	v := c[10].(*AssertReturn)
	if a := v.Action.Args[0]; a.Type != wasm.V128 || a.Bits != 0xFF || a.Hi != 0xFF00000000000000 {
		t.Errorf("v128 arg = %#x %#x", a.Bits, a.Hi)
	}
	if p := v.Results[0]; p.Kind != PatV128 || p.Shape != "f32x4" || len(p.Lanes) != 4 ||
		p.Lanes[0].Kind != PatNaNCanonical || p.Lanes[1].Const.Bits != 0x3F800000 || p.Lanes[3].Const.Bits != 0x80000000 {
		t.Errorf("v128 pattern = %+v", p)
	}
	if a := c[12].(*AssertTrap); a.Module == nil || a.Action != nil || a.Msg != "unreachable" {
		t.Errorf("assert_trap module = %+v", a)
	}
	if a := c[16].(*AssertModule); a.Kind != AssertMalformed || a.Module.Form != ModuleQuote {
		t.Errorf("assert_malformed quote = %+v", a)
	}
	bad := c[17].(*AssertModule).Module
	if bad.Err == nil || bad.Module != nil || !strings.Contains(bad.Err.Error(), "t.wast:21:") {
		t.Errorf("bad text module: err %v", bad.Err)
	}
	if a := c[18].(*AssertModule); a.Kind != AssertUnlinkable || a.Msg != "unknown import" {
		t.Errorf("assert_unlinkable = %+v", a)
	}
	if got := fs.Position(c[7].Pos()).String(); got != "t.wast:9:1" {
		t.Errorf("assert_return at %s, want t.wast:9:1", got)
	}
}

func TestParseScriptErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{`(assert_return (invoke "f" (i32.const 0x1_0000_0000)))`, "constant out of range"},
		{`(invoke "f" (foo.const 1))`, "unknown operator"},
		{`(assert_frobnicate)`, "unknown operator"},
		{`(assert_return (invoke "f") (v128.const i32x4 1 2))`, "wrong number of lane literals"},
		{`(module`, "unexpected end"},
		{`(register "x" "y")`, "unexpected token"},
	}
	for _, tt := range tests {
		_, err := ParseScript(source.NewFileSet(), "t.wast", []byte(tt.src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.src, err, tt.want)
		}
	}
}
