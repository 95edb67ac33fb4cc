package bench

import (
	"errors"
	"fmt"
	"io"

	"wasmstep/vm"
	"wasmstep/vm/host"
	"wasmstep/vm/load"
	"wasmstep/vm/source"
)

// Program is a WASI command (a Go program built for wasip1) instantiated in
// this process, for what only an in-process run shows: the size of its
// lowered code and the instructions it executes.
type Program struct {
	prog  *host.Program
	store *vm.Store
	inst  *vm.Instance
	start *vm.Function
}

// LoadProgram instantiates the WASI command at path with its standard
// output going to stdout.
func LoadProgram(path string, stdout io.Writer) (*Program, error) {
	m, err := load.File(source.NewFileSet(), path)
	if err != nil {
		return nil, err
	}
	store := vm.NewStore()
	prog, err := host.NewProgram(store, host.ProgramConfig{
		WASI:   host.WASIConfig{Args: []string{path}, Stdout: stdout, Stderr: stdout},
		Output: stdout,
	})
	if err != nil {
		return nil, err
	}
	inst, err := prog.Linker.Instantiate(store, m.Info)
	if err != nil {
		prog.Close()
		return nil, err
	}
	start := inst.ExportedFunc("_start")
	if start == nil {
		prog.Close()
		return nil, fmt.Errorf("%s: no _start", path)
	}
	return &Program{prog: prog, store: store, inst: inst, start: start}, nil
}

// Run runs _start to its end: in the fast loop when hook is nil, else in
// the debug loop calling hook (which must not stop) before every
// instruction. An exit with
// status 0 is success.
func (p *Program) Run(hook vm.Hook) error {
	th := p.store.NewThread()
	var err error
	if hook == nil {
		_, err = th.Invoke(p.start)
	} else if err = th.Start(p.start, nil); err == nil {
		if r := th.RunDebug(hook); r == vm.StopHook {
			return nil
		}
		err = th.Err()
	}
	var exit *host.ExitError
	if errors.As(err, &exit) && exit.Code == 0 {
		return nil
	}
	return err
}

// CodeSize adds up the fast forms of the functions a run lowered.
func (p *Program) CodeSize() vm.CodeSize {
	var total vm.CodeSize
	for _, f := range p.inst.Funcs {
		if s, ok := f.FastCodeSize(); ok {
			total.Instrs += s.Instrs
			total.Ops += s.Ops
			total.Bytes += s.Bytes
		}
	}
	return total
}

// Close releases the program's host resources.
func (p *Program) Close() error { return p.prog.Close() }
