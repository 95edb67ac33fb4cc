package host

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wasmstep/vm"
	"wasmstep/vm/load"
	"wasmstep/vm/source"
)

// autoSession links modules with automatic imports, as wasmstep run does.
type autoSession struct {
	t     *testing.T
	store *vm.Store
	l     *Linker
	out   bytes.Buffer
	binds []Binding
}

func newAutoSession(t *testing.T) *autoSession {
	a := &autoSession{t: t, store: vm.NewStore(), l: NewLinker()}
	auto := NewAutoImports(a.l, a.store, &a.out)
	auto.OnBind = func(b Binding) { a.binds = append(a.binds, b) }
	return a
}

// link writes a module (and its sidecar, if any) to dir and instantiates it.
func (a *autoSession) link(dir, name, src, sidecar string) (*vm.Instance, error) {
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		a.t.Fatal(err)
	}
	if sidecar != "" {
		if err := os.WriteFile(path+SidecarSuffix, []byte(sidecar), 0o644); err != nil {
			a.t.Fatal(err)
		}
	}
	m, err := load.File(source.NewFileSet(), path)
	if err != nil {
		a.t.Fatal(err)
	}
	return a.l.Instantiate(a.store, m.Info)
}

func (a *autoSession) call(inst *vm.Instance, name string, args ...vm.Value) []vm.Value {
	res, err := a.store.Invoke(inst.ExportedFunc(name), args...)
	if err != nil {
		a.t.Fatalf("%s: %v", name, err)
	}
	return res
}

func TestAutoImportsShareMemoryTableAndGlobal(t *testing.T) {
	dir := t.TempDir()
	a := newAutoSession(t)
	writer, err := a.link(dir, "writer.wat", `(module
		(import "js" "mem" (memory 1))
		(import "js" "table" (table 2 funcref))
		(import "js" "counter" (global $c (mut i32)))
		(func $seven (result i32) (i32.const 7))
		(elem (i32.const 1) $seven)
		(func (export "store") (i32.store (i32.const 100) (i32.const 0x2a))
		  (global.set $c (i32.const 5))))`, "")
	if err != nil {
		t.Fatal(err)
	}
	reader, err := a.link(dir, "reader.wat", `(module
		(import "js" "mem" (memory 1))
		(import "js" "table" (table 2 funcref))
		(import "js" "counter" (global $c (mut i32)))
		(type $r (func (result i32)))
		(func (export "load") (result i32) (i32.load (i32.const 100)))
		(func (export "counter") (result i32) (global.get $c))
		(func (export "indirect") (result i32) (call_indirect (type $r) (i32.const 1))))`, "")
	if err != nil {
		t.Fatal(err)
	}
	a.call(writer, "store")
	for fn, want := range map[string]int32{"load": 42, "counter": 5, "indirect": 7} {
		if got := a.call(reader, fn)[0].I32(); got != want {
			t.Errorf("%s = %d, want %d", fn, got, want)
		}
	}
	if len(a.binds) != 6 || !strings.Contains(a.binds[3].To, "shared") {
		t.Errorf("bindings: %v", a.binds)
	}
}

