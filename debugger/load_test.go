package debugger

import (
	"os"
	"path/filepath"
	"testing"

	"wasmstep/vm/binary"
	"wasmstep/vm/source"
	"wasmstep/vm/wat"
)

func TestScriptModulesAreLinkedByName(t *testing.T) {
	ok := must(t)
	s := newTestSession(t, Options{}, "linked.wast")
	if len(s.Exports()) != 4 {
		t.Fatalf("exports: %+v", s.Exports())
	}
	ok(s.Invoke("quad", []string{"1"}))
	ok(s.StepInto())
	ok(s.StepInto())
	snap := ok(s.StepInto()) // the store, into the shared memory
	if len(snap.Memories) != 1 || !snap.Memories[0].Shared || len(snap.Memories[0].Written) != 1 {
		t.Fatalf("one shared memory written: %+v", snap.Memories)
	}
	snap = ok(s.Continue())
	if snap.Results[0].String() != "i32:404" {
		t.Fatalf("quad 1 = %v", snap.Results)
	}
	if len(snap.Globals) != 1 || snap.Globals[0].Value.String() != "i32:100" {
		t.Fatalf("globals: %+v", snap.Globals)
	}
}

func TestBinaryModulesAndRestart(t *testing.T) {
	ok := must(t)
	src, err := os.ReadFile(filepath.Join("testdata", "fact.wat"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := wat.ParseModule(source.NewFileSet(), "fact.wat", src)
	if err != nil {
		t.Fatal(err)
	}
	bin, err := binary.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	s := NewSession(Options{})
	if err := s.LoadSource("fact.wasm", bin); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakFunc, Func: "fact"}); err != nil {
		t.Fatal(err)
	}
	ok(s.Invoke("store", []string{"2"}))
	snap := ok(s.Continue())
	if snap.Reason != StopBreakpoint || snap.Current().Location.Start.Offset == 0 {
		t.Fatalf("breakpoint in a binary module: %s at %+v", snap.Reason, snap.Current().Location)
	}
	ok(s.Continue())
	snap = ok(s.Continue())
	if snap.State != StateFinished || snap.Globals[0].Value.String() != "i32:2" {
		t.Fatalf("finish: %s %+v", snap.State, snap.Globals)
	}
	if err := s.Restart(); err != nil {
		t.Fatal(err)
	}
	if g := s.Snapshot().Globals[0]; g.Value.String() != "i32:0" {
		t.Fatalf("after restart: %+v", g)
	}
	ok(s.Invoke("store", []string{"2"}))
	if snap := ok(s.Continue()); snap.Reason != StopBreakpoint {
		t.Fatalf("breakpoints survive a restart: %s", snap.Reason)
	}
}
