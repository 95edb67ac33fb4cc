package stack

import (
	"reflect"
	"strconv"
	"testing"

	"wasmstep/vm/wasm"
)

// describe renders rows compactly: "h:value" for live operands, "x:value"
// for popped ones, "[label]" for block boundaries.
func describe(rows []row) []string {
	var out []string
	for _, r := range rows {
		switch {
		case r.operand == nil:
			out = append(out, "["+r.label+"]")
		case r.height < 0:
			out = append(out, "x:"+r.operand.Text(Dec, 0))
		default:
			out = append(out, strconv.Itoa(r.height)+":"+r.operand.Text(Dec, 0))
		}
	}
	return out
}

func i32s(vals ...uint64) []Operand {
	ops := make([]Operand, len(vals))
	for i, v := range vals {
		ops[i] = Operand{Value: Value{Type: wasm.I32, Lo: v}}
	}
	return ops
}

func TestLayoutRows(t *testing.T) {
	popped := func(ops []Operand, from int) []Operand {
		for i := from; i < len(ops); i++ {
			ops[i].Popped = true
		}
		return ops
	}
	tests := []struct {
		name string
		m    Model
		want []string
	}{
		{"empty", Model{}, nil},
		{"top first", Model{Operands: i32s(1, 2, 3)}, []string{"2:3", "1:2", "0:1"}},
		{
			"popped above live",
			Model{Operands: popped(i32s(1, 5, 2, 3), 2)},
			[]string{"x:3", "x:2", "1:5", "0:1"},
		},
		{
			"blocks at their heights, innermost first",
			Model{Operands: i32s(1, 2, 3), Blocks: []Block{{"func $f", 0}, {"block $a", 1}, {"loop $b", 1}}},
			[]string{"2:3", "1:2", "[loop $b]", "[block $a]", "0:1", "[func $f]"},
		},
		{
			"block with no operands yet sits on top",
			Model{Operands: i32s(1), Blocks: []Block{{"block", 1}}},
			[]string{"[block]", "0:1"},
		},
		{
			"heights out of range are clamped",
			Model{Operands: i32s(1), Blocks: []Block{{"low", -3}, {"high", 9}}},
			[]string{"[high]", "0:1", "[low]"},
		},
	}
	for _, tt := range tests {
		if got := describe(layoutRows(tt.m)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
