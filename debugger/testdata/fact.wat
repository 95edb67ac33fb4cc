;; Factorial, recursive, counting calls in a global and storing each
;; result in memory.
(module
  (memory (export "mem") 1)
  (global $calls (mut i32) (i32.const 0))
  (func $fact (export "fact") (param $n i32) (result i32)
    (global.set $calls (i32.add (global.get $calls) (i32.const 1)))
    (if (result i32) (i32.le_s (local.get $n) (i32.const 1))
      (then (i32.const 1))
      (else
        (i32.mul (local.get $n)
                 (call $fact (i32.sub (local.get $n) (i32.const 1)))))))
  (func $store (export "store") (param $n i32) (result i32)
    (local $r i32)
    (local.set $r (call $fact (local.get $n)))
    (i32.store (i32.mul (local.get $n) (i32.const 4)) (local.get $r))
    (local.get $r))
  (func $never (export "never")
    nop)
  (func $div (export "div") (param $a i32) (param $b i32) (result i32)
    (i32.div_s (local.get $a) (local.get $b)))
  (func $spin (export "spin")
    (loop $l (br $l)))
)
