package bench

import "wasmstep/vm"

// OpSequences counts the pairs and triples of fast-form operations run one
// after the other: what is left to fuse once lowering has folded operands
// (a local.get or a constant into the instruction that reads it, a compare
// into its branch). It follows a debug run, in which the hook sees every
// instruction: leaving instruction p runs the fast ops that complete p, in
// order, and two ops are adjacent when the second follows the first in the
// code (a taken branch, a call or a return breaks the run).
type OpSequences struct {
	Pairs   map[[2]string]uint64
	Triples map[[3]string]uint64
	Instrs  uint64

	limit     uint64
	completes map[*vm.Function][][]int // per function: body index -> the ops completing it
	names     map[*vm.Function][]string
	fn        *vm.Function
	depth, pc int
	lastOp    int
	last      []string
}

// NewOpSequences returns a counter whose Hook stops the run after limit
// instructions (0: never).
func NewOpSequences(limit uint64) *OpSequences {
	return &OpSequences{Pairs: map[[2]string]uint64{}, Triples: map[[3]string]uint64{}, limit: limit,
		completes: map[*vm.Function][][]int{}, names: map[*vm.Function][]string{}}
}

// Hook is a vm.Hook.
func (s *OpSequences) Hook(t *vm.Thread) bool {
	f, pc := t.At()
	if s.fn != nil {
		s.ran(s.fn, s.pc)
		if f != s.fn || t.Depth() != s.depth {
			s.last = s.last[:0]
		}
	}
	s.fn, s.depth, s.pc = nil, 0, 0
	if f != nil && f.Def != nil {
		s.fn, s.depth, s.pc = f, t.Depth(), pc
	}
	s.Instrs++
	return s.limit != 0 && s.Instrs >= s.limit
}

// ran adds the ops that complete instruction pc of f to the run.
func (s *OpSequences) ran(f *vm.Function, pc int) {
	comp, ok := s.completes[f]
	if !ok {
		ops := f.FastOps()
		comp = make([][]int, f.Def.BodyLen())
		names := make([]string, len(ops))
		for k, o := range ops {
			comp[o.At] = append(comp[o.At], k)
			names[k] = o.Handler
		}
		s.completes[f], s.names[f] = comp, names
	}
	for _, k := range comp[pc] {
		if k != s.lastOp+1 {
			s.last = s.last[:0]
		}
		s.lastOp = k
		name := s.names[f][k]
		if n := len(s.last); n >= 1 {
			s.Pairs[[2]string{s.last[n-1], name}]++
			if n == 2 {
				s.Triples[[3]string{s.last[0], s.last[1], name}]++
				s.last = append(s.last[:0], s.last[1])
			}
		}
		s.last = append(s.last, name)
	}
}

// PairShares and TripleShares return the counted sequences by decreasing
// share.
func (s *OpSequences) PairShares() []Share {
	return shares(s.Pairs, func(k [2]string) []string { return k[:] })
}

func (s *OpSequences) TripleShares() []Share {
	return shares(s.Triples, func(k [3]string) []string { return k[:] })
}
