package host

import (
	"fmt"
	"io"
	"strings"

	"wasmstep/vm"
	"wasmstep/vm/wasm"
)

// A builtin is a host function an imported function can be bound to, by
// name in a sidecar or automatically by the import's name and signature.
type builtin struct {
	name string
	doc  string
	// fits reports whether a function of type ft can be bound; if not, the
	// error says which signatures the builtin accepts.
	fits func(ft wasm.FuncType) error
	make func(out io.Writer, imp wasm.Import, ft wasm.FuncType) vm.HostFunc
}

var builtins = []*builtin{
	{
		name: "print",
		doc:  "prints its arguments",
		fits: func(ft wasm.FuncType) error {
			if len(ft.Results) != 0 {
				return fmt.Errorf("print returns nothing, the import returns %d values", len(ft.Results))
			}
			return nil
		},
		make: func(out io.Writer, _ wasm.Import, _ wasm.FuncType) vm.HostFunc { return printArgs(out) },
	},
	{
		name: "print_string",
		doc:  "prints a UTF-8 string from memory",
		fits: func(ft wasm.FuncType) error {
			if !isStringShape(ft) {
				return fmt.Errorf("print_string takes (offset, length) or (memory, offset, length) and returns nothing, the import is %s", ft)
			}
			return nil
		},
		make: func(out io.Writer, _ wasm.Import, _ wasm.FuncType) vm.HostFunc { return printString(out) },
	},
	{
		name: "stub",
		doc:  "records the call and returns zeros",
		fits: func(ft wasm.FuncType) error {
			for _, t := range ft.Results {
				if !t.Defaultable() {
					return fmt.Errorf("stub cannot return a %s: it has no default value", t)
				}
			}
			return nil
		},
		make: stub,
	},
}

func builtinNamed(name string) *builtin {
	for _, b := range builtins {
		if b.name == name {
			return b
		}
	}
	return nil
}

func builtinNames() string {
	names := make([]string, len(builtins))
	for i, b := range builtins {
		names[i] = b.name
	}
	return strings.Join(names, ", ")
}

// isStringShape accepts (offset, length) and (memory index, offset,
// length), with i32 or i64 offsets and lengths (memory64), returning
// nothing.
func isStringShape(ft wasm.FuncType) bool {
	p := ft.Params
	if len(ft.Results) != 0 {
		return false
	}
	if len(p) == 3 {
		if p[0] != wasm.I32 {
			return false
		}
		p = p[1:]
	}
	return len(p) == 2 && p[0] == p[1] && (p[0] == wasm.I32 || p[0] == wasm.I64)
}

func printArgs(out io.Writer) vm.HostFunc {
	return func(_ *vm.CallContext, args []vm.Value) ([]vm.Value, error) {
		parts := make([]string, len(args))
		for i, a := range args {
			parts[i] = plainValue(a)
		}
		fmt.Fprintln(out, strings.Join(parts, " "))
		return nil, nil
	}
}

func printString(out io.Writer) vm.HostFunc {
	return func(ctx *vm.CallContext, args []vm.Value) ([]vm.Value, error) {
		memIdx := 0
		if len(args) == 3 {
			memIdx = int(uint32(args[0].I32()))
			args = args[1:]
		}
		off, n := args[0].Bits, args[1].Bits
		mem := ctx.Memory(memIdx)
		if mem == nil {
			return nil, fmt.Errorf("print_string: the caller has no memory %d", memIdx)
		}
		if n > mem.Size() {
			return nil, fmt.Errorf("print_string: %d bytes at %d are outside memory %d", n, off, memIdx)
		}
		buf := make([]byte, n)
		if !mem.ReadAt(buf, off) {
			return nil, fmt.Errorf("print_string: %d bytes at %d are outside memory %d", n, off, memIdx)
		}
		fmt.Fprintln(out, strings.ToValidUTF8(string(buf), "\uFFFD"))
		return nil, nil
	}
}

// stub records a call of an import nothing implements and returns zeros.
func stub(out io.Writer, imp wasm.Import, ft wasm.FuncType) vm.HostFunc {
	return func(ctx *vm.CallContext, args []vm.Value) ([]vm.Value, error) {
		parts := make([]string, len(args))
		for i, a := range args {
			parts[i] = a.String()
		}
		fmt.Fprintf(out, "[stub] %s.%s(%s)\n", imp.Module, imp.Name, strings.Join(parts, ", "))
		results := make([]vm.Value, len(ft.Results))
		for i, t := range ft.Results {
			results[i] = vm.ZeroValue(t)
		}
		return results, nil
	}
}
