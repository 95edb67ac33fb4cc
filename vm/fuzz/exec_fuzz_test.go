package fuzz

import (
	"testing"

	"wasmstep/vm/binary"
	"wasmstep/vm/source"
	"wasmstep/vm/wat"
)

// FuzzExecBinary decodes the input as a binary module, then validates,
// instantiates and calls it.
func FuzzExecBinary(f *testing.F) {
	for _, s := range append(binarySeeds(f), robustBinarySeeds()...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := binary.Decode(source.NewFileSet().AddBinary("fuzz.wasm", b))
		if err != nil {
			return
		}
		runModule(t, m)
	})
}

// FuzzExecText parses the input as a text module, then validates,
// instantiates and calls it.
func FuzzExecText(f *testing.F) {
	for _, s := range textSeeds(f) {
		f.Add(s)
	}
	for _, s := range robustSeeds() {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		m, err := wat.ParseModule(source.NewFileSet(), "fuzz.wat", src)
		if err != nil {
			return
		}
		runModule(t, m)
	})
}
