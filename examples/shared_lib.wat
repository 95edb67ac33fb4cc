;; The library half of two modules sharing one memory and one table
;; (run it with shared_app.wat).
;;
;; It defines the memory and the table and exports them; shared_app.wat
;; imports both under this module's name, "shared_lib" (the file's base name).
(module
  (memory (export "memory") 1)
  (table (export "table") 2 funcref)
  (elem (i32.const 0) func $greet_len)

  ;; The length of the greeting the library wrote at address 0.
  (func $greet_len (result i32) (i32.load8_u (i32.const 0)))

  ;; Writes a length-prefixed string at address 0: the app reads it.
  (func (export "write_greeting")
    (i32.store8 (i32.const 0) (i32.const 5))
    (i32.store8 (i32.const 1) (i32.const 0x68)) ;; h
    (i32.store8 (i32.const 2) (i32.const 0x65)) ;; e
    (i32.store8 (i32.const 3) (i32.const 0x6c)) ;; l
    (i32.store8 (i32.const 4) (i32.const 0x6c)) ;; l
    (i32.store8 (i32.const 5) (i32.const 0x6f))) ;; o
)
