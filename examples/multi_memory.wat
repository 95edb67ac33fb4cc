;; Multi-memory isolation: public, secret and scratch memories.
;; Run: wasmstep run examples/multi_memory.wat --invoke checksum_public --invoke copy_to_scratch 0 11 --invoke scratch_byte 4 --invoke secret_intact --invoke copy_to_scratch 65530 11
;;
;; Each memory is a separate address space: an address in one says nothing
;; about the others. Public data is copied into the scratch memory and
;; worked on there; no instruction of this module touches the secret
;; memory except secret_intact, which checks it. An out-of-bounds copy into
;; scratch traps, and the secret stays as it was (watch the three memories
;; in the memory view while stepping).
(module
  (memory $public 1)
  (memory $secret 1)
  (memory $scratch 1)
  (data (memory $public) (i32.const 0) "public data")
  (data (memory $secret) (i32.const 0) "hunter2")

  ;; Sum of the 11 public bytes.
  (func (export "checksum_public") (result i32)
    (local $i i32) (local $sum i32)
    (loop $next
      (local.set $sum (i32.add (local.get $sum) (i32.load8_u $public (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (i32.const 11))))
    local.get $sum)

  ;; memory.copy between two memories: destination scratch, source public.
  (func (export "copy_to_scratch") (param $dst i32) (param $len i32)
    (memory.copy $scratch $public (local.get $dst) (i32.const 0) (local.get $len)))

  (func (export "scratch_byte") (param $addr i32) (result i32)
    (i32.load8_u $scratch (local.get $addr)))

  ;; 1 if the secret still reads "hunter2" (its first 4 and last 4 bytes).
  (func (export "secret_intact") (result i32)
    (i32.and
      (i32.eq (i32.load $secret (i32.const 0)) (i32.const 0x746e7568))  ;; "hunt"
      (i32.eq (i32.load $secret (i32.const 3)) (i32.const 0x3272_6574)))) ;; "ter2"
)
