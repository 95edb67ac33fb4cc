package validate

import (
	"sync"
	"testing"

	"wasmstep/vm/wasm"
)

// structOf is a struct type with one immutable field of type t.
func structOf(t wasm.ValType, final bool, supers ...uint32) wasm.SubType {
	return wasm.SubType{Final: final, Supers: supers, Comp: wasm.CompType{
		Kind: wasm.CompStruct, Fields: []wasm.FieldType{{Storage: wasm.StorageType{Type: t}}}}}
}

func funcOf(params, results []wasm.ValType) wasm.SubType {
	return wasm.SubType{Final: true, Comp: wasm.CompType{Kind: wasm.CompFunc,
		Func: wasm.FuncType{Params: params, Results: results}}}
}

// typesModule is a module with only a type section.
func typesModule(groups []wasm.RecGroup, types ...wasm.SubType) *wasm.Module {
	return &wasm.Module{Types: types, RecGroups: groups}
}

// rg is a rec group of count types from start.
func rg(start, count uint32, explicit bool) wasm.RecGroup {
	return wasm.RecGroup{Start: start, Count: count, Explicit: explicit}
}

func mustIDs(t *testing.T, m *wasm.Module) []TypeID {
	t.Helper()
	info, err := Validate(m)
	if err != nil {
		t.Fatalf("Validate: %v", err)
	}
	return info.TypeIDs
}

func TestCanonicalisation(t *testing.T) {
	self := func(i int) wasm.ValType { return wasm.RefType(true, wasm.HeapType(i)) }
	i32 := []wasm.ValType{wasm.I32}
	tests := []struct {
		name     string
		a, b     *wasm.Module
		ia, ib   int // compared type indices
		wantSame bool
	}{
		{"same function type in two modules",
			typesModule(nil, funcOf(i32, nil)),
			typesModule(nil, funcOf(nil, nil), funcOf(i32, nil)), 0, 1, true},
		{"different function types",
			typesModule(nil, funcOf(i32, nil)),
			typesModule(nil, funcOf(nil, i32)), 0, 0, false},
		{"recursive group at different module positions",
			typesModule([]wasm.RecGroup{rg(0, 2, true)}, structOf(self(1), true), structOf(self(0), true)),
			typesModule([]wasm.RecGroup{rg(0, 1, false), rg(1, 2, true)},
				funcOf(nil, nil), structOf(self(2), true), structOf(self(1), true)), 1, 2, true},
		{"same structure at different positions of one group",
			typesModule([]wasm.RecGroup{rg(0, 2, true)}, structOf(self(0), true), structOf(self(0), true)),
			typesModule([]wasm.RecGroup{rg(0, 2, true)}, structOf(self(0), true), structOf(self(0), true)), 0, 1, false},
		{"explicit group of one equals an implicit one",
			typesModule([]wasm.RecGroup{rg(0, 1, true)}, structOf(wasm.I64, true)),
			typesModule(nil, structOf(wasm.I64, true)), 0, 0, true},
		{"a type alone differs from the same type in a larger group",
			typesModule(nil, structOf(wasm.I64, true)),
			typesModule([]wasm.RecGroup{rg(0, 2, true)}, structOf(wasm.I64, true), structOf(wasm.I32, true)), 0, 0, false},
		{"finality is part of the type",
			typesModule(nil, structOf(wasm.I64, true)),
			typesModule(nil, structOf(wasm.I64, false)), 0, 0, false},
		{"supertypes are part of the type",
			typesModule(nil, structOf(wasm.I64, false), structOf(wasm.I64, false, 0)),
			typesModule(nil, structOf(wasm.I64, false), structOf(wasm.I64, false)), 1, 1, false},
		{"reference to an earlier group by its canonical id",
			typesModule(nil, funcOf(nil, nil), structOf(self(0), true)),
			typesModule(nil, funcOf(i32, nil), funcOf(nil, nil), structOf(self(1), true)), 1, 2, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := mustIDs(t, tt.a), mustIDs(t, tt.b)
			if same := a[tt.ia] == b[tt.ib]; same != tt.wantSame {
				t.Errorf("ids %d and %d: same = %v, want %v", a[tt.ia], b[tt.ib], same, tt.wantSame)
			}
		})
	}
}

func TestCanonicalForm(t *testing.T) {
	m := typesModule([]wasm.RecGroup{rg(0, 1, false), rg(1, 2, true)},
		structOf(wasm.AnyRef, false),
		structOf(wasm.RefType(false, 2), false, 0),
		structOf(wasm.RefType(false, 2), true, 1))
	ids := mustIDs(t, m)
	ct := Canonical(ids[2])
	if got := TypeID(ct.Comp.Fields[0].Storage.Type.Heap); got != ids[2] {
		t.Errorf("field heap type = %d, want TypeID %d", got, ids[2])
	}
	if len(ct.Supers) != 1 || ct.Supers[0] != ids[1] {
		t.Errorf("supers = %v, want [%d]", ct.Supers, ids[1])
	}
	if !IsSubtypeID(ids[2], ids[0]) || IsSubtypeID(ids[0], ids[2]) {
		t.Errorf("subtyping along the declared chain is wrong")
	}
	if Canonical(TypeID(1<<31)) != nil {
		t.Errorf("Canonical of an unknown id is not nil")
	}
}

func TestCanonicalConcurrent(t *testing.T) {
	// A group no other test uses, registered from many goroutines at once.
	mk := func() *wasm.Module {
		return typesModule([]wasm.RecGroup{rg(0, 2, true)},
			structOf(wasm.F64, true), funcOf([]wasm.ValType{wasm.F64, wasm.F32}, nil))
	}
	ids := make([]TypeID, 8)
	errs := make([]error, len(ids))
	var wg sync.WaitGroup
	for i := range ids {
		wg.Go(func() {
			var info *Info
			if info, errs[i] = Validate(mk()); errs[i] == nil {
				ids[i] = info.TypeIDs[1]
			}
		})
	}
	wg.Wait()
	for i, id := range ids {
		if errs[i] != nil || id != ids[0] {
			t.Fatalf("ids differ: %v (errors %v)", ids, errs)
		}
	}
	if _, ok := FuncTypeOf(ids[0]); !ok {
		t.Errorf("FuncTypeOf(%d) is not a function type", ids[0])
	}
}
