;; Two spawned threads and the main thread all wait on words nobody
;; changes: nothing can ever wake them, and run says so instead of hanging.
(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "env" "memory" (memory 1 1 shared))
  (func (export "wasi_thread_start") (param i32 i32)
    (drop (memory.atomic.wait32 (i32.const 4) (i32.const 0) (i64.const -1))))
  (func (export "_start")
    (drop (call $spawn (i32.const 0)))
    (drop (call $spawn (i32.const 0)))
    (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1)))))
