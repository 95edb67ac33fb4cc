package main

import (
	"fmt"
	"strings"

	"wasmstep/vm/wasm"
)

// Integer instructions that are one Go operator on unsigned operands.
var intOperators = map[string]string{"add": "+", "sub": "-", "mul": "*", "and": "&", "or": "|", "xor": "^"}

// Comparisons, by the mnemonic's operation (the part after the type).
var comparisons = map[string]string{"eq": "==", "ne": "!=", "lt": "<", "gt": ">", "le": "<=", "ge": ">="}

// Float arithmetic the fast form also runs with a constant right operand.
var floatImm = map[string]bool{"add": true, "sub": true, "mul": true, "div": true}

func numeric(op wasm.Op, info *wasm.OpInfo) bool {
	return info.Class == wasm.ClassNumeric
}

// operation splits a mnemonic into its type and operation: "i32.lt_s"
// into "i32" and "lt_s".
func operation(info *wasm.OpInfo) (typ, oper string) {
	typ, oper, _ = strings.Cut(info.Name, ".")
	return typ, oper
}

func isInt(typ string) bool { return typ == "i32" || typ == "i64" }

// condition is the Go condition a comparison tests on x and y, or "".
func condition(info *wasm.OpInfo) string {
	typ, oper := operation(info)
	if oper == "eqz" {
		return "x == 0"
	}
	base, sign, _ := strings.Cut(oper, "_")
	cmp, ok := comparisons[base]
	if !ok {
		return ""
	}
	x, y := "x", "y"
	switch {
	case sign == "s":
		x, y = "int"+typ[1:]+"(x)", "int"+typ[1:]+"(y)"
	case typ == "f32":
		x, y = "math.Float32frombits(x)", "math.Float32frombits(y)"
	case typ == "f64":
		x, y = "math.Float64frombits(x)", "math.Float64frombits(y)"
	}
	return x + " " + cmp + " " + y
}

// compute is the statements that read an instruction's operands from xs
// and ys (ys unused for a unary one) and leave its result in s[o.a], or
// return a trap.
func compute(info *wasm.OpInfo, xs, ys string) string {
	params, results := info.Params(false), info.Results(false)
	var b strings.Builder
	args := "x"
	if len(params) == 2 {
		fmt.Fprintf(&b, "x, y := %s, %s\n", read(params[0], xs), read(params[1], ys))
		args = "x, y"
	} else {
		fmt.Fprintf(&b, "x := %s\n", read(params[0], xs))
	}
	res := results[0]
	typ, oper := operation(info)
	switch {
	case condition(info) != "":
		fmt.Fprintf(&b, "s[o.a] = b2u(%s)\n", condition(info))
	case info.Traps:
		fmt.Fprintf(&b, "v, tr := num.%s(%s)\nif tr != num.NoTrap {\nreturn t.numTrapAt(o, tr)\n}\ns[o.a] = %s\n", camel(info.Name), args, widen(res, "v"))
	case isInt(typ) && intOperators[oper] != "":
		fmt.Fprintf(&b, "s[o.a] = %s\n", widen(res, "x "+intOperators[oper]+" y"))
	case strings.HasPrefix(oper, "reinterpret"):
		fmt.Fprintf(&b, "s[o.a] = %s\n", widen(res, "x"))
	default:
		fmt.Fprintf(&b, "s[o.a] = %s\n", widen(res, "num."+camel(info.Name)+"("+args+")"))
	}
	return b.String()
}

// handlerName names an instruction's handler; reinterpretations keep the
// bits, so one handler per width serves both directions.
func handlerName(info *wasm.OpInfo) string {
	if _, oper := operation(info); strings.HasPrefix(oper, "reinterpret") {
		if narrow(info.Params(false)[0]) {
			return "opReinterpret32"
		}
		return "opReinterpret64"
	}
	return "op" + camel(info.Name)
}

// hasImmForm: the fast form's variant with a constant right operand exists
// for integer binary instructions and float arithmetic.
func hasImmForm(info *wasm.OpInfo) bool {
	if len(info.Params(false)) != 2 {
		return false
	}
	typ, oper := operation(info)
	return isInt(typ) || floatImm[oper]
}

// hasBranchForm: an integer comparison fuses with the br_if or if after it.
func hasBranchForm(info *wasm.OpInfo) bool {
	typ, _ := operation(info)
	return isInt(typ) && condition(info) != ""
}

func numericFile() *file {
	f := newFile("math", "wasmstep/vm/num", "wasmstep/vm/wasm")
	const step = "return next(o)\n"
	var ops, imms, branches strings.Builder
	each(numeric, func(op wasm.Op, info *wasm.OpInfo) {
		fn := f.handler(handlerName(info), "s := t.s\n"+compute(info, "s[o.b]", "s[o.c]")+step)
		fmt.Fprintf(&ops, "%s: {%s, %d},\n", opConst(op), fn, len(info.Params(false)))
		imm := "nil"
		if hasImmForm(info) {
			imm = f.handler(handlerName(info)+"Imm", "s := t.s\n"+compute(info, "s[o.b]", "o.imm")+step)
			fmt.Fprintf(&imms, "%s: %s,\n", opConst(op), imm)
		}
		if hasBranchForm(info) {
			// A taken branch counts the instructions it skips (t.jumpTo adds
			// o.skip), exactly as the unfused br_if does.
			branch := func(ys string) string {
				return "s := t.s\n" + strings.Split(compute(info, "s[o.b]", ys), "\n")[0] +
					"\nif " + condition(info) + " {\nreturn t.jumpTo(o)\n}\nreturn next(o)\n"
			}
			br := f.handler("br"+camel(info.Name), branch("s[o.c]"))
			brImm := "nil"
			if imm != "nil" {
				brImm = f.handler("br"+camel(info.Name)+"Imm", branch("o.imm"))
			}
			fmt.Fprintf(&branches, "%s: {%s, %s},\n", opConst(op), br, brImm)
		}
	})
	fmt.Fprintf(&f.tables, "// numericOps holds the handler of every numeric instruction and its\n"+
		"// operand count: s[a] = op(s[b], s[c]) or op(s[b]).\nvar numericOps = [wasm.NumOps]numHandler{\n%s}\n\n", ops.String())
	fmt.Fprintf(&f.tables, "// immOps holds the fast form's variants whose right operand is a\n"+
		"// constant (o.imm).\nvar immOps = [wasm.NumOps]handler{\n%s}\n\n", imms.String())
	fmt.Fprintf(&f.tables, "// cmpBranchOps holds the fast form's fused compare-and-branch operations\n"+
		"// (slot and constant right operand): they jump to a when the compare holds.\n"+
		"var cmpBranchOps = [wasm.NumOps][2]handler{\n%s}\n\n", branches.String())
	return f
}
