;; Adding two numbers: the smallest program worth stepping through.
;; Run: wasmstep run examples/add.wat --invoke add 2 3
;; Invoke "add" with two i32 arguments and watch the operand stack:
;; two local.get instructions push the arguments, i32.add pops both and
;; pushes their sum, and the function returns what is left on the stack.
(module
  (func $add (export "add") (param $a i32) (param $b i32) (result i32)
    local.get $a
    local.get $b
    i32.add)
)
