package binary

import (
	"maps"
	"slices"
)

// nameSection returns the contents of the name section for m.Names after the
// section's own name, or nil if there are no names.
func (e *encoder) nameSection() []byte {
	n := &e.m.Names
	var b []byte
	sub := func(id byte, content []byte) {
		if content != nil {
			b = appendSection(b, id, content)
		}
	}
	if n.Module != "" {
		sub(nameModule, appendName(nil, n.Module))
	}
	sub(nameFunc, nameMapBytes(n.Funcs))
	sub(nameLocal, indirectNameMapBytes(n.Locals))
	sub(nameLabel, indirectNameMapBytes(n.Labels))
	sub(nameType, nameMapBytes(n.Types))
	sub(nameTable, nameMapBytes(n.Tables))
	sub(nameMemory, nameMapBytes(n.Mems))
	sub(nameGlobal, nameMapBytes(n.Globals))
	sub(nameElem, nameMapBytes(n.Elems))
	sub(nameData, nameMapBytes(n.Datas))
	sub(nameField, indirectNameMapBytes(n.Fields))
	sub(nameTag, nameMapBytes(n.Tags))
	return b
}

// nameMapBytes writes a name map in increasing index order; nil if empty.
func nameMapBytes(m map[uint32]string) []byte {
	if len(m) == 0 {
		return nil
	}
	keys := slices.Sorted(maps.Keys(m))
	return appendVec(nil, len(keys), func(b []byte, i int) []byte {
		return appendName(appendULEB(b, uint64(keys[i])), m[keys[i]])
	})
}

func indirectNameMapBytes(m map[uint32]map[uint32]string) []byte {
	if len(m) == 0 {
		return nil
	}
	keys := slices.Sorted(maps.Keys(m))
	return appendVec(nil, len(keys), func(b []byte, i int) []byte {
		b = appendULEB(b, uint64(keys[i]))
		inner := nameMapBytes(m[keys[i]])
		if inner == nil {
			return appendULEB(b, 0)
		}
		return append(b, inner...)
	})
}
