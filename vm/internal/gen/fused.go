package main

import (
	"fmt"
	"strings"

	"wasmstep/vm/wasm"
)

// The fast form's fused pairs of numeric instructions where the second
// takes the first's result, chosen by measured op pairs (TestInstructionPairs;
// see RATIONALE.md, "Fused operations chosen by measurement"): hashes,
// checksums and rotations chain a shift or mask with a bitwise or additive
// op. Two shapes:
//
//   - immFirst: s[a] = second(first(s[b], imm), s[c]), the first op with a
//     constant right operand, its result either operand of a commutative
//     second op;
//   - immSecond: s[a] = second(first(s[b], s[c]), imm), the second op with a
//     constant right operand.
//
// Only instructions that cannot trap qualify, so a fused op never traps.

// immFirst lists, per type, the first ops (constant right operand) and the
// commutative second ops they chain into.
var immFirst = struct{ first, second []string }{
	first:  []string{"shl", "shr_u", "rotl", "and"},
	second: []string{"add", "xor", "or", "mul"},
}

// immSecond lists, per type, the binary first ops and the second ops
// with a constant right operand.
var immSecond = struct{ first, second []string }{
	first:  []string{"xor", "add", "mul"},
	second: []string{"and", "shr_u", "shl", "add"},
}

// binChains lists, per type, binary first ops whose result is either
// operand of a binary second op (nbody's a*b+c, hashes' x*k^y): s[a] =
// second(first(s[b], s[c]), s[d]) or second(s[d], first(...)), the
// operands in their order, so even a float result is bit for bit the
// unfused one's.
var binChains = map[string]struct{ first, second []string }{
	"i32": {first: []string{"add", "sub", "mul", "xor", "and"}, second: []string{"add", "sub", "xor"}},
	"i64": {first: []string{"add", "sub", "mul", "xor", "and"}, second: []string{"add", "sub", "xor"}},
	"f32": {first: []string{"add", "sub", "mul"}, second: []string{"add", "sub", "mul"}},
	"f64": {first: []string{"add", "sub", "mul"}, second: []string{"add", "sub", "mul"}},
}

// value is the slot value an instruction that cannot trap computes from
// the expressions x and y (slot values).
func value(info *wasm.OpInfo, x, y string) string {
	params, res := info.Params(false), info.Results(false)[0]
	a, b := read(params[0], x), read(params[1], y)
	typ, oper := operation(info)
	if op := intOperators[oper]; isInt(typ) && op != "" {
		return widen(res, a+" "+op+" "+b)
	}
	return widen(res, "num."+camel(info.Name)+"("+a+", "+b+")")
}

func mustOp(name string) wasm.Op {
	op, ok := wasm.OpByName(name)
	if !ok || wasm.Ops[op].Traps {
		panic("gen: no non-trapping " + name)
	}
	return op
}

