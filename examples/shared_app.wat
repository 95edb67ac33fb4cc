;; Two modules sharing one memory and one table.
;; Run: wasmstep run examples/shared_lib.wat examples/shared_app.wat --invoke write_greeting --invoke read_greeting --invoke fill_slot --invoke call_slot 1
;;
;; wasmstep run links the files in order and registers each under its base
;; name, so this module imports shared_lib's memory and table. The library
;; writes a string that this module prints; this module puts its own
;; function into slot 1 of the shared table, and a call through the table
;; reaches the library's function in slot 0 as well as ours in slot 1.
(module
  (import "shared_lib" "memory" (memory 1))
  (import "shared_lib" "table" (table 2 funcref))
  (import "console" "log" (func $log_string (param i32 i32)))
  (type $get (func (result i32)))

  (func $forty_two (result i32) (i32.const 42))
  (elem declare func $forty_two)

  (func (export "read_greeting")
    ;; the string starts after its length byte
    (call $log_string (i32.const 1) (i32.load8_u (i32.const 0))))

  (func (export "fill_slot")
    (table.set (i32.const 1) (ref.func $forty_two)))

  (func (export "call_slot") (param $i i32) (result i32 i32)
    (call_indirect (type $get) (i32.const 0))
    (call_indirect (type $get) (local.get $i)))
)
