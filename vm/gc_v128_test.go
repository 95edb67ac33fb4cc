package vm

import "testing"

// v128 fields and elements once lost their high half (or, for struct.new
// and array.new_fixed, left a null reference: the operands were counted as
// one slot each). Each export returns the high lane of what it stored.
const gcV128 = `(module
  (type $s (struct (field v128) (field i32) (field (mut v128))))
  (type $a (array (mut v128)))
  (data $d "\01\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00\03\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00")
  (global $g (ref $s) (struct.new $s (v128.const i64x2 0x1111 0x2222) (i32.const 7) (v128.const i64x2 0 0)))
  (global $ga (ref $a) (array.new_fixed $a 2 (v128.const i64x2 1 0x3333) (v128.const i64x2 1 0x4444)))
  (func $s (result (ref $s)) (struct.new $s (v128.const i64x2 1 2) (i32.const 3) (v128.const i64x2 4 5)))
  (func (export "struct.new") (result i64) (i64x2.extract_lane 1 (struct.get $s 0 (call $s))))
  (func (export "field after v128") (result i32) (struct.get $s 1 (call $s)))
  (func (export "struct.set") (result i64) (local $x (ref $s))
    (local.set $x (call $s))
    (struct.set $s 2 (local.get $x) (v128.const i64x2 6 7))
    (i64x2.extract_lane 1 (struct.get $s 2 (local.get $x))))
  (func (export "array.new_fixed") (result i64)
    (i64x2.extract_lane 1 (array.get $a (array.new_fixed $a 2 (v128.const i64x2 5 6) (v128.const i64x2 7 8)) (i32.const 1))))
  (func (export "array.new") (result i64)
    (i64x2.extract_lane 1 (array.get $a (array.new $a (v128.const i64x2 9 10) (i32.const 3)) (i32.const 2))))
  (func (export "array.set") (result i64) (local $x (ref $a))
    (local.set $x (array.new_default $a (i32.const 2)))
    (array.set $a (local.get $x) (i32.const 1) (v128.const i64x2 11 12))
    (i64x2.extract_lane 1 (array.get $a (local.get $x) (i32.const 1))))
  (func (export "array.fill") (result i64) (local $x (ref $a))
    (local.set $x (array.new_default $a (i32.const 4)))
    (array.fill $a (local.get $x) (i32.const 1) (v128.const i64x2 13 14) (i32.const 2))
    (i64x2.extract_lane 1 (array.get $a (local.get $x) (i32.const 2))))
  (func (export "array.copy") (result i64) (local $x (ref $a))
    (local.set $x (array.new_default $a (i32.const 2)))
    (array.copy $a $a (local.get $x) (i32.const 0) (global.get $ga) (i32.const 1) (i32.const 1))
    (i64x2.extract_lane 1 (array.get $a (local.get $x) (i32.const 0))))
  (func (export "array.new_data") (result i64)
    (i64x2.extract_lane 1 (array.get $a (array.new_data $a $d (i32.const 0) (i32.const 2)) (i32.const 1))))
  (func (export "array.init_data") (result i64) (local $x (ref $a))
    (local.set $x (array.new_default $a (i32.const 2)))
    (array.init_data $a $d (local.get $x) (i32.const 1) (i32.const 0) (i32.const 1))
    (i64x2.extract_lane 1 (array.get $a (local.get $x) (i32.const 1))))
  (func (export "global struct") (result i64) (i64x2.extract_lane 1 (struct.get $s 0 (global.get $g))))
  (func (export "global array") (result i64) (i64x2.extract_lane 1 (array.get $a (global.get $ga) (i32.const 0)))))`

func TestGCv128FieldsAndElements(t *testing.T) {
	want := map[string]uint64{
		"struct.new": 2, "field after v128": 3, "struct.set": 7, "array.new_fixed": 8, "array.new": 10,
		"array.set": 12, "array.fill": 14, "array.copy": 0x4444, "array.new_data": 4, "array.init_data": 2,
		"global struct": 0x2222, "global array": 0x3333,
	}
	for _, debugForm := range []bool{false, true} {
		st := NewStore()
		inst, err := st.Instantiate(validateWat(t, gcV128), nil)
		if err != nil {
			t.Fatal(err)
		}
		for name, w := range want {
			th := st.NewThread()
			th.UseDebugForm(debugForm)
			res, err := th.Invoke(inst.ExportedFunc(name))
			if err != nil || res[0].Bits != w {
				t.Errorf("%s (debug form %v): %v, %v; want %d", name, debugForm, res, err, w)
			}
		}
	}
}
