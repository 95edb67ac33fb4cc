package bench

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"wasmstep/vm"
	"wasmstep/vm/load"
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// Sequences counts the runs of two and three instructions a thread
// executes one after the other in the same function body: the candidates
// for fused operations (a fused form runs instructions that are adjacent
// in the code and executed together). block, loop, nop and end cost
// nothing in the fast form, so they neither count nor break a run; a
// taken branch, a call or a return does.
type Sequences struct {
	Pairs   map[[2]wasm.Op]uint64
	Triples map[[3]wasm.Op]uint64
	Instrs  uint64 // instructions seen, the free ones included

	limit uint64 // stop after this many instructions (0: never)
	fn    *vm.Function
	depth int
	pc    int
	last  []wasm.Op // the run so far, at most the last two
}

// NewSequences returns a counter whose Hook stops the run after limit
// instructions (0: never), so a long workload is sampled.
func NewSequences(limit uint64) *Sequences {
	return &Sequences{Pairs: map[[2]wasm.Op]uint64{}, Triples: map[[3]wasm.Op]uint64{}, limit: limit}
}

// Hook is a vm.Hook: it sees the instruction about to run.
func (s *Sequences) Hook(t *vm.Thread) bool {
	f, pc := t.At()
	if f == nil || f.Def == nil {
		s.last = s.last[:0]
		return false
	}
	s.Instrs++
	if f != s.fn || t.Depth() != s.depth || pc != s.pc+1 {
		s.last = s.last[:0]
	}
	s.fn, s.depth, s.pc = f, t.Depth(), pc
	op := f.Def.Body()[pc].Op
	switch op {
	case wasm.OpBlock, wasm.OpLoop, wasm.OpNop, wasm.OpEnd:
		return s.limit != 0 && s.Instrs >= s.limit
	}
	if n := len(s.last); n >= 1 {
		s.Pairs[[2]wasm.Op{s.last[n-1], op}]++
		if n == 2 {
			s.Triples[[3]wasm.Op{s.last[0], s.last[1], op}]++
			s.last = append(s.last[:0], s.last[1])
		}
	}
	s.last = append(s.last, op)
	return s.limit != 0 && s.Instrs >= s.limit
}

// Share is one sequence and the part of its kind's executions it takes.
type Share struct {
	Seq   string // the instructions' names, space-separated
	Share float64
}

// PairShares and TripleShares return the counted sequences by decreasing
// share of all pairs (triples) counted.
func (s *Sequences) PairShares() []Share {
	return shares(s.Pairs, func(k [2]wasm.Op) []string { return opNames(k[:]) })
}

func (s *Sequences) TripleShares() []Share {
	return shares(s.Triples, func(k [3]wasm.Op) []string { return opNames(k[:]) })
}

func opNames(ops []wasm.Op) []string {
	names := make([]string, len(ops))
	for i, op := range ops {
		names[i] = op.String()
	}
	return names
}

func shares[K comparable](m map[K]uint64, names func(K) []string) []Share {
	var total uint64
	for _, n := range m {
		total += n
	}
	out := make([]Share, 0, len(m))
	for k, n := range m {
		out = append(out, Share{Seq: strings.Join(names(k), " "), Share: float64(n) / float64(total)})
	}
	sortShares(out)
	return out
}

func sortShares(s []Share) {
	slices.SortFunc(s, func(a, b Share) int {
		if c := cmp.Compare(b.Share, a.Share); c != 0 {
			return c
		}
		return strings.Compare(a.Seq, b.Seq)
	})
}

// MeanShares averages share lists with equal weight each, so one workload
// that runs more instructions does not drown the others.
func MeanShares(lists ...[]Share) []Share {
	sum := map[string]float64{}
	for _, l := range lists {
		for _, s := range l {
			sum[s.Seq] += s.Share / float64(len(lists))
		}
	}
	out := make([]Share, 0, len(sum))
	for seq, v := range sum {
		out = append(out, Share{seq, v})
	}
	sortShares(out)
	return out
}

// WriteShares writes the first n shares as a Markdown table, with the
// running total.
func WriteShares(w io.Writer, title string, s []Share, n int) error {
	if _, err := fmt.Fprintf(w, "| %-40s | %6s | %6s |\n|%s|-------:|-------:|\n", title, "share", "total", strings.Repeat("-", 42)); err != nil {
		return err
	}
	var total float64
	for _, x := range s[:min(n, len(s))] {
		total += x.Share
		if _, err := fmt.Fprintf(w, "| %-40s | %5.1f%% | %5.1f%% |\n", x.Seq, 100*x.Share, 100*total); err != nil {
			return err
		}
	}
	return nil
}

// CountWorkload runs a workload in the debug loop under hook, to its end
// or until the hook stops it.
func CountWorkload(dir string, w Workload, hook vm.Hook) error {
	path := filepath.Join(dir, w.File)
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	m, err := load.Bytes(source.NewFileSet(), path, data)
	if err != nil {
		return err
	}
	store := vm.NewStore()
	inst, err := store.Instantiate(m.Info, nil)
	if err != nil {
		return err
	}
	f := inst.ExportedFunc(w.Func)
	if f == nil {
		return fmt.Errorf("%s: no exported function %q", w.Name, w.Func)
	}
	th := store.NewThread()
	if err := th.Start(f, []vm.Value{vm.I32(w.N)}); err != nil {
		return err
	}
	if r := th.RunDebug(hook); r == vm.StopError {
		return fmt.Errorf("%s: %w", w.Name, th.Err())
	}
	return nil
}
