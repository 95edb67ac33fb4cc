package debugger

import (
	"testing"
)

// TestConcreteStackEffect checks the teaching caption: generic table
// signatures become the types at the instruction, with type names.
func TestConcreteStackEffect(t *testing.T) {
	src := `(module
  (type $node (struct (field $v i32)))
  (func (export "f") (param $x i32) (result i32)
    (local $n (ref null $node))
    local.get $x
    local.tee $x
    struct.new $node
    local.set $n
    local.get $n
    struct.get $node $v
    i32.const 1
    i32.add))`
	s := NewSession(Options{})
	defer s.Close()
	if err := s.LoadSource("effect.wat", []byte(src)); err != nil {
		t.Fatal(err)
	}
	snap, err := s.Invoke("f", []string{"7"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"[] -> [i32]",                 // local.get $x
		"[i32] -> [i32]",              // local.tee $x
		"[i32] -> [(ref $node)]",      // struct.new $node
		"[(ref $node)] -> []",         // local.set $n
		"[] -> [(ref null $node)]",    // local.get $n
		"[(ref null $node)] -> [i32]", // struct.get
		"[] -> [i32]",                 // i32.const
		"[i32 i32] -> [i32]",          // i32.add: fixed in the table
	}
	for i, w := range want {
		if snap.Next.Sig != w {
			t.Errorf("step %d (%s): effect %q, want %q", i, snap.Next.Text, snap.Next.Sig, w)
		}
		if snap, err = s.StepInto(); err != nil {
			t.Fatal(err)
		}
	}
}
