package vm

import (
	"errors"
	"testing"

	"wasmstep/vm/wasm"
)

func TestStepAndBreakpoint(t *testing.T) {
	inst := loadWat(t, "basic.wat")
	f := inst.ExportedFunc("sum")
	th := inst.Store.NewThread()
	if err := th.Start(f, []Value{I32(3)}); err != nil {
		t.Fatal(err)
	}
	// Step the first instructions one by one: block, loop, local.get, ...
	for want := 0; want < 4; want++ {
		if _, at := th.At(); at != want {
			t.Fatalf("before step %d: at %d", want, at)
		}
		if r := th.Step(); r != StopStep {
			t.Fatalf("step: %s", r)
		}
	}
	// Break on the accumulating local.set; it runs once per iteration.
	body := f.Def.Body()
	set := -1
	for i, in := range body {
		if in.Op == wasm.OpLocalSet && in.X == 2 {
			set = i
			break
		}
	}
	f.SetBreakpoint(set, true)
	hits := 0
	for {
		r := th.Run()
		if r == StopDone {
			break
		}
		if r != StopBreakpoint {
			t.Fatalf("run: %s (%v)", r, th.Err())
		}
		hits++
		if _, at := th.At(); at != set {
			t.Fatalf("stopped at %d, want %d", at, set)
		}
		fr := th.Frame(0)
		if len(fr.Locals) != 3 || len(fr.Stack) != 1 || fr.Stack[0].Type != wasm.I32 {
			t.Fatalf("frame: %+v", fr)
		}
		if want := fr.Locals[2].I32() + fr.Locals[1].I32(); fr.Stack[0].I32() != want {
			t.Fatalf("stack %v, want acc+i = %d", fr.Stack, want)
		}
	}
	f.SetBreakpoint(set, false)
	if hits != 3 || th.Results()[0].I32() != 3 {
		t.Fatalf("hits %d, results %v", hits, th.Results())
	}
	if res, err := inst.Store.Invoke(f, I32(100)); err != nil || res[0].I32() != 4950 {
		t.Fatalf("after clearing: %v %v", res, err)
	}
}

func TestHookAndCallStack(t *testing.T) {
	inst := loadWat(t, "basic.wat")
	th := inst.Store.NewThread()
	if err := th.Start(inst.ExportedFunc("fac"), []Value{I64(5)}); err != nil {
		t.Fatal(err)
	}
	maxDepth := 0
	r := th.RunDebug(func(t *Thread) bool {
		maxDepth = max(maxDepth, t.Depth())
		return t.Depth() == 4
	})
	if r != StopHook || th.Depth() != 4 {
		t.Fatalf("stop %s at depth %d", r, th.Depth())
	}
	caller := th.Frame(1)
	if caller.Func.Def.Body()[caller.PC].Op != wasm.OpCall || caller.Locals[0].I64() != 3 {
		t.Fatalf("caller frame: %+v", caller)
	}
	if r := th.Run(); r != StopDone || th.Results()[0].I64() != 120 || maxDepth != 4 {
		t.Fatalf("resume: %s %v depth %d", r, th.Results(), maxDepth)
	}
}

func TestHostFunctionAndException(t *testing.T) {
	const src = `(module
	  (import "env" "peek" (func $peek (param i32) (result i32)))
	  (tag $e (param i32))
	  (memory (export "mem") 1)
	  (data (i32.const 16) "\2a")
	  (func (export "peek16") (result i32) (call $peek (i32.const 16)))
	  (func (export "throw") (param i32) (throw $e (local.get 0)))
	  (func (export "catch") (param i32) (result i32)
	    (block $h (result i32)
	      (try_table (catch $e $h) (throw $e (local.get 0)))
	      (i32.const -1))))`
	info := validateWat(t, src)
	peek := NewHostFunc(wasm.FuncType{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}}, "peek",
		func(ctx *CallContext, args []Value) ([]Value, error) {
			var b [1]byte
			if !ctx.Memory(0).ReadAt(b[:], uint64(args[0].I32())) {
				return nil, errors.New("bad address")
			}
			return []Value{I32(int32(b[0]))}, nil
		})
	st := NewStore()
	inst, err := st.Instantiate(info, []Extern{peek})
	if err != nil {
		t.Fatal(err)
	}
	for _, form := range forms {
		if res, err := call(t, inst, form.debug, "peek16"); err != nil || res[0].I32() != 42 {
			t.Errorf("%s peek16: %v %v", form.name, res, err)
		}
		if res, err := call(t, inst, form.debug, "catch", I32(7)); err != nil || res[0].I32() != 7 {
			t.Errorf("%s catch: %v %v", form.name, res, err)
		}
		_, err := call(t, inst, form.debug, "throw", I32(9))
		var exn *Exception
		if !errors.As(err, &exn) || exn.Payload[0].I32() != 9 {
			t.Errorf("%s throw: %v", form.name, err)
		}
	}
	if _, err := st.Instantiate(info, []Extern{inst.ExportedMemory("mem")}); err == nil {
		t.Error("a memory linked as a function import")
	}
}

func TestSparseMemory64(t *testing.T) {
	mt := wasm.MemType{Addr64: true, Limits: wasm.Limits{Min: 16 << 14}} // 16 GiB
	m, ok := NewMemory(mt, 0)
	if !ok || m.Size() != 16<<30 {
		t.Fatalf("memory: %v", ok)
	}
	if !m.WriteAt([]byte{1, 2, 3}, 15<<30) || len(m.chunks) != 1 {
		t.Fatalf("write: %d chunks", len(m.chunks))
	}
	var b [4]byte
	if !m.ReadAt(b[:], 15<<30-1) || b != [4]byte{0, 1, 2, 3} {
		t.Fatalf("read %v", b)
	}
	if m.ReadAt(b[:], 16<<30-2) {
		t.Fatal("read past the end")
	}
}
