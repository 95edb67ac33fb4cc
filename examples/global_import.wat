;; An imported mutable global: a counter the host owns.
;; Run: wasmstep run examples/global_import.wat --invoke tick --invoke tick --invoke tick
;;
;; The global "env" "counter" is created by wasmstep from its declared type
;; (mut i32, starting at 0) and shared with every module that imports it.
;; Each call of tick adds one and returns the new value, so the value
;; survives between calls. A sidecar file (global_import.wat.imports) could
;; give it another starting value: "env counter = 100".
(module
  (import "env" "counter" (global $counter (mut i32)))

  (func (export "tick") (result i32)
    (global.set $counter (i32.add (global.get $counter) (i32.const 1)))
    global.get $counter)
)
