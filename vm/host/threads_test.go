package host

import (
	"io"
	"slices"
	"testing"

	"wasmstep/vm"
	"wasmstep/vm/load"
	"wasmstep/vm/source"
)

// runMutexExample runs examples/threads_mutex.wat's run(3, 200) as a
// program, deterministically from seed when seed is not nil.
func runMutexExample(t *testing.T, seed *uint64) (uint64, []vm.Turn) {
	t.Helper()
	store := vm.NewStore()
	prog, err := NewProgram(store, ProgramConfig{WASI: WASIConfig{Stdout: io.Discard, Stderr: io.Discard}, Output: io.Discard, SpawnThreads: true})
	if err != nil {
		t.Fatal(err)
	}
	defer prog.Close()
	if seed != nil {
		prog.Threads.Deterministic(*seed)
	}
	m, err := load.File(source.NewFileSet(), "../../examples/threads_mutex.wat")
	if err != nil {
		t.Fatal(err)
	}
	inst, err := prog.Linker.Instantiate(store, m.Info)
	if err != nil {
		t.Fatal(err)
	}
	res, err := prog.Threads.Invoke(inst.ExportedFunc("run"), vm.I32(3), vm.I32(200))
	if err != nil {
		t.Fatal(err)
	}
	return res[0].Bits, prog.Threads.Schedule()
}

// TestThreadsBothWays: the mutex example gives the same total on
// goroutines and under the scheduler with any seed; a seed repeats its
// interleaving exactly and another seed takes a different one.
func TestThreadsBothWays(t *testing.T) {
	if got, turns := runMutexExample(t, nil); got != 600 || turns != nil {
		t.Fatalf("goroutines: %d, %d turns", got, len(turns))
	}
	seeds := []uint64{1, 1, 2}
	var schedules [][]vm.Turn
	for _, seed := range seeds {
		got, turns := runMutexExample(t, &seed)
		if got != 600 {
			t.Fatalf("seed %d: %d, want 600", seed, got)
		}
		schedules = append(schedules, turns)
	}
	if !slices.Equal(schedules[0], schedules[1]) {
		t.Error("seed 1 interleaved differently on its second run")
	}
	if slices.Equal(schedules[0], schedules[2]) {
		t.Error("seeds 1 and 2 gave the same interleaving")
	}
}
