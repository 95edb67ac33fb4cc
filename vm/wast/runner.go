// Package wast runs .wast scripts, the language of the official WebAssembly
// test suite: it defines and instantiates modules, links them by registered
// names, performs actions and checks every assertion.
package wast

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"wasmstep/vm"
	"wasmstep/vm/host"
	"wasmstep/vm/load"
	"wasmstep/vm/source"
	"wasmstep/vm/wat"
)

// Failure is one failed assertion or command.
type Failure struct {
	Pos source.Position
	Msg string
}

func (f Failure) String() string {
	return fmt.Sprintf("%s:%d: %s", f.Pos.Filename, f.Pos.Line, f.Msg)
}

// Result counts a script's assertions.
type Result struct {
	File     string
	Passed   int
	Failed   int
	Failures []Failure
}

// Options tune a run.
type Options struct {
	// Output receives what the spectest print functions print; nil discards it.
	Output io.Writer
	// DebugForm runs every call in the debug form (one operation per
	// instruction, as the debugger steps) instead of the fused fast form.
	DebugForm bool
	// MaxSteps bounds the instructions of each call (0: 200,000,000).
	MaxSteps uint64
	// Timeout bounds the wall-clock time of each call (0: none).
	Timeout time.Duration
	// MaxMemory is the store's memory budget (vm.Store.MaxMemory; 0: none).
	MaxMemory uint64
}

// RunFile parses and runs one script.
func RunFile(path string, opts Options) (*Result, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	fs := source.NewFileSet()
	script, err := wat.ParseScript(fs, path, src)
	if err != nil {
		return nil, err
	}
	return Run(fs, script, opts), nil
}

// runner is the state of one script run.
type runner struct {
	fs        *source.FileSet
	store     *vm.Store
	linker    *host.Linker
	instances map[string]*vm.Instance
	defs      map[string]*load.Module
	lastDef   *load.Module
	current   *vm.Instance
	res       *Result
	debugForm bool
	out       io.Writer
	threads   map[string]*scriptThread // started and not yet waited for (threads.go)
	timeout   time.Duration
}

// Run runs a parsed script. A command that cannot run (a module that fails
// to load, an action on a missing export) counts as a failure, like a failed
// assertion; assertions that hold count as passed.
func Run(fs *source.FileSet, script *wat.Script, opts Options) *Result {
	out := opts.Output
	if out == nil {
		out = io.Discard
	}
	out = &lockedWriter{w: out} // script threads print through it at once
	store := vm.NewStore()
	// No suite script needs more than a few million steps; the bound turns a
	// machine bug that loops into a failed assertion instead of a hung run.
	store.MaxSteps = 200_000_000
	store.MaxMemory = opts.MaxMemory
	if opts.MaxSteps != 0 {
		store.MaxSteps = opts.MaxSteps
	}
	r := &runner{
		fs:        fs,
		store:     store,
		linker:    host.NewLinker(),
		instances: map[string]*vm.Instance{},
		defs:      map[string]*load.Module{},
		res:       &Result{File: script.File.Name()},
		debugForm: opts.DebugForm,
		out:       out,
		threads:   map[string]*scriptThread{},
		timeout:   opts.Timeout,
	}
	r.linker.Define("spectest", host.Spectest(store, out))
	for _, cmd := range script.Commands {
		r.command(cmd)
	}
	r.joinAll()
	return r.res
}

func (r *runner) pass() { r.res.Passed++ }

func (r *runner) fail(at source.Pos, format string, args ...any) {
	r.res.Failed++
	r.res.Failures = append(r.res.Failures, Failure{Pos: r.fs.Position(at), Msg: fmt.Sprintf(format, args...)})
}

// command runs one command, turning a panic anywhere below into a failure
// so that one broken construct cannot stop the rest of the script.
func (r *runner) command(cmd wat.Command) {
	defer func() {
		if p := recover(); p != nil {
			r.fail(cmd.Pos(), "internal error: %v", p)
		}
	}()
	switch c := cmd.(type) {
	case *wat.ModuleCmd:
		r.moduleCmd(c)
	case *wat.InstanceCmd:
		r.instanceCmd(c)
	case *wat.RegisterCmd:
		r.registerCmd(c)
	case *wat.ActionCmd:
		if _, err := r.act(&c.Action); err != nil {
			r.fail(c.Pos(), "action failed: %v", err)
		}
	case *wat.AssertReturn:
		r.assertReturn(c)
	case *wat.AssertTrap:
		r.assertTrap(c)
	case *wat.AssertExhaustion:
		r.assertExhaustion(c)
	case *wat.AssertException:
		r.assertException(c)
	case *wat.AssertModule:
		r.assertModule(c)
	case *wat.ThreadCmd:
		r.threadCmd(c)
	case *wat.WaitCmd:
		r.waitCmd(c)
	default:
		r.fail(cmd.Pos(), "unsupported command %T", cmd)
	}
}

// errorKind classifies an error for assertion checks.
func isTrap(err error) (*vm.Trap, bool) {
	var t *vm.Trap
	ok := errors.As(err, &t)
	return t, ok
}
