package bench_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"wasmstep/bench"
)

var seqLimit = flag.Uint64("seq-limit", 20_000_000, "TestInstructionPairs: instructions sampled from each workload (0: all)")

// TestInstructionPairs, with -report, counts the pairs and triples of
// adjacent instructions executed (dynamic counts through the debug hook)
// on the shared workloads, the first -seq-limit instructions of each, and
// on the Go program for wasip1, and prints the 30 most frequent with their
// share: the measurement that chooses fused operations.
func TestInstructionPairs(t *testing.T) {
	if !*report {
		t.Skip("the counts take minutes; run them with -report -v")
	}
	if !testing.Verbose() {
		t.Fatal("-report needs -v: go test hides the output of a passing test")
	}
	dir, ws := workloads(t)
	var pairs, triples [][]bench.Share
	for _, w := range ws {
		s, err := bench.CountWorkload(dir, w, *seqLimit)
		if err != nil {
			t.Error(err)
			continue
		}
		pairs, triples = append(pairs, s.PairShares()), append(triples, s.TripleShares())
	}
	fmt.Printf("Kernels: %d workloads, the first %d instructions of each, equal weight\n\n", len(pairs), *seqLimit)
	writeTop(t, "pair", bench.MeanShares(pairs...))
	writeTop(t, "triple", bench.MeanShares(triples...))

	maps := filepath.Join(t.TempDir(), "maps.wasm")
	goBuild(t, []string{"GOOS=wasip1", "GOARCH=wasm"}, "-o", maps, "./testdata/maps")
	var out bytes.Buffer
	p, err := bench.LoadProgram(maps, &out)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	s := bench.NewSequences(0)
	if err := p.Run(s.Hook); err != nil {
		t.Fatal(err)
	}
	fmt.Printf("Go program for wasip1 (testdata/maps): %d instructions, all of them\n\n", s.Instrs)
	writeTop(t, "pair", s.PairShares())
	writeTop(t, "triple", s.TripleShares())
}

func writeTop(t *testing.T, title string, s []bench.Share) {
	if err := bench.WriteShares(os.Stdout, title, s, 30); err != nil {
		t.Fatal(err)
	}
	fmt.Println()
}
