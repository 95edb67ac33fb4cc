package bench

import (
	"fmt"

	"wasmstep/vm"
	"wasmstep/vm/load"
	"wasmstep/vm/source"
)

// Wasmstep is wasmstep's own VM. Modules go through the project's loader
// (decode and validate) and run in a Store with its default limits.
func Wasmstep() Engine { return wasmstepEngine{} }

type wasmstepEngine struct{}

func (wasmstepEngine) Name() string { return "wasmstep" }

func (wasmstepEngine) Load(name string, wasm []byte, fn string) (Runner, error) {
	m, err := load.Bytes(source.NewFileSet(), name, wasm)
	if err != nil {
		return nil, err
	}
	store := vm.NewStore()
	inst, err := store.Instantiate(m.Info, nil)
	if err != nil {
		return nil, err
	}
	f := inst.ExportedFunc(fn)
	if f == nil {
		return nil, fmt.Errorf("%s: no exported function %q", name, fn)
	}
	return &wasmstepRunner{store: store, fn: f}, nil
}

type wasmstepRunner struct {
	store *vm.Store
	fn    *vm.Function
}

func (r *wasmstepRunner) Run(n int32) (int64, error) {
	res, err := r.store.Invoke(r.fn, vm.I32(n))
	if err != nil {
		return 0, err
	}
	if len(res) != 1 {
		return 0, fmt.Errorf("%d results, want 1", len(res))
	}
	return res[0].I64(), nil
}

func (r *wasmstepRunner) Close() error { return nil }
