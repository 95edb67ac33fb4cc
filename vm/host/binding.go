package host

import (
	"fmt"

	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

// Binding records how one import of a module was satisfied, so the user
// sees every piece of glue wasmstep supplied (CLI --show-imports, the
// window's console).
type Binding struct {
	Importer string // the importing module's file (or name)
	Module   string
	Name     string
	Type     string // the import's declared type, e.g. "func [i32] -> []"
	To       string // what it is bound to, e.g. "print: prints its arguments"
}

func (b Binding) String() string {
	return fmt.Sprintf("%s: import %q %q (%s) <- %s", b.Importer, b.Module, b.Name, b.Type, b.To)
}

// importType renders an import's declared type for a Binding.
func importType(imp wasm.Import, info *validate.Info) string {
	d := imp.Desc
	switch d.Kind {
	case wasm.ExternFunc:
		ft, _ := info.Module.FuncType(d.Func)
		return "func " + ft.String()
	case wasm.ExternTable:
		return fmt.Sprintf("table %s%s %s", addrPrefix(d.Table.Addr64), limitsString(d.Table.Limits), d.Table.Elem)
	case wasm.ExternMem:
		return fmt.Sprintf("memory %s%s", addrPrefix(d.Mem.Addr64), limitsString(d.Mem.Limits))
	case wasm.ExternGlobal:
		if d.Global.Mutable {
			return fmt.Sprintf("global (mut %s)", d.Global.Type)
		}
		return "global " + d.Global.Type.String()
	}
	ft, _ := info.Module.FuncType(d.Tag.TypeIdx)
	return "tag " + ft.String()
}

func addrPrefix(addr64 bool) string {
	if addr64 {
		return "i64 "
	}
	return ""
}

func limitsString(l wasm.Limits) string {
	if l.HasMax {
		return fmt.Sprintf("%d %d", l.Min, l.Max)
	}
	return fmt.Sprint(l.Min)
}

// importerName names the module for messages: its file, else its $id.
func importerName(m *wasm.Module) string {
	if m.File != nil {
		return m.File.Name()
	}
	if m.Name != "" {
		return "$" + m.Name
	}
	return "module"
}
