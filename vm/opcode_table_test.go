package vm

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"wasmstep/vm/binary"
	"wasmstep/vm/source"
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
	"wasmstep/vm/wat"
)

// tableModule gives every instruction something to name: a memory, a
// table, types, a global, a tag, a data and an element segment.
const tableModule = `(module
  (type $ft (func))
  (type $s (struct (field (mut i32))))
  (type $p (struct (field (mut i8))))
  (type $a (array (mut i32)))
  (type $pa (array (mut i8)))
  (type $fa (array (mut funcref)))
  (memory 1 1)
  (table $t 1 funcref)
  (global $g (mut i32) (i32.const 0))
  (tag $e)
  (data $d "")
  (elem $el func $f0)
  (func $f0)
  (func (export "f") %s))`

// untypedBodies use the instructions whose stack effect the table gives
// with type variables or reference types, so no body can be made from
// their Sig alone.
var untypedBodies = map[wasm.Op]string{
	wasm.OpUnreachable:        "unreachable",
	wasm.OpNop:                "nop",
	wasm.OpBlock:              "block end",
	wasm.OpLoop:               "loop end",
	wasm.OpIf:                 "i32.const 0 if end",
	wasm.OpElse:               "i32.const 0 if else end",
	wasm.OpThrow:              "throw $e",
	wasm.OpThrowRef:           "ref.null exn throw_ref",
	wasm.OpEnd:                "block end",
	wasm.OpBr:                 "block br 0 end",
	wasm.OpBrIf:               "block i32.const 0 br_if 0 end",
	wasm.OpBrTable:            "block i32.const 0 br_table 0 0 end",
	wasm.OpReturn:             "return",
	wasm.OpCall:               "call $f0",
	wasm.OpCallIndirect:       "i32.const 0 call_indirect $t (type $ft)",
	wasm.OpReturnCall:         "return_call $f0",
	wasm.OpReturnCallIndirect: "i32.const 0 return_call_indirect $t (type $ft)",
	wasm.OpCallRef:            "ref.func $f0 call_ref $ft",
	wasm.OpReturnCallRef:      "ref.func $f0 return_call_ref $ft",
	wasm.OpDrop:               "i32.const 0 drop",
	wasm.OpSelect:             "i32.const 0 i32.const 0 i32.const 0 select drop",
	wasm.OpSelectT:            "i32.const 0 i32.const 0 i32.const 0 select (result i32) drop",
	wasm.OpTryTable:           "try_table end",
	wasm.OpLocalGet:           "(local $l i32) local.get $l drop",
	wasm.OpLocalSet:           "(local $l i32) i32.const 0 local.set $l",
	wasm.OpLocalTee:           "(local $l i32) i32.const 0 local.tee $l drop",
	wasm.OpGlobalGet:          "global.get $g drop",
	wasm.OpGlobalSet:          "i32.const 0 global.set $g",
	wasm.OpTableGet:           "i32.const 0 table.get $t drop",
	wasm.OpTableSet:           "i32.const 0 ref.null func table.set $t",
	wasm.OpTableGrow:          "ref.null func i32.const 0 table.grow $t drop",
	wasm.OpTableFill:          "i32.const 0 ref.null func i32.const 0 table.fill $t",
	wasm.OpRefNull:            "ref.null func drop",
	wasm.OpRefIsNull:          "ref.null func ref.is_null drop",
	wasm.OpRefFunc:            "ref.func $f0 drop",
	wasm.OpRefEq:              "ref.null eq ref.null eq ref.eq drop",
	wasm.OpRefAsNonNull:       "ref.func $f0 ref.as_non_null drop",
	wasm.OpBrOnNull:           "block ref.null func br_on_null 0 drop end",
	wasm.OpBrOnNonNull:        "block (result funcref) ref.null func br_on_non_null 0 ref.null func end drop",
	wasm.OpStructNew:          "i32.const 0 struct.new $s drop",
	wasm.OpStructNewDefault:   "struct.new_default $s drop",
	wasm.OpStructGet:          "struct.new_default $s struct.get $s 0 drop",
	wasm.OpStructGetS:         "struct.new_default $p struct.get_s $p 0 drop",
	wasm.OpStructGetU:         "struct.new_default $p struct.get_u $p 0 drop",
	wasm.OpStructSet:          "struct.new_default $s i32.const 0 struct.set $s 0",
	wasm.OpArrayNew:           "i32.const 0 i32.const 1 array.new $a drop",
	wasm.OpArrayNewDefault:    "i32.const 1 array.new_default $a drop",
	wasm.OpArrayNewFixed:      "i32.const 0 array.new_fixed $a 1 drop",
	wasm.OpArrayNewData:       "i32.const 0 i32.const 0 array.new_data $a $d drop",
	wasm.OpArrayNewElem:       "i32.const 0 i32.const 0 array.new_elem $fa $el drop",
	wasm.OpArrayGet:           "i32.const 1 array.new_default $a i32.const 0 array.get $a drop",
	wasm.OpArrayGetS:          "i32.const 1 array.new_default $pa i32.const 0 array.get_s $pa drop",
	wasm.OpArrayGetU:          "i32.const 1 array.new_default $pa i32.const 0 array.get_u $pa drop",
	wasm.OpArraySet:           "i32.const 1 array.new_default $a i32.const 0 i32.const 0 array.set $a",
	wasm.OpArrayLen:           "i32.const 1 array.new_default $a array.len drop",
	wasm.OpArrayFill:          "i32.const 1 array.new_default $a i32.const 0 i32.const 0 i32.const 0 array.fill $a",
	wasm.OpArrayCopy: "i32.const 1 array.new_default $a i32.const 0 i32.const 1 array.new_default $a " +
		"i32.const 0 i32.const 0 array.copy $a $a",
	wasm.OpArrayInitData:    "i32.const 1 array.new_default $a i32.const 0 i32.const 0 i32.const 0 array.init_data $a $d",
	wasm.OpArrayInitElem:    "i32.const 1 array.new_default $fa i32.const 0 i32.const 0 i32.const 0 array.init_elem $fa $el",
	wasm.OpRefTest:          "ref.null any ref.test (ref $s) drop",
	wasm.OpRefCast:          "ref.null any ref.cast (ref null $s) drop",
	wasm.OpBrOnCast:         "block (result anyref) ref.null any br_on_cast 0 anyref (ref $s) end drop",
	wasm.OpBrOnCastFail:     "block (result anyref) ref.null any br_on_cast_fail 0 anyref (ref $s) end drop",
	wasm.OpAnyConvertExtern: "ref.null extern any.convert_extern drop",
	wasm.OpExternConvertAny: "ref.null any extern.convert_any drop",
	wasm.OpRefI31:           "i32.const 0 ref.i31 drop",
	wasm.OpI31GetS:          "i32.const 0 ref.i31 i31.get_s drop",
	wasm.OpI31GetU:          "i32.const 0 ref.i31 i31.get_u drop",
	wasm.OpTry:              "try end",
	wasm.OpCatch:            "try catch $e end",
	wasm.OpCatchAll:         "try catch_all end",
	wasm.OpDelegate:         "block try delegate 0 end",
	wasm.OpRethrow:          "try catch_all rethrow 0 end",
}

