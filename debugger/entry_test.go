package debugger

import (
	"testing"

	"wasmstep/vm/wasm"
)

func TestEntryPoint(t *testing.T) {
	fn := func(name string, params ...wasm.ValType) Export {
		return Export{Name: name, Kind: wasm.ExternFunc, Sig: wasm.FuncType{Params: params}}
	}
	mem := Export{Name: "memory", Kind: wasm.ExternMem}
	i32 := wasm.ValType{Kind: wasm.KindI32}
	tests := []struct {
		exports []Export
		want    string // "" when there is no entry point
	}{
		{[]Export{fn("main"), fn("_start"), mem}, "_start"},
		{[]Export{fn("add", i32, i32), fn("show"), mem}, "show"},
		{[]Export{fn("a"), fn("b")}, ""},
		{[]Export{fn("add", i32), mem}, ""},
		{nil, ""},
	}
	for _, tt := range tests {
		got, err := EntryPoint(tt.exports)
		if got != tt.want || (err == nil) != (tt.want != "") {
			t.Errorf("EntryPoint(%v) = %q, %v; want %q", tt.exports, got, err, tt.want)
		}
	}
}
