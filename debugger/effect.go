package debugger

import (
	"strings"

	"wasmstep/vm"
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

// concreteSig gives an instruction's stack effect with the types it has at
// this place: the table says `local.get : [] -> [t]`, a student wants
// `[] -> [i32]`. Validation recorded the typed stack before every
// instruction as a persistent list, so the values an instruction leaves
// untouched are the very same nodes before and after it; what lies above
// the deepest shared node was popped (before) or pushed (after).
func concreteSig(f *vm.Function, pc int, tableSig string) string {
	if sig, ok := catchSig(f, pc); ok {
		return sig
	}
	if f.Def == nil || pc+1 >= f.Def.BodyLen() || !needsTypes(f.Def.Body()[pc].Op) {
		return tableSig
	}
	info := f.Info()
	if info == nil || info.Dead[pc] || info.Dead[pc+1] {
		return tableSig
	}
	before, after := info.Before[pc], info.Before[pc+1]
	shared := map[*validate.TypeStack]bool{}
	for n := before; n != nil; n = n.Below {
		shared[n] = true
	}
	var pushed []wasm.ValType
	n := after
	for ; n != nil && !shared[n]; n = n.Below {
		pushed = append(pushed, n.Type)
	}
	var popped []wasm.ValType
	for m := before; m != n; m = m.Below {
		popped = append(popped, m.Type)
	}
	names := f.Inst.Module.Names.Types
	return "[" + typeList(popped, names) + "] -> [" + typeList(pushed, names) + "]"
}

// needsTypes reports whether the table's stack effect is generic for op and
// the instruction's effect stays within its own block (control instructions
// move between blocks, so stacks before and after do not line up).
func needsTypes(op wasm.Op) bool {
	_, _, fixed := wasm.Ops[op].FixedSig()
	return !fixed && !wasm.Ops[op].Transfers
}

// typeList prints types bottom first, with $names for concrete heap types.
func typeList(top []wasm.ValType, names map[uint32]string) string {
	parts := make([]string, len(top))
	for i, t := range top {
		parts[len(top)-1-i] = typeName(t, names)
	}
	return strings.Join(parts, " ")
}

func typeName(t wasm.ValType, names map[uint32]string) string {
	if t.Kind != wasm.KindRef || t.Heap.IsAbstract() {
		return t.String()
	}
	h := names[uint32(t.Heap)]
	if h == "" {
		return t.String()
	}
	if t.Nullable {
		return "(ref null $" + h + ")"
	}
	return "(ref $" + h + ")"
}
