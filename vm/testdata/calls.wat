(module
  ;; br_table whose targets take no values: the jump-only form.
  (func (export "switch") (param i32) (result i32)
    (block (block (block (br_table 0 1 2 (local.get 0)))
      (return (i32.const 10))) (return (i32.const 11)))
    (i32.const 12))
  ;; br_table moving a value to its targets (a value left below it).
  (func (export "switch_value") (param i32) (result i32)
    (block (result i32)
      (block (result i32)
        (i32.const 1)
        (br_table 0 1 (i32.const 20) (local.get 0)))
      (i32.add (i32.const 1))))
  ;; br_table with the function's label among its targets.
  (func (export "switch_return") (param i32) (result i32)
    (block (result i32) (br_table 0 1 (i32.const 30) (local.get 0)))
    (i32.add (i32.const 1)))
  ;; A declared local starts zero in every call: each call sets its own
  ;; and calls itself twice at the same depth (the second callee's frame
  ;; is where the first's was), counting the calls that found a local
  ;; not zero on entry.
  (func $dirty (export "dirty") (param $n i32) (result i32) (local $x i32) (local $r funcref) (local $c i32)
    (local.set $c (i32.add (i32.ne (local.get $x) (i32.const 0))
                           (i32.eqz (ref.is_null (local.get $r)))))
    (local.set $x (i32.const 7))
    (local.set $r (ref.func $dirty))
    (if (local.get $n)
      (then
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (local.set $c (i32.add (local.get $c) (call $dirty (local.get $n))))
        (local.set $c (i32.add (local.get $c) (call $dirty (local.get $n))))))
    (local.get $c))
  (elem declare func $dirty)
)