func fusedFile() *file {
	f := newFile("encoding/binary", "unsafe", "wasmstep/vm/num", "wasmstep/vm/wasm")
	var chains strings.Builder
	const step = "return next(o)\n"
	for _, typ := range []string{"i32", "i64"} {
		for _, a := range immFirst.first {
			for _, b := range immFirst.second {
				first, second := mustOp(typ+"."+a), mustOp(typ+"."+b)
				body := "s := t.s\nv := " + value(&wasm.Ops[first], "s[o.b]", "o.imm") + "\n" +
					"s[o.a] = " + value(&wasm.Ops[second], "v", "s[o.c]") + "\n" + step
				name := f.handler("op"+camel(wasm.Ops[first].Name)+"Imm"+camel(b), body)
				fmt.Fprintf(&chains, "{%s, %s, chainImmFirst}: %s,\n", opConst(first), opConst(second), name)
			}
		}
		for _, a := range immSecond.first {
			for _, b := range immSecond.second {
				first, second := mustOp(typ+"."+a), mustOp(typ+"."+b)
				body := "s := t.s\nv := " + value(&wasm.Ops[first], "s[o.b]", "s[o.c]") + "\n" +
					"s[o.a] = " + value(&wasm.Ops[second], "v", "o.imm") + "\n" + step
				name := f.handler("op"+camel(wasm.Ops[first].Name)+camel(b)+"Imm", body)
				fmt.Fprintf(&chains, "{%s, %s, chainImmSecond}: %s,\n", opConst(first), opConst(second), name)
			}
		}
	}
	for _, typ := range []string{"i32", "i64", "f32", "f64"} {
		for _, a := range binChains[typ].first {
			for _, b := range binChains[typ].second {
				first, second := mustOp(typ+"."+a), mustOp(typ+"."+b)
				v := "s := t.s\nv := " + value(&wasm.Ops[first], "s[o.b]", "s[o.c]") + "\n"
				left := f.handler("op"+camel(wasm.Ops[first].Name)+camel(b)+"Left", v+
					"s[o.a] = "+value(&wasm.Ops[second], "v", "s[o.d]")+"\n"+step)
				right := f.handler("op"+camel(wasm.Ops[first].Name)+camel(b)+"Right", v+
					"s[o.a] = "+value(&wasm.Ops[second], "s[o.d]", "v")+"\n"+step)
				fmt.Fprintf(&chains, "{%s, %s, chainLeft}: %s,\n", opConst(first), opConst(second), left)
				fmt.Fprintf(&chains, "{%s, %s, chainRight}: %s,\n", opConst(first), opConst(second), right)
			}
		}
	}
	// Accesses at a scaled index, C's a[i]: the i32.shl of a constant
	// chained into an i32.add (opI32ShlImmAdd) folded into the access, the
	// shift in d, the base in c (a for a store, whose value is c).
	var indexed strings.Builder
	each(plainAccess, func(op wasm.Op, info *wasm.OpInfo) {
		w := info.Access.Width
		base, body := "s[o.c]", ""
		if info.WritesMemory {
			base = "s[o.a]"
		}
		addr := "s := t.s\naddr := uint64(uint32(s[o.b])<<(o.d&31) + uint32(" + base + "))\n"
		if info.WritesMemory {
			body = addr + "b := o.memory().wflat\nx := s[o.c]\n" +
				fmt.Sprintf("if ea, ok := effAddr(addr, o.imm, %d, len(b)); ok {\n%s\n", w, writeBytes(w, "ea")) +
				fmt.Sprintf("} else if !t.storeSlowAt(o, addr, %d, x) {\nreturn nil\n}\n", w) + step
		} else {
			body = addr + "b := o.memory().flat\n" +
				fmt.Sprintf("ea, ok := effAddr(addr, o.imm, %d, len(b))\n", w) +
				"var v uint64\nif ok {\nv = " + readBytes(w) + "\n" +
				fmt.Sprintf("} else if v, ok = t.loadSlowAt(o, addr, %d); !ok {\nreturn nil\n}\n", w) +
				"s[o.a] = " + extend(info) + "\n" + step
		}
		fmt.Fprintf(&indexed, "%s: %s,\n", opConst(op), f.handler(accessName(info)+"Indexed", body))
	})
	fmt.Fprintf(&f.tables, "// indexedOps holds the fast form's loads and stores at a scaled index:\n"+
		"// the address is uint32(s[b]<<d + base), base s[c] for a load, s[a] for a\n"+
		"// store (memory32 only).\nvar indexedOps = [wasm.NumOps]handler{\n%s}\n\n", indexed.String())
	// Stores of a constant (zeroing, byte fills): the value is d, sign
	// extended, as the lowering checks it fits.
	var consts strings.Builder
	each(plainAccess, func(op wasm.Op, info *wasm.OpInfo) {
		if info.WritesMemory {
			fn := f.handler(accessName(info)+"Const", storeValueBody(info, false, "uint64(int64(o.d))"))
			fmt.Fprintf(&consts, "%s: %s,\n", opConst(op), fn)
		}
	})
	fmt.Fprintf(&f.tables, "// storeConstOps holds the fast form's stores of a constant: mem[s[b]+imm]\n"+
		"// = d, sign extended.\nvar storeConstOps = [wasm.NumOps]handler{\n%s}\n\n", consts.String())
	// A constant stored into a local just before a branch (Go's loop that
	// resumes a function at its saved block, `i32.const; local.set; br`).
	f.handler("opConstJump", "t.s[o.c] = o.imm\nreturn t.jumpTo(o)\n")
	// A local copied just before a branch (an interpreter's `pc = next`).
	f.handler("opMoveJump", "t.s[o.c] = t.s[o.b]\nreturn t.jumpTo(o)\n")
	fmt.Fprintf(&f.tables, "// chainOps holds the fast form's fused pairs of numeric instructions\n"+
		"// where the second takes the first's result (see chainKey).\n"+
		"var chainOps = map[chainKey]handler{\n%s}\n\n", chains.String())
	return f
}
