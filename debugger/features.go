package debugger

import "wasmstep/vm/wasm"

// Features names the WebAssembly proposals beyond the 1.0 core that a
// module uses, in a fixed order, for the window's badge: what a reader
// should know before stepping through it.
func Features(m *wasm.Module) []string {
	var has [numFeatures]bool
	mems := len(m.Mems)
	for _, im := range m.Imports {
		if im.Desc.Kind == wasm.ExternMem {
			mems++
			has[featMemory64] = has[featMemory64] || im.Desc.Mem.Addr64
			has[featThreads] = has[featThreads] || im.Desc.Mem.Shared
		}
	}
	has[featMultiMemory] = mems > 1
	for _, mem := range m.Mems {
		has[featMemory64] = has[featMemory64] || mem.Type.Addr64
		has[featThreads] = has[featThreads] || mem.Type.Shared
	}
	has[featExceptions] = len(m.Tags) > 0
	for _, t := range m.Types {
		switch t.Comp.Kind {
		case wasm.CompStruct, wasm.CompArray:
			has[featGC] = true
		case wasm.CompFunc:
			has[featMultiValue] = has[featMultiValue] || len(t.Comp.Func.Results) > 1
			for _, v := range append(t.Comp.Func.Params, t.Comp.Func.Results...) {
				has[featSIMD] = has[featSIMD] || v.Kind == wasm.KindV128
			}
		}
	}
	for _, f := range m.Funcs {
		for _, v := range f.Locals {
			has[featSIMD] = has[featSIMD] || v.Kind == wasm.KindV128
		}
	}
	for op := range m.UsedOps().All() {
		if int(op) < len(wasm.Ops) {
			if k, ok := opFeature[wasm.Ops[op].Feature]; ok {
				has[k] = true
			}
		}
	}
	var out []string
	for k, on := range has {
		if on {
			out = append(out, featureNames[k])
		}
	}
	return out
}

type feature int

const (
	featMultiValue feature = iota
	featBulkMemory
	featMultiMemory
	featMemory64
	featSIMD
	featTailCalls
	featExceptions
	featGC
	featThreads
	numFeatures
)

var featureNames = [numFeatures]string{"multi-value", "bulk memory", "multi-memory", "memory64", "SIMD", "tail calls", "exceptions", "GC", "threads"}

// opFeature is the badge of an instruction's proposal in the table.
var opFeature = map[wasm.Feature]feature{
	wasm.FeatureBulkMemory: featBulkMemory,
	wasm.FeatureSIMD:       featSIMD,
	wasm.FeatureTailCalls:  featTailCalls,
	wasm.FeatureExceptions: featExceptions,
	wasm.FeatureGC:         featGC,
	wasm.FeatureThreads:    featThreads,
}
