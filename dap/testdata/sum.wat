;; What the DAP tests drive: a loop that adds 1..n, keeping the running sum
;; in a global and in memory at 0x100, and printing a message at the end.
(module
  (import "env" "print" (func $print (param i32 i32)))
  (memory (export "mem") 1)
  (data (i32.const 16) "done")
  (global $total (mut i32) (i32.const 0))
  (func $sum (export "sum") (param $n i32) (result i32)
    (local $i i32)
    (local $v v128)
    (local.set $v (v128.const i32x4 1 2 3 4))
    (loop $next
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (global.set $total (i32.add (global.get $total) (local.get $i)))
      i32.const 0x100
      global.get $total
      i32.store
      (br_if $next (i32.lt_s (local.get $i) (local.get $n))))
    (call $print (i32.const 16) (i32.const 4))
    (global.get $total))
  (func $div (export "div") (param $a i32) (param $b i32) (result i32)
    (i32.div_s (local.get $a) (local.get $b)))
  (func $spin (export "spin")
    (loop $l (br $l)))
  (func $double (param $x i32) (result i32)
    (i32.add (local.get $x) (local.get $x)))
  (func $twice (export "twice") (param $x i32) (result i32)
    (call $double (call $double (local.get $x))))
)
