package debugger

import (
	"io"
	"testing"

	"wasmstep/vm"
	"wasmstep/vm/host"
)

// What a host call writes into memory is recorded as it happens and
// written back by replays: random bytes from WASI's random_get come out
// the same whichever way a position is reached, in a memory bigger than
// any copy of it before each call would allow.
func TestReplaysServeHostWrites(t *testing.T) {
	const src = `(module
	  (import "wasi_snapshot_preview1" "random_get" (func $random (param i32 i32) (result i32)))
	  (memory 400) ;; 25 MiB
	  (func (export "main") (result i32) (local $i i32)
	    (loop $l
	      (drop (call $random (i32.add (i32.const 0x1000000) (i32.mul (local.get $i) (i32.const 16))) (i32.const 16)))
	      (local.set $i (i32.add (local.get $i) (i32.const 1)))
	      (br_if $l (i32.lt_u (local.get $i) (i32.const 50))))
	    (i32.load (i32.const 0x1000100))))`
	s := NewSession(Options{checkpointEvery: 40, Link: func(l *host.Linker, st *vm.Store, out io.Writer) (io.Closer, error) {
		return host.Install(l, st, host.ProgramConfig{Output: out, WASI: host.WASIConfig{Stdout: out, Stderr: out}})
	}})
	if err := s.LoadSource("random.wat", []byte(src)); err != nil {
		t.Fatal(err)
	}
	must(t)(s.Invoke("main", nil))
	end := must(t)(s.Continue())
	want := stateDump(s)
	for _, at := range []uint64{end.Steps / 3, 5, end.Steps / 2} {
		must(t)(s.Goto(at))
		must(t)(s.Goto(end.Steps))
		if got := stateDump(s); got != want {
			t.Fatalf("back to %d and forward again:\n%s\nwant\n%s", at, got, want)
		}
	}
	if back := must(t)(s.StepBack()); back.Steps != end.Steps-1 {
		t.Fatalf("history lost: step back to %d", back.Steps)
	}
}
