;; Tail calls: return_call replaces the caller's frame instead of adding one.
;; Run: wasmstep run examples/tail_calls.wat --invoke factorial 20 --invoke is_even 1000001
;;
;; $fact_acc calls itself with return_call, so the call stack never grows:
;; step through it and watch the frame being reused. $is_even and $is_odd
;; call each other a million times, far deeper than the call stack limit
;; would allow with ordinary calls.
(module
  (func $fact_acc (param $n i64) (param $acc i64) (result i64)
    (if (result i64) (i64.le_u (local.get $n) (i64.const 1))
      (then (local.get $acc))
      (else
        (return_call $fact_acc
          (i64.sub (local.get $n) (i64.const 1))
          (i64.mul (local.get $n) (local.get $acc))))))

  (func (export "factorial") (param $n i64) (result i64)
    (return_call $fact_acc (local.get $n) (i64.const 1)))

  (func $is_even (export "is_even") (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then (i32.const 1))
      (else (return_call $is_odd (i32.sub (local.get $n) (i32.const 1))))))

  (func $is_odd (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then (i32.const 0))
      (else (return_call $is_even (i32.sub (local.get $n) (i32.const 1))))))
)
