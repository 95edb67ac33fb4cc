;; An imported console.log, as a browser page would supply it.
;; Run: wasmstep run examples/console_log.wat --invoke count_down 3
;;
;; wasmstep binds the import by its name and signature: a function called
;; log (or print...) prints its arguments. No JavaScript glue is needed; run
;; with --show-imports to see every binding.
(module
  (import "console" "log" (func $log (param i32)))

  (func (export "count_down") (param $n i32)
    (loop $again
      local.get $n
      call $log
      ;; n = n - 1; repeat while n > 0
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $again (i32.gt_s (local.get $n) (i32.const 0)))))
)
