;; Control shapes where the fast form's instruction count could drift from
;; the debug form's: labels joining groups of dropped instructions, branches
;; out of fused compares, calls followed by ends, traps inside fused ops,
;; exceptions across frames, tail calls and host calls.
(module
  (import "env" "tick" (func $tick (param i32) (result i32)))
  (tag $e (param i32))
  (memory 1)
  (table 2 funcref)
  (elem (i32.const 0) $leaf $twice)

  (func $leaf (param $x i32) (result i32)
    nop
    (block (result i32)
      (local.get $x)))

  (func $twice (param $x i32) (result i32)
    (i32.add (local.get $x) (local.get $x)))

  ;; block; loop at the entry, a back edge onto the joined group.
  (func (export "loop_entry") (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    block $out
      loop $top
        nop
        (br_if $out (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $s (i32.add (local.get $s) (call $leaf (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        br $top
      end
    end
    (local.get $s))

  ;; A call followed by ends, a branch onto nested ends.
  (func (export "call_ends") (param $n i32) (result i32)
    (local $s i32)
    block $a
      block $b
        block $c
          (br_if $c (i32.eqz (local.get $n)))
          (local.set $s (call $twice (local.get $n)))
          (drop (call $tick (local.get $s)))
        end
        nop
      end
      (br_if $a (i32.lt_u (local.get $n) (i32.const 3)))
      (local.set $s (i32.add (local.get $s) (call $tick (local.get $n))))
    end
    (local.get $s))

  ;; if/else on fused compares, br_table to labels of every depth.
  (func (export "switch") (param $n i32) (result i32)
    (local $r i32)
    block $d
      block $c
        block $b
          block $a
            (br_table $a $b $c $d (i32.rem_u (local.get $n) (i32.const 5)))
          end
          (local.set $r (i32.const 10))
          br $d
        end
        (if (i32.gt_s (local.get $n) (i32.const 4))
          (then (local.set $r (i32.const 20)))
          (else nop (local.set $r (i32.const 21))))
        br $d
      end
      (local.set $r (call_indirect (param i32) (result i32) (local.get $n) (i32.rem_u (local.get $n) (i32.const 2))))
    end
    (local.get $r))

  ;; A return out of a br_if, a loop that counts down with br_if to itself.
  (func (export "countdown") (param $n i32) (result i32)
    (local $k i32)
    (local.set $k (local.get $n))
    (loop $l
      (local.set $k (i32.sub (local.get $k) (i32.const 1)))
      (br_if $l (i32.gt_s (local.get $k) (i32.const 0))))
    (br_if 0 (i32.const 7) (i32.eq (local.get $n) (i32.const 5)))
    drop
    (i32.const 3))

  ;; Traps in fused ops: a load whose address add is folded, a division.
  (func (export "trap_load") (param $p i32) (result i32)
    (i32.add (i32.const 1)
      (i32.load (i32.add (i32.mul (local.get $p) (i32.const 16384)) (i32.const 4)))))
  (func (export "trap_div") (param $p i32) (result i32)
    (local $q i32)
    (local.set $q (i32.div_s (i32.const 100) (i32.sub (local.get $p) (i32.const 1))))
    (local.get $q))
  (func (export "trap_unreachable") (param $p i32)
    (if (i32.eq (local.get $p) (i32.const 5)) (then unreachable)))

  ;; Exceptions thrown two frames down, caught into a block whose end is
  ;; followed by more ends.
  (func $thrower (param $x i32) (result i32)
    (if (i32.ge_s (local.get $x) (i32.const 3)) (then (throw $e (local.get $x))))
    (local.get $x))
  (func $middle (param $x i32) (result i32)
    (i32.add (call $thrower (local.get $x)) (i32.const 1)))
  (func (export "catch") (param $x i32) (result i32)
    (block $outer (result i32)
      (block $h (result i32)
        (try_table (result i32) (catch $e $h)
          (call $middle (local.get $x)))
        br $outer)
      (i32.const 100)
      i32.add))
  (func (export "uncaught") (param $x i32) (result i32)
    (call $middle (i32.add (local.get $x) (i32.const 3))))

  ;; Tail calls and a recursion through them.
  (func $down (param $x i32) (result i32)
    (if (result i32) (i32.le_s (local.get $x) (i32.const 0))
      (then (i32.const 0))
      (else (return_call $down (i32.sub (local.get $x) (i32.const 1))))))
  (func (export "tail") (param $x i32) (result i32)
    (return_call $down (i32.add (local.get $x) (i32.const 4))))

  ;; Stores whose values are fused, and a memory fill.
  (func (export "stores") (param $x i32) (result i32)
    (local $i i32)
    (memory.fill (i32.const 64) (local.get $x) (i32.const 32))
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (i32.const 8)))
        (i32.store offset=128 (i32.shl (local.get $i) (i32.const 2)) (i32.add (local.get $i) (local.get $x)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (i32.load offset=140 (i32.const 0)))
)
