package validate

import (
	"math/rand/v2"
	"os"
	"runtime/debug"
	"testing"

	"wasmstep/internal/testsuite"
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
	"wasmstep/vm/wat"
)

// TestCorruptModulesDoNotPanic validates suite modules whose instruction
// immediates and types were scrambled: validation must return errors,
// never panic.
func TestCorruptModulesDoNotPanic(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	scramble := func(x uint32) uint32 {
		switch rng.IntN(4) {
		case 0:
			return x + 1
		case 1:
			return rng.Uint32()
		}
		return x
	}
	n := 0
	for _, path := range testsuite.Scripts(t) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		s, err := wat.ParseScript(source.NewFileSet(), path, src)
		if err != nil {
			continue
		}
		for _, c := range s.Commands {
			mc, ok := c.(*wat.ModuleCmd)
			if !ok || mc.Module == nil {
				continue
			}
			m := mc.Module
			for i := range m.Funcs {
				body := append([]wasm.Instr(nil), m.Funcs[i].Body()...)
				for j := range body {
					in := &body[j]
					in.X, in.Y = scramble(in.X), scramble(in.Y)
					if in.Ref.Heap >= 0 && rng.IntN(4) == 0 {
						in.Ref.Heap = wasm.HeapType(rng.IntN(100))
					}
					if bt := in.Block(); bt.Kind == wasm.BlockIndex {
						bt.Index = scramble(bt.Index)
						in.SetBlock(bt)
					}
					if rng.IntN(50) == 0 {
						in.Op = wasm.Op(rng.IntN(len(wasm.Ops) + 5))
					}
				}
				saved := m.Funcs[i]
				m.Funcs[i].SetBody(body)
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%s: panic on corrupt function %d: %v\n%s", path, i, r, debug.Stack())
						}
					}()
					Validate(m)
					n++
				}()
				m.Funcs[i] = saved
			}
		}
	}
	t.Logf("validated %d corrupt modules", n)
}
