package wat

import (
	"math/bits"
	"strconv"
	"strings"
	"unsafe"

	"wasmstep/vm/wasm"
)

// PrintInstr renders one instruction in the text format, e.g. "i32.const 42"
// or "call $fib". When in points into the body of one of m's functions, its
// local and block names are used too; branch targets print as depths.
// A nil m prints every index as a number.
func PrintInstr(in *wasm.Instr, m *wasm.Module) string {
	if m == nil {
		m = &wasm.Module{}
	}
	p := &printer{m: m, ids: newIDSpaces(&m.Names, false)}
	scope := &funcScope{}
	if fn, pc, ok := findInstr(m, in); ok {
		scope = p.newFuncScope(fn)
		if opensBlock(in) && len(scope.labels) > 0 {
			body, _ := m.Funcs[fn-uint32(m.ImportCount(wasm.ExternFunc))].HeldBody()
			scope.blockName = scope.labelName(blockOrdinal(body[:pc]))
		}
	}
	return p.instr(in, scope)
}

// findInstr locates the function (in the function index space) and index of
// an instruction that lies in one of m's bodies. It compares addresses only,
// so that callers can pass &body[pc] without saying where it came from.
func findInstr(m *wasm.Module, in *wasm.Instr) (fn uint32, pc int, ok bool) {
	addr := uintptr(unsafe.Pointer(in))
	size := unsafe.Sizeof(*in)
	imported := uint32(m.ImportCount(wasm.ExternFunc))
	for i := range m.Funcs {
		body, _ := m.Funcs[i].HeldBody() // in lies in a held body
		if len(body) == 0 {
			continue
		}
		start := uintptr(unsafe.Pointer(&body[0]))
		if addr >= start && addr < start+uintptr(len(body))*size {
			return imported + uint32(i), int((addr - start) / size), true
		}
	}
	return 0, 0, false
}

// funcScope is what instructions of one function need to print names: its
// locals, its labels and the labels of the blocks open around them.
type funcScope struct {
	locals idTable
	labels map[uint32]string // label names by block ordinal (see blockOrdinal)
	// open holds the identifiers of the enclosing blocks, innermost last
	// ("" for an unnamed one). PrintInstr leaves it empty, so branch
	// targets print as depths.
	open []string
	// blockName is the identifier of the block the current instruction
	// opens, if it is block, loop, if or try_table.
	blockName string
}

func (p *printer) newFuncScope(fn uint32) *funcScope {
	return &funcScope{locals: p.ids.locals(fn), labels: p.m.Names.Labels[fn]}
}

// labelName returns the identifier of the label of the block with the given
// ordinal, or "" if it has none.
func (s *funcScope) labelName(ordinal uint32) string {
	return formatID(s.labels[ordinal])
}

// opensBlock reports whether an instruction starts a block with a label:
// block, loop, if or try_table.
func opensBlock(in *wasm.Instr) bool {
	if int(in.Op) >= len(wasm.Ops) {
		return false
	}
	imm := in.Info().Imm
	return imm == wasm.ImmBlock || imm == wasm.ImmTryTable
}

// blockOrdinal counts the blocks opened in code: the ordinal the next block
// has. Label names are keyed by it, as in the name section's label
// subsection (the first block of a function is 0).
func blockOrdinal(code []wasm.Instr) uint32 {
	n := uint32(0)
	for i := range code {
		if opensBlock(&code[i]) {
			n++
		}
	}
	return n
}

// label renders a branch target: the label's identifier when it is known
// and not shadowed by an inner label of the same name, else the depth.
func (s *funcScope) label(depth uint32) string {
	n := uint32(len(s.open))
	if depth < n {
		i := n - 1 - depth
		id := s.open[i]
		shadowed := false
		for _, inner := range s.open[i+1:] {
			shadowed = shadowed || inner == id
		}
		if id != "" && !shadowed {
			return id
		}
	}
	return strconv.FormatUint(uint64(depth), 10)
}

