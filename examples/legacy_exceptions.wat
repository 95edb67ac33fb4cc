;; Legacy exceptions: try/catch/catch_all, delegate and rethrow, the
;; instructions toolchains emitted before try_table.
;; Run: wasmstep run examples/legacy_exceptions.wat --invoke lookup_or_default 3 --invoke lookup_or_default 12 --invoke lookup_or_default -1 --invoke strict_lookup 4 --invoke strict_lookup -1
;;
;; $lookup throws $not_found (carrying the key) for a key above 9 and
;; $bad_key for a negative one. In lookup_or_default the innermost try
;; delegates what its body throws to $outer, so the exception passes by
;; $middle's catch_all: $outer's catch receives the key on the stack, logs
;; it and gives -1; its catch_all turns any other exception into -2.
;; strict_lookup logs 0 in its catch_all and rethrows what it caught: the
;; exception leaves the program, and wasmstep run exits with status 1.
(module
  (import "console" "log" (func $log (param i32)))
  (tag $not_found (param i32))
  (tag $bad_key)

  (func $lookup (param $key i32) (result i32)
    (if (i32.lt_s (local.get $key) (i32.const 0))
      (then (throw $bad_key)))
    (if (i32.gt_s (local.get $key) (i32.const 9))
      (then (throw $not_found (local.get $key))))
    (i32.mul (local.get $key) (local.get $key)))

  (func (export "lookup_or_default") (param $key i32) (result i32)
    (try $outer (result i32)
      (do
        (try $middle (result i32)
          (do
            (try (result i32)
              (do (call $lookup (local.get $key)))
              (delegate $outer)))
          (catch_all (i32.const 0))))
      (catch $not_found
        ;; the key the exception carries is on the stack
        (call $log)
        (i32.const -1))
      (catch_all
        (i32.const -2))))

  (func (export "strict_lookup") (param $key i32) (result i32)
    try (result i32)
      local.get $key
      call $lookup
    catch_all
      i32.const 0
      call $log
      rethrow 0
    end)
)
