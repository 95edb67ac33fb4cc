;; SIMD workload: run(n) fills two arrays of 4096 i32, then n times takes
;; their dot product four lanes at a time (i32x4.mul, i32x4.add) and counts
;; the bytes equal to 42 in both arrays sixteen at a time (i8x16.eq,
;; i8x16.bitmask), returning the sum of all of it.
(module
  (memory 1)
  (global $a i32 (i32.const 0))      ;; a[i] = (i*37) mod 201 - 100
  (global $b i32 (i32.const 16384))  ;; b[i] = (i*11) mod 97 - 48
  (global $len i32 (i32.const 4096)) ;; lanes per array

  (func $init (local $i i32)
    (loop $fill
      (i32.store (i32.add (global.get $a) (i32.shl (local.get $i) (i32.const 2)))
        (i32.sub (i32.rem_u (i32.mul (local.get $i) (i32.const 37)) (i32.const 201)) (i32.const 100)))
      (i32.store (i32.add (global.get $b) (i32.shl (local.get $i) (i32.const 2)))
        (i32.sub (i32.rem_u (i32.mul (local.get $i) (i32.const 11)) (i32.const 97)) (i32.const 48)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $fill (i32.lt_u (local.get $i) (global.get $len)))))

  ;; The dot product of a and b.
  (func $dot (result i64) (local $off i32) (local $acc v128)
    (loop $next
      (local.set $acc
        (i32x4.add (local.get $acc)
          (i32x4.mul
            (v128.load (i32.add (global.get $a) (local.get $off)))
            (v128.load (i32.add (global.get $b) (local.get $off))))))
      (local.set $off (i32.add (local.get $off) (i32.const 16)))
      (br_if $next (i32.lt_u (local.get $off) (i32.shl (global.get $len) (i32.const 2)))))
    (i64.add
      (i64.add (i64.extend_i32_s (i32x4.extract_lane 0 (local.get $acc)))
               (i64.extend_i32_s (i32x4.extract_lane 1 (local.get $acc))))
      (i64.add (i64.extend_i32_s (i32x4.extract_lane 2 (local.get $acc)))
               (i64.extend_i32_s (i32x4.extract_lane 3 (local.get $acc))))))

  ;; How many bytes of both arrays are 42.
  (func $count (result i64) (local $off i32) (local $needle v128) (local $n i32)
    (local.set $needle (i8x16.splat (i32.const 42)))
    (loop $next
      (local.set $n
        (i32.add (local.get $n)
          (i32.popcnt (i8x16.bitmask (i8x16.eq (v128.load (local.get $off)) (local.get $needle))))))
      (local.set $off (i32.add (local.get $off) (i32.const 16)))
      (br_if $next (i32.lt_u (local.get $off) (i32.const 32768))))
    (i64.extend_i32_u (local.get $n)))

  (func (export "run") (param $n i32) (result i64) (local $total i64)
    (call $init)
    (block $done
      (loop $again
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $total (i64.add (local.get $total) (i64.add (call $dot) (call $count))))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $again)))
    (local.get $total))
)
