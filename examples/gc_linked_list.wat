;; GC: a cyclic doubly linked list.
;; Run: wasmstep run examples/gc_linked_list.wat --invoke build 5 --invoke sum_forward 12 --invoke sum_backward 3
;;
;; Each $node holds a value and mutable references to the next and previous
;; nodes. build makes a ring of n nodes (values 1..n): the last node's next
;; is the first, and the first's prev is the last, so walking either way
;; never ends; sum_forward and sum_backward walk a given number of steps.
;; The ring is kept in a global so later calls find it.
(module
  (type $node (struct
    (field $value i32)
    (field $next (mut (ref null $node)))
    (field $prev (mut (ref null $node)))))

  (global $head (mut (ref null $node)) (ref.null $node))

  ;; Builds the ring 1, 2, ..., n and returns n.
  (func (export "build") (param $n i32) (result i32)
    (local $i i32) (local $first (ref null $node)) (local $last (ref null $node))
    (local $new (ref null $node))
    (local.set $first (struct.new $node (i32.const 1) (ref.null $node) (ref.null $node)))
    (local.set $last (local.get $first))
    (local.set $i (i32.const 2))
    (block $done
      (loop $more
        (br_if $done (i32.gt_s (local.get $i) (local.get $n)))
        (local.set $new (struct.new $node (local.get $i) (ref.null $node) (local.get $last)))
        (struct.set $node $next (local.get $last) (local.get $new))
        (local.set $last (local.get $new))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $more)))
    ;; close the ring
    (struct.set $node $next (local.get $last) (local.get $first))
    (struct.set $node $prev (local.get $first) (local.get $last))
    (global.set $head (local.get $first))
    (local.get $n))

  ;; Adds the values of `steps` nodes, walking next from the head.
  (func (export "sum_forward") (param $steps i32) (result i32)
    (local $cur (ref null $node)) (local $sum i32)
    (local.set $cur (global.get $head))
    (block $done
      (loop $walk
        (br_if $done (i32.eqz (local.get $steps)))
        (local.set $sum (i32.add (local.get $sum) (struct.get $node $value (local.get $cur))))
        (local.set $cur (struct.get $node $next (local.get $cur)))
        (local.set $steps (i32.sub (local.get $steps) (i32.const 1)))
        (br $walk)))
    (local.get $sum))

  ;; Adds the values of `steps` nodes, walking prev from the head.
  (func (export "sum_backward") (param $steps i32) (result i32)
    (local $cur (ref null $node)) (local $sum i32)
    (local.set $cur (global.get $head))
    (block $done
      (loop $walk
        (br_if $done (i32.eqz (local.get $steps)))
        (local.set $sum (i32.add (local.get $sum) (struct.get $node $value (local.get $cur))))
        (local.set $cur (struct.get $node $prev (local.get $cur)))
        (local.set $steps (i32.sub (local.get $steps) (i32.const 1)))
        (br $walk)))
    (local.get $sum))
)
