package vm

import (
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wasmstep/vm/binary"
	"wasmstep/vm/source"
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
	"wasmstep/vm/wat"
)

// The official suite through this package alone: a small runner of the
// commands that exercise execution (the full runner is vm/wast). It runs
// every script in both lowered forms.

var suiteDir = flag.String("suite", "/work/shared/testsuite/core", "the official core test suite")
var suiteVerbose = flag.Bool("suite.v", false, "log every failing assertion")
var suiteOnly = flag.String("suite.only", "", "run only the scripts whose path contains this")

func TestSuite(t *testing.T) {
	if testing.Short() {
		t.Skip("suite skipped in -short mode")
	}
	var files []string
	filepath.WalkDir(*suiteDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".wast") && !strings.Contains(p, "simd") && strings.Contains(p, *suiteOnly) {
			files = append(files, p)
		}
		return nil
	})
	if len(files) == 0 {
		t.Skip("no suite at " + *suiteDir)
	}
	for _, form := range forms {
		var pass, fail int
		for _, f := range files {
			p, n, msgs := runScript(f, form.debug)
			pass += p
			fail += n
			if n > 0 {
				t.Errorf("%s %s: %d passed, %d failed", form.name, filepath.Base(f), p, n)
				if *suiteVerbose {
					for _, m := range msgs {
						t.Log(m)
					}
				}
			}
		}
		t.Logf("%s form: %d passed, %d failed", form.name, pass, fail)
	}
}

type scriptRun struct {
	fs        *source.FileSet
	store     *Store
	debug     bool
	instances map[string]*Instance
	defs      map[string]*validate.Info
	last      *Instance
	lastDef   *validate.Info
	registry  map[string]*Instance
	spectest  map[string]Extern
	skipped   bool // the command used a module that failed to load
}

func runScript(path string, debug bool) (pass, fail int, msgs []string) {
	src, err := os.ReadFile(path)
	if err != nil {
		return 0, 1, []string{err.Error()}
	}
	fs := source.NewFileSet()
	sc, err := wat.ParseScript(fs, path, src)
	if err != nil {
		return 0, 1, []string{err.Error()}
	}
	st := NewStore()
	st.MaxSteps = 50_000_000
	r := &scriptRun{fs: fs, store: st, debug: debug, instances: map[string]*Instance{},
		defs: map[string]*validate.Info{}, registry: map[string]*Instance{}, spectest: spectest()}
	for _, c := range sc.Commands {
		err := r.run(c)
		if err == errSkip {
			continue
		}
		if err != nil {
			fail++
			msgs = append(msgs, fmt.Sprintf("%s: %v", fs.Position(c.Pos()), err))
		} else {
			pass++
		}
	}
	return pass, fail, msgs
}

var errSkip = errors.New("skipped")

func (r *scriptRun) module(c *wat.ModuleCmd) (*validate.Info, error) {
	m := c.Module
	var err error
	switch c.Form {
	case wat.ModuleBinary:
		m, err = binary.Decode(r.fs.AddBinary("module", c.Binary))
	case wat.ModuleQuote:
		m, err = wat.ParseModule(r.fs, "quote", c.Quote)
	default:
		err = c.Err
	}
	if err != nil {
		return nil, err
	}
	return validate.Validate(m)
}

func (r *scriptRun) instantiate(info *validate.Info) (*Instance, error) {
	var imports []Extern
	for _, imp := range info.Module.Imports {
		var ext Extern
		if imp.Module == "spectest" {
			ext = r.spectest[imp.Name]
		} else if inst := r.registry[imp.Module]; inst != nil {
			ext = inst.Export(imp.Name)
		}
		imports = append(imports, ext)
	}
	return r.store.Instantiate(info, imports)
}

func (r *scriptRun) run(c wat.Command) error {
	err := r.command(c)
	if r.skipped {
		r.skipped = false
		return errSkip
	}
	return err
}