// instr renders one instruction with its immediates.
func (p *printer) instr(in *wasm.Instr, s *funcScope) string {
	if int(in.Op) >= len(wasm.Ops) || wasm.Ops[in.Op].Name == "" {
		return "unknown_op_" + strconv.Itoa(int(in.Op))
	}
	info := in.Info()
	var b strings.Builder
	b.WriteString(info.Name)
	arg := func(s string) {
		b.WriteByte(' ')
		b.WriteString(s)
	}
	optIdx := func(t idTable, idx uint32) {
		if idx != 0 {
			arg(t.ref(idx))
		}
	}
	ids := p.ids
	switch info.Imm {
	case wasm.ImmBlock:
		p.blockHead(&b, s.blockName, in.Block())
	case wasm.ImmTryTable:
		p.blockHead(&b, s.blockName, in.Block())
		for _, c := range in.Catches() {
			arg(p.catch(c, s))
		}
	case wasm.ImmLabel:
		arg(s.label(in.X))
	case wasm.ImmBrTable:
		for _, l := range in.Labels() {
			arg(s.label(l))
		}
	case wasm.ImmFunc:
		arg(ids.funcs.ref(in.X))
	case wasm.ImmCallIndirect:
		optIdx(ids.tables, in.Y)
		arg("(type " + ids.types.ref(in.X) + ")")
	case wasm.ImmType:
		arg(ids.types.ref(in.X))
	case wasm.ImmSelectT:
		b.WriteString(p.results(in.Types()))
	case wasm.ImmLocal:
		arg(s.locals.ref(in.X))
	case wasm.ImmGlobal:
		arg(ids.globals.ref(in.X))
	case wasm.ImmTable:
		optIdx(ids.tables, in.X)
	case wasm.ImmMem:
		optIdx(ids.mems, in.X)
	case wasm.ImmMemArg, wasm.ImmMemArgLane:
		optIdx(ids.mems, in.X)
		b.WriteString(memArgText(in))
		if info.Imm == wasm.ImmMemArgLane {
			arg(strconv.FormatUint(in.ImmHi, 10))
		}
	case wasm.ImmI32:
		arg(strconv.FormatInt(int64(int32(uint32(in.Imm))), 10))
	case wasm.ImmI64:
		arg(strconv.FormatInt(int64(in.Imm), 10))
	case wasm.ImmF32:
		arg(f32Text(uint32(in.Imm)))
	case wasm.ImmF64:
		arg(f64Text(in.Imm))
	case wasm.ImmHeapType:
		arg(p.heapType(in.Ref.Heap))
	case wasm.ImmTag:
		arg(ids.tags.ref(in.X))
	case wasm.ImmField:
		arg(ids.types.ref(in.X))
		arg(ids.fields(in.X).ref(in.Y))
	case wasm.ImmArrayFixed:
		arg(ids.types.ref(in.X))
		arg(strconv.FormatUint(uint64(in.Y), 10))
	case wasm.ImmArrayData:
		arg(ids.types.ref(in.X))
		arg(ids.datas.ref(in.Y))
	case wasm.ImmArrayElem:
		arg(ids.types.ref(in.X))
		arg(ids.elems.ref(in.Y))
	case wasm.ImmArrayCopy:
		arg(ids.types.ref(in.X))
		arg(ids.types.ref(in.Y))
	case wasm.ImmRefType:
		arg(p.valType(in.Ref))
	case wasm.ImmBrOnCast:
		arg(s.label(in.X))
		arg(p.valType(in.Ref))
		arg(p.valType(in.Ref2()))
	case wasm.ImmMemInit:
		optIdx(ids.mems, in.Y)
		arg(ids.datas.ref(in.X))
	case wasm.ImmData:
		arg(ids.datas.ref(in.X))
	case wasm.ImmTwoMems:
		if in.X != 0 || in.Y != 0 {
			arg(ids.mems.ref(in.X))
			arg(ids.mems.ref(in.Y))
		}
	case wasm.ImmTableInit:
		optIdx(ids.tables, in.Y)
		arg(ids.elems.ref(in.X))
	case wasm.ImmElem:
		arg(ids.elems.ref(in.X))
	case wasm.ImmTwoTables:
		if in.X != 0 || in.Y != 0 {
			arg(ids.tables.ref(in.X))
			arg(ids.tables.ref(in.Y))
		}
	case wasm.ImmV128:
		arg(v128Text(in.Imm, in.ImmHi))
	case wasm.ImmLane:
		arg(strconv.FormatUint(in.ImmHi, 10))
	case wasm.ImmShuffle:
		for i := range 16 {
			arg(strconv.FormatUint(laneByte(in.Imm, in.ImmHi, i), 10))
		}
	}
	return b.String()
}