// typedBody uses an instruction whose Sig names only number, vector and
// address types: its operands are the function's parameters, its results
// are dropped.
func typedBody(op wasm.Op) string {
	info := &wasm.Ops[op]
	var b strings.Builder
	for _, t := range info.Params(false) {
		fmt.Fprintf(&b, "(param %s) ", t)
	}
	for k := range info.Params(false) {
		fmt.Fprintf(&b, "local.get %d ", k)
	}
	b.WriteString(info.Name)
	switch info.Imm {
	case wasm.ImmI32, wasm.ImmI64, wasm.ImmF32, wasm.ImmF64, wasm.ImmLane, wasm.ImmMemArgLane:
		b.WriteString(" 0")
	case wasm.ImmV128:
		b.WriteString(" i64x2 0 0")
	case wasm.ImmShuffle:
		b.WriteString(strings.Repeat(" 0", 16))
	case wasm.ImmMemInit, wasm.ImmData:
		b.WriteString(" $d")
	case wasm.ImmTableInit:
		b.WriteString(" $t $el")
	case wasm.ImmElem:
		b.WriteString(" $el")
	case wasm.ImmTwoTables:
		b.WriteString(" $t $t")
	case wasm.ImmTable:
		b.WriteString(" $t")
	}
	b.WriteString(strings.Repeat(" drop", len(info.Results(false))))
	return b.String()
}

// TestEveryInstructionIsComplete walks the opcode table: every instruction
// has a stack effect and a description, and a module that uses it encodes,
// prints, and lowers in both forms of the machine to ops that all have a
// handler.
func TestEveryInstructionIsComplete(t *testing.T) {
	for i := range wasm.Ops {
		op, info := wasm.Op(i), &wasm.Ops[i]
		if info.Name == "" {
			continue
		}
		if !strings.Contains(info.Sig, " -> ") || info.Doc == "" {
			t.Errorf("%s: no stack effect or no description", info.Name)
		}
		body, ok := untypedBodies[op]
		if !ok && info.Typed() {
			body, ok = typedBody(op), true
		}
		if !ok {
			t.Errorf("%s: neither typed nor given a body here", info.Name)
			continue
		}
		checkInstruction(t, op, fmt.Sprintf(tableModule, body))
	}
}

func checkInstruction(t *testing.T, op wasm.Op, src string) {
	t.Helper()
	name := op.String()
	m, err := wat.ParseModule(source.NewFileSet(), name, []byte(src))
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return
	}
	ops := bodyOps(m)
	if !slices.Contains(ops, op) {
		t.Errorf("%s: parsed as %v", name, ops)
		return
	}
	bin, err := binary.Encode(m)
	if err != nil {
		t.Errorf("%s: encode: %v", name, err)
		return
	}
	if d, err := binary.Decode(source.NewFileSet().AddBinary(name, bin)); err != nil || !slices.Equal(bodyOps(d), ops) {
		t.Errorf("%s: encoded and decoded: %v", name, err)
	}
	var text bytes.Buffer
	if err := wat.Print(&text, m); err != nil {
		t.Errorf("%s: print: %v", name, err)
		return
	}
	if p, err := wat.ParseModule(source.NewFileSet(), name, text.Bytes()); err != nil || !slices.Equal(bodyOps(p), ops) {
		t.Errorf("%s: printed and parsed back: %v\n%s", name, err, text.String())
	}
	vinfo, err := validate.Validate(m)
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return
	}
	inst, err := NewStore().Instantiate(vinfo, nil)
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return
	}
	f := inst.ExportedFunc("f")
	for _, lower := range []func(*Function) *funcCode{lowerFast, lowerDebug} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: lowering: %v", name, r)
				}
			}()
			for k, o := range lower(f).ops {
				if o.fn == nil {
					t.Errorf("%s: op %d has no handler", name, k)
				}
			}
		}()
	}
}

// bodyOps lists the instructions of the module's last function.
func bodyOps(m *wasm.Module) []wasm.Op {
	var ops []wasm.Op
	for _, in := range m.Funcs[len(m.Funcs)-1].Body() {
		ops = append(ops, in.Op)
	}
	return ops
}
