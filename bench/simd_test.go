package bench_test

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"wasmstep/bench"
	wasmbinary "wasmstep/vm/binary"
	"wasmstep/vm/source"
	"wasmstep/vm/wat"
)

// The SIMD workload lives here as text (the shared workloads are compiled
// C without vector code); it is assembled to binary for both engines, and
// named as binary when loaded.
const (
	simdFile   = "simd_dot.wat"
	simdBinary = "simd_dot.wasm"
)

func simdWorkload(n int32) bench.Workload {
	return bench.Workload{Name: "simd_dot", File: simdFile, Func: "run", N: n, Expected: simdReference(n)}
}

// simdModule assembles testdata/simd_dot.wat.
func simdModule(tb testing.TB) []byte {
	tb.Helper()
	path := filepath.Join("testdata", simdFile)
	src, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	m, err := wat.ParseModule(source.NewFileSet(), path, src)
	if err != nil {
		tb.Fatal(err)
	}
	wasm, err := wasmbinary.Encode(m)
	if err != nil {
		tb.Fatal(err)
	}
	return wasm
}

// simdReference computes run(n) of simd_dot.wat in plain Go.
func simdReference(n int32) int64 {
	const lanes = 4096
	var mem [2 * lanes * 4]byte
	var dot int64
	for i := range uint32(lanes) {
		a, b := int32(i*37%201)-100, int32(i*11%97)-48
		binary.LittleEndian.PutUint32(mem[4*i:], uint32(a))
		binary.LittleEndian.PutUint32(mem[4*(lanes+i):], uint32(b))
		dot += int64(a * b)
	}
	var count int64
	for _, c := range mem {
		if c == 42 {
			count++
		}
	}
	return int64(n) * (dot + count)
}

// TestSIMDWorkload checks the workload's result on both engines.
func TestSIMDWorkload(t *testing.T) {
	wasm := simdModule(t)
	w := simdWorkload(3)
	for _, e := range []bench.Engine{bench.Wasmstep(), bench.Wazero()} {
		r, err := e.Load(simdBinary, wasm, w.Func)
		if err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		if err := bench.Call(r, w); err != nil {
			t.Errorf("%s: %v", e.Name(), err)
		}
		r.Close()
	}
}

// BenchmarkSIMD times the SIMD workload on each engine.
func BenchmarkSIMD(b *testing.B) {
	wasm := simdModule(b)
	w := simdWorkload(300)
	for _, e := range []bench.Engine{bench.Wasmstep(), bench.Wazero()} {
		b.Run(e.Name(), func(b *testing.B) {
			r, err := e.Load(simdBinary, wasm, w.Func)
			if err != nil {
				b.Fatal(err)
			}
			defer r.Close()
			for b.Loop() {
				if err := bench.Call(r, w); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
