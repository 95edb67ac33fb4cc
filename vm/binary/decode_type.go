package binary

import (
	"math"

	"wasmstep/vm/wasm"
)

// Type constructors and value type codes.
const (
	codeRec        = 0x4E
	codeSub        = 0x50
	codeSubFinal   = 0x4F
	codeFunc       = 0x60
	codeStruct     = 0x5F
	codeArray      = 0x5E
	codeI8         = 0x78
	codeI16        = 0x77
	codeI32        = 0x7F
	codeI64        = 0x7E
	codeF32        = 0x7D
	codeF64        = 0x7C
	codeV128       = 0x7B
	codeRefNull    = 0x63
	codeRef        = 0x64
	codeEmptyBlock = 0x40
)

// abstract heap types are single bytes in this range (their s33 values are
// negative), both as heap types and as nullable reference type shorthands.
const (
	minAbstractHeap = 0x69
	maxAbstractHeap = 0x74
)

func isAbstractHeap(b byte) bool { return b >= minAbstractHeap && b <= maxAbstractHeap }

func (d *decoder) typeSection() {
	r, m := d.r, d.m
	r.vec(func(int) {
		if b, _ := r.peek(); b == codeRec {
			r.byte()
			first := uint32(len(m.Types))
			n := r.vec(func(int) { d.subType() })
			m.RecGroups = append(m.RecGroups, wasm.RecGroup{Start: first, Count: uint32(n), Explicit: true})
			return
		}
		m.RecGroups = append(m.RecGroups, wasm.RecGroup{Start: uint32(len(m.Types)), Count: 1})
		d.subType()
	})
}

func (d *decoder) subType() {
	r := d.r
	st := wasm.SubType{Final: true, Pos: r.sourcePos(r.pos)}
	if b, _ := r.peek(); b == codeSub || b == codeSubFinal {
		r.byte()
		st.Final = b == codeSubFinal
		r.vec(func(int) { st.Supers = append(st.Supers, r.u32()) })
	}
	st.Comp = d.compType()
	d.m.Types = append(d.m.Types, st)
}

func (d *decoder) compType() wasm.CompType {
	r := d.r
	start := r.pos
	switch r.byte() {
	case codeFunc:
		var ft wasm.FuncType
		ft.Params = d.resultType()
		ft.Results = d.resultType()
		return wasm.CompType{Kind: wasm.CompFunc, Func: ft}
	case codeStruct:
		var fields []wasm.FieldType
		r.vec(func(int) { fields = append(fields, d.fieldType()) })
		return wasm.CompType{Kind: wasm.CompStruct, Fields: fields}
	case codeArray:
		return wasm.CompType{Kind: wasm.CompArray, Elem: d.fieldType()}
	}
	r.malformedCode(start, "malformed definition type")
	return wasm.CompType{}
}

func (d *decoder) resultType() []wasm.ValType {
	var ts []wasm.ValType
	d.r.vec(func(int) { ts = append(ts, d.valType()) })
	return ts
}

func (d *decoder) fieldType() wasm.FieldType {
	r := d.r
	var ft wasm.FieldType
	switch b, _ := r.peek(); b {
	case codeI8:
		r.byte()
		ft.Storage.Packed = wasm.PackedI8
	case codeI16:
		r.byte()
		ft.Storage.Packed = wasm.PackedI16
	default:
		ft.Storage.Type = d.valType()
	}
	ft.Mutable = d.mutability()
	return ft
}

func (d *decoder) mutability() bool {
	r := d.r
	start := r.pos
	switch r.byte() {
	case 0:
		return false
	case 1:
		return true
	}
	r.failAt(start, "malformed mutability")
	return false
}

// valType reads a number, vector or reference type.
func (d *decoder) valType() wasm.ValType {
	r := d.r
	b, ok := r.peek()
	if !ok {
		r.byte() // reports the end of input
		return wasm.ValType{}
	}
	switch b {
	case codeI32:
		r.byte()
		return wasm.I32
	case codeI64:
		r.byte()
		return wasm.I64
	case codeF32:
		r.byte()
		return wasm.F32
	case codeF64:
		r.byte()
		return wasm.F64
	case codeV128:
		r.byte()
		return wasm.V128
	}
	if b == codeRef || b == codeRefNull || isAbstractHeap(b) {
		return d.refType()
	}
	r.malformedCode(r.pos, "malformed value type")
	return wasm.ValType{}
}

// refType reads (ref null? ht) or a nullable shorthand such as funcref.
func (d *decoder) refType() wasm.ValType {
	r := d.r
	start := r.pos
	b := r.byte()
	switch {
	case b == codeRef || b == codeRefNull:
		return wasm.RefType(b == codeRefNull, d.heapType())
	case isAbstractHeap(b):
		return wasm.RefType(true, wasm.HeapType(-int32(b)))
	}
	r.malformedCode(start, "malformed reference type")
	return wasm.ValType{}
}

// heapType reads an abstract heap type byte or a type index as an s33.
func (d *decoder) heapType() wasm.HeapType {
	r := d.r
	start := r.pos
	if b, _ := r.peek(); isAbstractHeap(b) {
		r.byte()
		return wasm.HeapType(-int32(b))
	}
	v := r.s33()
	switch {
	case r.err != nil:
	case v < 0:
		r.failAt(start, "malformed heap type")
	case v > math.MaxInt32: // no module can have that many types
		r.failAt(start, "unknown type")
	}
	return wasm.HeapType(v)
}

// limits reads the flags and bounds of a table or memory type: bit 0 says a
// maximum follows, bit 1 marks a shared memory, bit 2 a 64-bit address type.
func (d *decoder) limits(allowShared bool) (l wasm.Limits, shared, addr64 bool) {
	r := d.r
	start := r.pos
	flags := r.byte()
	if flags > 7 || (!allowShared && flags&2 != 0) {
		r.failAt(start, "malformed limits flags")
		return
	}
	l.HasMax = flags&1 != 0
	shared = flags&2 != 0
	addr64 = flags&4 != 0
	// Bounds are u64 even for 32-bit address types; validation checks
	// their range.
	l.Min = r.u64()
	if l.HasMax {
		l.Max = r.u64()
	}
	return
}

func (d *decoder) tableType() wasm.TableType {
	var t wasm.TableType
	t.Elem = d.refType()
	t.Limits, _, t.Addr64 = d.limits(false)
	return t
}

func (d *decoder) memType() wasm.MemType {
	var t wasm.MemType
	t.Limits, t.Shared, t.Addr64 = d.limits(true)
	return t
}

func (d *decoder) globalType() wasm.GlobalType {
	t := d.valType()
	return wasm.GlobalType{Type: t, Mutable: d.mutability()}
}

// malformedCode reports an unknown type code at buffer index i. Type codes
// are one-byte signed LEB128 numbers, so a byte with its high bit set is an
// over-long encoding rather than an unknown code.
func (r *reader) malformedCode(i int, msg string) {
	if i < len(r.buf) && r.buf[i]&0x80 != 0 {
		msg = errTooLong
	}
	r.failAt(i, "%s", msg)
}
