package debugger

import "testing"

// TestDebugLoopNote checks that a stop says why its run used the debug
// loop, and says nothing when it ran the fast one.
func TestDebugLoopNote(t *testing.T) {
	const src = `(module (func (export "f") (result i32)
	  (local $i i32)
	  (loop $l (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 100))))
	  (local.get $i)))`
	for _, c := range []struct {
		opts Options
		want string
	}{
		{Options{NoHistory: true}, ""},
		{Options{}, ""},          // history is recorded in the fast loop
		{Options{Recent: 8}, ""}, // the trace is replayed at the stop
		{Options{NoHistory: true, Recent: 8}, "keeping recent instructions for the trace (history is off)"},
	} {
		s := NewSession(c.opts)
		if err := s.LoadSource("loop.wat", []byte(src)); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Invoke("f", nil); err != nil {
			t.Fatal(err)
		}
		snap, err := s.Continue()
		if err != nil {
			t.Fatal(err)
		}
		if snap.State != StateFinished || snap.DebugLoop != c.want {
			t.Errorf("%+v: state %v, debug loop %q, want %q", c.opts, snap.State, snap.DebugLoop, c.want)
		}
		s.Close()
	}
}
