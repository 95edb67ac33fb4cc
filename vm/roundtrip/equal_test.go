package roundtrip

import (
	"fmt"
	"reflect"
	"strings"

	"wasmstep/vm/wasm"
)

// maxDiffs bounds how many differences a comparison reports.
const maxDiffs = 10

// moduleDiff lists the differences between two modules, empty when they are
// equal. It ignores what a round trip legitimately changes: positions (the
// Pos, End and File fields), custom sections and the data count section
// (which the text format cannot express), whether a body is held or kept
// encoded, and whether the module's name is
// kept as Module.Name or Names.Module. Nil and empty slices and maps are
// equal.
func moduleDiff(a, b *wasm.Module) []string {
	na, nb := normalized(a), normalized(b)
	d := &differ{}
	d.walk("Module", reflect.ValueOf(na).Elem(), reflect.ValueOf(nb).Elem())
	return d.diffs
}

// normalized returns a shallow copy of m with the fields a round trip may
// legitimately change cleared.
func normalized(m *wasm.Module) *wasm.Module {
	c := *m
	if c.Name == "" {
		c.Name = c.Names.Module
	}
	c.Names.Module = ""
	c.DataCount = nil
	c.Customs = nil
	c.File = nil
	c.CodeOps = nil
	return &c
}

// ignoredFields are struct fields that record where something came from.
var ignoredFields = map[string]bool{"Pos": true, "End": true, "File": true}

type differ struct{ diffs []string }

func (d *differ) add(path string, a, b any) {
	if len(d.diffs) < maxDiffs {
		d.diffs = append(d.diffs, fmt.Sprintf("%s: %v != %v", path, a, b))
	}
}

func (d *differ) walk(path string, a, b reflect.Value) {
	if len(d.diffs) >= maxDiffs {
		return
	}
	switch a.Kind() {
	case reflect.Struct:
		isFunc := a.Type() == reflect.TypeFor[wasm.Func]()
		if isFunc {
			fa, fb := a.Interface().(wasm.Func), b.Interface().(wasm.Func)
			d.walk(path+".Body", reflect.ValueOf(fa.Body()), reflect.ValueOf(fb.Body()))
		}
		for i := 0; i < a.NumField(); i++ {
			name := a.Type().Field(i).Name
			if isFunc && !a.Type().Field(i).IsExported() {
				continue // the body, held or encoded, walked above
			}
			if !ignoredFields[name] {
				d.walk(path+"."+name, a.Field(i), b.Field(i))
			}
		}
	case reflect.Slice:
		if a.Len() != b.Len() {
			d.add(path+" length", a.Len(), b.Len())
			return
		}
		for i := 0; i < a.Len(); i++ {
			d.walk(fmt.Sprintf("%s[%d]", path, i), a.Index(i), b.Index(i))
		}
	case reflect.Map:
		d.walkMap(path, a, b)
	case reflect.Pointer:
		switch {
		case a.IsNil() && b.IsNil():
		case a.IsNil() || b.IsNil():
			d.add(path, describe(a), describe(b))
		default:
			d.walk("*"+path, a.Elem(), b.Elem())
		}
	default:
		if !a.Equal(b) {
			d.add(path, a.Interface(), b.Interface())
		}
	}
}

func (d *differ) walkMap(path string, a, b reflect.Value) {
	for _, k := range a.MapKeys() {
		bv := b.MapIndex(k)
		if !bv.IsValid() {
			d.add(fmt.Sprintf("%s[%v]", path, k), describe(a.MapIndex(k)), "missing")
			continue
		}
		d.walk(fmt.Sprintf("%s[%v]", path, k), a.MapIndex(k), bv)
	}
	for _, k := range b.MapKeys() {
		if !a.MapIndex(k).IsValid() {
			d.add(fmt.Sprintf("%s[%v]", path, k), "missing", describe(b.MapIndex(k)))
		}
	}
}

// describe renders a value for a difference message.
func describe(v reflect.Value) string {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return "nil"
		}
		v = v.Elem()
	}
	s := fmt.Sprintf("%+v", v.Interface())
	if len(s) > 80 {
		s = s[:77] + "..."
	}
	return strings.ReplaceAll(s, "\n", " ")
}
