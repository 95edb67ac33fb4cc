package debugger

import (
	"io"
	"math/rand"
	"path/filepath"
	"testing"

	"wasmstep/internal/testsuite"
	"wasmstep/vm"
	"wasmstep/vm/host"
	"wasmstep/vm/wasm"
)

// exampleSession loads examples/legacy_exceptions.wat with its console.log
// import bound as the command line binds it.
func exampleSession(t *testing.T, opts Options) *Session {
	t.Helper()
	opts.Link = func(l *host.Linker, st *vm.Store, out io.Writer) (io.Closer, error) {
		return host.Install(l, st, host.ProgramConfig{Output: out})
	}
	s := NewSession(opts)
	if err := s.LoadFiles(filepath.Join("..", "examples", "legacy_exceptions.wat")); err != nil {
		t.Fatal(err)
	}
	return s
}

// Stepping through a legacy try: the blocks around each stop name the try
// and, inside a handler, the catch; a catch's stack effect gives its tag's
// values; the source highlight is the instruction's own text.
func TestSteppingThroughLegacyTry(t *testing.T) {
	s := exampleSession(t, Options{})
	kinds := func(snap *Snapshot) []wasm.Op {
		var ks []wasm.Op
		for _, b := range snap.Frames[0].Blocks {
			ks = append(ks, b.Kind)
		}
		return ks
	}
	// lookup_or_default 3 returns normally: past the middle try's end, the
	// outer try's body falls through its first catch.
	snap, err := s.Invoke("lookup_or_default", []string{"3"})
	if err != nil {
		t.Fatal(err)
	}
	sawCatch := false
	for snap.State == StateStopped {
		loc := snap.Frames[0].Location
		if loc.FuncName == `"lookup_or_default"` && loc.Op == wasm.OpCatch {
			sawCatch = true
			if snap.Next.Sig != "[] -> [i32]" {
				t.Errorf("catch $not_found: stack effect %q, want [] -> [i32]", snap.Next.Sig)
			}
			if got := kinds(snap); len(got) != 1 || got[0] != wasm.OpTry {
				t.Errorf("at the catch, blocks %v, want the outer try", got)
			}
			if loc.Start.Line != 33 {
				t.Errorf("catch highlighted at line %d, want 33", loc.Start.Line)
			}
		}
		if snap, err = s.StepInto(); err != nil {
			t.Fatal(err)
		}
	}
	if !sawCatch {
		t.Error("never stopped at the catch the try's body falls through")
	}
	// lookup_or_default 12 throws: the next stop after the throw is the
	// first instruction of the outer handler, inside a catch block.
	if snap, err = s.Invoke("lookup_or_default", []string{"12"}); err != nil {
		t.Fatal(err)
	}
	for snap.State == StateStopped && snap.Frames[0].Location.Op != wasm.OpThrow {
		if snap, err = s.StepInto(); err != nil {
			t.Fatal(err)
		}
	}
	if snap, err = s.StepInto(); err != nil {
		t.Fatal(err)
	}
	loc := snap.Frames[0].Location
	if loc.FuncName != `"lookup_or_default"` || loc.Op != wasm.OpCall || loc.Start.Line != 35 {
		t.Fatalf("after the throw: %s %s at line %d, want the handler's call $log at line 35", loc.FuncName, loc.Text, loc.Start.Line)
	}
	if got := kinds(snap); len(got) != 1 || got[0] != wasm.OpCatch {
		t.Errorf("in the handler, blocks %v, want one catch", got)
	}
	if st := snap.Frames[0].Stack; len(st) != 1 || st[0].String() != "i32:12" {
		t.Errorf("in the handler, stack %v, want the key i32:12", st)
	}
}

// Stepping back through throws, handlers, delegates and rethrows restores
// exactly the states stepping forward went through.
func TestReverseMatchesForwardThroughLegacyExceptions(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	s := exampleSession(t, Options{checkpointEvery: 5})
	for _, c := range []struct {
		export string
		args   []string
	}{{"lookup_or_default", []string{"12"}}, {"lookup_or_default", []string{"-1"}}, {"strict_lookup", []string{"-1"}}} {
		checkReverse(t, s, c.export, c.args, 200, rng)
	}
	dir := testsuite.Legacy(t)
	for _, name := range []string{"rethrow.wast", "try_catch.wast", "try_delegate.wast"} {
		s := NewSession(Options{checkpointEvery: 3})
		if err := s.LoadFiles(filepath.Join(dir, "exceptions", "core", name)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		calls := 0
		for _, e := range s.Exports() {
			if e.Kind != 0 {
				continue
			}
			args := make([]string, len(e.Sig.Params))
			for i := range args {
				args[i] = "0"
			}
			if _, err := s.Invoke(e.Name, args); err != nil {
				continue
			}
			calls++
			t.Run(name+"/"+e.Name, func(t *testing.T) { checkReverse(t, s, e.Name, args, 100, rng) })
		}
		if calls == 0 {
			t.Errorf("%s: no export could be called", name)
		}
	}
}