func (r *scriptRun) command(c wat.Command) error {
	switch c := c.(type) {
	case *wat.ModuleCmd:
		info, err := r.module(c)
		if err != nil {
			// A front end's or the validator's failure, not the machine's:
			// the commands on this module then fail with "no instance".
			r.last = nil
			return errSkip
		}
		r.lastDef = info
		if c.Name != "" {
			r.defs[c.Name] = info
		}
		if c.Definition {
			return nil
		}
		inst, err := r.instantiate(info)
		if err != nil {
			return err
		}
		r.last = inst
		if c.Name != "" {
			r.instances[c.Name] = inst
		}
	case *wat.InstanceCmd:
		info := r.lastDef
		if c.Module != "" {
			info = r.defs[c.Module]
		}
		inst, err := r.instantiate(info)
		if err != nil {
			return err
		}
		r.last = inst
		if c.Name != "" {
			r.instances[c.Name] = inst
		}
	case *wat.RegisterCmd:
		inst := r.last
		if c.Module != "" {
			inst = r.instances[c.Module]
		}
		r.registry[c.As] = inst
	case *wat.ActionCmd:
		_, err := r.action(&c.Action)
		return err
	case *wat.AssertReturn:
		got, err := r.action(&c.Action)
		if err != nil {
			return err
		}
		if len(got) != len(c.Results) {
			return fmt.Errorf("got %v, want %d results", got, len(c.Results))
		}
		for i, p := range c.Results {
			if !matches(got[i], p) {
				return fmt.Errorf("result %d: got %v", i, got[i])
			}
		}
	case *wat.AssertTrap:
		var err error
		if c.Action != nil {
			_, err = r.action(c.Action)
		} else {
			var info *validate.Info
			if info, err = r.module(c.Module); err == nil {
				_, err = r.instantiate(info)
			}
		}
		var tr *Trap
		if !errors.As(err, &tr) {
			return fmt.Errorf("want trap %q, got %v", c.Msg, err)
		}
		if !strings.HasPrefix(tr.Reason(), c.Msg) && !strings.HasPrefix(c.Msg, tr.Reason()) {
			return fmt.Errorf("want trap %q, got %q", c.Msg, tr.Reason())
		}
	case *wat.AssertExhaustion:
		_, err := r.action(&c.Action)
		var tr *Trap
		if !errors.As(err, &tr) || tr.Kind != TrapCallStackExhausted {
			return fmt.Errorf("want exhaustion, got %v", err)
		}
	case *wat.AssertException:
		_, err := r.action(&c.Action)
		var exn *Exception
		if !errors.As(err, &exn) {
			return fmt.Errorf("want exception, got %v", err)
		}
	case *wat.AssertModule:
		if c.Kind != wat.AssertUnlinkable && c.Kind != wat.AssertUninstantiable {
			return errSkip
		}
		info, err := r.module(c.Module)
		if err != nil {
			return fmt.Errorf("module: %v", err)
		}
		if _, err = r.instantiate(info); err == nil {
			return fmt.Errorf("want failure %q", c.Msg)
		}
	}
	return nil
}

func (r *scriptRun) action(a *wat.Action) ([]Value, error) {
	inst := r.last
	if a.Module != "" {
		inst = r.instances[a.Module]
	}
	if inst == nil {
		r.skipped = true
		return nil, errSkip
	}
	if a.Kind == wat.Get {
		g := inst.ExportedGlobal(a.Name)
		if g == nil {
			return nil, fmt.Errorf("no global %q", a.Name)
		}
		return []Value{g.Get()}, nil
	}
	f := inst.ExportedFunc(a.Name)
	if f == nil {
		return nil, fmt.Errorf("no function %q", a.Name)
	}
	args := make([]Value, len(a.Args))
	for i, c := range a.Args {
		args[i] = constValue(c)
	}
	th := r.store.NewThread()
	if !r.debug {
		return th.Invoke(f, args...)
	}
	th.debugMode = true
	if err := th.Start(f, args); err != nil {
		return nil, err
	}
	th.stepLimit = r.store.MaxSteps
	switch th.RunDebug(nil) {
	case StopDone:
		return th.Results(), nil
	case StopStepLimit:
		return nil, th.newTrap(TrapStepLimit)
	}
	return nil, th.Err()
}

