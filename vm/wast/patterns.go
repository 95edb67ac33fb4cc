package wast

import (
	"strings"

	"wasmstep/vm"
	"wasmstep/vm/wasm"
	"wasmstep/vm/wat"
)

// matches reports whether a result value matches an expected pattern.
func matches(p wat.ResultPattern, v vm.Value) bool {
	switch p.Kind {
	case wat.PatConst:
		return matchesConst(p.Const, v)
	case wat.PatNaNCanonical:
		return v.Type == p.Type && isNaN(v, p.Type, true)
	case wat.PatNaNArithmetic:
		return v.Type == p.Type && isNaN(v, p.Type, false)
	case wat.PatRefNull:
		return v.Type.IsRef() && v.Ref == nil
	case wat.PatRef:
		return v.Type.IsRef() && v.Ref != nil && refHasHeapType(v.Ref, p.Heap)
	case wat.PatV128:
		return v.Type.Kind == wasm.KindV128 && matchesLanes(p, v)
	case wat.PatEither:
		for _, alt := range p.Alts {
			if matches(alt, v) {
				return true
			}
		}
	}
	return false
}

func matchesConst(c wat.Const, v vm.Value) bool {
	switch c.Kind {
	case wat.ConstRefNull:
		return v.Type.IsRef() && v.Ref == nil
	case wat.ConstExtern, wat.ConstHost:
		h, ok := vm.HostValue(v.Ref)
		return ok && h == hostRef(c.N)
	}
	if v.Type.Kind != c.Type.Kind {
		return false
	}
	switch c.Type.Kind {
	case wasm.KindI32, wasm.KindF32:
		return uint32(v.Bits) == uint32(c.Bits)
	case wasm.KindV128:
		return v.Bits == c.Bits && v.Hi == c.Hi
	}
	return v.Bits == c.Bits
}

// isNaN checks for a NaN; canonical NaNs have only the quiet bit set in
// their payload, arithmetic NaNs at least the quiet bit.
func isNaN(v vm.Value, t wasm.ValType, canonical bool) bool {
	var exp, maxExp, payload, quiet uint64
	if t.Kind == wasm.KindF32 {
		bits := uint64(uint32(v.Bits))
		exp, maxExp, payload, quiet = bits>>23&0xFF, 0xFF, bits&(1<<23-1), 1<<22
	} else {
		exp, maxExp, payload, quiet = v.Bits>>52&0x7FF, 0x7FF, v.Bits&(1<<52-1), 1<<51
	}
	if exp != maxExp || payload == 0 {
		return false
	}
	if canonical {
		return payload == quiet
	}
	return payload&quiet != 0
}

// refHasHeapType checks the patterns (ref.func), (ref.struct), (ref.array),
// (ref.i31), (ref.eq), (ref.any), (ref.extern) and (ref.exn).
func refHasHeapType(r vm.Ref, h wasm.HeapType) bool {
	switch h {
	case wasm.HeapFunc:
		_, ok := r.(*vm.Function)
		return ok
	case wasm.HeapStruct:
		_, ok := r.(*vm.Struct)
		return ok
	case wasm.HeapArray:
		_, ok := r.(*vm.Array)
		return ok
	case wasm.HeapI31:
		_, ok := r.(vm.I31)
		return ok
	case wasm.HeapEq:
		return refHasHeapType(r, wasm.HeapStruct) || refHasHeapType(r, wasm.HeapArray) || refHasHeapType(r, wasm.HeapI31)
	case wasm.HeapExn:
		_, ok := r.(*vm.Exception)
		return ok
	case wasm.HeapExtern, wasm.HeapAny:
		return true
	}
	return false
}

// matchesLanes checks a v128 lane by lane in the pattern's shape.
func matchesLanes(p wat.ResultPattern, v vm.Value) bool {
	var bytes [16]byte
	for i := 0; i < 8; i++ {
		bytes[i] = byte(v.Bits >> (8 * i))
		bytes[8+i] = byte(v.Hi >> (8 * i))
	}
	n := len(p.Lanes)
	if n == 0 {
		return false
	}
	width := 16 / n
	for i, lp := range p.Lanes {
		var bits uint64
		for j := width - 1; j >= 0; j-- {
			bits = bits<<8 | uint64(bytes[i*width+j])
		}
		lv := vm.Value{Bits: bits}
		switch {
		case strings.HasPrefix(p.Shape, "f32"):
			lv.Type = wasm.F32
		case strings.HasPrefix(p.Shape, "f64"):
			lv.Type = wasm.F64
		case width == 8:
			lv.Type = wasm.I64
		default:
			lv.Type = wasm.I32
		}
		if lp.Kind == wat.PatConst && lv.Type.Kind == wasm.KindI32 && width < 4 {
			mask := uint64(1)<<(8*uint(width)) - 1
			if lv.Bits&mask != lp.Const.Bits&mask {
				return false
			}
			continue
		}
		if !matches(lp, lv) {
			return false
		}
	}
	return true
}

func formatPatterns(ps []wat.ResultPattern) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = formatPattern(p)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func formatPattern(p wat.ResultPattern) string {
	switch p.Kind {
	case wat.PatConst:
		return constValue(p.Const).String()
	case wat.PatNaNCanonical:
		return p.Type.String() + ":nan:canonical"
	case wat.PatNaNArithmetic:
		return p.Type.String() + ":nan:arithmetic"
	case wat.PatRefNull:
		return "ref.null"
	case wat.PatRef:
		return "ref." + p.Heap.String()
	case wat.PatV128:
		lanes := make([]string, len(p.Lanes))
		for i, l := range p.Lanes {
			lanes[i] = formatPattern(l)
		}
		return "v128 " + p.Shape + " " + strings.Join(lanes, " ")
	case wat.PatEither:
		alts := make([]string, len(p.Alts))
		for i, a := range p.Alts {
			alts[i] = formatPattern(a)
		}
		return "(either " + strings.Join(alts, " ") + ")"
	}
	return "?"
}
