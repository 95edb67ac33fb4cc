package vm

import (
	"fmt"
	"math"
	"strconv"

	"wasmstep/vm/wasm"
)

// Ref is a reference value: nil is null; otherwise one of *Function,
// *Struct, *Array, I31, *Exception, an externalised internal reference
// (see ExternConvertAny), or any Go value a host passed in as an externref.
type Ref = any

// Value is a WebAssembly value at the API boundary: its type plus its bits
// (numbers, the low half of a v128) or its reference.
type Value struct {
	Type wasm.ValType
	Bits uint64 // i32 (zero-extended), i64, f32/f64 bits, low half of a v128
	Hi   uint64 // high half of a v128
	Ref  Ref    // references only; nil is null
}

// I32 returns an i32 value.
func I32(v int32) Value { return Value{Type: wasm.I32, Bits: uint64(uint32(v))} }

// I64 returns an i64 value.
func I64(v int64) Value { return Value{Type: wasm.I64, Bits: uint64(v)} }

// F32 returns an f32 value.
func F32(v float32) Value { return F32Bits(math.Float32bits(v)) }

// F64 returns an f64 value.
func F64(v float64) Value { return F64Bits(math.Float64bits(v)) }

// F32Bits returns the f32 value with these bits (NaN payloads kept).
func F32Bits(b uint32) Value { return Value{Type: wasm.F32, Bits: uint64(b)} }

// F64Bits returns the f64 value with these bits (NaN payloads kept).
func F64Bits(b uint64) Value { return Value{Type: wasm.F64, Bits: b} }

// V128 returns a v128 value from its two little-endian halves.
func V128(lo, hi uint64) Value { return Value{Type: wasm.V128, Bits: lo, Hi: hi} }

// RefNull returns the null reference of a heap type.
func RefNull(h wasm.HeapType) Value { return Value{Type: wasm.RefType(true, h)} }

// FuncRef returns a reference to a function (null if f is nil).
func FuncRef(f *Function) Value {
	if f == nil {
		return RefNull(wasm.HeapFunc)
	}
	return Value{Type: wasm.RefType(false, wasm.HeapFunc), Ref: f}
}

// ExternRef returns an external reference to a host value (null if v is nil).
func ExternRef(v any) Value {
	if v == nil {
		return RefNull(wasm.HeapExtern)
	}
	return Value{Type: wasm.RefType(false, wasm.HeapExtern), Ref: v}
}

// RefValue returns a reference value of type t.
func RefValue(t wasm.ValType, r Ref) Value { return Value{Type: t, Ref: r} }

// ZeroValue returns the default value of t: zero, or null.
func ZeroValue(t wasm.ValType) Value { return Value{Type: t} }

// I32 returns the value as an int32.
func (v Value) I32() int32 { return int32(uint32(v.Bits)) }

// I64 returns the value as an int64.
func (v Value) I64() int64 { return int64(v.Bits) }

// F32 returns the value as a float32.
func (v Value) F32() float32 { return math.Float32frombits(uint32(v.Bits)) }

// F64 returns the value as a float64.
func (v Value) F64() float64 { return math.Float64frombits(v.Bits) }

// IsNull reports whether v is a null reference.
func (v Value) IsNull() bool { return v.Type.IsRef() && v.Ref == nil }

// String renders the value as the command line prints results: `i32:3`,
// `f64:1.5`, `ref.null func`, `ref.func`, `ref.extern 1`, `ref.i31 5`.
func (v Value) String() string {
	switch v.Type.Kind {
	case wasm.KindI32:
		return "i32:" + strconv.FormatInt(int64(v.I32()), 10)
	case wasm.KindI64:
		return "i64:" + strconv.FormatInt(v.I64(), 10)
	case wasm.KindF32:
		return "f32:" + formatFloat(float64(v.F32()), uint64(uint32(v.Bits)), 32)
	case wasm.KindF64:
		return "f64:" + formatFloat(v.F64(), v.Bits, 64)
	case wasm.KindV128:
		return fmt.Sprintf("v128:0x%016x%016x", v.Hi, v.Bits)
	case wasm.KindRef:
		return refString(v.Type, v.Ref)
	}
	return "invalid"
}

// formatFloat prints NaNs with their payload, as the text format writes them.
func formatFloat(f float64, bits uint64, size int) string {
	if !math.IsNaN(f) {
		return strconv.FormatFloat(f, 'g', -1, size)
	}
	var sign string
	var payload, canonical uint64
	if size == 32 {
		if bits>>31 != 0 {
			sign = "-"
		}
		payload, canonical = bits&(1<<23-1), 1<<22
	} else {
		if bits>>63 != 0 {
			sign = "-"
		}
		payload, canonical = bits&(1<<52-1), 1<<51
	}
	if payload == canonical {
		return sign + "nan"
	}
	return fmt.Sprintf("%snan:0x%x", sign, payload)
}

func refString(t wasm.ValType, r Ref) string {
	switch x := r.(type) {
	case nil:
		h := t.Heap
		if !h.IsAbstract() {
			return fmt.Sprintf("ref.null %d", h)
		}
		return "ref.null " + h.String()
	case *Function:
		if x.Name != "" {
			return "ref.func $" + x.Name
		}
		return "ref.func"
	case I31:
		return "ref.i31 " + strconv.Itoa(int(x))
	case *Struct:
		return "ref.struct"
	case *Array:
		return "ref.array"
	case *Exception:
		return "ref.exn"
	case externalized:
		return "ref.extern " + refString(wasm.AnyRef, x.ref)
	case internalized:
		return "ref.host " + fmt.Sprint(x.host)
	}
	return "ref.extern " + fmt.Sprint(r)
}
