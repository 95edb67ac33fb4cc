package main

import (
	"fmt"
	"strings"

	"wasmstep/vm/wasm"
)

// plainAccess selects the scalar loads and stores (not vector, not atomic).
func plainAccess(op wasm.Op, info *wasm.OpInfo) bool {
	return info.Class == wasm.ClassMemory && info.Access.Width > 0
}

// Binary instructions whose right operand may be the load of the same
// type just before them (fast form).
var loadOperands = []wasm.Op{
	wasm.OpI32Add, wasm.OpI64Add,
	wasm.OpF32Add, wasm.OpF32Sub, wasm.OpF32Mul,
	wasm.OpF64Add, wasm.OpF64Sub, wasm.OpF64Mul,
}

// readBytes is the expression that reads w bytes at b[ea] into a uint64;
// effAddr has checked they lie in b, so they are taken without a second
// bounds check (inBounds in vm/access.go).
func readBytes(w uint8) string {
	bytes := inBounds(w)
	switch w {
	case 1:
		return "uint64(*inBounds(b, ea))"
	case 8:
		return "binary.LittleEndian.Uint64(" + bytes + ")"
	}
	return fmt.Sprintf("uint64(binary.LittleEndian.Uint%d(%s))", 8*int(w), bytes)
}

// writeBytes is the statement that writes the low w bytes of x at b[at]:
// at ea, which effAddr checked, without a second bounds check; at 0 of a
// store lane's bytes, checked.
func writeBytes(w uint8, at string) string {
	bytes := "b[" + at + ":]"
	if at == "ea" {
		bytes = inBounds(w)
	}
	switch w {
	case 1:
		if at == "ea" {
			return "*inBounds(b, ea) = byte(x)"
		}
		return bytes + "[0] = byte(x)"
	case 8:
		return "binary.LittleEndian.PutUint64(" + bytes + ", x)"
	}
	return fmt.Sprintf("binary.LittleEndian.PutUint%d(%s, uint%d(x))", 8*int(w), bytes, 8*int(w))
}

// inBounds is the w bytes at b[ea] as a slice of known length, which the
// byte order functions read and write without checks.
func inBounds(w uint8) string {
	return fmt.Sprintf("(*[%d]byte)(unsafe.Pointer(inBounds(b, ea)))[:]", w)
}

// extend is the slot value of a load of w bytes read as v.
func extend(info *wasm.OpInfo) string {
	a := info.Access
	if !a.Signed {
		return "v"
	}
	v := fmt.Sprintf("int%d(v)", 8*int(a.Width))
	if info.Results(false)[0] == wasm.I32 {
		return "uint64(uint32(int32(" + v + ")))"
	}
	return "uint64(int64(" + v + "))"
}

// address is the statements that compute the address of an access: s[b],
// or with the folded i32.add of a constant, uint32(s[b] + d) (memory32
// only: the add wraps at 32 bits, the offset does not).
func address(folded bool) (stmt, addr, slow string) {
	if folded {
		return "addr := uint64(uint32(s[o.b]) + uint32(o.d))\n", "addr", "At"
	}
	return "", "s[o.b]", ""
}

// loadBody reads the access's bytes into v (in place from a flat memory,
// else through the slow path, which traps out of bounds).
func loadBody(info *wasm.OpInfo, folded bool) string {
	stmt, addr, slow := address(folded)
	w := info.Access.Width
	slowArgs := fmt.Sprintf("o, %d", w)
	if folded {
		slowArgs = fmt.Sprintf("o, addr, %d", w)
	}
	return "s := t.s\n" + stmt + "b := o.memory().flat\n" +
		fmt.Sprintf("ea, ok := effAddr(%s, o.imm, %d, len(b))\n", addr, w) +
		"var v uint64\nif ok {\n" + "v = " + readBytes(w) + "\n" +
		fmt.Sprintf("} else if v, ok = t.loadSlow%s(%s); !ok {\nreturn nil\n}\n", slow, slowArgs)
}

// storeBody writes s[c] in place into a flat memory that no checkpoint
// tracks (wflat), else in place through the store lane of a tracked one
// (memory_lane.go), else through the slow path.
func storeBody(info *wasm.OpInfo, folded bool) string {
	return storeValueBody(info, folded, "s[o.c]")
}

