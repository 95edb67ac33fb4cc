package debugger

import (
	"fmt"
	"strconv"
	"strings"
)

// EvalSource evaluates what `print` accepts in source frame inner of wasm
// frame i: a variable NAME, selected into with .field or ->field, [index],
// and a leading * for a pointer's target. It computes nothing else.
func (s *Session) EvalSource(expr string, i, inner int) (SourceValue, error) {
	deref := strings.HasPrefix(expr, "*")
	sel := strings.ReplaceAll(strings.TrimPrefix(expr, "*"), "->", ".")
	path := strings.FieldsFunc(sel, func(c rune) bool { return c == '.' || c == '[' })
	if len(path) == 0 {
		return SourceValue{}, fmt.Errorf("no variable in %q", expr)
	}
	d, sf, fn, m, err := s.sourceFrame(i, inner)
	if err != nil {
		return SourceValue{}, err
	}
	v, ok := d.info.Lookup(path[0], sf, fn, m.fv.PC, m)
	if !ok {
		return SourceValue{}, fmt.Errorf("no variable %q in %s", path[0], sf.Func)
	}
	for _, p := range path[1:] {
		if v, err = childValue(v, strings.TrimSuffix(p, "]"), strings.HasSuffix(p, "]")); err != nil {
			return v, err
		}
	}
	if deref {
		return childValue(v, "*", false)
	}
	return v, nil
}

// childValue selects a field, an element or a pointer's target ("*"); a
// field of a pointer is the field of its target.
func childValue(v SourceValue, name string, index bool) (SourceValue, error) {
	if name != "*" && len(v.Children) == 1 && strings.HasPrefix(v.Children[0].Name, "*") {
		v = v.Children[0]
	}
	if index {
		if _, err := strconv.Atoi(name); err != nil {
			return v, fmt.Errorf("bad index %q", name)
		}
		name = "[" + name + "]"
	}
	for _, c := range v.Children {
		if c.Name == name || (name == "*" && strings.HasPrefix(c.Name, "*")) {
			return c, nil
		}
	}
	if name == "*" {
		return v, fmt.Errorf("cannot follow %s = %s", v.Name, v.Text)
	}
	return v, fmt.Errorf("%s (%s) has no %s", v.Name, v.Type, name)
}
