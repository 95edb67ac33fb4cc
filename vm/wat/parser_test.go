package wat

import (
	"reflect"
	"strings"
	"testing"

	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

func mustParse(t *testing.T, src string) *wasm.Module {
	t.Helper()
	m, err := ParseModule(source.NewFileSet(), "test.wat", []byte(src))
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return m
}

// structure returns a copy-free view of m for comparison: positions, the
// source file and names zeroed, since abbreviations differ only there.
func structure(m *wasm.Module) *wasm.Module {
	m.File = nil
	m.Names = wasm.Names{}
	zeroPositions(reflect.ValueOf(m).Elem())
	return m
}

var posType = reflect.TypeOf(source.Pos(0))

func zeroPositions(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		if f, ok := v.Addr().Interface().(*wasm.Func); ok {
			zeroPositions(reflect.ValueOf(f.Body()))
		}
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			if !v.Type().Field(i).IsExported() {
				continue // a function's body, walked above
			}
			if f.Type() == posType {
				f.SetUint(0)
			} else {
				zeroPositions(f)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			zeroPositions(v.Index(i))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			zeroPositions(v.Elem())
		}
	}
}

// TestAbbreviations checks that each abbreviation parses to the same module
// as the form it stands for.
func TestAbbreviations(t *testing.T) {
	tests := []struct{ name, short, long string }{
		{"inline export and implicit type",
			`(func (export "f") (param i32) (result i32) local.get 0)`,
			`(type (func (param i32) (result i32))) (func (type 0) (param i32) (result i32) local.get 0) (export "f" (func 0))`},
		{"inline import",
			`(func $f (import "m" "n") (param i32)) (func)`,
			`(type (func (param i32))) (import "m" "n" (func (type 0))) (type (func)) (func (type 1))`},
		{"implicit types go after explicit ones",
			`(func (param i64)) (type (func))`,
			`(type (func)) (type (func (param i64))) (func (type 1))`},
		{"implicit type reuses an explicit one",
			`(type (func (param i32))) (func (param i32))`,
			`(type (func (param i32))) (func (type 0))`},
		{"implicit type skips a non-final or recursive one",
			`(type (sub (func))) (rec (type (func)) (type (func))) (func)`,
			`(type (sub (func))) (rec (type (func)) (type (func))) (type (func)) (func (type 3))`},
		{"folded plain instructions",
			`(func (result i32) (i32.add (i32.const 1) (i32.mul (i32.const 2) (i32.const 3))))`,
			`(func (result i32) i32.const 1 i32.const 2 i32.const 3 i32.mul i32.add)`},
		{"folded if",
			`(func (param i32) (result i32) (if (result i32) (local.get 0) (then (i32.const 1)) (else (i32.const 2))))`,
			`(func (param i32) (result i32) local.get 0 if (result i32) i32.const 1 else i32.const 2 end)`},
		{"folded block and loop",
			`(func (block $a (loop $b (br $b) (br $a))))`,
			`(func block loop br 0 br 1 end end)`},
		{"label names and end labels",
			`(func block $a block $b br $a end $b end $a)`,
			`(func block block br 1 end end)`},
		{"shadowed label names",
			`(func (block $l (block $l (br $l))))`,
			`(func (block (block (br 0))))`},
		{"table with inline elem",
			`(table $t funcref (elem $f $g)) (func $f) (func $g)`,
			`(table 2 2 funcref) (elem (table 0) (i32.const 0) funcref (ref.func 0) (ref.func 1)) (func) (func)`},
		{"table64 with inline elem",
			`(table i64 funcref (elem 0)) (func)`,
			`(table i64 1 1 funcref) (elem (table 0) (i64.const 0) funcref (ref.func 0)) (func)`},
		{"memory with inline data",
			`(memory (data "ab" "c"))`,
			`(memory 1 1) (data (memory 0) (i32.const 0) "abc")`},
		{"offset abbreviation and default table",
			`(table 1 funcref) (func $f) (elem (i32.const 0) $f)`,
			`(table 1 funcref) (func) (elem (table 0) (offset (i32.const 0)) func 0)`},
		{"item abbreviation",
			`(func $f) (elem funcref (ref.func $f) (ref.null func))`,
			`(func) (elem funcref (item ref.func 0) (item (ref.null func)))`},
		{"data offset abbreviation",
			`(memory 1) (data (i32.const 8) "x")`,
			`(memory 1) (data (memory 0) (offset i32.const 8) "x")`},
		{"inline global import and export",
			`(global $g (export "g") (import "m" "g") (mut i32)) (global i32 (global.get $g))`,
			`(import "m" "g" (global (mut i32))) (global i32 (global.get 0)) (export "g" (global 0))`},
		{"named indices in every space",
			`(type $t (func)) (table $tb 1 funcref) (memory $m 1) (global $g i32 (i32.const 0))
			 (tag $e) (elem $el func) (data $d "")
			 (func $f (local $x i32) (call $f) (call_indirect $tb (type $t) (i32.const 0))
			   (local.set $x (global.get $g)) (throw $e) (elem.drop $el) (data.drop $d)
			   (drop (memory.size $m)))`,
			`(type (func)) (table 1 funcref) (memory 1) (global i32 (i32.const 0))
			 (tag (type 0)) (elem func) (data "")
			 (func (type 0) (local i32) (call 0) (call_indirect 0 (type 0) (i32.const 0))
			   (local.set 0 (global.get 0)) (throw 0) (elem.drop 0) (data.drop 0)
			   (drop (memory.size 0)))`},
		{"struct field names",
			`(type $s (struct (field $a i32) (field $b (mut i64))))
			 (func (param (ref $s)) (result i64) (struct.get $s $b (local.get 0)))`,
			`(type (struct (field i32 (mut i64))))
			 (func (param (ref 0)) (result i64) (struct.get 0 1 (local.get 0)))`},
		{"block type with params creates a type",
			`(func (block (param i32) (result i32) (i32.const 1)) drop)`,
			`(type (func)) (type (func (param i32) (result i32))) (func (type 0) (block (type 1) (i32.const 1)) drop)`},
		{"memory.init, table.init and copies",
			`(memory $m 1) (memory $n 1) (table $t 1 funcref) (table $u 1 funcref) (data $d "") (elem $e func)
			 (func (memory.init $n $d) (memory.init $d) (table.init $u $e) (table.init $e)
			       (memory.copy $n $m) (table.copy $u $t) (memory.copy) (table.copy))`,
			`(memory 1) (memory 1) (table 1 funcref) (table 1 funcref) (data "") (elem func)
			 (func (memory.init 1 0) (memory.init 0 0) (table.init 1 0) (table.init 0 0)
			       (memory.copy 1 0) (table.copy 1 0) (memory.copy 0 0) (table.copy 0 0))`},
		{"ref types",
			`(type $t (func)) (func (param funcref externref anyref eqref i31ref structref arrayref exnref
			   nullref nullfuncref nullexternref nullexnref (ref $t) (ref null $t)))`,
			`(type (func)) (func (param (ref null func) (ref null extern) (ref null any) (ref null eq)
			   (ref null i31) (ref null struct) (ref null array) (ref null exn) (ref null none)
			   (ref null nofunc) (ref null noextern) (ref null noexn) (ref 0) (ref null 0)))`},
		{"try_table catch labels resolve outside the block",
			`(tag $e (param i32)) (func (block $h (result i32) (try_table $t (catch $e $h) (catch_all $h) (br $t)) (unreachable)) drop)`,
			`(tag (param i32)) (func (block (result i32) (try_table (catch 0 0) (catch_all 0) (br 0)) (unreachable)) drop)`},
		{"select with a result type",
			`(func (result i32) (select (result i32) (i32.const 1) (i32.const 2) (i32.const 0)))`,
			`(func (result i32) i32.const 1 i32.const 2 i32.const 0 select (result i32))`},
		{"memory index on loads",
			`(memory 1) (memory $m 1) (func (drop (i32.load $m offset=4 (i32.const 0))))`,
			`(memory 1) (memory 1) (func i32.const 0 i32.load 1 offset=4 align=4 drop)`},
		{"bare module fields",
			`(func)`,
			`(module (func))`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			short := structure(mustParse(t, tt.short))
			long := structure(mustParse(t, tt.long))
			if !reflect.DeepEqual(short, long) {
				t.Errorf("abbreviation differs:\n short %+v\n long  %+v", short, long)
			}
		})
	}
}

