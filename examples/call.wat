;; Calling a function: one function calls another.
;; Run: wasmstep run examples/call.wat --invoke sum_of_squares 3 4
;;
;; $sum_of_squares calls $square twice. Step into a call to see a new frame
;; appear on the call stack with its own locals; when $square returns, its
;; result is left on the caller's operand stack.
(module
  (func $square (param $x i32) (result i32)
    local.get $x
    local.get $x
    i32.mul)

  (func $sum_of_squares (export "sum_of_squares") (param $a i32) (param $b i32) (result i32)
    local.get $a
    call $square
    local.get $b
    call $square
    i32.add)
)