// storeValueBody is storeBody for the value x.
func storeValueBody(info *wasm.OpInfo, folded bool, x string) string {
	stmt, addr, slow := address(folded)
	w := info.Access.Width
	slowArgs := fmt.Sprintf("o, %d, x", w)
	if folded {
		slowArgs = fmt.Sprintf("o, addr, %d, x", w)
	}
	return "s := t.s\n" + stmt + "b := o.memory().wflat\nx := " + x + "\n" +
		fmt.Sprintf("if ea, ok := effAddr(%s, o.imm, %d, len(b)); ok {\n%s\n", addr, w, writeBytes(w, "ea")) +
		fmt.Sprintf("} else if b := o.memory().lane(%s, o.imm, %d); b != nil {\n%s\n", addr, w, writeBytes(w, "0")) +
		fmt.Sprintf("} else if !t.storeSlow%s(%s) {\nreturn nil\n}\nreturn next(o)\n", slow, slowArgs)
}

// accessName names a load or store by what it does, so the instructions
// that do the same (i32.load, f32.load, i64.load32_u) share it.
func accessName(info *wasm.OpInfo) string {
	bits := 8 * int(info.Access.Width)
	if info.WritesMemory {
		return fmt.Sprintf("opStore%d", bits)
	}
	if info.Access.Signed {
		return fmt.Sprintf("opLoad%dS%d", bits, 8*slotBytes(info.Results(false)[0]))
	}
	return fmt.Sprintf("opLoad%d", bits)
}

func slotBytes(t wasm.ValType) int {
	if narrow(t) {
		return 4
	}
	return 8
}

func memoryFile() *file {
	f := newFile("encoding/binary", "unsafe", "wasmstep/vm/num", "wasmstep/vm/wasm")
	var access, folded, operands strings.Builder
	each(plainAccess, func(op wasm.Op, info *wasm.OpInfo) {
		for _, fold := range []bool{false, true} {
			name := accessName(info)
			var body string
			if info.WritesMemory {
				body = storeBody(info, fold)
			} else {
				body = loadBody(info, fold) + "s[o.a] = " + extend(info) + "\nreturn next(o)\n"
			}
			table := &access
			if fold {
				name, table = name+"Addr", &folded
			}
			fmt.Fprintf(table, "%s: %s,\n", opConst(op), f.handler(name, body))
		}
	})
	for _, bin := range loadOperands {
		info := &wasm.Ops[bin]
		typ, _ := operation(info)
		load, ok := wasm.OpByName(typ + ".load")
		if !ok {
			panic("no load for " + info.Name)
		}
		var names [2]string
		for k, fold := range []bool{false, true} {
			name := "op" + camel(info.Name) + "Load"
			if fold {
				name += "Addr"
			}
			body := loadBody(&wasm.Ops[load], fold) + compute(info, "s[o.c]", "v") + "return next(o)\n"
			names[k] = f.handler(name, body)
		}
		fmt.Fprintf(&operands, "%s: {%s, %s, %s},\n", opConst(bin), opConst(load), names[0], names[1])
	}
	fmt.Fprintf(&f.tables, "// accessOps holds the handlers of the loads and stores. A load is\n"+
		"// s[a] = mem[s[b]+imm], a store mem[s[b]+imm] = s[c]; a flat memory is read\n"+
		"// in place and written in place unless a checkpoint tracks it (wflat);\n"+
		"// anything else goes through the slow path.\nvar accessOps = [wasm.NumOps]handler{\n%s}\n\n", access.String())
	fmt.Fprintf(&f.tables, "// addrAddOps holds the fast-form variants of the loads and stores whose\n"+
		"// address is an i32.add of a constant fused into the access: the address\n"+
		"// is uint32(s[b] + d), then the access proceeds as in accessOps (memory32\n"+
		"// only: the add wraps at 32 bits, the offset does not).\nvar addrAddOps = [wasm.NumOps]handler{\n%s}\n\n", folded.String())
	fmt.Fprintf(&f.tables, "// loadOperandOps holds the binary instructions whose right operand may be\n"+
		"// the load just before them, fused (fast form).\nvar loadOperandOps = [wasm.NumOps]loadOperand{\n%s}\n\n", operands.String())
	return f
}
