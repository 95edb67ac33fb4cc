;; Legacy exception handling and its interplay with try_table and throw_ref.
(module
  (type $i32-to-i32 (func (param i32) (result i32)))
  (tag $e0)
  (tag $e-i32 (param i32))
  (tag $e-wide (param v128 i64 funcref))

  (func $clobber (local i64 i64 i64 i64)
    (try (do (throw $e-i32 (i32.const 99))) (catch $e-i32 (drop))))

  ;; A try with a parameter: the handler replaces the try's stack.
  (func (export "params") (param i32) (result i32)
    (local.get 0)
    (try (type $i32-to-i32)
      (do (throw $e-i32))
      (catch $e-i32 (i32.const 1) (i32.add))))

  ;; A payload wider than one slot per value lands at the try's base.
  (elem declare func $clobber)
  (func (export "wide-payload") (result i64) (local $f funcref) (local $n i64)
    (i32.const 1) (drop)
    (try (result i64)
      (do (throw $e-wide (v128.const i64x2 7 8) (i64.const 9) (ref.func $clobber)))
      (catch $e-wide
        (local.set $f) (local.set $n)
        (i64.add (i64x2.extract_lane 1) (local.get $n))
        (if (result i64) (ref.is_null (local.get $f)) (then (i64.const -100)) (else (i64.const 0)))
        (i64.add))))

  ;; The caught exception survives a call that catches one of its own.
  (func (export "rethrow-after-call") (result i32)
    (try (result i32)
      (do
        (try (do (throw $e-i32 (i32.const 7)))
          (catch_all (call $clobber) (rethrow 0)))
        (i32.const 0))
      (catch $e-i32)))

  ;; A handler's own throw is not caught by a later clause of its try.
  (func (export "throw-in-handler") (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do (throw $e0))
          (catch $e0 (throw $e-i32 (i32.const 8)))
          (catch_all (i32.const -1))))
      (catch $e-i32)))

  ;; A legacy catch takes what throw_ref throws.
  (func (export "catch-throw-ref") (result i32)
    (try (result i32)
      (do
        (block $h (result exnref)
          (try_table (catch_all_ref $h) (throw $e-i32 (i32.const 3)))
          (unreachable))
        (throw_ref))
      (catch $e-i32)))

  ;; A try_table inside a handler catches its rethrow.
  (func (export "try-table-catches-rethrow") (result i32)
    (try (result i32)
      (do (throw $e-i32 (i32.const 4)))
      (catch_all
        (block $h (result i32)
          (try_table (catch $e-i32 $h) (rethrow 2))
          (i32.const 0)))))

  ;; A delegate to a try_table's label skips the try in between.
  (func (export "delegate-to-try-table") (result i32)
    (block $h (result i32)
      (try_table (catch $e-i32 $h)
        (try
          (do (try (do (throw $e-i32 (i32.const 5))) (delegate 1)))
          (catch_all)))
      (i32.const 0)))

  ;; A handler branches back to a loop around its try.
  (func (export "retry") (param $n i32) (result i32) (local $tries i32)
    (loop $again
      (try
        (do
          (local.set $tries (i32.add (local.get $tries) (i32.const 1)))
          (if (i32.lt_u (local.get $tries) (local.get $n)) (then (throw $e0))))
        (catch $e0 (br $again))))
    (local.get $tries))

  ;; Tries nested in handlers keep their exceptions apart.
  (func (export "nested-handlers") (result i32)
    (try (result i32)
      (do (throw $e-i32 (i32.const 10)))
      (catch $e-i32
        (drop)
        (try (result i32)
          (do (throw $e-i32 (i32.const 20)))
          (catch $e-i32 (drop) (rethrow 1))))))
)
