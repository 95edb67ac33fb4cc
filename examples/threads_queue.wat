;; A producer and a consumer passing numbers through a ring buffer.
;; Run: wasmstep run examples/threads_queue.wat --invoke run 20000
;;
;; The producer thread puts 1, 2, ..., n into an 8-slot ring; the consumer
;; thread takes them out and adds them up. The slots are written and read
;; with plain stores and loads; the two indices are atomic, and each side
;; sleeps in memory.atomic.wait32 on the other's index when the ring is full
;; (producer) or empty (consumer), woken by memory.atomic.notify. The sum is
;; always n(n+1)/2: no number is lost or taken twice.
(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "env" "memory" (memory 1 1 shared))
  (global $head i32 (i32.const 0))      ;; items taken so far (consumer)
  (global $tail i32 (i32.const 4))      ;; items put so far (producer)
  (global $finished i32 (i32.const 8))
  (global $count i32 (i32.const 12))    ;; n
  (global $sum i32 (i32.const 16))
  (global $ring i32 (i32.const 64))     ;; 8 slots of 4 bytes
  (global $slots i32 (i32.const 8))

  (func $slot (param $index i32) (result i32)
    (i32.add (global.get $ring) (i32.shl (i32.rem_u (local.get $index) (global.get $slots)) (i32.const 2))))

  (func $produce (local $i i32) (local $head i32)
    (loop $next
      ;; wait while the ring is full
      (loop $full
        (local.set $head (i32.atomic.load (global.get $head)))
        (if (i32.eq (i32.sub (local.get $i) (local.get $head)) (global.get $slots))
          (then
            (drop (memory.atomic.wait32 (global.get $head) (local.get $head) (i64.const -1)))
            (br $full))))
      (i32.store (call $slot (local.get $i)) (i32.add (local.get $i) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (i32.atomic.store (global.get $tail) (local.get $i))   ;; publish the item
      (drop (memory.atomic.notify (global.get $tail) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (i32.atomic.load (global.get $count))))))

  (func $consume (local $i i32) (local $tail i32) (local $sum i32)
    (loop $next
      ;; wait while the ring is empty
      (loop $empty
        (local.set $tail (i32.atomic.load (global.get $tail)))
        (if (i32.eq (local.get $tail) (local.get $i))
          (then
            (drop (memory.atomic.wait32 (global.get $tail) (local.get $tail) (i64.const -1)))
            (br $empty))))
      (local.set $sum (i32.add (local.get $sum) (i32.load (call $slot (local.get $i)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (i32.atomic.store (global.get $head) (local.get $i))   ;; free the slot
      (drop (memory.atomic.notify (global.get $head) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (i32.atomic.load (global.get $count)))))
    (i32.atomic.store (global.get $sum) (local.get $sum)))

  ;; arg 0: the producer, 1: the consumer
  (func (export "wasi_thread_start") (param $tid i32) (param $arg i32)
    (if (local.get $arg) (then (call $consume)) (else (call $produce)))
    (drop (i32.atomic.rmw.add (global.get $finished) (i32.const 1)))
    (drop (memory.atomic.notify (global.get $finished) (i32.const 1))))

  (func (export "run") (param $n i32) (result i32)
    (local $seen i32)
    (i32.atomic.store (global.get $count) (local.get $n))
    (if (i32.lt_s (call $spawn (i32.const 0)) (i32.const 0)) (then unreachable))
    (if (i32.lt_s (call $spawn (i32.const 1)) (i32.const 0)) (then unreachable))
    (loop $join
      (local.set $seen (i32.atomic.load (global.get $finished)))
      (if (i32.lt_u (local.get $seen) (i32.const 2))
        (then
          (drop (memory.atomic.wait32 (global.get $finished) (local.get $seen) (i64.const -1)))
          (br $join))))
    (i32.atomic.load (global.get $sum))))