func TestAutoImportFunctions(t *testing.T) {
	a := newAutoSession(t)
	inst, err := a.link(t.TempDir(), "prog.wat", `(module
		(import "console" "log" (func $log (param i32 f64)))
		(import "env" "printStr" (func $str (param i32 i32)))
		(import "env" "print_in" (func $strm (param i32 i32 i32)))
		(import "env" "now" (func $now (param i32) (result i64 f32)))
		(memory 1) (memory 1)
		(data (memory 0) (i32.const 8) "first")
		(data (memory 1) (i32.const 8) "second")
		(func (export "run") (result i64)
		  (call $log (i32.const -3) (f64.const 0.5))
		  (call $str (i32.const 8) (i32.const 5))
		  (call $strm (i32.const 1) (i32.const 8) (i32.const 6))
		  (drop (call $now (i32.const 9)))))`, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := a.call(inst, "run")[0].I64(); got != 0 {
		t.Errorf("stub returned %d, want 0", got)
	}
	want := "-3 0.5\nfirst\nsecond\n[stub] env.now(i32:9)\n"
	if a.out.String() != want {
		t.Errorf("output %q, want %q", a.out.String(), want)
	}
}

func TestSidecarBindings(t *testing.T) {
	dir := t.TempDir()
	a := newAutoSession(t)
	if _, err := a.link(dir, "math.wat", `(module (func (export "add") (param i32 i32) (result i32)
		(i32.add (local.get 0) (local.get 1))))`, ""); err != nil {
		t.Fatal(err)
	}
	mathInst, _ := a.link(dir, "math2.wat", `(module (func (export "add") (param i32 i32) (result i32)
		(i32.add (local.get 0) (local.get 1))))`, "")
	a.l.Register("math", mathInst)
	inst, err := a.link(dir, "prog.wat", `(module
		(import "env" "show" (func $show (param i32)))
		(import "env" "plus" (func $plus (param i32 i32) (result i32)))
		(import "env" "seed" (global $seed i32))
		(func (export "run") (call $show (call $plus (global.get $seed) (i32.const 1)))))`,
		"# explicit bindings\nenv show = print\nenv \"plus\" = math add  # another module's export\nenv seed = 0x29\n")
	if err != nil {
		t.Fatal(err)
	}
	a.call(inst, "run")
	if a.out.String() != "42\n" {
		t.Errorf("output %q, want %q", a.out.String(), "42\n")
	}
}

func TestBadSidecarBindings(t *testing.T) {
	const prog = `(module
		(import "env" "log" (func (param f64)))
		(import "env" "seed" (global i32)))`
	tests := []struct {
		name, sidecar string
		want          []string // substrings of the error
	}{
		{"missing function", "env log = nosuch\n",
			[]string{"prog.wat.imports:1:1", `import "env" "log"`, `no host function "nosuch"`}},
		{"signature mismatch", "\nenv log = print_string\n",
			[]string{"prog.wat.imports:2:1", `import "env" "log"`, "print_string takes (offset, length)"}},
		{"missing export", "env log = lib nothing\n",
			[]string{"prog.wat.imports:1:1", `import "env" "log"`, `no loaded module "lib" exports "nothing"`}},
		{"not imported", "env lg = print\n",
			[]string{"prog.wat.imports:1:1", `binds "env" "lg", which`, "prog.wat does not import"}},
		{"bad global value", "env seed = 1.5\n",
			[]string{"prog.wat.imports:1:1", `import "env" "seed"`, `"1.5" is not a valid i32`}},
		{"function for a global", "env seed = print\n",
			[]string{`import "env" "seed"`}},
		{"syntax", "env log print\n",
			[]string{"prog.wat.imports:1:1", "want MODULE NAME = TARGET"}},
		{"unterminated quote", "env \"log = print\n",
			[]string{"prog.wat.imports:1:1", "quoted"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := newAutoSession(t)
			_, err := a.link(t.TempDir(), "prog.wat", prog, tc.sidecar)
			if err == nil {
				t.Fatal("linked, want an error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestAutoImportSignatureMismatchAcrossModules(t *testing.T) {
	dir := t.TempDir()
	a := newAutoSession(t)
	if _, err := a.link(dir, "a.wat", `(module (import "js" "mem" (memory 1 1)))`, ""); err != nil {
		t.Fatal(err)
	}
	_, err := a.link(dir, "b.wat", `(module (import "js" "mem" (memory 2)))`, "")
	if err == nil || !strings.Contains(err.Error(), "incompatible import type") || !strings.Contains(err.Error(), "b.wat:1:") {
		t.Errorf("err = %v, want an incompatible import type located in b.wat", err)
	}
}
