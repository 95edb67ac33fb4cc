(module
  (memory $heap 1)
  ;; Grows its memory by n pages, one page per iteration.
  (func (export "grow") (param $n i32)
    (loop $again
      (drop (memory.grow (i32.const 1)))
      (br_if $again (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))))
