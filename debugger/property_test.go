package debugger

import (
	"fmt"
	"math/rand"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"wasmstep/internal/testsuite"
)

// stateDump renders everything a stop shows, with heap objects numbered by
// their order in the heap graph, so two runs that reach the same state
// (even with different Go objects) dump the same text.
func stateDump(s *Session) string {
	snap := s.Snapshot()
	g := s.Heap()
	// Unreachable objects last until Go collects them: not part of the state.
	g.Objects = slices.DeleteFunc(g.Objects, func(o HeapObject) bool { return o.Unreachable })
	canon := map[int]int{}
	for i, o := range g.Objects {
		canon[o.ID] = i
	}
	val := func(v Value) string {
		if v.Object >= 0 {
			return fmt.Sprintf("obj%d", canon[v.Object])
		}
		if v.Type.IsRef() {
			return v.Ref
		}
		return v.String()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "state %s steps %d results", snap.State, snap.Steps)
	for _, r := range snap.Results {
		fmt.Fprintf(&b, " %s", val(r))
	}
	b.WriteString("\n")
	for _, f := range snap.Frames {
		fmt.Fprintf(&b, "frame %s+%d stack", f.Location.FuncName, f.Location.Instr)
		for _, v := range f.Stack {
			fmt.Fprintf(&b, " %s", val(v))
		}
		b.WriteString(" locals")
		for _, l := range f.Locals {
			fmt.Fprintf(&b, " %s", val(l.Value))
		}
		b.WriteString("\n")
	}
	for _, gl := range snap.Globals {
		fmt.Fprintf(&b, "global %s %s\n", gl.Name, val(gl.Value))
	}
	for _, m := range snap.Memories {
		buf := make([]byte, m.Pages*65536)
		s.ReadMemory(m.Module, m.Index, 0, buf)
		sum := uint64(14695981039346656037)
		for _, c := range buf {
			sum = (sum ^ uint64(c)) * 1099511628211
		}
		fmt.Fprintf(&b, "memory %s pages %d fnv %x\n", m.Name, m.Pages, sum)
	}
	for _, t := range snap.Tables {
		fmt.Fprintf(&b, "table %s size %d:", t.Name, t.Size)
		for _, e := range s.TableEntries(t.Module, t.Index, 0, t.Size) {
			fmt.Fprintf(&b, " %s", val(e.Value))
		}
		b.WriteString("\n")
	}
	for i, o := range g.Objects {
		fmt.Fprintf(&b, "obj%d %s %s:", i, o.Kind, o.TypeName)
		for _, f := range o.Fields {
			fmt.Fprintf(&b, " %s=%s", f.Name, val(f.Value))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// checkReverse steps a call forward recording the state at every
// position, then jumps back by random amounts and forward again, checking
// each state against the recorded one. A trap stops at the position before
// the trapping instruction, so its position keeps the state before it.
func checkReverse(t *testing.T, s *Session, export string, args []string, maxSteps int, rng *rand.Rand) {
	t.Helper()
	states, n := forwardStates(t, s, export, args, maxSteps)
	for i := 0; i < 8 && n > 0; i++ {
		k := 1 + uint64(rng.Int63n(int64(n)))
		for range k {
			if _, err := s.StepBack(); err != nil {
				t.Fatalf("%s: step back: %v", export, err)
			}
		}
		if got := stateDump(s); got != states[n-k] {
			t.Fatalf("%s: %d forward then %d back:\n%s\nwant the state after %d forward:\n%s", export, n, k, got, n-k, states[n-k])
		}
		for range k {
			if _, err := s.StepInto(); err != nil {
				t.Fatalf("step failed: %v", err)
			}
		}
		if got := stateDump(s); got != states[n] {
			t.Fatalf("%s: back %d and forward again differs:\n%s\nwant\n%s", export, k, got, states[n])
		}
	}
}

func TestReverseMatchesForwardOnExamples(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, tc := range []struct {
		file, export string
		args         []string
	}{
		{"fact.wat", "store", []string{"4"}},
		{"fact.wat", "div", []string{"7", "0"}},
		{"gc.wat", "build", []string{"5"}},
	} {
		s := newTestSession(t, Options{checkpointEvery: 7}, tc.file)
		checkReverse(t, s, tc.export, tc.args, 300, rng)
	}
}

// suiteCases are modules of the official suite whose exports are called
// with zero (or null) arguments.
var suiteCases = []string{"fac.wast", "loop.wast", "memory_size.wast", "bulk-memory/memory_fill.wast",
	"bulk-memory/table_fill.wast", "gc/struct.wast", "gc/array.wast", "gc/i31.wast", "call_indirect.wast", "return_call_ref.wast", "call.wast", "memory_trap.wast",
	"gc/array_copy.wast", "br_if.wast"}

func TestReverseMatchesForwardOnSuiteModules(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	core := testsuite.Core(t)
	for _, name := range suiteCases {
		path := filepath.Join(core, name)
		s := NewSession(Options{checkpointEvery: 7})
		if err := s.LoadFiles(path); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		calls := 0
		for _, e := range s.Exports() {
			if e.Kind != 0 || calls >= 12 {
				continue
			}
			args := make([]string, len(e.Sig.Params))
			for i, p := range e.Sig.Params {
				args[i] = "0"
				if p.IsRef() {
					args[i] = "null"
				}
			}
			if _, err := s.Invoke(e.Name, args); err != nil {
				continue
			}
			calls++
			t.Run(name+"/"+e.Name, func(t *testing.T) { checkReverse(t, s, e.Name, args, 150, rng) })
		}
		if calls == 0 {
			t.Errorf("%s: no export could be called", name)
		}
	}
}

// genProgram writes a random program: arithmetic on locals, a counted
// loop, calls, memory stores and global updates.
func genProgram(rng *rand.Rand) string {
	var b strings.Builder
	b.WriteString("(module (memory 1) (global $g (mut i32) (i32.const 7))\n")
	b.WriteString("  (func $h (param i32) (result i32) (i32.add (local.get 0) (global.get $g)))\n")
	b.WriteString("  (func (export \"main\") (param $n i32) (result i32) (local $i i32) (local $x i32)\n")
	b.WriteString("    (loop $l\n")
	for range 3 + rng.Intn(6) {
		switch rng.Intn(5) {
		case 0:
			fmt.Fprintf(&b, "      (local.set $x (i32.add (local.get $x) (i32.const %d)))\n", rng.Intn(100))
		case 1:
			fmt.Fprintf(&b, "      (local.set $x (i32.mul (local.get $x) (i32.const %d)))\n", 1+rng.Intn(5))
		case 2:
			b.WriteString("      (i32.store (i32.mul (local.get $i) (i32.const 4)) (local.get $x))\n")
		case 3:
			b.WriteString("      (global.set $g (i32.xor (global.get $g) (local.get $x)))\n")
		case 4:
			b.WriteString("      (local.set $x (call $h (local.get $x)))\n")
		}
	}
	b.WriteString("      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n")
	b.WriteString("      (br_if $l (i32.lt_s (local.get $i) (local.get $n))))\n")
	b.WriteString("    (local.get $x)))\n")
	return b.String()
}

func TestReverseMatchesForwardOnGeneratedPrograms(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for i := range 12 {
		src := genProgram(rng)
		s := NewSession(Options{checkpointEvery: 7})
		if err := s.LoadSource(fmt.Sprintf("gen%d.wat", i), []byte(src)); err != nil {
			t.Fatalf("%v\n%s", err, src)
		}
		checkReverse(t, s, "main", []string{fmt.Sprint(1 + rng.Intn(6))}, 250, rng)
	}
}
