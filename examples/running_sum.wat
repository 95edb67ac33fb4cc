;; A running sum to debug from an editor (`wasmstep dap`, see editors/).
;; Run: wasmstep run examples/running_sum.wat --invoke sum 5
;;
;; The loop adds 1..n into the global $total and stores each partial sum
;; at address 0x100. One instruction per line: a breakpoint on a line stops
;; once per iteration, and a data breakpoint on mem[0][0x100] (or on the
;; global) at every write.
(module
  (memory (export "memory") 1)
  (global $total (mut i32) (i32.const 0))
  (func $sum (export "sum") (param $n i32) (result i32)
    (local $i i32)
    loop $next
      local.get $i
      i32.const 1
      i32.add
      local.set $i
      global.get $total
      local.get $i
      i32.add
      global.set $total
      i32.const 0x100
      global.get $total
      i32.store
      local.get $i
      local.get $n
      i32.lt_s
      br_if $next
    end
    global.get $total)
)
