;; Multi-value results: a function returns two values at once.
;; Run: wasmstep run examples/multi_value.wat --invoke divmod 17 5 --invoke swap 1 2
;;
;; $divmod leaves the quotient and the remainder on the stack; a block can
;; take and return several values too, as $swap's block shows.
(module
  (func $divmod (export "divmod") (param $a i32) (param $b i32) (result i32 i32)
    (i32.div_u (local.get $a) (local.get $b))
    (i32.rem_u (local.get $a) (local.get $b)))

  (func (export "swap") (param i64 i64) (result i64 i64)
    (local $tmp i64)
    local.get 0
    local.get 1
    (block (param i64 i64) (result i64 i64)
      local.set $tmp
      local.get $tmp
      local.set 1
      local.set 0
      local.get 1
      local.get 0))
)
