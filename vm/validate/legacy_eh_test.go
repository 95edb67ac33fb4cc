package validate

import (
	"strings"
	"testing"

	"wasmstep/vm/wasm"
)

// TestLegacyEHRules checks the rules of try, its clauses and rethrow: each
// module is valid when want is empty, else its error must contain want.
func TestLegacyEHRules(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"rethrow through a block inside a handler",
			`(tag $e) (func (try (do) (catch $e (block (rethrow 1)))))`, ""},
		{"rethrow to a try's body",
			`(func (try (do) (catch_all (try (do (rethrow 0)) (catch_all)))))`, "invalid rethrow label"},
		{"rethrow to the function",
			`(func (try (do) (catch_all (rethrow 1))))`, "invalid rethrow label"},
		{"rethrow past the labels",
			`(func (try (do) (catch_all (rethrow 2))))`, "unknown label"},
		{"delegate to the function's label",
			`(func (block (try (do) (delegate 1))))`, ""},
		{"delegate to a try_table",
			`(func (try_table (try (do) (delegate 0))))`, ""},
		{"handler values are the tag's",
			`(tag $e (param i64 f32)) (func (result f32) (try (result f32) (do (f32.const 0)) (catch $e (drop))))`,
			"type mismatch"},
		{"handler gives the try's results",
			`(tag $e (param f32)) (func (result f32) (try (result f32) (do (f32.const 0)) (catch $e)))`, ""},
		{"catch of an unknown tag",
			`(func (try (do) (catch 3)))`, "unknown tag 3"},
		{"a try's parameters are gone in its handlers",
			`(type $t (func (param i32))) (func (i32.const 1) (try (type $t) (do (drop)) (catch_all (drop))))`,
			"type mismatch"},
	}
	for _, tt := range tests {
		_, err := Validate(parse(t, "(module "+tt.src+")"))
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: got %v, want %q", tt.name, err, tt.want)
		}
	}
}

// TestLegacyEHClausesOutsideATry checks the clauses the text format cannot
// misplace but a binary module can.
func TestLegacyEHClausesOutsideATry(t *testing.T) {
	for _, body := range [][]wasm.Instr{
		{{Op: wasm.OpCatchAll}, {Op: wasm.OpEnd}},
		{{Op: wasm.OpBlock}, {Op: wasm.OpDelegate}, {Op: wasm.OpEnd}},
		{{Op: wasm.OpTry}, {Op: wasm.OpCatchAll}, {Op: wasm.OpCatchAll}, {Op: wasm.OpEnd}, {Op: wasm.OpEnd}},
		{{Op: wasm.OpTry}, {Op: wasm.OpCatchAll}, {Op: wasm.OpDelegate}, {Op: wasm.OpEnd}},
	} {
		m := parse(t, "(module (func))")
		m.Funcs[0].SetBody(body)
		if _, err := Validate(m); err == nil || !strings.Contains(err.Error(), "without try") {
			t.Errorf("%v: got %v, want a clause without try", body, err)
		}
	}
}

// TestLegacyEHMatch checks the links between a try and its clauses.
func TestLegacyEHMatch(t *testing.T) {
	m := parse(t, `(module (tag $e) (func (try (do) (catch $e) (catch_all)) (try (do) (delegate 0))))`)
	info, err := Validate(m)
	if err != nil {
		t.Fatal(err)
	}
	// try catch catch_all end try delegate end
	want := []int32{3, 0, 0, 0, 5, 4, -1}
	got := info.Func(0).Match
	if len(got) != len(want) {
		t.Fatalf("Match = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Match = %v, want %v", got, want)
		}
	}
}