func TestInstructionImmediates(t *testing.T) {
	m := mustParse(t, `(memory 1) (type $s (struct (field i8))) (type $a (array i8))
		(func (param anyref)
		  (drop (i64.load8_u offset=0x10 align=1 (i32.const 0)))
		  (drop (f64.load (i32.const 0)))
		  (drop (ref.test (ref null $s) (local.get 0)))
		  (drop (block (result anyref) (br_on_cast 0 anyref (ref $s) (local.get 0))))
		  (drop (array.new_fixed $a 3 (i32.const 1) (i32.const 2) (i32.const 3)))
		  (br_table 0 0 0 (i32.const 0))
		  (drop (f32.const -nan:0x1)))`)
	body := m.Funcs[0].Body()
	find := func(op wasm.Op) wasm.Instr {
		for _, in := range body {
			if in.Op == op {
				return in
			}
		}
		t.Fatalf("no %v", op)
		return wasm.Instr{}
	}
	if in := find(wasm.OpI64Load8U); in.Imm != 16 || in.Y != 0 {
		t.Errorf("i64.load8_u memarg = offset %d align %d", in.Imm, in.Y)
	}
	if in := find(wasm.OpF64Load); in.Y != 3 {
		t.Errorf("f64.load natural align log2 = %d, want 3", in.Y)
	}
	if in := find(wasm.OpRefTest); in.Ref != wasm.RefType(true, 0) {
		t.Errorf("ref.test type = %v", in.Ref)
	}
	if in := find(wasm.OpBrOnCast); in.X != 0 || in.Ref != wasm.AnyRef || in.Ref2() != wasm.RefType(false, 0) {
		t.Errorf("br_on_cast = %+v", in)
	}
	if in := find(wasm.OpArrayNewFixed); in.X != 1 || in.Y != 3 {
		t.Errorf("array.new_fixed = %+v", in)
	}
	if in := find(wasm.OpBrTable); !reflect.DeepEqual(in.Labels(), []uint32{0, 0, 0}) {
		t.Errorf("br_table labels = %v", in.Labels())
	}
	if in := find(wasm.OpF32Const); in.Imm != 0xFF800001 {
		t.Errorf("f32.const -nan:0x1 = %#x", in.Imm)
	}
}

