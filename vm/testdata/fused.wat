;; Instruction sequences the fast form fuses into single ops.
(module
  (memory 1)
  ;; i32 1 at 0, i32 2 at 4, f32 1.5 at 8, f64 0.5 at 12
  (data (i32.const 0) "\01\00\00\00\02\00\00\00\00\00\c0\3f\00\00\00\00\00\00\e0\3f")

  ;; i32.add of a constant folded into a load: the add wraps at 32 bits, the offset does not.
  (func (export "load_add") (param $p i32) (result i32)
    (i32.load offset=4 (i32.add (local.get $p) (i32.const -4))))

  (func (export "store_add") (param $p i32) (param $v i32) (result i32)
    (i32.store offset=4 (i32.add (local.get $p) (i32.const -4)) (local.get $v))
    (i32.load (local.get $p)))

  ;; A load fused into the arithmetic that takes it as its right operand.
  (func (export "sub_load_add") (param $p i32) (param $x f64) (result f64)
    (f64.sub (local.get $x) (f64.load (i32.add (local.get $p) (i32.const 4)))))

  (func (export "mul_load") (param $p i32) (param $x f32) (result f32)
    (f32.mul (local.get $x) (f32.load offset=8 (local.get $p))))

  (func (export "add_load_tee") (param $p i32) (param $x i64) (result i64)
    (local $t i64)
    (local.set $t (i64.add (local.get $x) (i64.load offset=4 (local.get $p))))
    (local.get $t))

  ;; Float arithmetic of constants, on either side.
  (func (export "fconst") (param $x f64) (result f64)
    (f64.add (f64.const 0.5) (f64.mul (local.get $x) (f64.const 2))))

  (func (export "fconst_left_sub") (param $x f32) (result f32)
    (f32.sub (f32.const 1) (local.get $x)))
)
