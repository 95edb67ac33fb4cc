package cli

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"wasmstep/vm"
	"wasmstep/vm/host"
	"wasmstep/vm/load"
	"wasmstep/vm/source"
)

func init() {
	register("run", "run FILE... [--invoke NAME [ARG...]]... [--dir HOST[::GUEST]]... [--env NAME=VALUE]... [--show-imports] [--show-features] [--schedule-seed N] [--max-steps N] [--timeout DURATION] [--max-memory SIZE] [-- ARGS...]", runRun)
}

// runRun instantiates the files as one linked program and makes the calls
// in order; with no --invoke, a WASI command's _start runs.
func runRun(e *env, args []string) int {
	ra, err := parseRunArgs(args)
	if err != nil {
		fmt.Fprintf(e.stderr, "wasmstep run: %v\n", err)
		return exitError
	}
	store := vm.NewStore()
	store.MaxSteps = ra.limits.maxSteps
	store.MaxMemory = ra.limits.memory()
	stopper := &interrupter{wake: ra.interrupt}
	cfg := host.ProgramConfig{
		WASI:         ra.wasi(e.stdin, e.stdout, e.stderr),
		Output:       e.stdout,
		SpawnThreads: true,
	}
	if ra.showImports {
		cfg.OnBind = func(b host.Binding) { fmt.Fprintln(e.stderr, b) }
	}
	prog, err := host.NewProgram(store, cfg)
	if err != nil {
		fmt.Fprintf(e.stderr, "wasmstep run: %v\n", err)
		return exitError
	}
	defer prog.Close()
	if ra.schedule != nil {
		prog.Threads.Deterministic(*ra.schedule)
	}

	var insts []*vm.Instance
	fset := source.NewFileSet()
	for _, path := range ra.files {
		m, err := load.File(fset, path)
		if err != nil {
			fmt.Fprintln(e.stderr, err)
			return exitError
		}
		if ra.showFeatures {
			printFeatures(e.stderr, path, m.Module)
		}
		inst, err := prog.Linker.Instantiate(store, m.Info)
		if err != nil {
			return reportRunError(e.stderr, err)
		}
		prog.Linker.Register(moduleName(m, path), inst)
		insts = append(insts, inst)
	}
	calls := ra.calls
	if len(calls) == 0 {
		if findExport(insts, "_start") == nil {
			return exitOK
		}
		calls = []runCall{{name: "_start"}}
	}
	for _, c := range calls {
		if status, ok := runOneCall(e, store, prog, insts, c, stopper, ra.limits); !ok {
			return status
		}
	}
	return exitOK
}

// runOneCall makes one call and prints its results; ok is false when the
// run must stop with status.
func runOneCall(e *env, store *vm.Store, prog *host.Program, insts []*vm.Instance, c runCall, stopper *interrupter, limits runLimits) (status int, ok bool) {
	f := findExport(insts, c.name)
	if f == nil {
		fmt.Fprintf(e.stderr, "wasmstep run: no module exports a function %q\n", c.name)
		return exitError, false
	}
	if len(c.args) != len(f.Type.Params) {
		fmt.Fprintf(e.stderr, "wasmstep run: %s takes %d arguments (%s), got %d\n", c.name, len(f.Type.Params), f.Type, len(c.args))
		return exitError, false
	}
	args := make([]vm.Value, len(c.args))
	for i, s := range c.args {
		v, err := host.ParseValue(f.Type.Params[i], s)
		if err != nil {
			fmt.Fprintf(e.stderr, "wasmstep run: %s argument %d: %v\n", c.name, i+1, err)
			return exitError, false
		}
		args[i] = v
	}
	th := store.NewThread()
	results, stopped, err := stopper.run(th, limits, func() ([]vm.Value, error) { return prog.Threads.InvokeOn(th, f, args...) })
	if stopped != "" {
		fmt.Fprintf(e.stderr, "wasmstep run: %s\n  at %s\n", stopped, whereStopped(th))
		return exitTrap, false
	}
	if err != nil {
		return reportRunError(e.stderr, err), false
	}
	for _, r := range results {
		fmt.Fprintln(e.stdout, r)
	}
	return exitOK, true
}

// findExport finds an exported function, the latest module first.
func findExport(insts []*vm.Instance, name string) *vm.Function {
	for i := len(insts) - 1; i >= 0; i-- {
		if f := insts[i].ExportedFunc(name); f != nil {
			return f
		}
	}
	return nil
}

// moduleName is the name later modules import a module by: its $id (or
// the name section's), else the file name without its extension.
func moduleName(m *load.Module, path string) string {
	switch {
	case m.Module.Name != "":
		return m.Module.Name
	case m.Module.Names.Module != "":
		return m.Module.Names.Module
	}
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
}

// reportRunError prints a failed instantiation or call and returns the
// exit status: the program's own for proc_exit, 1 for a trap or an
// uncaught exception, 2 for a link error.
func reportRunError(w io.Writer, err error) int {
	var exit *host.ExitError
	var trap *vm.Trap
	var exn *vm.Exception
	switch {
	case errors.As(err, &exit):
		return exitStatus(w, exit.Code)
	case errors.As(err, &trap):
		fmt.Fprintf(w, "trap: %s\n", trap.Reason())
		if at := trapLocation(trap); at != "" {
			fmt.Fprintf(w, "  at %s\n", at)
		}
		nameThread(w, err)
		return exitTrap
	case errors.As(err, &exn):
		fmt.Fprintln(w, exn)
		nameThread(w, err)
		return exitTrap
	case errors.Is(err, vm.ErrDeadlock):
		fmt.Fprintln(w, vm.ErrDeadlock)
		return exitTrap
	}
	fmt.Fprintln(w, err)
	return exitError
}

// trapLocation renders where a trap happened: file:line:col in $func.
func trapLocation(t *vm.Trap) string {
	f := t.Func
	if f == nil || f.Def == nil || t.PC < 0 || t.PC >= f.Def.BodyLen() || f.Inst.Module.File == nil {
		return ""
	}
	return fmt.Sprintf("%s in %s", f.Inst.Module.File.Position(f.Def.Body()[t.PC].Pos), f)
}

// nameThread says which thread failed, once the program has spawned any.
func nameThread(w io.Writer, err error) {
	var te *host.ThreadError
	switch {
	case !errors.As(err, &te) || !te.Spawned:
	case te.TID == 0:
		fmt.Fprintln(w, "  in the main thread")
	default:
		fmt.Fprintf(w, "  in thread %d\n", te.TID)
	}
}
