package debuginfo

import (
	"debug/dwarf"
	"encoding/binary"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Value is a variable's value as a tree: fields of structs and unions,
// elements of arrays, the target of a pointer.
type Value struct {
	Name     string
	Type     string // the C type, e.g. "struct point", "int *"
	Text     string // the whole value on one line, e.g. "{x = 3, y = 4}"
	Children []Value
}

// Limits on what one value reads, so a wild pointer or a huge array costs
// little.
const (
	maxElems     = 100
	maxReadBytes = 1 << 16
	maxString    = 200
	maxNesting   = 12   // fields, elements and pointer targets inside each other: DWARF may loop
	maxNodes     = 2000 // values described under one variable
)

// value evaluates a variable at DWARF address pc.
func (in *Info) value(v *Var, pc uint64, ctx evalCtx) Value {
	out := Value{Name: v.Name, Type: "void"}
	if !v.hasType {
		out.Text = "<no type>"
		return out
	}
	typ, err := in.data.Type(v.typeOff) // debug/dwarf caches it
	if err != nil {
		out.Text = fmt.Sprintf("<.debug_info at offset 0x%x: %v>", v.typeOff, err)
		return out
	}
	out.Type = cName(typ)
	expr, err := in.locExpr(v, pc)
	if err != nil {
		out.Text = "<" + err.Error() + ">"
		return out
	}
	if expr == nil {
		out.Text = "<optimized out>"
		return out
	}
	pieces, err := eval(expr, ctx)
	if err != nil {
		out.Text = "<" + err.Error() + ">"
		return out
	}
	b, addr, err := gather(pieces, typ.Size(), ctx.m)
	if err != nil {
		out.Text = "<" + err.Error() + ">"
		return out
	}
	f := &formatter{m: ctx.m, budget: maxNodes}
	f.fill(&out, typ, b, addr, 0)
	return out
}

// gather reads a variable's bytes from its pieces; addr is its address
// when it is in memory as a whole (-1 otherwise).
func gather(ps []piece, size int64, m Machine) ([]byte, int64, error) {
	if size < 0 || size > maxReadBytes {
		size = min(max(size, 0), maxReadBytes)
	}
	if len(ps) == 1 && ps[0].size == 0 {
		ps[0].size = int(size)
	}
	var b []byte
	addr := int64(-1)
	for _, p := range ps {
		switch p.kind {
		case inMemory:
			mem, ok := m.Read(p.addr, p.size)
			if !ok {
				return nil, 0, fmt.Errorf("cannot access memory at 0x%x", p.addr)
			}
			if len(ps) == 1 {
				addr = int64(p.addr)
			}
			b = append(b, mem...)
		case inValue:
			var v [8]byte
			binary.LittleEndian.PutUint64(v[:], p.val)
			chunk := make([]byte, p.size)
			copy(chunk, v[:])
			b = append(b, chunk...)
		case optimizedOut:
			if len(ps) == 1 {
				return nil, 0, fmt.Errorf("optimized out")
			}
			b = append(b, make([]byte, p.size)...)
		}
	}
	return b, addr, nil
}

// formatter describes one variable's value; budget bounds the values it
// describes, and depth counts the levels of nesting and pointers followed.
type formatter struct {
	m      Machine
	budget int
}

// fill describes bytes b of type t into v.
func (f *formatter) fill(v *Value, t dwarf.Type, b []byte, addr int64, depth int) {
	f.budget--
	if f.budget < 0 || depth > maxNesting {
		v.Text = "..."
		return
	}
	switch t := t.(type) {
	case *dwarf.TypedefType:
		f.fill(v, t.Type, b, addr, depth)
	case *dwarf.QualType:
		f.fill(v, t.Type, b, addr, depth)
	case *dwarf.StructType:
		f.fillStruct(v, t, b, addr, depth)
	case *dwarf.ArrayType:
		f.fillArray(v, t, b, addr, depth)
	case *dwarf.PtrType:
		f.fillPointer(v, t, b, depth)
	case *dwarf.EnumType:
		n := signed(b)
		v.Text = strconv.FormatInt(n, 10)
		for _, e := range t.Val {
			if e.Val == n {
				v.Text = e.Name
			}
		}
	default:
		v.Text = scalar(t, b)
	}
}

func (f *formatter) fillStruct(v *Value, t *dwarf.StructType, b []byte, addr int64, depth int) {
	if t.Incomplete {
		v.Text = "<incomplete type>"
		return
	}
	var parts []string
	for _, fld := range t.Field {
		c := Value{Name: fld.Name, Type: cName(fld.Type)}
		size := fld.Type.Size()
		if fld.ByteOffset < 0 || fld.ByteOffset+size > int64(len(b)) || size < 0 {
			c.Text = "<out of range>"
		} else {
			fb := b[fld.ByteOffset : fld.ByteOffset+size]
			if fld.BitSize > 0 {
				fb = bitfield(fb, fld)
			}
			f.fill(&c, fld.Type, fb, offsetAddr(addr, fld.ByteOffset), depth+1)
		}
		v.Children = append(v.Children, c)
		parts = append(parts, c.Name+" = "+c.Text)
	}
	v.Text = "{" + strings.Join(parts, ", ") + "}"
}

// bitfield extracts a bit field into little-endian bytes of its type.
func bitfield(b []byte, fld *dwarf.StructField) []byte {
	var w [8]byte
	copy(w[:], b)
	x := binary.LittleEndian.Uint64(w[:])
	off := fld.DataBitOffset - 8*fld.ByteOffset
	if fld.DataBitOffset == 0 && fld.BitOffset != 0 {
		off = 8*int64(len(b)) - fld.BitOffset - fld.BitSize
	}
	x = (x >> uint(off)) & (1<<uint(fld.BitSize) - 1)
	out := make([]byte, len(b))
	binary.LittleEndian.PutUint64(w[:], x)
	copy(out, w[:])
	return out
}

func (f *formatter) fillArray(v *Value, t *dwarf.ArrayType, b []byte, addr int64, depth int) {
	es := t.Type.Size()
	if isChar(t.Type) {
		v.Text = quote(b)
		return
	}
	var parts []string
	for i := int64(0); i < t.Count && i < maxElems && es > 0 && (i+1)*es <= int64(len(b)); i++ {
		c := Value{Name: fmt.Sprintf("[%d]", i), Type: cName(t.Type)}
		f.fill(&c, t.Type, b[i*es:(i+1)*es], offsetAddr(addr, i*es), depth+1)
		v.Children = append(v.Children, c)
		parts = append(parts, c.Text)
	}
	if t.Count > maxElems {
		parts = append(parts, "...")
	}
	v.Text = "{" + strings.Join(parts, ", ") + "}"
}

func (f *formatter) fillPointer(v *Value, t *dwarf.PtrType, b []byte, depth int) {
	p := unsigned(b)
	v.Text = fmt.Sprintf("0x%x", p)
	elem := t.Type
	if p == 0 || elem == nil || depth >= maxNesting {
		return
	}
	if isChar(elem) {
		if s, ok := f.cString(p); ok {
			v.Text += " " + s
		}
		return
	}
	size := elem.Size()
	if _, void := elem.(*dwarf.VoidType); void || size <= 0 || size > maxReadBytes {
		return
	}
	mem, ok := f.m.Read(p, int(size))
	c := Value{Name: "*" + v.Name, Type: cName(elem)}
	if !ok {
		c.Text = fmt.Sprintf("<cannot access memory at 0x%x>", p)
	} else {
		f.fill(&c, elem, mem, int64(p), depth+1)
	}
	v.Children = append(v.Children, c)
}

// cString reads a NUL-terminated string, quoted.
func (f *formatter) cString(p uint64) (string, bool) {
	var s []byte
	for len(s) < maxString {
		b, ok := f.m.Read(p+uint64(len(s)), 1)
		if !ok {
			return "", false
		}
		if b[0] == 0 {
			return quote(s), true
		}
		s = append(s, b[0])
	}
	return quote(s) + "...", true
}

func quote(b []byte) string {
	if i := strings.IndexByte(string(b), 0); i >= 0 {
		b = b[:i]
	}
	return strconv.Quote(string(b))
}

func offsetAddr(addr, off int64) int64 {
	if addr < 0 {
		return -1
	}
	return addr + off
}

func isChar(t dwarf.Type) bool {
	for range maxNesting { // a damaged typedef may name itself
		switch x := t.(type) {
		case *dwarf.QualType:
			t = x.Type
		case *dwarf.TypedefType:
			t = x.Type
		case *dwarf.CharType, *dwarf.UcharType:
			return true
		default:
			return false
		}
	}
	return false
}

// scalar formats a base type.
func scalar(t dwarf.Type, b []byte) string {
	switch t.(type) {
	case *dwarf.FloatType:
		if len(b) == 4 {
			return strconv.FormatFloat(float64(math.Float32frombits(uint32(unsigned(b)))), 'g', -1, 32)
		}
		return strconv.FormatFloat(math.Float64frombits(unsigned(b)), 'g', -1, 64)
	case *dwarf.BoolType:
		return strconv.FormatBool(unsigned(b) != 0)
	case *dwarf.CharType, *dwarf.UcharType:
		n := unsigned(b)
		if _, ok := t.(*dwarf.CharType); ok {
			n = uint64(signed(b))
		}
		return fmt.Sprintf("%d %s", int64(n), strconv.QuoteRune(rune(byte(n))))
	case *dwarf.UintType, *dwarf.AddrType:
		return strconv.FormatUint(unsigned(b), 10)
	case *dwarf.IntType:
		return strconv.FormatInt(signed(b), 10)
	}
	return fmt.Sprintf("0x%x", unsigned(b))
}

func unsigned(b []byte) uint64 {
	var w [8]byte
	copy(w[:], b)
	return binary.LittleEndian.Uint64(w[:])
}

func signed(b []byte) int64 {
	n := len(b)
	if n == 0 || n >= 8 {
		return int64(unsigned(b))
	}
	shift := uint(64 - 8*n)
	return int64(unsigned(b)<<shift) >> shift
}

// cName is the C spelling of a type.
func cName(t dwarf.Type) string { return cNameAt(t, 0) }

func cNameAt(t dwarf.Type, depth int) string {
	if depth > maxNesting { // a damaged type may contain itself
		return "..."
	}
	switch t := t.(type) {
	case nil:
		return "void"
	case *dwarf.PtrType:
		return strings.TrimSuffix(cNameAt(t.Type, depth+1), " ") + " *"
	case *dwarf.ArrayType:
		return fmt.Sprintf("%s [%d]", cNameAt(t.Type, depth+1), t.Count)
	case *dwarf.QualType:
		return t.Qual + " " + cNameAt(t.Type, depth+1)
	case *dwarf.StructType:
		if t.StructName == "" {
			return t.Kind + " {...}"
		}
		return t.Kind + " " + t.StructName
	case *dwarf.EnumType:
		return "enum " + t.EnumName
	case *dwarf.TypedefType:
		return t.Name
	case *dwarf.FuncType:
		return "function"
	case *dwarf.VoidType:
		return "void"
	}
	return t.Common().Name
}
