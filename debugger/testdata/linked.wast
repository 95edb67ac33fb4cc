;; Two modules linked by name, as the suite writes them; the assertions
;; are ignored by the debugger.
(module $lib
  (memory (export "mem") 1)
  (global (export "base") i32 (i32.const 100))
  (func (export "double") (param i32) (result i32)
    (i32.mul (local.get 0) (i32.const 2))))
(register "lib" $lib)
(assert_return (invoke "double" (i32.const 2)) (i32.const 4))
(module
  (import "lib" "double" (func $double (param i32) (result i32)))
  (import "lib" "mem" (memory 1))
  (import "lib" "base" (global $base i32))
  (func (export "quad") (param i32) (result i32)
    (i32.store (i32.const 0) (local.get 0))
    (call $double (call $double (i32.add (local.get 0) (global.get $base))))))
