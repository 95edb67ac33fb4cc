;; A WASI command: _start writes a line to stdout.
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "hello\n")
  (func $main (export "_start")
    (i32.store (i32.const 0) (i32.const 16)) ;; iov.base
    (i32.store (i32.const 4) (i32.const 6))  ;; iov.len
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
  (func (export "helper") (param i32) (result i32) (local.get 0)))
