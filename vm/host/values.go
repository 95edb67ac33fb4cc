package host

import (
	"fmt"
	"strconv"
	"strings"

	"wasmstep/vm"
	"wasmstep/vm/wasm"
)

// plainValue renders a value without its type prefix: "3" for i32:3, "1.5"
// for f64:1.5; references keep their own rendering ("ref.null func").
func plainValue(v vm.Value) string {
	s := v.String()
	if v.Type.IsRef() {
		return s
	}
	if _, after, ok := strings.Cut(s, ":"); ok {
		return after
	}
	return s
}

// ParseValue reads a value of type t from the command line or a sidecar:
// integers in decimal or hex (0x...), signed or unsigned, floats in decimal
// or hex, inf, nan and nan:0xPAYLOAD, and "null" for a reference.
func ParseValue(t wasm.ValType, s string) (vm.Value, error) {
	bad := func() (vm.Value, error) { return vm.Value{}, fmt.Errorf("%q is not a valid %s", s, t) }
	switch t.Kind {
	case wasm.KindI32:
		n, ok := parseInt(s, 32)
		if !ok {
			return bad()
		}
		return vm.I32(int32(uint32(n))), nil
	case wasm.KindI64:
		n, ok := parseInt(s, 64)
		if !ok {
			return bad()
		}
		return vm.I64(int64(n)), nil
	case wasm.KindF32:
		if bits, ok := parseNaN(s, 32); ok {
			return vm.F32Bits(uint32(bits)), nil
		}
		f, err := strconv.ParseFloat(s, 32)
		if err != nil && !isRangeErr(err) {
			return bad()
		}
		return vm.F32(float32(f)), nil
	case wasm.KindF64:
		if bits, ok := parseNaN(s, 64); ok {
			return vm.F64Bits(bits), nil
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !isRangeErr(err) {
			return bad()
		}
		return vm.F64(f), nil
	case wasm.KindRef:
		if s == "null" && t.Nullable {
			return vm.RefNull(t.Heap), nil
		}
	}
	return bad()
}

// parseInt accepts a signed or unsigned integer of the given width and
// returns its bits.
func parseInt(s string, bits int) (uint64, bool) {
	if n, err := strconv.ParseInt(s, 0, bits); err == nil {
		return uint64(n) & (1<<bits - 1), true
	}
	n, err := strconv.ParseUint(s, 0, bits)
	return n, err == nil
}

// parseNaN reads nan, -nan and nan:0xPAYLOAD into float bits.
func parseNaN(s string, bits int) (uint64, bool) {
	sign := uint64(0)
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		s, sign = rest, 1
	} else {
		s = strings.TrimPrefix(s, "+")
	}
	mantBits := 52
	if bits == 32 {
		mantBits = 23
	}
	payload := uint64(1) << (mantBits - 1)
	if p, ok := strings.CutPrefix(s, "nan:"); ok {
		n, err := strconv.ParseUint(p, 0, mantBits)
		if err != nil || n == 0 {
			return 0, false
		}
		payload = n
	} else if s != "nan" {
		return 0, false
	}
	exp := uint64(1)<<(bits-1-mantBits) - 1
	return sign<<(bits-1) | exp<<mantBits | payload, true
}

// isRangeErr reports an overflow, which rounds to infinity as WebAssembly
// text does.
func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}
