;; A linked list of GC structs.
(module
  (type $node (struct (field $val i32) (field $next (ref null $node))))
  (global $head (mut (ref null $node)) (ref.null $node))
  (func $push (export "push") (param $v i32)
    (global.set $head (struct.new $node (local.get $v) (global.get $head))))
  (func $build (export "build") (param $n i32)
    (local $i i32)
    (loop $l
      (call $push (local.get $i))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_s (local.get $i) (local.get $n)))))
)
