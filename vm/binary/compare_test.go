package binary

import (
	"fmt"
	"reflect"

	"wasmstep/vm/wasm"
)

// withoutPositions returns a copy of m with every Pos, End and File cleared,
// so modules from different sources compare with reflect.DeepEqual.
func withoutPositions(m *wasm.Module) *wasm.Module {
	c := *m
	c.File = nil
	c.Types = clearEach(m.Types, func(t *wasm.SubType) { t.Pos = 0 })
	c.Imports = clearEach(m.Imports, func(i *wasm.Import) { i.Pos = 0 })
	c.CodeOps = nil
	c.Funcs = clearEach(m.Funcs, func(f *wasm.Func) { f.Pos = 0; f.SetBody(stripInstrs(f.Body())) })
	c.Tables = clearEach(m.Tables, func(t *wasm.Table) { t.Pos = 0; t.Init = stripInstrs(t.Init) })
	c.Mems = clearEach(m.Mems, func(x *wasm.Mem) { x.Pos = 0 })
	c.Globals = clearEach(m.Globals, func(g *wasm.Global) { g.Pos = 0; g.Init = stripInstrs(g.Init) })
	c.Tags = clearEach(m.Tags, func(t *wasm.Tag) { t.Pos = 0 })
	c.Exports = clearEach(m.Exports, func(e *wasm.Export) { e.Pos = 0 })
	c.Elems = clearEach(m.Elems, func(e *wasm.Elem) {
		e.Pos = 0
		e.Offset = stripInstrs(e.Offset)
		e.Init = clearEach(e.Init, func(ex *[]wasm.Instr) { *ex = stripInstrs(*ex) })
	})
	c.Datas = clearEach(m.Datas, func(d *wasm.Data) { d.Pos = 0; d.Offset = stripInstrs(d.Offset) })
	return &c
}

// funcWith is a function holding body.
func funcWith(body []wasm.Instr) wasm.Func {
	var f wasm.Func
	f.SetBody(body)
	return f
}

func clearEach[T any](s []T, clear func(*T)) []T {
	if s == nil {
		return nil
	}
	c := append([]T{}, s...)
	for i := range c {
		clear(&c[i])
	}
	return c
}

func stripInstrs(body []wasm.Instr) []wasm.Instr {
	return clearEach(body, func(in *wasm.Instr) { in.Pos, in.End = 0, 0 })
}

// moduleDiff describes the first difference between two modules, ignoring
// positions; "" if they are equal.
func moduleDiff(a, b *wasm.Module) string {
	a, b = withoutPositions(a), withoutPositions(b)
	va, vb := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	for i := range va.NumField() {
		fa, fb := va.Field(i).Interface(), vb.Field(i).Interface()
		if !reflect.DeepEqual(fa, fb) {
			return fmt.Sprintf("%s differ:\n  %+v\n  %+v", va.Type().Field(i).Name, fa, fb)
		}
	}
	return ""
}
