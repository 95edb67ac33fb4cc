package host

import (
	"io"

	"wasmstep/vm"
)

// Program is the host side of a wasmstep session: WASI preview 1, the
// spectest module and automatic imports installed on a Linker. The command
// line and the debugger both install one, so a module links the same way
// in both.
type Program struct {
	Linker  *Linker
	Auto    *AutoImports
	WASI    *WASI
	Threads *Threads // wasi-threads (threads.go)
}

// ProgramConfig configures a Program.
type ProgramConfig struct {
	WASI WASIConfig
	// Output receives what host functions print (console.log, stubs,
	// spectest); usually the same writer as WASI.Stdout.
	Output io.Writer
	// OnBind is told how each import was bound (--show-imports).
	OnBind func(Binding)
	// SpawnThreads lets wasi-threads' thread-spawn start threads (`run`).
	// Without it a spawn fails (-1) with a note on Output (the debugger
	// performs spawns itself, on its own schedule, and never calls it).
	SpawnThreads bool
}

// NewProgram builds a linker for a program running in s; the caller must
// Close the program.
func NewProgram(s *vm.Store, cfg ProgramConfig) (*Program, error) {
	return Install(NewLinker(), s, cfg)
}

// Install defines WASI and spectest in l and makes automatic imports its
// hook, for a program running in s (a session that owns its Linker calls
// this once per program, e.g. after a restart). It opens the preopened
// directories; the caller must Close the program.
func Install(l *Linker, s *vm.Store, cfg ProgramConfig) (*Program, error) {
	syncWriters(&cfg.Output, &cfg.WASI.Stdout, &cfg.WASI.Stderr) // threads may print at once
	w, err := NewWASI(cfg.WASI)
	if err != nil {
		return nil, err
	}
	l.Define(WASIModule, w.Exports())
	threads := newThreads(l, s)
	if !cfg.SpawnThreads {
		threads.refuse = cfg.Output
	}
	l.Define(WASIThreadsModule, threads.Exports())
	l.Define("spectest", Spectest(s, cfg.Output))
	auto := NewAutoImports(l, s, cfg.Output)
	auto.OnBind = cfg.OnBind
	return &Program{Linker: l, Auto: auto, WASI: w, Threads: threads}, nil
}

// Close stops the program's spawned threads and releases its open files
// and directories.
func (p *Program) Close() error {
	p.Threads.Stop()
	p.WASI.Close()
	return nil
}