type hostRef uint32

func constValue(c wat.Const) Value {
	switch c.Kind {
	case wat.ConstRefNull:
		return RefNull(c.Heap)
	case wat.ConstExtern:
		return ExternRef(hostRef(c.N))
	case wat.ConstHost:
		return Value{Type: wasm.AnyRef, Ref: internalized{hostRef(c.N)}}
	}
	return Value{Type: c.Type, Bits: c.Bits, Hi: c.Hi}
}

func matches(v Value, p wat.ResultPattern) bool {
	switch p.Kind {
	case wat.PatConst:
		want := constValue(p.Const)
		if want.Type.IsRef() {
			if p.Const.Kind == wat.ConstRefNull {
				return v.Ref == nil
			}
			return v.Ref == want.Ref
		}
		return v.Bits == want.Bits && v.Hi == want.Hi
	case wat.PatNaNCanonical, wat.PatNaNArithmetic:
		if p.Type.Kind == wasm.KindF32 {
			b := uint32(v.Bits)
			if p.Kind == wat.PatNaNCanonical {
				return b&0x7FFFFFFF == 0x7FC00000
			}
			return b&0x7FC00000 == 0x7FC00000
		}
		if p.Kind == wat.PatNaNCanonical {
			return v.Bits&math.MaxInt64 == 0x7FF8000000000000
		}
		return v.Bits&0x7FF8000000000000 == 0x7FF8000000000000
	case wat.PatRefNull:
		return v.Ref == nil
	case wat.PatRef:
		if v.Ref == nil {
			return false
		}
		if p.Heap == wasm.HeapExtern {
			return true
		}
		return refMatches(v.Ref, wasm.RefType(false, p.Heap))
	case wat.PatEither:
		for _, a := range p.Alts {
			if matches(v, a) {
				return true
			}
		}
	}
	return false
}

func spectest() map[string]Extern {
	print := func(params ...wasm.ValType) *Function {
		return NewHostFunc(wasm.FuncType{Params: params}, "print", func(*CallContext, []Value) ([]Value, error) { return nil, nil })
	}
	mem, _ := NewMemory(wasm.MemType{Limits: wasm.Limits{Min: 1, Max: 2, HasMax: true}}, 0)
	tab, _ := NewTable(wasm.TableType{Limits: wasm.Limits{Min: 10, Max: 20, HasMax: true}, Elem: wasm.FuncRef}, nil)
	tab64, _ := NewTable(wasm.TableType{Addr64: true, Limits: wasm.Limits{Min: 10, Max: 20, HasMax: true}, Elem: wasm.FuncRef}, nil)
	return map[string]Extern{
		"print":         print(),
		"print_i32":     print(wasm.I32),
		"print_i64":     print(wasm.I64),
		"print_f32":     print(wasm.F32),
		"print_f64":     print(wasm.F64),
		"print_i32_f32": print(wasm.I32, wasm.F32),
		"print_f64_f64": print(wasm.F64, wasm.F64),
		"global_i32":    NewGlobal(wasm.GlobalType{Type: wasm.I32}, I32(666)),
		"global_i64":    NewGlobal(wasm.GlobalType{Type: wasm.I64}, I64(666)),
		"global_f32":    NewGlobal(wasm.GlobalType{Type: wasm.F32}, F32(666.6)),
		"global_f64":    NewGlobal(wasm.GlobalType{Type: wasm.F64}, F64(666.6)),
		"table":         tab,
		"table64":       tab64,
		"memory":        mem,
	}
}
