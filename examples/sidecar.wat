;; Binding imports explicitly with a sidecar file.
;; Run: wasmstep run examples/sidecar.wat --show-imports --invoke main
;;
;; sidecar.wat.imports, next to this file, says how each import is bound
;; (one "MODULE NAME = TARGET" per line): "env" "report" prints its
;; arguments although its name would not say so, "env" "start" is a global
;; starting at 41, and "env" "beep" is a stub that only records its calls.
;; Without the sidecar, report and beep would both be stubs and start would
;; be 0.
(module
  (import "env" "report" (func $report (param i32 i32)))
  (import "env" "beep" (func $beep (param f64) (result i32)))
  (import "env" "start" (global $start i32))

  (func (export "main") (result i32)
    (call $report (global.get $start) (i32.add (global.get $start) (i32.const 1)))
    (call $beep (f64.const 440)))
)
