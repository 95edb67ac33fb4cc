;; GC: game entities with components.
;; Run: wasmstep run examples/gc_entities.wat --invoke spawn --invoke tick --invoke tick --invoke report
;;
;; An $entity has an id and optional components: a $position, a $velocity
;; and $health, each its own struct (null when absent). The world is an
;; array of entities. The movement system moves every entity that has both
;; a position and a velocity; the others are skipped, as an
;; entity-component system does. Step through tick to see the heap change.
(module
  (import "console" "log" (func $log (param i32 i32 i32)))
  (type $position (struct (field $x (mut i32)) (field $y (mut i32))))
  (type $velocity (struct (field $dx i32) (field $dy i32)))
  (type $health (struct (field $hp (mut i32))))
  (type $entity (struct
    (field $id i32)
    (field $pos (ref null $position))
    (field $vel (ref null $velocity))
    (field $hp (ref null $health))))
  (type $world (array (mut (ref null $entity))))

  (global $world (mut (ref null $world)) (ref.null $world))

  ;; Three entities: a moving ship, a static rock, and a ghost with a
  ;; velocity but no position (so it never moves).
  (func (export "spawn")
    (global.set $world
      (array.new_fixed $world 3
        (struct.new $entity (i32.const 1)
          (struct.new $position (i32.const 0) (i32.const 0))
          (struct.new $velocity (i32.const 2) (i32.const 1))
          (struct.new $health (i32.const 100)))
        (struct.new $entity (i32.const 2)
          (struct.new $position (i32.const 5) (i32.const 5))
          (ref.null $velocity)
          (ref.null $health))
        (struct.new $entity (i32.const 3)
          (ref.null $position)
          (struct.new $velocity (i32.const 9) (i32.const 9))
          (ref.null $health)))))

  ;; The movement system: position += velocity where both exist.
  (func (export "tick")
    (local $i i32) (local $e (ref null $entity))
    (local $p (ref null $position)) (local $v (ref null $velocity))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (array.len (global.get $world))))
        (local.set $e (array.get $world (global.get $world) (local.get $i)))
        (local.set $p (struct.get $entity $pos (local.get $e)))
        (local.set $v (struct.get $entity $vel (local.get $e)))
        (if (i32.eqz (i32.or (ref.is_null (local.get $p)) (ref.is_null (local.get $v))))
          (then
            (struct.set $position $x (local.get $p)
              (i32.add (struct.get $position $x (local.get $p)) (struct.get $velocity $dx (local.get $v))))
            (struct.set $position $y (local.get $p)
              (i32.add (struct.get $position $y (local.get $p)) (struct.get $velocity $dy (local.get $v))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each))))

  ;; Logs "id x y" for every entity with a position.
  (func (export "report")
    (local $i i32) (local $e (ref null $entity)) (local $p (ref null $position))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (array.len (global.get $world))))
        (local.set $e (array.get $world (global.get $world) (local.get $i)))
        (local.set $p (struct.get $entity $pos (local.get $e)))
        (if (i32.eqz (ref.is_null (local.get $p)))
          (then
            (call $log (struct.get $entity $id (local.get $e))
              (struct.get $position $x (local.get $p))
              (struct.get $position $y (local.get $p)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each))))
)
