package debugger

import (
	"fmt"
	"strconv"

	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

// typeSite is where a canonical type is declared: a module and its index.
type typeSite struct {
	m   *wasm.Module
	idx uint32
}

// typeSite finds the first module declaring a canonical type (name section
// names come from there).
func (s *Session) typeSiteOf(id validate.TypeID) (typeSite, bool) {
	if s.prog == nil {
		return typeSite{}, false
	}
	for _, inst := range s.prog.insts {
		for i, tid := range inst.Info.TypeIDs {
			if tid == id {
				return typeSite{inst.Module, uint32(i)}, true
			}
		}
	}
	return typeSite{}, false
}

// typeName is the type's $name, or "struct type N" style text.
func (s *Session) typeName(id validate.TypeID) string {
	ts, ok := s.typeSiteOf(id)
	if !ok {
		return fmt.Sprintf("type #%d", id)
	}
	if n := ts.m.Names.Types[ts.idx]; n != "" {
		return "$" + n
	}
	kind := [...]string{"func", "struct", "array"}[ts.m.Types[ts.idx].Comp.Kind]
	return fmt.Sprintf("%s type %d", kind, ts.idx)
}

type fieldInfo struct {
	name string
	typ  wasm.ValType
}

func (s *Session) structFields(id validate.TypeID) []fieldInfo {
	ts, ok := s.typeSiteOf(id)
	if !ok {
		return nil
	}
	var out []fieldInfo
	for i, f := range ts.m.Types[ts.idx].Comp.Fields {
		name := ts.m.Names.Fields[ts.idx][uint32(i)]
		if name == "" {
			name = strconv.Itoa(i)
		} else {
			name = "$" + name
		}
		out = append(out, fieldInfo{name, f.Storage.Unpacked()})
	}
	return out
}

func (s *Session) arrayElem(id validate.TypeID) wasm.ValType {
	ts, ok := s.typeSiteOf(id)
	if !ok {
		return wasm.ValType{Kind: wasm.KindI64}
	}
	return ts.m.Types[ts.idx].Comp.Elem.Storage.Unpacked()
}
