package bench

import (
	"bytes"
	"strings"
	"testing"

	"wasmstep/vm"
	"wasmstep/vm/source"
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
	"wasmstep/vm/wat"
)

// runLoop runs a counted loop of 9 instructions n times under hook and
// returns the loop's function.
func runLoop(t *testing.T, n int32, hook vm.Hook) *vm.Function {
	t.Helper()
	src := `(module (func (export "run") (param i32) (result i64) (local i64)
	  (loop
	    local.get 1 i64.const 1 i64.add local.set 1
	    local.get 0 i32.const 1 i32.sub local.tee 0
	    br_if 0)
	  local.get 1))`
	m, err := wat.ParseModule(source.NewFileSet(), "loop.wat", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	info, err := validate.Validate(m)
	if err != nil {
		t.Fatal(err)
	}
	store := vm.NewStore()
	inst, err := store.Instantiate(info, nil)
	if err != nil {
		t.Fatal(err)
	}
	f := inst.ExportedFunc("run")
	th := store.NewThread()
	if err := th.Start(f, []vm.Value{vm.I32(n)}); err != nil {
		t.Fatal(err)
	}
	th.RunDebug(hook)
	return f
}

func countLoop(t *testing.T, n int32, limit uint64) *Sequences {
	s := NewSequences(limit)
	runLoop(t, n, s.Hook)
	return s
}

func TestSequencesCountAdjacentInstructions(t *testing.T) {
	s := countLoop(t, 3, 0)
	sum := func(m map[[2]wasm.Op]uint64) (n uint64) {
		for _, v := range m {
			n += v
		}
		return n
	}
	// 8 pairs in each of 3 iterations; the taken br_if breaks the run, the
	// last one falls through the loop's end (free) to local.get.
	if got := sum(s.Pairs); got != 25 {
		t.Errorf("%d pairs, want 25", got)
	}
	if got := s.Pairs[[2]wasm.Op{wasm.OpLocalGet, wasm.OpI64Const}]; got != 3 {
		t.Errorf("local.get i64.const: %d, want 3", got)
	}
	if got := s.Pairs[[2]wasm.Op{wasm.OpBrIf, wasm.OpLocalGet}]; got != 1 {
		t.Errorf("br_if local.get: %d, want 1 (the fall-through only)", got)
	}
	if got := s.Triples[[3]wasm.Op{wasm.OpI32Sub, wasm.OpLocalTee, wasm.OpBrIf}]; got != 3 {
		t.Errorf("i32.sub local.tee br_if: %d, want 3", got)
	}
	if len(s.Pairs) != 9 || len(s.Triples) != 8 {
		t.Errorf("%d distinct pairs and %d triples, want 9 and 8", len(s.Pairs), len(s.Triples))
	}
	// Eight pairs tie at 3 of 25; ties go by name.
	if top := s.PairShares()[0]; top.Seq != "i32.const i32.sub" || top.Share != 3.0/25 {
		t.Errorf("top pair %+v, want i32.const i32.sub at 0.12", top)
	}
}

func TestSequencesLimitStopsTheRun(t *testing.T) {
	s := countLoop(t, 1000, 50)
	if s.Instrs != 50 {
		t.Errorf("%d instructions seen, want the limit of 50", s.Instrs)
	}
}

func TestMeanSharesAndWriteShares(t *testing.T) {
	a := []Share{{"x y", 0.75}, {"y z", 0.25}}
	b := []Share{{"y z", 1}}
	got := MeanShares(a, b)
	want := []Share{{"y z", 0.625}, {"x y", 0.375}}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("MeanShares = %v, want %v", got, want)
	}
	var buf bytes.Buffer
	if err := WriteShares(&buf, "pair", got, 1); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(buf.String()), "\n"); len(lines) != 3 || !strings.Contains(lines[2], "| y z") || !strings.Contains(lines[2], "62.5%") {
		t.Errorf("WriteShares:\n%s", buf.String())
	}
}

func TestOpSequencesFollowTheCode(t *testing.T) {
	total := func(n int32) (uint64, *OpSequences, *vm.Function) {
		s := NewOpSequences(0)
		f := runLoop(t, n, s.Hook)
		var sum uint64
		for _, v := range s.Pairs {
			sum += v
		}
		return sum, s, f
	}
	three, _, _ := total(3)
	six, s, f := total(6)
	if six <= three || (six-three)%3 != 0 {
		t.Errorf("%d op pairs over 3 iterations, %d over 6: want the same number more for each", three, six)
	}
	ops := f.FastOps()
	adjacent := map[[2]string]bool{}
	for k := 1; k < len(ops); k++ {
		adjacent[[2]string{ops[k-1].Handler, ops[k].Handler}] = true
	}
	for p := range s.Pairs {
		if !adjacent[p] {
			t.Errorf("pair %v: not adjacent in the fast form %v", p, ops)
		}
	}
}
