package host

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"wasmstep/vm"
	"wasmstep/vm/load"
	"wasmstep/vm/source"
	"wasmstep/vm/validate"
)

func mustLoad(t *testing.T, name, src string) *validate.Info {
	t.Helper()
	m, err := load.Bytes(source.NewFileSet(), name, []byte(src))
	if err != nil {
		t.Fatalf("load %s: %v", name, err)
	}
	return m.Info
}

func TestSpectestLinking(t *testing.T) {
	tests := []struct {
		name, src string
		wantErr   string // substring; "" for success
		wantOut   string // printed by calling "run", if exported
	}{
		{"prints", `(module
			(import "spectest" "print_i32" (func $p (param i32)))
			(import "spectest" "print_f64_f64" (func $pp (param f64 f64)))
			(import "spectest" "global_i32" (global $g i32))
			(import "spectest" "global_f64" (global $h f64))
			(func (export "run") (call $p (global.get $g)) (call $pp (global.get $h) (f64.const -1.5))))`,
			"", "666 : i32\n666.6 : f64\n-1.5 : f64\n"},
		{"memory and tables", `(module
			(import "spectest" "memory" (memory 1 2))
			(import "spectest" "table" (table 10 20 funcref))
			(import "spectest" "table64" (table i64 0 funcref)))`, "", ""},
		{"unknown name", `(module (import "spectest" "unknown" (func)))`, "unknown import", ""},
		{"unknown module", `(module (import "nowhere" "f" (func)))`, "unknown import", ""},
		{"wrong kind", `(module (import "spectest" "print_i32" (memory 1)))`, "incompatible import type", ""},
		{"wrong signature", `(module (import "spectest" "print_i32" (func (param i64))))`, "incompatible import type", ""},
		{"memory too large", `(module (import "spectest" "memory" (memory 3)))`, "incompatible import type", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			s := vm.NewStore()
			l := NewLinker()
			l.Define("spectest", Spectest(s, &out))
			inst, err := l.Instantiate(s, mustLoad(t, "t.wat", tc.src))
			if tc.wantErr != "" {
				var le *vm.LinkError
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !errors.As(err, &le) {
					t.Fatalf("err = %v, want a link error containing %q", err, tc.wantErr)
				}
				if !strings.HasPrefix(err.Error(), "t.wat:") {
					t.Errorf("err = %q, want it located in t.wat", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if f := inst.ExportedFunc("run"); f != nil {
				if _, err := s.Invoke(f); err != nil {
					t.Fatal(err)
				}
			}
			if out.String() != tc.wantOut {
				t.Errorf("output %q, want %q", out.String(), tc.wantOut)
			}
		})
	}
}

func TestRegisteredInstanceExports(t *testing.T) {
	s := vm.NewStore()
	l := NewLinker()
	a, err := l.Instantiate(s, mustLoad(t, "a.wat", `(module (global (export "g") (mut i32) (i32.const 7)))`))
	if err != nil {
		t.Fatal(err)
	}
	l.Register("a", a)
	b, err := l.Instantiate(s, mustLoad(t, "b.wat", `(module (import "a" "g" (global $g (mut i32)))
		(func (export "bump") (global.set $g (i32.add (global.get $g) (i32.const 1)))))`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Invoke(b.ExportedFunc("bump")); err != nil {
		t.Fatal(err)
	}
	if got := a.ExportedGlobal("g").Get().I32(); got != 8 {
		t.Errorf("shared global = %d, want 8", got)
	}
}
