package host

import (
	"fmt"
	"io"

	"wasmstep/vm"
	"wasmstep/vm/wasm"
)

// Spectest returns the exports of the "spectest" module the official test
// suite imports, as the reference interpreter defines it: globals holding
// 666 or 666.6, a table of 10 to 20 funcrefs (and its table64 twin), a
// memory of 1 to 2 pages, and print functions that write each argument to
// out as "VALUE : TYPE".
func Spectest(s *vm.Store, out io.Writer) map[string]vm.Extern {
	exports := map[string]vm.Extern{
		"global_i32": vm.NewGlobal(wasm.GlobalType{Type: wasm.I32}, vm.I32(666)),
		"global_i64": vm.NewGlobal(wasm.GlobalType{Type: wasm.I64}, vm.I64(666)),
		"global_f32": vm.NewGlobal(wasm.GlobalType{Type: wasm.F32}, vm.F32(666.6)),
		"global_f64": vm.NewGlobal(wasm.GlobalType{Type: wasm.F64}, vm.F64(666.6)),
	}
	limits := wasm.Limits{Min: 10, Max: 20, HasMax: true}
	if t, ok := s.NewTable(wasm.TableType{Limits: limits, Elem: wasm.FuncRef}, nil); ok {
		exports["table"] = t
	}
	if t, ok := s.NewTable(wasm.TableType{Addr64: true, Limits: limits, Elem: wasm.FuncRef}, nil); ok {
		exports["table64"] = t
	}
	if m, ok := vm.NewMemory(wasm.MemType{Limits: wasm.Limits{Min: 1, Max: 2, HasMax: true}}, s.MaxMemoryBytes); ok {
		exports["memory"] = m
	}
	prints := map[string][]wasm.ValType{
		"print":         nil,
		"print_i32":     {wasm.I32},
		"print_i64":     {wasm.I64},
		"print_f32":     {wasm.F32},
		"print_f64":     {wasm.F64},
		"print_i32_f32": {wasm.I32, wasm.F32},
		"print_f64_f64": {wasm.F64, wasm.F64},
	}
	for name, params := range prints {
		exports[name] = vm.NewHostFunc(wasm.FuncType{Params: params}, name, printValues(out))
	}
	return exports
}

// printValues writes each argument on its own line, as the reference
// interpreter's spectest does.
func printValues(out io.Writer) vm.HostFunc {
	return func(_ *vm.CallContext, args []vm.Value) ([]vm.Value, error) {
		for _, a := range args {
			fmt.Fprintf(out, "%s : %s\n", plainValue(a), a.Type)
		}
		return nil, nil
	}
}
