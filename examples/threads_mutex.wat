;; A mutex built from cmpxchg and wait/notify, guarding a plain counter.
;; Run: wasmstep run examples/threads_mutex.wat --invoke run 6 5000
;;
;; The counter is updated with ordinary i32.load / i32.add / i32.store, which
;; threads would race on; a lock makes each update exclusive. lock() swaps
;; the lock word from 0 (free) to 1 (held) with i32.atomic.rmw.cmpxchg and,
;; while another thread holds it, sleeps in memory.atomic.wait32 instead of
;; spinning. unlock() stores 0 and wakes one sleeper. The total is always
;; n*k.
(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "env" "memory" (memory 1 1 shared))
  (global $lock i32 (i32.const 0))
  (global $counter i32 (i32.const 4))
  (global $finished i32 (i32.const 8))
  (global $per_thread i32 (i32.const 12))

  (func $lock
    (loop $retry
      ;; cmpxchg returns the old value: 0 means we took the lock
      (if (i32.atomic.rmw.cmpxchg (global.get $lock) (i32.const 0) (i32.const 1))
        (then
          ;; held by someone else: sleep while it still reads 1
          (drop (memory.atomic.wait32 (global.get $lock) (i32.const 1) (i64.const -1)))
          (br $retry)))))

  (func $unlock
    (i32.atomic.store (global.get $lock) (i32.const 0))
    (drop (memory.atomic.notify (global.get $lock) (i32.const 1))))

  (func (export "wasi_thread_start") (param $tid i32) (param $arg i32)
    (local $k i32)
    (local.set $k (i32.atomic.load (global.get $per_thread)))
    (block $done
      (loop $add
        (br_if $done (i32.eqz (local.get $k)))
        (call $lock)
        ;; the critical section: a plain read-modify-write
        (i32.store (global.get $counter) (i32.add (i32.load (global.get $counter)) (i32.const 1)))
        (call $unlock)
        (local.set $k (i32.sub (local.get $k) (i32.const 1)))
        (br $add)))
    (drop (i32.atomic.rmw.add (global.get $finished) (i32.const 1)))
    (drop (memory.atomic.notify (global.get $finished) (i32.const 1))))

  (func (export "run") (param $n i32) (param $k i32) (result i32)
    (local $i i32) (local $seen i32)
    (i32.atomic.store (global.get $per_thread) (local.get $k))
    (loop $spawn_all
      (if (i32.lt_s (call $spawn (local.get $i)) (i32.const 0)) (then unreachable))
      (br_if $spawn_all (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (loop $join
      (local.set $seen (i32.atomic.load (global.get $finished)))
      (if (i32.lt_u (local.get $seen) (local.get $n))
        (then
          (drop (memory.atomic.wait32 (global.get $finished) (local.get $seen) (i64.const -1)))
          (br $join))))
    (call $lock)
    (i32.load (global.get $counter))
    (call $unlock)))
