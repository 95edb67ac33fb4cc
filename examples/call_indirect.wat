;; A table of functions and call_indirect, including the trap on an empty slot.
;; Run: wasmstep run examples/call_indirect.wat --invoke apply 0 6 3 --invoke apply 1 6 3 --invoke apply 2 6 3 --invoke apply 3 6 3
;;
;; The table holds references to $add, $sub and $mul in slots 0 to 2; slot 3
;; is empty (null). call_indirect picks the function at run time from the
;; index on the stack and checks its signature. Calling slot 3 traps with
;; "uninitialized element", and wasmstep run exits with status 1.
(module
  (type $binop (func (param i32 i32) (result i32)))
  (table $ops 4 funcref)
  (elem (table $ops) (i32.const 0) func $add $sub $mul)

  (func $add (type $binop) (i32.add (local.get 0) (local.get 1)))
  (func $sub (type $binop) (i32.sub (local.get 0) (local.get 1)))
  (func $mul (type $binop) (i32.mul (local.get 0) (local.get 1)))

  (func (export "apply") (param $op i32) (param $a i32) (param $b i32) (result i32)
    local.get $a
    local.get $b
    local.get $op
    call_indirect $ops (type $binop))
)
