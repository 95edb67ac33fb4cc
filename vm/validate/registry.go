package validate

import (
	"sync"

	"wasmstep/vm/wasm"
)

// TypeID is a process-wide canonical type id: two types have the same id
// exactly when they are equivalent under iso-recursive canonicalisation, so
// modules instantiated in one process can compare types by id.
type TypeID uint32

// CanonType is a defined type in canonical form: every concrete heap type
// inside it (parameters, results, fields, elements) is a TypeID, and so are
// its supertypes.
type CanonType struct {
	Final  bool
	Supers []TypeID
	Comp   wasm.CompType
	// chain lists the type's ancestors from the root of its hierarchy down
	// to the type itself, so subtyping is one index comparison.
	chain []TypeID
}

// registry maps the canonical key of each rec group seen so far to the id
// of its first member; members of a group have consecutive ids.
var registry = struct {
	mu     sync.RWMutex
	groups map[string]TypeID
	types  []*CanonType
}{groups: map[string]TypeID{}}

// Canonical returns the canonical form of a type, or nil for an id no
// module has defined.
func Canonical(id TypeID) *CanonType {
	registry.mu.RLock()
	defer registry.mu.RUnlock()
	if int(id) >= len(registry.types) {
		return nil
	}
	return registry.types[id]
}

// FuncTypeOf returns the function type with id, whose concrete heap types
// are TypeIDs; ok is false if id is not a function type.
func FuncTypeOf(id TypeID) (ft wasm.FuncType, ok bool) {
	ct := Canonical(id)
	if ct == nil || ct.Comp.Kind != wasm.CompFunc {
		return wasm.FuncType{}, false
	}
	return ct.Comp.Func, true
}

// intern returns the id of the first member of a rec group with the given
// key, registering the group's members, built by build from that id, if the
// key is new. Supertypes must precede their subtypes.
func intern(key string, build func(base TypeID) []*CanonType) TypeID {
	registry.mu.RLock()
	base, ok := registry.groups[key]
	registry.mu.RUnlock()
	if ok {
		return base
	}
	registry.mu.Lock()
	defer registry.mu.Unlock()
	if base, ok := registry.groups[key]; ok {
		return base
	}
	base = TypeID(len(registry.types))
	for i, ct := range build(base) {
		ct.chain = []TypeID{base + TypeID(i)}
		if len(ct.Supers) > 0 {
			super := registry.types[ct.Supers[0]].chain
			ct.chain = append(append(make([]TypeID, 0, len(super)+1), super...), base+TypeID(i))
		}
		registry.types = append(registry.types, ct)
	}
	registry.groups[key] = base
	return base
}
