package wat

import (
	"reflect"
	"strings"
	"testing"

	"wasmstep/vm/source"
)

// TestLegacyTryForms checks that the folded forms of try and the flat ones
// parse to the same instructions, labels resolved alike.
func TestLegacyTryForms(t *testing.T) {
	tests := []struct{ name, folded, flat string }{
		{"catch clauses",
			`(tag $e (param i32)) (func (result i32) (try $t (result i32) (do (i32.const 1)) (catch $e) (catch_all (i32.const 2))))`,
			`(tag $e (param i32)) (func (result i32) try $t (result i32) i32.const 1 catch $t $e catch_all $t i32.const 2 end $t)`},
		{"delegate counts its label outside the try",
			`(func (block $b (try $t (do (br $t)) (delegate $b))))`,
			`(func block $b try $t br 0 delegate $t 0 end)`},
		{"rethrow in a nested handler",
			`(tag $e) (func (try (do) (catch_all (try (do) (catch $e (rethrow 1))))))`,
			`(tag $e) (func try catch_all try catch $e rethrow 1 end end)`},
		{"catchless try",
			`(func (try (do nop)))`,
			`(func try nop end)`},
	}
	for _, tt := range tests {
		folded := structure(mustParse(t, "(module "+tt.folded+")"))
		flat := structure(mustParse(t, "(module "+tt.flat+")"))
		if !reflect.DeepEqual(folded.Funcs, flat.Funcs) {
			t.Errorf("%s:\nfolded %+v\nflat   %+v", tt.name, folded.Funcs, flat.Funcs)
		}
	}
}

// TestLegacyTryErrors checks that a clause out of place is an error at the
// clause, never a panic.
func TestLegacyTryErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{`(func catch_all)`, "1:15: unexpected token catch_all"},
		{`(func (delegate 0))`, "1:16: unexpected token delegate"},
		{`(func block catch_all end)`, "1:21: unexpected token catch_all"},
		{`(func try catch_all catch_all end)`, "1:29: unexpected token catch_all"},
		{`(tag $e) (func try delegate 0 catch $e end)`, "1:39: unexpected token catch"},
		{`(func (try (do) (catch_all) (delegate 0)))`, "1:37: unexpected token ("},
		{`(func (try (catch_all)))`, "unexpected token catch_all"},
		{`(func try $a catch_all $b end)`, "mismatching label"},
		{`(func try delegate $nope)`, "unknown label"},
	}
	for _, tt := range tests {
		_, err := ParseModule(source.NewFileSet(), "t.wat", []byte("(module "+tt.src+")"))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want %q", tt.src, err, tt.want)
		}
	}
}
