package bench

import (
	"context"
	"fmt"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
)

// Wazero is wazero's interpreter (not its compiler): the reference an
// interpreter is measured against.
func Wazero() Engine { return wazeroEngine{} }

type wazeroEngine struct{}

func (wazeroEngine) Name() string { return "wazero" }

func (wazeroEngine) Load(name string, wasm []byte, fn string) (Runner, error) {
	ctx := context.Background()
	rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigInterpreter())
	mod, err := rt.Instantiate(ctx, wasm)
	if err != nil {
		rt.Close(ctx)
		return nil, err
	}
	f := mod.ExportedFunction(fn)
	if f == nil {
		rt.Close(ctx)
		return nil, fmt.Errorf("%s: no exported function %q", name, fn)
	}
	return &wazeroRunner{rt: rt, fn: f}, nil
}

type wazeroRunner struct {
	rt wazero.Runtime
	fn api.Function
}

func (r *wazeroRunner) Run(n int32) (int64, error) {
	res, err := r.fn.Call(context.Background(), api.EncodeI32(n))
	if err != nil {
		return 0, err
	}
	if len(res) != 1 {
		return 0, fmt.Errorf("%d results, want 1", len(res))
	}
	return int64(res[0]), nil
}

func (r *wazeroRunner) Close() error { return r.rt.Close(context.Background()) }
