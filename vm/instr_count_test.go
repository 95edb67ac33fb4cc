package vm

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"wasmstep/internal/testsuite"
	"wasmstep/vm/source"
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
	"wasmstep/vm/wat"
)

// countPoint is where a thread is: its depth, function and next
// instruction.
type countPoint struct {
	depth int
	fn    *Function
	pc    int
}

func pointOf(th *Thread) countPoint {
	f, pc := th.At()
	return countPoint{th.Depth(), f, pc}
}

// maxCountPoints bounds the debug trace of one call.
const maxCountPoints = 1 << 21

// countRun is one run of a call: the instruction counts at its host calls
// and at its end, and how it ended.
type countRun struct {
	hostCalls []uint64
	end       uint64
	reason    StopReason
}

// debugCounts runs f in the debug form and returns where it is before each
// instruction (indexed by the count of instructions run before it).
func debugCounts(t *testing.T, th *Thread, f *Function, args []Value) ([]countPoint, countRun, bool) {
	t.Helper()
	var run countRun
	th.HostCall = func(hf *Function, ctx *CallContext, a []Value) ([]Value, error) {
		run.hostCalls = append(run.hostCalls, th.Steps())
		return hf.Host(ctx, a)
	}
	defer func() { th.HostCall = nil }()
	th.UseDebugForm(true)
	if err := th.Start(f, args); err != nil {
		t.Fatal(err)
	}
	var points []countPoint
	run.reason = th.RunDebug(func(th *Thread) bool {
		if uint64(len(points)) != th.Steps() {
			t.Fatalf("debug form: instruction %d counted as %d", len(points), th.Steps())
		}
		points = append(points, pointOf(th))
		return len(points) > maxCountPoints
	})
	run.end = th.Steps()
	return points, run, run.reason != StopHook
}

// checkFastCounts runs f in the fast form, pausing it every interval ops,
// and fails where its count differs from the debug form's: at every pause
// (the debug form was at the same place after the same count), at every
// host call and at the end (a result, a trap or an uncaught exception).
func checkFastCounts(t *testing.T, what string, th *Thread, f *Function, args []Value, points []countPoint, want countRun, interval int) {
	t.Helper()
	defer func(n int) { pollInterval = n }(pollInterval)
	pollInterval = interval
	var got countRun
	th.HostCall = func(hf *Function, ctx *CallContext, a []Value) ([]Value, error) {
		got.hostCalls = append(got.hostCalls, th.Steps())
		return hf.Host(ctx, a)
	}
	defer func() { th.HostCall = nil }()
	th.UseDebugForm(false)
	if err := th.Start(f, args); err != nil {
		t.Fatal(err)
	}
	for {
		th.Pause()
		got.reason = th.Run()
		if got.reason != StopPaused {
			break
		}
		n := th.Steps()
		if n >= uint64(len(points)) {
			t.Fatalf("%s: fast form paused after %d instructions; the debug form ran %d", what, n, len(points))
		}
		if p := pointOf(th); p != points[n] {
			t.Fatalf("%s: fast form paused after %d instructions at depth %d %s instruction %d; the debug form was at depth %d %s instruction %d",
				what, n, p.depth, p.fn, p.pc, points[n].depth, points[n].fn, points[n].pc)
		}
	}
	got.end = th.Steps()
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("%s: fast form: %v: host calls at %v, ended (%s) after %d instructions; debug form: host calls at %v, ended (%s) after %d",
			what, th.Err(), got.hostCalls, got.reason, got.end, want.hostCalls, want.reason, want.end)
	}
}

// checkCall runs f in both forms from the same store state and compares
// their counts.
func checkCall(t *testing.T, what string, inst *Instance, f *Function, args []Value, interval int) bool {
	t.Helper()
	st := inst.Store.Checkpoint(inst)
	defer inst.Store.Release(st)
	points, want, ok := debugCounts(t, inst.Store.NewThread(), f, args)
	if !ok {
		return false
	}
	if err := inst.Store.Restore(st); err != nil {
		t.Fatal(err)
	}
	// Each pause converts every frame: long calls pause less often.
	interval = max(interval, len(points)/2000)
	checkFastCounts(t, what, inst.Store.NewThread(), f, args, points, want, interval)
	return true
}

