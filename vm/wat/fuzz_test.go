package wat

import (
	"os"
	"testing"

	"wasmstep/vm/source"
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
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	// A few whole modules from the suite make richer seeds.
	for _, path := range []string{"block.wast", "gc/struct.wast", "memory64/table64.wast"} {
		src, err := os.ReadFile(suiteDir + "/" + path)
		if err != nil {
			continue
		}
		s, err := ParseScript(source.NewFileSet(), path, src)
		if err != nil {
			continue
		}
		for _, c := range s.Commands {
			if m, ok := c.(*ModuleCmd); ok && m.Form == ModuleText && m.Module != nil {
				f.Add(src[m.Module.File.Offset(m.At):])
				break
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		fs := source.NewFileSet()
		ParseModule(fs, "fuzz.wat", src)
		ParseScript(fs, "fuzz.wast", src)
	})
}
