package fuzz

import (
	"strings"

	"wasmstep/vm/binary"
	"wasmstep/vm/source"
	"wasmstep/vm/wat"
)

// robustSeeds are small forms of the robustness reproductions (nesting,
// budgets, growth, limits, v128 in GC objects), so the fuzzer starts next
// to the inputs that once crashed or exhausted the host.
func robustSeeds() []string {
	return []string{
		"(module (func " + strings.Repeat("(block ", 2000) + strings.Repeat(")", 2000) + "))",
		"(module (func " + strings.Repeat("block ", 2000) + strings.Repeat("end ", 2000) + "))",
		`(module (memory i64 262145) (func (export "fill")
		  (memory.fill (i64.const 0) (i32.const 1) (i64.const 0x4_0000_0000))))`,
		`(module (memory 17) (func (export "grow") (loop $l
		  (br_if $l (i32.ne (memory.grow (i32.const 1)) (i32.const -1))))))`,
		`(module (memory i64 0x1000_0000))`,
		`(module (table 0x8000000 funcref))`,
		`(module (table 1 funcref) (func (export "grow") (result i32) (table.grow (ref.null func) (i32.const 0x4000000))))`,
		`(module (type $a (array (mut i64))) (type $l (struct (field (ref null $a)) (field (ref null $l))))
		  (func (export "hoard") (local $x (ref null $l)) (loop $more
		    (local.set $x (struct.new $l (array.new_default $a (i32.const 0x100000)) (local.get $x))) (br $more))))`,
		`(module (func $deep (export "deep") (param i32) (local` + strings.Repeat(" i64", 2000) + `)
		  (if (local.get 0) (then (call $deep (i32.sub (local.get 0) (i32.const 1)))))))`,
		`(module (type $s (struct (field v128) (field i32))) (type $a (array (mut v128)))
		  (global $g (ref $s) (struct.new $s (v128.const i64x2 1 2) (i32.const 3)))
		  (func (export "v") (result i64) (i64x2.extract_lane 1 (array.get $a
		    (array.new_fixed $a 2 (v128.const i64x2 5 6) (struct.get $s 0 (global.get $g))) (i32.const 1)))))`,
	}
}

// robustBinarySeeds are the robustness seeds that parse, encoded.
func robustBinarySeeds() [][]byte {
	var out [][]byte
	for _, s := range robustSeeds() {
		if m, err := wat.ParseModule(source.NewFileSet(), "seed.wat", []byte(s)); err == nil {
			if b, err := binary.Encode(m); err == nil {
				out = append(out, b)
			}
		}
	}
	return out
}