// TestInstrCountSuite compares the forms' counts over every invocation of
// the official suite's modules that import nothing and take numbers.
func TestInstrCountSuite(t *testing.T) {
	calls := 0
	for _, path := range testsuite.Scripts(t) {
		name := filepath.Base(path)
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		script, err := wat.ParseScript(source.NewFileSet(), name, src)
		if err != nil {
			continue // scripts this parser rejects are the wast runner's business
		}
		var inst *Instance
		for _, cmd := range script.Commands {
			var a *wat.Action
			switch c := cmd.(type) {
			case *wat.ModuleCmd:
				inst = suiteInstance(c)
			case *wat.AssertReturn:
				a = &c.Action
			case *wat.AssertTrap:
				a = c.Action
			case *wat.AssertExhaustion:
				a = &c.Action
			case *wat.AssertException:
				a = &c.Action
			case *wat.ActionCmd:
				a = &c.Action
			}
			if inst == nil || a == nil || a.Kind != wat.Invoke || a.Module != "" {
				continue
			}
			f := inst.ExportedFunc(a.Name)
			args, ok := numericArgs(a.Args)
			if f == nil || !ok {
				continue
			}
			if checkCall(t, name+" "+a.Name, inst, f, args, 1+calls%3) {
				calls++
			}
		}
	}
	t.Logf("%d calls checked", calls)
	if calls < 5000 {
		t.Fatalf("only %d calls checked", calls)
	}
}

// TestInstrCountTestdata compares the forms' counts over the exports of
// the machine's own test modules and of the examples that take no
// arguments or integers, with host calls, exceptions and tail calls.
func TestInstrCountTestdata(t *testing.T) {
	files := []string{"instr_count.wat", "fused.wat", "basic.wat", "legacy_eh.wat", "simd.wat"}
	for i := range files {
		files[i] = filepath.Join("testdata", files[i])
	}
	examples, err := filepath.Glob(filepath.Join("..", "examples", "*.wat"))
	if err != nil || len(examples) == 0 {
		t.Fatal("no examples", err)
	}
	calls := 0
	for _, path := range append(files, examples...) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		m, err := wat.ParseModule(source.NewFileSet(), path, src)
		if err != nil {
			t.Fatal(err)
		}
		info, err := validate.Validate(m)
		if err != nil {
			t.Fatal(err)
		}
		imports, ok := countImports(m)
		if !ok {
			continue
		}
		inst, err := NewStore().Instantiate(info, imports)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range m.Exports {
			f := inst.ExportedFunc(e.Name)
			if f == nil || f.Host != nil {
				continue
			}
			for _, arg := range []int32{0, 1, 5, 37, -3} {
				args, ok := countArgs(f.Type, arg)
				if !ok {
					break
				}
				for _, interval := range []int{1, 3} {
					if checkCall(t, fmt.Sprintf("%s %s(%d) every %d ops", path, e.Name, arg, interval), inst, f, args, interval) {
						calls++
					}
				}
			}
		}
	}
	t.Logf("%d calls checked", calls)
}

// countArgs gives every parameter of an all-integer type the value arg.
func countArgs(ft wasm.FuncType, arg int32) ([]Value, bool) {
	var args []Value
	for _, p := range ft.Params {
		switch p.Kind {
		case wasm.KindI32:
			args = append(args, I32(arg))
		case wasm.KindI64:
			args = append(args, I64(int64(arg)))
		default:
			return nil, false
		}
	}
	return args, true
}

// countImports links a module's function imports: env.tick* (i32) -> i32
// returns its argument plus one, any other returns zeros. A module that
// imports anything else, or references, is not linked (false).
func countImports(m *wasm.Module) ([]Extern, bool) {
	var ex []Extern
	for _, im := range m.Imports {
		if im.Desc.Kind != wasm.ExternFunc {
			return nil, false
		}
		ft, ok := m.FuncType(im.Desc.Func)
		if !ok || slices.ContainsFunc(append(ft.Params, ft.Results...), wasm.ValType.IsRef) {
			return nil, false
		}
		results := ft.Results
		tick := im.Module == "env" && strings.HasPrefix(im.Name, "tick")
		ex = append(ex, NewHostFunc(ft, im.Name, func(ctx *CallContext, args []Value) ([]Value, error) {
			if tick {
				return []Value{I32(args[0].I32() + 1)}, nil
			}
			out := make([]Value, len(results))
			for i, r := range results {
				out[i] = Value{Type: r}
			}
			return out, nil
		}))
	}
	return ex, true
}
