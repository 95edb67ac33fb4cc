package host

import (
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"testing"

	"wasmstep/vm"
)

// wasiHarness is a module that re-exports every WASI function through a
// wrapper (so the host sees a calling instance and its memory), for tests
// and the fuzzer to call them with any arguments.
type wasiHarness struct {
	store *vm.Store
	inst  *vm.Instance
	mem   *vm.Memory
	w     *WASI
}

// newWASIHarness instantiates the wrappers over a memory of pages pages.
func newWASIHarness(tb *testing.T, cfg WASIConfig, pages int) *wasiHarness {
	tb.Helper()
	w, err := NewWASI(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(w.Close)
	fns := w.functions()
	names := make([]string, 0, len(fns))
	for name := range fns {
		names = append(names, name)
	}
	sort.Strings(names)
	var imports, wrappers strings.Builder
	for _, name := range names {
		var params, gets strings.Builder
		for i, c := range fns[name].params {
			params.WriteString(map[rune]string{'i': " i32", 'I': " i64"}[c])
			fmt.Fprintf(&gets, " (local.get %d)", i)
		}
		fmt.Fprintf(&imports, "  (import %q %q (func $%s (param%s) (result i32)))\n", WASIModule, name, name, &params)
		fmt.Fprintf(&wrappers, "  (func (export %q) (param%s) (result i32) (call $%s%s))\n", name, &params, name, &gets)
	}
	src := fmt.Sprintf("(module\n%s  (memory (export \"memory\") %d)\n%s)", &imports, pages, &wrappers)
	h := &wasiHarness{store: vm.NewStore(), w: w}
	l := NewLinker()
	l.Define(WASIModule, w.Exports())
	h.inst, err = l.Instantiate(h.store, mustLoad(tb, "harness.wat", src))
	if err != nil {
		tb.Fatal(err)
	}
	h.mem = h.inst.ExportedMemory("memory")
	return h
}

// call calls a WASI function with raw argument bits and returns its errno.
func (h *wasiHarness) call(tb testing.TB, name string, args ...uint64) uint32 {
	tb.Helper()
	f := h.inst.ExportedFunc(name)
	vals := make([]vm.Value, len(args))
	for i, a := range args {
		vals[i] = vm.Value{Type: f.Type.Params[i], Bits: a}
	}
	res, err := h.store.Invoke(f, vals...)
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return uint32(res[0].I32())
}

// putIovecs writes (buf, len) pairs at ptr.
func (h *wasiHarness) putIovecs(ptr uint64, iovs ...[2]uint32) {
	b := make([]byte, 0, 8*len(iovs))
	for _, v := range iovs {
		b = binary.LittleEndian.AppendUint32(b, v[0])
		b = binary.LittleEndian.AppendUint32(b, v[1])
	}
	h.mem.WriteAt(b, ptr)
}
