package vm

import (
	"os"
	"path/filepath"
	"testing"

	"wasmstep/vm/source"
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
	"wasmstep/vm/wat"
)

// suiteCheckpointScripts are official suite scripts whose modules mutate
// memories, tables, globals and GC objects (only modules without imports
// and numeric arguments are exercised).
var suiteCheckpointScripts = []string{
	"fac.wast", "loop.wast", "global.wast", "memory_grow.wast", "table_grow.wast",
	"bulk-memory/bulk.wast", "bulk-memory/memory_copy.wast", "bulk-memory/memory_fill.wast",
	"bulk-memory/memory_init.wast", "bulk-memory/table_copy.wast", "bulk-memory/table_init.wast",
	"gc/array.wast", "gc/array_copy.wast", "gc/array_fill.wast", "gc/array_init_data.wast",
	"gc/struct.wast",
}

// TestSuiteCheckpoints runs every invoke of the scripts' modules in the
// debug form with a checkpoint at the call's start and another after a few
// steps; restoring either and running on must give the same results and
// store state as the first run, and the module then goes on to the next
// command from that state.
func TestSuiteCheckpoints(t *testing.T) {
	dir := "/work/shared/testsuite/core"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no test suite:", err)
	}
	calls := 0
	for _, name := range suiteCheckpointScripts {
		src, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		script, err := wat.ParseScript(source.NewFileSet(), name, src)
		if err != nil {
			t.Fatal(err)
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
			checkSuiteCall(t, name+" "+a.Name, inst, f, args, []uint64{3, 40}[calls%2])
			calls++
		}
	}
	t.Logf("%d calls checked", calls)
	if calls < 1000 {
		t.Fatalf("only %d calls checked", calls)
	}
}

// suiteInstance instantiates a text module without imports, or returns nil.
func suiteInstance(c *wat.ModuleCmd) *Instance {
	if c.Form != wat.ModuleText || c.Module == nil || c.Definition || len(c.Module.Imports) > 0 {
		return nil
	}
	info, err := validate.Validate(c.Module)
	if err != nil {
		return nil
	}
	inst, err := NewStore().Instantiate(info, nil)
	if err != nil {
		return nil
	}
	return inst
}

func numericArgs(cs []wat.Const) ([]Value, bool) {
	var vs []Value
	for _, c := range cs {
		if c.Kind != wat.ConstNum || c.Type.Kind == wasm.KindRef {
			return nil, false
		}
		vs = append(vs, Value{Type: c.Type, Bits: c.Bits, Hi: c.Hi})
	}
	return vs, true
}

// checkSuiteCall runs f three times from the same state: straight through,
// from a checkpoint k steps in, and from the checkpoint at its start.
func checkSuiteCall(t *testing.T, what string, inst *Instance, f *Function, args []Value, k uint64) {
	t.Helper()
	c := &ckRun{inst, inst.Store.NewThread()}
	c.th.UseDebugForm(true)
	atStart := inst.Store.Checkpoint(inst)
	if err := c.th.Start(f, args); err != nil {
		t.Fatal(err)
	}
	ts0 := c.th.Checkpoint()
	c.advance(k, true)
	ts1, ss1 := c.th.Checkpoint(), inst.Store.Checkpoint(inst)
	c.advance(1<<40, true)
	want := c.observe()
	for _, back := range []struct {
		th *ThreadState
		st *StoreState
	}{{ts1, ss1}, {ts0, atStart}} {
		if err := inst.Store.Restore(back.st); err != nil {
			t.Fatal(err)
		}
		c.th.Restore(back.th)
		c.advance(1<<40, true)
		if got := c.observe(); got != want {
			t.Fatalf("%s (checkpoint at step %d): after restore\n%s\nwant\n%s", what, back.th.Steps(), got, want)
		}
	}
	inst.Store.Release(atStart)
}
