;; Exceptions: throw, catch with try_table, and an exception nobody catches.
;; Run: wasmstep run examples/exceptions.wat --invoke safe_div 10 2 --invoke safe_div 1 0 --invoke checked_div 1 0
;;
;; $div throws the tag $div_by_zero, carrying the dividend, instead of
;; trapping. safe_div catches it with try_table: the catch clause branches
;; to the block $handler with the tag's payload on the stack, and the
;; function returns -1 after logging the payload. checked_div does not
;; catch, so the exception leaves the program: wasmstep run reports it and
;; exits with status 1.
(module
  (import "console" "log" (func $log (param i32)))
  (tag $div_by_zero (param i32))

  (func $div (param $a i32) (param $b i32) (result i32)
    (if (i32.eqz (local.get $b))
      (then (throw $div_by_zero (local.get $a))))
    (i32.div_s (local.get $a) (local.get $b)))

  (func (export "safe_div") (param $a i32) (param $b i32) (result i32)
    (block $handler (result i32)
      (try_table (result i32) (catch $div_by_zero $handler)
        (return (call $div (local.get $a) (local.get $b)))))
    ;; the payload (the dividend) is on the stack
    call $log
    i32.const -1)

  (func (export "checked_div") (param $a i32) (param $b i32) (result i32)
    (call $div (local.get $a) (local.get $b)))
)
