package debugger

import (
	"slices"
	"testing"

	"wasmstep/vm/source"
	"wasmstep/vm/wat"
)

func TestFeatures(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{`(module (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))`, nil},
		{`(module (memory 1) (memory i64 1) (func (memory.fill (i32.const 0) (i32.const 0) (i32.const 0))))`,
			[]string{"bulk memory", "multi-memory", "memory64"}},
		{`(module (type $p (struct (field i32))) (func (result i32 i32) (return_call $f)) (func $f (result i32 i32) (i32.const 1) (i32.const 2)))`,
			[]string{"multi-value", "tail calls", "GC"}},
		{`(module (tag $e) (func (param v128) (throw $e)))`, []string{"SIMD", "exceptions"}},
	}
	for _, tt := range tests {
		m, err := wat.ParseModule(source.NewFileSet(), "t.wat", []byte(tt.src))
		if err != nil {
			t.Fatal(err)
		}
		if got := Features(m); !slices.Equal(got, tt.want) {
			t.Errorf("%s: features %v, want %v", tt.src, got, tt.want)
		}
	}
}