// blockHead writes a block's label and type: " $l (result i32)".
func (p *printer) blockHead(b *strings.Builder, label string, bt wasm.BlockType) {
	if label != "" {
		b.WriteString(" " + label)
	}
	switch bt.Kind {
	case wasm.BlockValue:
		b.WriteString(" (result " + p.valType(bt.Value) + ")")
	case wasm.BlockIndex:
		b.WriteString(" (type " + p.ids.types.ref(bt.Index) + ")")
	}
}

// catch renders a try_table catch clause. Its label is resolved outside the
// try_table, so s must not include the try_table's own label yet.
func (p *printer) catch(c wasm.Catch, s *funcScope) string {
	switch c.Kind {
	case wasm.CatchTag:
		return "(catch " + p.ids.tags.ref(c.Tag) + " " + s.label(c.Label) + ")"
	case wasm.CatchTagRef:
		return "(catch_ref " + p.ids.tags.ref(c.Tag) + " " + s.label(c.Label) + ")"
	case wasm.CatchAll:
		return "(catch_all " + s.label(c.Label) + ")"
	}
	return "(catch_all_ref " + s.label(c.Label) + ")"
}

// memArgText renders " offset=N align=M", each part only when it differs
// from the default (offset 0, natural alignment).
func memArgText(in *wasm.Instr) string {
	s := ""
	if in.Imm != 0 {
		s += " offset=" + strconv.FormatUint(in.Imm, 10)
	}
	if natural, ok := naturalAlignLog2(in.Op); !ok || in.Y != natural {
		if in.Y < 64 {
			s += " align=" + strconv.FormatUint(1<<in.Y, 10)
		} else {
			s += " align=(;2**" + strconv.FormatUint(uint64(in.Y), 10) + ";)"
		}
	}
	return s
}

// naturalAlignLog2 gives the log2 of the access size of a memory
// instruction; ok is false for one it does not know (the alignment is then
// always printed, which is never wrong).
func naturalAlignLog2(op wasm.Op) (uint32, bool) {
	if w := wasm.AtomicWidth(op); w != 0 {
		return uint32(bits.TrailingZeros64(w)), true
	}
	switch op {
	case wasm.OpI32Load8S, wasm.OpI32Load8U, wasm.OpI64Load8S, wasm.OpI64Load8U,
		wasm.OpI32Store8, wasm.OpI64Store8:
		return 0, true
	case wasm.OpI32Load16S, wasm.OpI32Load16U, wasm.OpI64Load16S, wasm.OpI64Load16U,
		wasm.OpI32Store16, wasm.OpI64Store16:
		return 1, true
	case wasm.OpI32Load, wasm.OpF32Load, wasm.OpI64Load32S, wasm.OpI64Load32U,
		wasm.OpI32Store, wasm.OpF32Store, wasm.OpI64Store32:
		return 2, true
	case wasm.OpI64Load, wasm.OpF64Load, wasm.OpI64Store, wasm.OpF64Store:
		return 3, true
	}
	return 0, false
}

// v128Text renders a v128 constant as four i32 lanes in hex.
func v128Text(lo, hi uint64) string {
	lanes := [4]uint64{lo & 0xFFFFFFFF, lo >> 32, hi & 0xFFFFFFFF, hi >> 32}
	s := "i32x4"
	for _, l := range lanes {
		s += " 0x" + strconv.FormatUint(l, 16)
	}
	return s
}

// laneByte returns byte i of the 16-byte little-endian value lo, hi.
func laneByte(lo, hi uint64, i int) uint64 {
	if i >= 8 {
		return hi >> (8 * (i - 8)) & 0xFF
	}
	return lo >> (8 * i) & 0xFF
}
