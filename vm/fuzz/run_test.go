// Package fuzz holds fuzz targets that take a module from its text or binary
// form through validation, instantiation and calls of its exports, to check
// that no input makes the pipeline panic or hang.
package fuzz

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"testing"
	"time"

	"wasmstep/vm"
	"wasmstep/vm/host"
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

// Resource bounds for one input: small enough that every input finishes
// quickly, large enough that real suite modules run for a while.
const (
	maxSteps       = 1_000_000
	maxCallDepth   = 200
	maxMemoryBytes = 16 << 20
	maxTableSize   = 1 << 16 // entries
	maxArrayBytes  = 16 << 20
	maxMemory      = 256 << 20 // the budget over all of them
	maxCalls       = 64        // exports called per input
	// hangTimeout is far above what the bounds above allow; an input still
	// running then is stuck in something the limits do not reach.
	hangTimeout = 20 * time.Second
	// maxWait caps each memory.atomic.wait: no other thread can notify.
	maxWait = 10 * time.Millisecond
)

// runModule validates m, instantiates it against the spectest host module
// (and automatic stand-ins for other imports) and calls its exported
// functions with zero arguments. Rejections and traps are fine; a Go panic
// escapes to the fuzzer, an internal VM error fails the test and so does a
// hang.
func runModule(t *testing.T, m *wasm.Module) {
	t.Helper()
	guard := time.AfterFunc(hangTimeout, func() {
		buf := make([]byte, 1<<20)
		n := runtime.Stack(buf, true)
		panic(fmt.Sprintf("input still running after %v:\n%s", hangTimeout, buf[:n]))
	})
	defer guard.Stop()

	info, err := validate.Validate(m)
	if err != nil {
		return
	}
	store := &vm.Store{MaxCallDepth: maxCallDepth, MaxMemoryBytes: maxMemoryBytes,
		MaxTableEntries: maxTableSize, MaxArrayBytes: maxArrayBytes, MaxSteps: maxSteps, MaxWait: maxWait, MaxMemory: maxMemory}
	linker := host.NewLinker()
	linker.Define("spectest", host.Spectest(store, io.Discard))
	// Imports nothing defines get stand-ins, so that modules written to
	// import from other suite modules run too.
	host.NewAutoImports(linker, store, io.Discard)
	inst, err := linker.Instantiate(store, info)
	failOnInternal(t, "instantiate", err)
	if err != nil {
		return
	}
	calls := 0
	for _, e := range m.Exports {
		if e.Kind != wasm.ExternFunc || calls == maxCalls {
			continue
		}
		f := inst.ExportedFunc(e.Name)
		args, ok := zeroArgs(f.Type.Params)
		if !ok {
			continue
		}
		calls++
		_, err := store.Invoke(f, args...)
		failOnInternal(t, fmt.Sprintf("call of %q", e.Name), err)
	}
}

// zeroArgs returns the default value of each parameter type; a
// non-nullable reference has none, so such a function is not called.
func zeroArgs(params []wasm.ValType) ([]vm.Value, bool) {
	args := make([]vm.Value, len(params))
	for i, p := range params {
		if !p.Defaultable() {
			return nil, false
		}
		args[i] = vm.ZeroValue(p)
	}
	return args, true
}

// failOnInternal fails on a recovered panic of the VM, which is a bug.
func failOnInternal(t *testing.T, what string, err error) {
	t.Helper()
	var ie *vm.InternalError
	if errors.As(err, &ie) {
		t.Fatalf("%s: %v\n%s", what, ie.Panic, ie.Stack)
	}
}
