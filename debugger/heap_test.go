package debugger

import (
	"runtime"
	"testing"
)

const listWat = `(module
  (type $node (struct (field $val i32) (field $next (ref null $node))))
  (global $head (mut (ref null $node)) (ref.null $node))
  (func (export "build") (param $n i32)
    (loop $l
      (global.set $head (struct.new $node (local.get $n) (global.get $head)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (local.get $n))))
  (func (export "pop")
    (global.set $head (struct.get $node $next (global.get $head)))))`

// A list's old head, dropped from the roots, is listed as unreachable
// until Go collects it; the rest of the list stays reachable.
func TestHeapUnreachable(t *testing.T) {
	ok := must(t)
	s := NewSession(Options{})
	if err := s.LoadSource("list.wat", []byte(listWat)); err != nil {
		t.Fatal(err)
	}
	ok(s.Invoke("build", []string{"3"}))
	if snap := ok(s.Continue()); snap.Heap.Live != 3 || snap.Heap.Unreachable != 0 {
		t.Fatalf("built: %+v", snap.Heap)
	}
	ok(s.Invoke("pop", nil))
	snap := ok(s.Continue())
	count := func(g HeapGraph) (live, dead int) {
		for _, o := range g.Objects {
			if o.Unreachable {
				dead++
				if o.Root != "" || o.New {
					t.Errorf("unreachable object %d: root %q, new %v", o.ID, o.Root, o.New)
				}
			} else {
				live++
			}
		}
		return live, dead
	}
	// The history holds the old head (the call's start state), so Go has
	// not collected it yet.
	if live, dead := count(s.Heap()); live != 2 || dead != 1 || snap.Heap.Live != 2 || snap.Heap.Unreachable != 1 {
		t.Fatalf("after pop: graph %d live %d unreachable, summary %+v", live, dead, snap.Heap)
	}
	g := s.Heap()
	old := g.Objects[len(g.Objects)-1]
	if old.TypeName != "$node" || old.Fields[0].Value.Lo != 1 || old.Fields[1].Target != g.Objects[0].ID {
		t.Errorf("old head: %+v, graph %+v", old, g.Objects)
	}
	ok(s.Invoke("build", []string{"1"})) // a new call drops the old history
	ok(s.Continue())
	runtime.GC()
	if live, dead := count(s.Heap()); live != 3 || dead > 1 {
		t.Errorf("after GC: %d live, %d unreachable", live, dead)
	}
}
