;; Vector code for the lowering tests: each function mixes v128 values with
;; scalars held in locals and constants, the shapes the fast form keeps
;; virtual.
(module
  (memory 1)
  (data (i32.const 0) "\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00")
  (data (i32.const 16) "\05\00\00\00\06\00\00\00\07\00\00\00\08\00\00\00")

  ;; Sum of a[i]*b[i] over n i32 lanes at a and b (n a multiple of 4).
  (func (export "dot") (param $a i32) (param $b i32) (param $n i32) (result i32)
    (local $acc v128) (local $i i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $acc
          (i32x4.add (local.get $acc)
            (i32x4.mul
              (v128.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2))))
              (v128.load (i32.add (local.get $b) (i32.shl (local.get $i) (i32.const 2)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $next)))
    (i32.add
      (i32.add (i32x4.extract_lane 0 (local.get $acc)) (i32x4.extract_lane 1 (local.get $acc)))
      (i32.add (i32x4.extract_lane 2 (local.get $acc)) (i32x4.extract_lane 3 (local.get $acc)))))

  ;; Splat x, shift left by k, replace lane 3 with y, and read back lane l.
  (func (export "shape") (param $x i32) (param $k i32) (param $y i32) (result i32)
    (local $r i32)
    (local.set $r
      (i32x4.extract_lane 3
        (i32x4.replace_lane 3 (i32x4.shl (i32x4.splat (local.get $x)) (local.get $k)) (local.get $y))))
    (i32.add (local.get $r)
      (i32x4.extract_lane 0 (i32x4.shl (i32x4.splat (local.get $x)) (i32.const 33)))))

  ;; Reverse the 16 bytes of v.
  (func (export "reverse") (param $v v128) (result v128)
    (i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0 (local.get $v) (local.get $v)))

  ;; Load lane 1 of the i32 vector at addr into v and store lane 0 at addr+4.
  (func (export "lanes") (param $addr i32) (param $v v128) (result v128)
    (local $w v128)
    (local.set $w (v128.load32_lane 1 (local.get $addr) (local.get $v)))
    (v128.store32_lane offset=4 0 (local.get $addr) (local.get $w))
    (local.get $w))

  (func (export "load") (param $addr i32) (result v128)
    (v128.load offset=8 (local.get $addr)))

  (func (export "bitmask") (param $v v128) (result i32)
    (i8x16.bitmask (i8x16.lt_s (local.get $v) (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0))))

  (func (export "relaxed_madd") (param v128 v128 v128) (result v128)
    (f64x2.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "relaxed_dot") (param v128 v128) (result v128)
    (i16x8.relaxed_dot_i8x16_i7x16_s (local.get 0) (local.get 1)))
  (func (export "relaxed_laneselect") (param v128 v128 v128) (result v128)
    (i32x4.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  (func (export "relaxed_swizzle") (param v128 v128) (result v128)
    (i8x16.relaxed_swizzle (local.get 0) (local.get 1)))
  (func (export "relaxed_trunc") (param v128) (result v128)
    (i32x4.relaxed_trunc_f32x4_u (local.get 0)))
  (func (export "relaxed_q15mulr") (param v128 v128) (result v128)
    (i16x8.relaxed_q15mulr_s (local.get 0) (local.get 1)))
  (func (export "relaxed_min") (param v128 v128) (result v128)
    (f32x4.relaxed_min (local.get 0) (local.get 1)))

  (global $g v128 (v128.const i32x4 1 2 3 4))
  (func (export "global") (result v128) (global.get $g))
)
