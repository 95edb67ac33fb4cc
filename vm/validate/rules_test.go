package validate

import (
	"strings"
	"testing"

	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
	"wasmstep/vm/wat"
)

func parse(t *testing.T, src string) *wasm.Module {
	t.Helper()
	m, err := wat.ParseModule(source.NewFileSet(), "test.wat", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return m
}

// TestRules checks tricky validation rules: each module is valid when want
// is empty, else its error must contain want.
func TestRules(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		// Local initialisation.
		{"non-defaultable local read before set",
			`(func (local (ref func)) (local.get 0) (drop))`, "uninitialized local"},
		{"non-defaultable local set then read",
			`(func $f (local (ref func)) (local.set 0 (ref.func $f)) (local.get 0) (drop)) (elem declare func $f)`, ""},
		{"initialisation inside a block ends with it",
			`(func $f (local (ref func)) (block (local.set 0 (ref.func $f))) (local.get 0) (drop)) (elem declare func $f)`,
			"uninitialized local"},
		{"initialisation before a block holds inside",
			`(func $f (local (ref func)) (local.set 0 (ref.func $f)) (block (local.get 0) (drop))) (elem declare func $f)`, ""},
		{"non-defaultable parameter is initialised",
			`(func (param (ref func)) (local.get 0) (drop))`, ""},

		// Branches with subtyping.
		{"br_table to labels of different supertypes",
			`(type $t (func))
			 (func $f (param (ref $t)) (result funcref)
			   (block $a (result funcref)
			     (block $b (result (ref null $t))
			       (br_table $a $b (local.get 0) (i32.const 0)))
			     (drop) (ref.null func)))`, ""},
		{"br_table operand not matching one label",
			`(type $t (func))
			 (func (param funcref) (result funcref)
			   (block $a (result funcref)
			     (block $b (result (ref null $t))
			       (br_table $a $b (local.get 0) (i32.const 0)))
			     (drop) (ref.null func)))`, "type mismatch"},
		{"br_table labels of different arity",
			`(func (block $a (result i32) (block $b (br_table $a $b (i32.const 0) (i32.const 0)))) (i32.const 1) (drop))`,
			"type mismatch"},
		{"br_if in dead code gives the label's types",
			`(func (result i64) (block (result i32) (unreachable) (br_if 0)) (i64.extend_i32_u))`, ""},
		{"br_if in dead code does not give other types",
			`(func (result i64) (unreachable) (br_if 0) (i64.extend_i32_u))`, "type mismatch"},
		{"ref.as_non_null in dead code gives a reference",
			`(func (unreachable) (ref.as_non_null) (f32.abs) (drop))`, "type mismatch"},
		{"br_on_cast target must be a subtype of the source",
			`(type $s (struct)) (func (param anyref) (result anyref)
			   (block (result (ref $s)) (br_on_cast 0 (ref null $s) anyref (local.get 0)) (unreachable)))`,
			"type mismatch"},
		{"br_on_cast_fail passes the difference",
			`(type $s (struct)) (func (param anyref) (result anyref)
			   (block (result anyref) (br_on_cast_fail 0 anyref (ref $s) (local.get 0)) (drop) (ref.null any)))`, ""},

		// Calls.
		{"return_call with a subtype result",
			`(type $t (func)) (func $g (result (ref $t)) (unreachable))
			 (func (result funcref) (return_call $g))`, ""},
		{"return_call with a supertype result",
			`(type $t (func)) (func $g (result funcref) (unreachable))
			 (func (result (ref null $t)) (return_call $g))`, "type mismatch"},

		// Parametric instructions.
		{"select without type on references",
			`(func (param funcref funcref) (result funcref) (select (local.get 0) (local.get 1) (i32.const 0)))`,
			"type mismatch"},
		{"typed select on references",
			`(func (param funcref funcref) (result funcref) (select (result funcref) (local.get 0) (local.get 1) (i32.const 0)))`, ""},

		// Memory.
		{"alignment larger than natural",
			`(memory 1) (func (drop (i32.load16_u align=4 (i32.const 0))))`, "alignment must not be larger than natural"},
		{"memory64 address is i64",
			`(memory i64 1) (func (drop (i32.load (i32.const 0))))`, "type mismatch"},
		{"memory64 large offset",
			`(memory i64 1) (func (drop (i32.load offset=0x1_0000_0000 (i64.const 0))))`, ""},
		{"second memory of another address type",
			`(memory 1) (memory i64 1) (func (memory.copy 0 1 (i32.const 0) (i64.const 0) (i32.const 0)))`, ""},
		{"unknown memory",
			`(memory 1) (func (drop (memory.size 1)))`, "unknown memory 1"},
		{"memory too large", `(memory 65537)`, "memory size"},
		{"memory limits reversed", `(memory 2 1)`, "size minimum must not be greater than maximum"},

		// References and GC.
		{"undeclared function reference",
			`(func $f (drop (ref.func $f)))`, "undeclared function reference"},
		{"function declared by an export",
			`(func $f (export "f") (drop (ref.func $f)))`, ""},
		{"immutable struct field",
			`(type $s (struct (field i32))) (func (param (ref $s)) (struct.set $s 0 (local.get 0) (i32.const 1)))`,
			"immutable field"},
		{"struct.get on a packed field",
			`(type $s (struct (field i8))) (func (param (ref $s)) (result i32) (struct.get $s 0 (local.get 0)))`,
			"type mismatch"},
		{"array.copy between incompatible arrays",
			`(type $a (array (mut i32))) (type $b (array (mut i64)))
			 (func (param (ref $a) (ref $b))
			   (array.copy $a $b (local.get 0) (i32.const 0) (local.get 1) (i32.const 0) (i32.const 0)))`,
			"array types do not match"},
		{"array.new_data of references",
			`(type $a (array funcref)) (data "") (func (drop (array.new_data $a 0 (i32.const 0) (i32.const 0))))`,
			"array type is not numeric or vector"},

		// Types.
		{"subtype of a final type",
			`(type $t (struct)) (type (sub $t (struct)))`, "sub type"},
		{"struct width and depth subtyping",
			`(type $t (sub (struct (field anyref)))) (type (sub $t (struct (field eqref) (field i32))))`, ""},
		{"mutable field is invariant",
			`(type $t (sub (struct (field (mut anyref))))) (type (sub $t (struct (field (mut eqref)))))`, "sub type"},
		{"function parameters are contravariant",
			`(type $t (sub (func (param eqref)))) (type (sub $t (func (param anyref))))`, ""},
		{"function parameters are not covariant",
			`(type $t (sub (func (param anyref)))) (type (sub $t (func (param eqref))))`, "sub type"},

		// Module level.
		{"duplicate export name",
			`(func (export "a")) (global (export "a") i32 (i32.const 0))`, "duplicate export name"},
		{"mutable global in a constant expression",
			`(global $g (mut i32) (i32.const 0)) (global i32 (global.get $g))`, "constant expression required"},
		{"extended constant expression",
			`(global $g i32 (i32.const 1)) (global i32 (i32.add (global.get $g) (i32.mul (i32.const 2) (i32.const 3))))`, ""},
		{"non-constant instruction in an initializer",
			`(global i32 (i32.clz (i32.const 1)))`, "constant expression required"},
		{"tag with results",
			`(type $t (func (result i32))) (tag (type $t))`, "non-empty tag result type"},
		{"start function with parameters",
			`(func $s (param i32)) (start $s)`, "start function"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Validate(parse(t, "(module "+tt.src+")"))
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tt.want != "" && err == nil:
				t.Errorf("no error, want %q", tt.want)
			case tt.want != "" && !strings.Contains(err.Error(), tt.want):
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

// TestSubtyping checks value type subtyping in a module's context.
func TestSubtyping(t *testing.T) {
	m := parse(t, `(module
		(type $s0 (sub (struct)))
		(type $s1 (sub $s0 (struct (field i32))))
		(type $f (func))
		(type $a (array i8)))`)
	info, err := Validate(m)
	if err != nil {
		t.Fatal(err)
	}
	ref := func(null bool, h wasm.HeapType) wasm.ValType { return wasm.RefType(null, h) }
	const s0, s1, f, a = 0, 1, 2, 3
	tests := []struct {
		sub, super wasm.ValType
		want       bool
	}{
		{ref(false, s1), ref(false, s0), true},
		{ref(false, s0), ref(false, s1), false},
		{ref(true, s1), ref(false, s0), false},
		{ref(false, s1), ref(true, s0), true},
		{ref(false, s0), wasm.StructRef, true},
		{ref(false, s0), wasm.EqRef, true},
		{ref(false, a), wasm.AnyRef, true},
		{ref(false, a), wasm.StructRef, false},
		{ref(false, f), wasm.FuncRef, true},
		{ref(false, f), wasm.AnyRef, false},
		{wasm.NullRef, ref(true, s1), true},
		{wasm.NullRef, ref(false, s1), false},
		{ref(false, wasm.HeapNone), ref(false, f), false},
		{ref(false, wasm.HeapNoFunc), ref(false, f), true},
		{wasm.I31Ref, wasm.EqRef, true},
		{wasm.EqRef, wasm.I31Ref, false},
		{ref(true, wasm.HeapNoExn), wasm.ExnRef, true},
		{ref(true, wasm.HeapNoExtern), wasm.ExternRef, true},
		{wasm.ExternRef, wasm.AnyRef, false},
		{wasm.I32, wasm.I32, true},
		{wasm.I32, wasm.I64, false},
	}
	for _, tt := range tests {
		if got := MatchValType(info.Canon(tt.sub), info.Canon(tt.super)); got != tt.want {
			t.Errorf("%s <: %s = %v, want %v", tt.sub, tt.super, got, tt.want)
		}
	}
}

// TestFuncInfo checks the recorded stacks, dead code marks and block links.
func TestFuncInfo(t *testing.T) {
	m := parse(t, `(module (func (param i32) (result i32)
		local.get 0          ;; 0
		if (result i32)      ;; 1
		  i32.const 1        ;; 2
		else                 ;; 3
		  unreachable        ;; 4
		  i32.add            ;; 5
		end                  ;; 6
		i32.const 2          ;; 7
		i32.add              ;; 8
	))`)
	info, err := Validate(m)
	if err != nil {
		t.Fatal(err)
	}
	fi := info.Func(0)
	heights := []int{0, 1, 0, 1, 0, 0, 1, 1, 2, 1}
	for i, want := range heights {
		got := 0
		if fi.Before[i] != nil {
			got = fi.Before[i].Height
		}
		if got != want {
			t.Errorf("height before %d = %d, want %d", i, got, want)
		}
	}
	wantDead := map[int]bool{5: true, 6: true}
	for i, d := range fi.Dead {
		if d != wantDead[i] {
			t.Errorf("Dead[%d] = %v", i, d)
		}
	}
	wantMatch := []int32{-1, 6, -1, 6, -1, -1, 1, -1, -1, -1}
	for i, want := range wantMatch {
		if fi.Match[i] != want {
			t.Errorf("Match[%d] = %d, want %d", i, fi.Match[i], want)
		}
	}
	if fi.MaxHeight != 2 {
		t.Errorf("MaxHeight = %d, want 2", fi.MaxHeight)
	}
	if top := fi.Before[8]; top.Type != wasm.I32 || top.Below.Type != wasm.I32 {
		t.Errorf("stack before i32.add = %v, %v", top.Type, top.Below.Type)
	}
	// In dead code, i32.add pops unknown values but still pushes an i32.
	if fi.Before[6].Type != wasm.I32 {
		t.Errorf("dead i32.add result = %v, want i32", fi.Before[6].Type)
	}
}

// TestErrorPosition checks that errors carry the instruction's position.
func TestErrorPosition(t *testing.T) {
	_, err := Validate(parse(t, "(module\n  (func\n    (local.get 3)))"))
	var se *source.Error
	if err == nil || !asSourceError(err, &se) {
		t.Fatalf("error = %v, want a *source.Error", err)
	}
	if se.Pos.Line != 3 || se.Pos.Column != 6 || !strings.Contains(se.Msg, "unknown local 3") {
		t.Errorf("error = %v, want line 3 col 6: unknown local 3", err)
	}
}

func asSourceError(err error, se **source.Error) bool {
	e, ok := err.(*source.Error)
	*se = e
	return ok
}

// Halves counts a v128 as two 64-bit halves, the rest as one.
func TestStackHalves(t *testing.T) {
	m := parse(t, `(module (func (result i32)
		i32.const 1          ;; 0
		v128.const i64x2 0 0 ;; 1
		f64.const 2          ;; 2
		drop                 ;; 3
		i64x2.extract_lane 0 ;; 4
		i32.wrap_i64         ;; 5
		i32.add              ;; 6
	))`)
	info, err := Validate(m)
	if err != nil {
		t.Fatal(err)
	}
	fi := info.Func(0)
	want := []int{0, 1, 3, 4, 3, 2, 2, 1} // the last: before the body's end
	if len(fi.Before) != len(want) {
		t.Fatalf("%d stacks, want %d", len(fi.Before), len(want))
	}
	for i, want := range want {
		got := 0
		if fi.Before[i] != nil {
			got = fi.Before[i].Halves
		}
		if got != want {
			t.Errorf("Halves before %d = %d, want %d", i, got, want)
		}
	}
}
