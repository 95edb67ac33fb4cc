package debugger

import (
	"io"

	"wasmstep/vm"
	"wasmstep/vm/host"
)

// program is the linked, instantiated modules of the session.
type program struct {
	store  *vm.Store
	linker *host.Linker
	insts  []*vm.Instance // parallel to Session.units
	funcs  map[*vm.Function]funcRef
	closer io.Closer // what Options.Link opened for this program
}

// funcRef locates a wasm function in the session.
type funcRef struct {
	module int
	index  uint32
}

func (s *Session) newProgram() (*program, error) {
	st := vm.NewStore()
	if s.opts.MaxCallDepth > 0 {
		st.MaxCallDepth = s.opts.MaxCallDepth
	}
	p := &program{store: st, linker: host.NewLinker(), funcs: map[*vm.Function]funcRef{}}
	if s.opts.Link != nil {
		c, err := s.opts.Link(p.linker, st, s.out)
		if err != nil {
			return nil, err
		}
		p.closer = c
	}
	return p, nil
}

// Close releases what the program holds (e.g. WASI's open directories).
func (s *Session) Close() error {
	s.dropCall()
	if s.prog == nil || s.prog.closer == nil {
		return nil
	}
	err := s.prog.closer.Close()
	s.prog.closer = nil
	return err
}

// addUnit instantiates a newly loaded module into the program.
func (s *Session) addUnit(u *unit) error {
	if s.prog == nil {
		p, err := s.newProgram()
		if err != nil {
			return err
		}
		s.prog = p
		s.thread = s.prog.store.NewThread()
		s.thread.HostCall = s.callHost
	}
	if err := s.prog.instantiate(len(s.units), u); err != nil {
		return err
	}
	s.units = append(s.units, u)
	s.watchGrowth()
	s.observeWrites()
	if mayAllocate(u.mod.Module) {
		s.thread.OnAlloc = s.allocated
	}
	s.bps.resolveAll(s)
	return nil
}

func (p *program) instantiate(index int, u *unit) error {
	inst, err := p.linker.Instantiate(p.store, u.mod.Info)
	if err != nil {
		return err
	}
	p.insts = append(p.insts, inst)
	for _, name := range u.register {
		p.linker.Register(name, inst)
	}
	for i, f := range inst.Funcs {
		if f.Inst == inst && !f.IsHost() {
			p.funcs[f] = funcRef{module: index, index: uint32(i)}
		}
	}
	return nil
}

// Restart abandons the call in progress and instantiates every module
// afresh, keeping breakpoints and watchpoints.
func (s *Session) Restart() error {
	if err := s.Close(); err != nil {
		return err
	}
	units := s.units
	s.units, s.prog = nil, nil
	s.prev = stopState{}
	s.heap.init()
	for _, u := range units {
		if err := s.addUnit(u); err != nil {
			return err
		}
	}
	s.publish(s.idleSnapshot())
	return nil
}
