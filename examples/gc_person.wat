;; GC: a person with a friend.
;; Run: wasmstep run examples/gc_person.wat --invoke friends_age_sum --invoke befriend_self
;;
;; $person is a struct type allocated on the garbage-collected heap: an age
;; and a mutable, nullable reference to another person. No linear memory
;; and no pointers to compute: the heap view draws the objects and the
;; arrows between them. befriend_self makes a person its own friend, a
;; cycle, which the collector handles.
(module
  (type $person (struct
    (field $age i32)
    (field $friend (mut (ref null $person)))))

  (func $new_person (param $age i32) (result (ref $person))
    (struct.new $person (local.get $age) (ref.null $person)))

  ;; Ada (36) and Grace (45) become friends; returns Ada's age plus her
  ;; friend's age.
  (func (export "friends_age_sum") (result i32)
    (local $ada (ref null $person))
    (local $grace (ref null $person))
    (local.set $ada (call $new_person (i32.const 36)))
    (local.set $grace (call $new_person (i32.const 45)))
    (struct.set $person $friend (local.get $ada) (local.get $grace))
    (struct.set $person $friend (local.get $grace) (local.get $ada))
    (i32.add
      (struct.get $person $age (local.get $ada))
      (struct.get $person $age
        (struct.get $person $friend (local.get $ada)))))

  ;; A person who is their own friend: the friend of the friend of the
  ;; friend is still the same object (ref.eq).
  (func (export "befriend_self") (result i32)
    (local $p (ref null $person))
    (local.set $p (call $new_person (i32.const 7)))
    (struct.set $person $friend (local.get $p) (local.get $p))
    (ref.eq (local.get $p)
      (struct.get $person $friend
        (struct.get $person $friend (local.get $p)))))
)
