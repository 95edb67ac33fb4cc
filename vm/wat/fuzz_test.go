package wat

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wasmstep/internal/testsuite"
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// FuzzParseModule checks the parser never panics or hangs, whatever the
// input. The seeds are modules from the test suite.
func FuzzParseModule(f *testing.F) {
	seeds := []string{
		`(module (func (export "f") (param i32) (result i32) (i32.add (local.get 0) (i32.const 1))))`,
		`(module (type $t (sub (struct (field $x (mut i32))))) (rec (type (array i8)) (type (func))))`,
		`(module (table 1 funcref (elem $f)) (func $f (block $l (br_table $l 0 (i32.const 0)))))`,
		`(module (memory (data "x")) (func (i32.load offset=4 align=2 (i32.const 0)) drop))`,
		`(module (tag $e) (func (try_table (catch_all 0) (throw $e))))`,
		`(module (func (f64.const 0x1.fp+3) (f32.const nan:0x1) drop drop) (@name "x") (;c;))`,
		`(func (if (result i32) (i32.const 1) (then (i32.const 2)) (else (i32.const 3))) drop)`,
		`(module (memory 1) (func (param v128) (result i32) (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 31 (local.get 0) (v128.const f32x4 1 -0 nan inf)) (v128.store32_lane offset=4 align=4 3 (i32.const 0)) (i32x4.extract_lane 3 (v128.const i16x8 1 2 3 4 5 6 7 -8))))`,
		`(module (func (result v128) (f64x2.relaxed_madd (v128.const i64x2 1 2) (v128.load8x8_s (i32.const 0)) (i8x16.splat (i32.const 7)))) (memory 1))`,
		// Robustness: deep nesting in both syntaxes, a locals count near the
		// limit, v128 fields.
		"(module (func " + strings.Repeat("(block ", 2000) + strings.Repeat(")", 2000) + "))",
		"(module (func " + strings.Repeat("block ", 2000) + strings.Repeat("end ", 2000) + "))",
		"(module (func (local" + strings.Repeat(" i32", wasm.MaxFuncLocals+1) + ")))",
		`(module (type $s (struct (field v128))) (global (ref $s) (struct.new $s (v128.const i64x2 1 2))))`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	// The first module of a few suite scripts makes richer seeds; only the
	// module itself, as large seeds make the fuzzer's minimisation crawl.
	core := testsuite.Core(f)
	for _, path := range []string{"block.wast", "gc/struct.wast", "memory64/table64.wast", "simd/simd_lane.wast"} {
		if src, ok := firstSuiteModule(filepath.Join(core, path)); ok {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		fs := source.NewFileSet()
		ParseModule(fs, "fuzz.wat", src)
		ParseScript(fs, "fuzz.wast", src)
	})
}

// firstSuiteModule returns the source text of a suite script's first
// (module ...) command.
func firstSuiteModule(path string) ([]byte, bool) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, false
	}
	file := source.NewFileSet().AddFile(path, src)
	list, serr := tokenize(file)
	if serr != nil {
		return nil, false
	}
	toks := tokenSlice(list)
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Kind != LParen || toks[i+1].Text != "module" {
			continue
		}
		depth := 0
		for j := i; j < len(toks); j++ {
			switch toks[j].Kind {
			case LParen:
				depth++
			case RParen:
				depth--
			}
			if depth == 0 {
				return src[file.Offset(toks[i].Pos):file.Offset(toks[j].End())], true
			}
		}
	}
	return nil, false
}
