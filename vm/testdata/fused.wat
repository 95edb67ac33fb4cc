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

  ;; Go's address arithmetic: i64 pointers wrapped before the access, the
  ;; zero-extension free and the wrap folded into the add or the access.
  (func (export "wrap_load") (param $p i64) (result i32)
    (i32.load offset=4 (i32.wrap_i64 (local.get $p))))

  (func (export "extend_add_wrap_load") (param $q i32) (result i32)
    (i32.load (i32.wrap_i64 (i64.add (i64.extend_i32_u (local.get $q)) (i64.const 8)))))

  (func (export "wrap_store") (param $p i64) (param $v i32) (result i32)
    (i32.store offset=24 (i32.wrap_i64 (local.get $p)) (local.get $v))
    (i32.load offset=24 (i32.wrap_i64 (local.get $p))))

  (func (export "wrap_mul") (param $x i64) (param $y i64) (result i32)
    (i32.wrap_i64 (i64.mul (local.get $x) (local.get $y))))

  (func (export "extend_tee") (param $q i32) (result i64)
    (local $t i64)
    (local.set $t (i64.extend_i32_u (i32.add (local.get $q) (i32.const 1))))
    (local.get $t))

  ;; i64.eqz into the if; a branch's condition read from its local.
  (func (export "eqz_if") (param $x i64) (result i32)
    (if (result i32) (i64.eqz (local.get $x)) (then (i32.const 1)) (else (i32.const 2))))

  (func (export "br_if_local") (param $q i32) (result i32)
    (block (br_if 0 (local.get $q)) (return (i32.const 5)))
    (i32.const 6))

  ;; Chains of two numeric ops through the first's result, a constant on either.
  (func (export "rotl_xor") (param $x i32) (param $y i32) (result i32)
    (i32.xor (local.get $y) (i32.rotl (local.get $x) (i32.const 7))))

  (func (export "shl_add") (param $x i32) (param $y i32) (result i32)
    (i32.add (i32.shl (local.get $x) (i32.const 4)) (local.get $y)))

  (func (export "xor_and_tee") (param $x i64) (param $y i64) (result i64)
    (local $t i64)
    (local.set $t (i64.and (i64.xor (local.get $x) (local.get $y)) (i64.const 0xff0)))
    (local.get $t))

  (func (export "mul_shr") (param $x i64) (result i64)
    (i64.shr_u (i64.mul (local.get $x) (local.get $x)) (i64.const 60)))

  ;; Go's resume loop: a constant stored just before the branch back.
  (func (export "const_jump") (param $n i32) (result i32)
    (local $pc i32) (local $acc i32)
    (loop $top
      (block $b
        (br_if $b (i32.eqz (local.get $pc)))
        (local.set $acc (i32.add (local.get $acc) (i32.const 10)))
        (local.set $pc (i32.const 0))
        (br $top))
      (local.set $acc (i32.add (local.get $acc) (i32.const 1)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (if (local.get $n) (then (local.set $pc (i32.const 1)) (br $top))))
    (local.get $acc))

  ;; Go's `!` on an i64 compare: i32.eqz of i64.eqz, into the if.
  (func (export "eqz_eqz_if") (param $x i64) (result i32)
    (if (result i32) (i32.eqz (i64.eqz (local.get $x))) (then (i32.const 1)) (else (i32.const 2))))

  ;; Stores of a constant: a narrow one keeps the low bytes, a wide one
  ;; fits d only sign extended.
  (func (export "store_const") (param $p i32) (result i64)
    (i32.store8 offset=32 (local.get $p) (i32.const 0x1ff))
    (i64.store offset=40 (local.get $p) (i64.const -2))
    (i64.store offset=48 (local.get $p) (i64.const 0x100000000))
    (i64.add (i64.add (i64.load8_u offset=32 (local.get $p)) (i64.load offset=40 (local.get $p)))
      (i64.load offset=48 (local.get $p))))

  ;; A binary op's result as either operand of the next (operands keep their order).
  (func (export "mul_sub_right") (param $x f64) (param $y f64) (param $z f64) (result f64)
    (f64.sub (local.get $z) (f64.mul (local.get $x) (local.get $y))))

  (func (export "mul_add_left") (param $x i64) (param $y i64) (param $z i64) (result i64)
    (i64.xor (i64.mul (local.get $x) (local.get $y)) (local.get $z)))

  ;; An interpreter's `pc = next` just before the branch back.
  (func (export "move_jump") (param $n i32) (result i32)
    (local $pc i32) (local $next i32)
    (loop $top
      (local.set $next (i32.add (local.get $pc) (i32.const 3)))
      (if (i32.lt_u (local.get $pc) (local.get $n))
        (then (local.set $pc (local.get $next)) (br $top))))
    (local.get $pc))

  ;; C's a[i]: a scaled index folded into the access; the shift and the add wrap at 32 bits.
  (func (export "indexed") (param $i i32) (param $base i32) (param $v i32) (result i32)
    (i32.store offset=64 (i32.add (i32.shl (local.get $i) (i32.const 2)) (local.get $base)) (local.get $v))
    (i32.load offset=64 (i32.add (local.get $base) (i32.shl (local.get $i) (i32.const 2)))))

  ;; A dropped value's op does not fuse with the next consumer of its slot.
  (func (export "drop_br_if") (param $a i32) (param $c i32) (result i32)
    (block
      (drop (i32.eq (local.get $a) (i32.const 5)))
      (br_if 0 (local.get $c))
      (return (i32.const 1)))
    (i32.const 2))

  (func (export "drop_load") (param $a i32) (param $c i32) (result i32)
    (drop (i32.add (local.get $a) (i32.const 4)))
    (i32.load (local.get $c)))

  (func (export "drop_chain") (param $a i32) (param $c i32) (result i32)
    (drop (i32.shl (local.get $a) (i32.const 4)))
    (i32.xor (local.get $c) (local.get $a)))
)
