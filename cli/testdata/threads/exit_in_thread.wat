;; The second spawned thread calls proc_exit(7) while the main thread and
;; the first thread spin: the program ends with status 7.
(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "env" "memory" (memory 1 1 shared))
  (func (export "wasi_thread_start") (param $tid i32) (param $arg i32)
    (if (local.get $arg) (then (call $exit (i32.const 7))))
    (loop $spin (br $spin)))
  (func (export "_start")
    (drop (call $spawn (i32.const 0)))
    (drop (call $spawn (i32.const 1)))
    (loop $spin (br $spin))))