func TestNamesAndPositions(t *testing.T) {
	src := "(module $M\n  (type $t (struct (field $x i32)))\n  (func $f (param $p i32) (local $l i64)\n    (drop (i32.add (local.get $p) (i32.const 1)))))"
	m := mustParse(t, src)
	n := m.Names
	if n.Module != "M" || n.Funcs[0] != "f" || n.Types[0] != "t" || n.Fields[0][0] != "x" ||
		n.Locals[0][0] != "p" || n.Locals[0][1] != "l" {
		t.Errorf("names = %+v", n)
	}
	add := m.Funcs[0].Body()[2]
	if add.Op != wasm.OpI32Add {
		t.Fatalf("body[2] = %v", add.Op)
	}
	start := m.File.Position(add.Pos)
	end := m.File.Position(add.End)
	if start.Line != 4 || start.Column != 12 || end.Column != 49 {
		t.Errorf("i32.add at %v..%v, want 4:12..4:49", start, end)
	}
}

// TestParseErrors checks malformed modules fail with the suite's message.
func TestParseErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{`(func (i32.const))`, "unexpected token"},
		{`(func (i32.const 0x100000000) drop)`, "constant out of range"},
		{`(func (i64.const 1x) drop)`, "unknown operator"},
		{`(func (i32.foo))`, "unknown operator"},
		{`(func br 0drop)`, "unknown operator"},
		{`(func $f) (func $f)`, "duplicate func"},
		{`(func (param $x i32) (local $x i32))`, "duplicate local"},
		{`(global $g i32 (i32.const 0)) (global $g i32 (i32.const 0))`, "duplicate global"},
		{`(memory $m 1) (memory $m 1)`, "duplicate memory"},
		{`(type $s (struct (field $a i32) (field $a i32)))`, "duplicate field"},
		{`(func (call $nope))`, "unknown func"},
		{`(func (br $nope))`, "unknown label"},
		{`(func (local.get $x))`, "unknown local"},
		{`(func (drop (i32.load $m (i32.const 0))))`, "unknown memory"},
		{`(func (param (ref $t)))`, "unknown type"},
		{`(func block $a end $b)`, "mismatching label"},
		{`(func i32.const 0 if $a else $b end)`, "mismatching label"},
		{`(memory 1) (func (drop (i32.load align=3 (i32.const 0))))`, "alignment"},
		{`(func) (import "" "" (func))`, "import after function"},
		{`(global i32 (i32.const 0)) (import "" "" (memory 1))`, "import after global"},
		{`(type $t (func (param i32))) (func (type $t) (param i64))`, "inline function type"},
		{`(func (export "\ff"))`, "malformed UTF-8 encoding"},
		{`(start 0) (start 0) (func)`, "multiple start sections"},
		{`(func (f32.const nan:0x0))`, "constant out of range"},
		{`(func (f32.const 0x1p128))`, "constant out of range"},
		{`(func "unclosed`, "unclosed string"},
		{`(func (; unclosed`, "unclosed comment"},
		{`(func) (@x`, "unclosed annotation"},
		{`(func $)`, "empty identifier"},
		{"(func \x01)", "illegal character"},
		{"(func \xff)", "malformed UTF-8 encoding"},
		{`(func`, "unexpected end"},
		{`(func))`, "unexpected token"},
		{`(func (block (result i32) (param i32)))`, "unexpected token"},
	}
	for _, tt := range tests {
		_, err := ParseModule(source.NewFileSet(), "bad.wat", []byte(tt.src))
		if err == nil {
			t.Errorf("%s: parsed, want error %q", tt.src, tt.want)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "bad.wat:1:") {
			t.Errorf("%s: error %q, want bad.wat:1:COL: ...%s...", tt.src, err, tt.want)
		}
	}
}
