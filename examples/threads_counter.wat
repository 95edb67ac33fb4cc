;; Threads adding to one counter with atomics (wasi-threads).
;; Run: wasmstep run examples/threads_counter.wat --invoke run 8 10000
;;
;; run(n, k) spawns n threads; each adds 1 to the counter k times with
;; i32.atomic.rmw.add, then counts itself finished and notifies. The main
;; thread sleeps in memory.atomic.wait32 until all n have finished and
;; returns the counter: always n*k, however the threads interleave. (With a
;; plain i32.load/i32.add/i32.store instead, increments would get lost.)
;; Every thread is a new instance of this module sharing its imported
;; memory; under `wasmstep run` each runs on its own goroutine.
(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "env" "memory" (memory 1 1 shared))
  ;; memory layout
  (global $counter i32 (i32.const 0))
  (global $finished i32 (i32.const 4))
  (global $per_thread i32 (i32.const 8))

  ;; each spawned thread starts here
  (func (export "wasi_thread_start") (param $tid i32) (param $arg i32)
    (local $k i32)
    (local.set $k (i32.atomic.load (global.get $per_thread)))
    (block $done
      (loop $add
        (br_if $done (i32.eqz (local.get $k)))
        (drop (i32.atomic.rmw.add (global.get $counter) (i32.const 1)))
        (local.set $k (i32.sub (local.get $k) (i32.const 1)))
        (br $add)))
    (drop (i32.atomic.rmw.add (global.get $finished) (i32.const 1)))
    (drop (memory.atomic.notify (global.get $finished) (i32.const 1))))

  (func (export "run") (param $n i32) (param $k i32) (result i32)
    (local $i i32) (local $seen i32)
    (i32.atomic.store (global.get $counter) (i32.const 0))
    (i32.atomic.store (global.get $finished) (i32.const 0))
    (i32.atomic.store (global.get $per_thread) (local.get $k))
    (loop $spawn_all
      (if (i32.lt_s (call $spawn (local.get $i)) (i32.const 0)) (then unreachable))
      (br_if $spawn_all (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    ;; join: sleep until every thread has counted itself finished
    (loop $join
      (local.set $seen (i32.atomic.load (global.get $finished)))
      (if (i32.lt_u (local.get $seen) (local.get $n))
        (then
          (drop (memory.atomic.wait32 (global.get $finished) (local.get $seen) (i64.const -1)))
          (br $join))))
    (i32.atomic.load (global.get $counter))))
