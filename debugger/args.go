package debugger

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"wasmstep/vm"
	"wasmstep/vm/wasm"
)

// ParseArgs converts command-line arguments to the parameter types of a
// function: integers in decimal or 0x hex (signed or unsigned), floats
// with nan, nan:0xPAYLOAD, inf and hex floats, and null references.
func ParseArgs(params []wasm.ValType, args []string) ([]vm.Value, error) {
	if len(args) != len(params) {
		return nil, fmt.Errorf("want %d arguments %v, got %d", len(params), params, len(args))
	}
	vals := make([]vm.Value, len(args))
	for i, a := range args {
		v, err := ParseValue(params[i], a)
		if err != nil {
			return nil, fmt.Errorf("argument %d: %w", i+1, err)
		}
		vals[i] = v
	}
	return vals, nil
}

// ParseValue parses one value of type t.
func ParseValue(t wasm.ValType, s string) (vm.Value, error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", ""))
	switch t.Kind {
	case wasm.KindI32:
		n, err := parseInt(s, 32)
		return vm.Value{Type: t, Bits: n & math.MaxUint32}, err
	case wasm.KindI64:
		n, err := parseInt(s, 64)
		return vm.Value{Type: t, Bits: n}, err
	case wasm.KindF32:
		bits, err := parseFloat(s, 32)
		return vm.Value{Type: t, Bits: bits}, err
	case wasm.KindF64:
		bits, err := parseFloat(s, 64)
		return vm.Value{Type: t, Bits: bits}, err
	case wasm.KindRef:
		if s == "null" || strings.HasPrefix(s, "ref.null") {
			if !t.Nullable {
				return vm.Value{}, fmt.Errorf("%s is not nullable", t)
			}
			return vm.Value{Type: t}, nil
		}
		if t.Heap == wasm.HeapExtern {
			n, err := strconv.ParseUint(strings.TrimPrefix(s, "ref.extern "), 0, 32)
			if err != nil {
				return vm.Value{}, fmt.Errorf("bad externref %q", s)
			}
			return vm.ExternRef(uint32(n)), nil
		}
		return vm.Value{}, fmt.Errorf("only null can be passed as %s", t)
	}
	return vm.Value{}, fmt.Errorf("cannot pass a %s from the command line", t)
}

func parseInt(s string, size int) (uint64, error) {
	neg := strings.HasPrefix(s, "-")
	digits := strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	u, err := strconv.ParseUint(digits, 0, size)
	if err != nil {
		return 0, fmt.Errorf("bad i%d %q", size, s)
	}
	if neg {
		if u > 1<<(size-1) {
			return 0, fmt.Errorf("i%d %q out of range", size, s)
		}
		return -u, nil
	}
	return u, nil
}

func parseFloat(s string, size int) (uint64, error) {
	neg := strings.HasPrefix(s, "-")
	body := strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	var bits uint64
	switch {
	case body == "inf":
		bits = math.Float64bits(math.Inf(1))
		if size == 32 {
			bits = uint64(math.Float32bits(float32(math.Inf(1))))
		}
	case strings.HasPrefix(body, "nan"):
		payload := uint64(1) << 51
		if size == 32 {
			payload = 1 << 22
		}
		if p, ok := strings.CutPrefix(body, "nan:"); ok {
			n, err := strconv.ParseUint(p, 0, 64)
			if err != nil || n == 0 || (size == 32 && n >= 1<<23) || n >= 1<<52 {
				return 0, fmt.Errorf("bad nan payload %q", s)
			}
			payload = n
		} else if body != "nan" {
			return 0, fmt.Errorf("bad f%d %q", size, s)
		}
		bits = 0x7FF<<52 | payload
		if size == 32 {
			bits = 0xFF<<23 | payload
		}
	default:
		f, err := strconv.ParseFloat(body, size)
		if err != nil {
			return 0, fmt.Errorf("bad f%d %q", size, s)
		}
		bits = math.Float64bits(f)
		if size == 32 {
			bits = uint64(math.Float32bits(float32(f)))
		}
	}
	if neg {
		bits |= 1 << (size - 1)
	}
	return bits, nil
}
