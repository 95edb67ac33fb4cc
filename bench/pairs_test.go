package bench_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"wasmstep/bench"
	"wasmstep/vm"
)

var seqLimit = flag.Uint64("seq-limit", 20_000_000, "TestInstructionPairs: instructions sampled from each workload (0: all)")

// TestInstructionPairs, with -report, counts the pairs and triples of
// adjacent instructions executed (dynamic counts through the debug hook),
// and of the fast form's operations they run, on the shared workloads (the
// first -seq-limit instructions of each) and on the Go program for
// wasip1, and prints the 30 most frequent with their share: the
// measurement that chooses fused operations.
func TestInstructionPairs(t *testing.T) {
	if !*report {
		t.Skip("the counts take minutes; run them with -report -v")
	}
	if !testing.Verbose() {
		t.Fatal("-report needs -v: go test hides the output of a passing test")
	}
	dir, ws := workloads(t)
	var kernels []counts
	for _, w := range ws {
		c := newCounts(*seqLimit)
		if err := bench.CountWorkload(dir, w, c.hook); err != nil {
			t.Error(err)
			continue
		}
		kernels = append(kernels, c)
	}
	fmt.Printf("Kernels: %d workloads, the first %d instructions of each, equal weight\n\n", len(kernels), *seqLimit)
	for _, table := range []struct {
		title string
		of    func(counts) []bench.Share
	}{
		{"instruction pair", func(c counts) []bench.Share { return c.instrs.PairShares() }},
		{"instruction triple", func(c counts) []bench.Share { return c.instrs.TripleShares() }},
		{"fast-form op pair", func(c counts) []bench.Share { return c.ops.PairShares() }},
		{"fast-form op triple", func(c counts) []bench.Share { return c.ops.TripleShares() }},
	} {
		var lists [][]bench.Share
		for _, c := range kernels {
			lists = append(lists, table.of(c))
		}
		writeTop(t, table.title, bench.MeanShares(lists...))
	}

	maps := filepath.Join(t.TempDir(), "maps.wasm")
	goBuild(t, []string{"GOOS=wasip1", "GOARCH=wasm"}, "-o", maps, "./testdata/maps")
	var out bytes.Buffer
	p, err := bench.LoadProgram(maps, &out)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	c := newCounts(0)
	if err := p.Run(c.hook); err != nil {
		t.Fatal(err)
	}
	fmt.Printf("Go program for wasip1 (testdata/maps): %d instructions, all of them\n\n", c.instrs.Instrs)
	writeTop(t, "instruction pair", c.instrs.PairShares())
	writeTop(t, "instruction triple", c.instrs.TripleShares())
	writeTop(t, "fast-form op pair", c.ops.PairShares())
	writeTop(t, "fast-form op triple", c.ops.TripleShares())
}

// counts follows one run at both levels: the instructions and the fast
// form's operations.
type counts struct {
	instrs *bench.Sequences
	ops    *bench.OpSequences
}

func newCounts(limit uint64) counts {
	return counts{bench.NewSequences(limit), bench.NewOpSequences(limit)}
}

// hook feeds both counters; they share the limit, so they stop together.
func (c counts) hook(t *vm.Thread) bool {
	stop := c.instrs.Hook(t)
	return c.ops.Hook(t) || stop
}

func writeTop(t *testing.T, title string, s []bench.Share) {
	if err := bench.WriteShares(os.Stdout, title, s, 30); err != nil {
		t.Fatal(err)
	}
	fmt.Println()
}
