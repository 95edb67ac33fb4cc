package vm

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"wasmstep/vm/source"
	"wasmstep/vm/validate"
	"wasmstep/vm/wat"
)

// forms runs a test in both lowered forms.
var forms = []struct {
	name  string
	debug bool
}{{"fast", false}, {"debug", true}}

// loadWat parses, validates and instantiates testdata/name.
func loadWat(t *testing.T, name string) *Instance {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return instantiateWat(t, name, src)
}

// instantiateWat parses, validates and instantiates src, named name.
func instantiateWat(t *testing.T, name string, src []byte) *Instance {
	t.Helper()
	m, err := wat.ParseModule(source.NewFileSet(), name, src)
	if err != nil {
		t.Fatal(err)
	}
	info, err := validate.Validate(m)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := NewStore().Instantiate(info, nil)
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

// call invokes an export in the debug or the fast form.
func call(t *testing.T, inst *Instance, debug bool, name string, args ...Value) ([]Value, error) {
	t.Helper()
	f := inst.ExportedFunc(name)
	if f == nil {
		t.Fatalf("no export %q", name)
	}
	th := inst.Store.NewThread()
	if !debug {
		return th.Invoke(f, args...)
	}
	th.debugMode = true
	if err := th.Start(f, args); err != nil {
		return nil, err
	}
	switch r := th.RunDebug(nil); r {
	case StopDone:
		return th.Results(), nil
	case StopError:
		return nil, th.Err()
	default:
		t.Fatalf("stopped: %s", r)
	}
	return nil, nil
}

func TestBasic(t *testing.T) {
	tests := []struct {
		fn   string
		args []Value
		want []Value
		trap TrapKind
	}{
		{fn: "add", args: []Value{I32(2), I32(40)}, want: []Value{I32(42)}},
		{fn: "add", args: []Value{I32(-1), I32(1)}, want: []Value{I32(0)}},
		{fn: "fac", args: []Value{I64(20)}, want: []Value{I64(2432902008176640000)}},
		{fn: "sum", args: []Value{I32(100)}, want: []Value{I32(4950)}},
		{fn: "mem", args: []Value{I32(8), I32(0x1234)}, want: []Value{I32(0x34)}},
		{fn: "mem", args: []Value{I32(65535), I32(1)}, trap: TrapOutOfBoundsMemory},
		{fn: "div", args: []Value{I32(7), I32(-2)}, want: []Value{I32(-3)}},
		{fn: "div", args: []Value{I32(7), I32(0)}, trap: TrapIntegerDivideByZero},
		{fn: "div", args: []Value{I32(-1 << 31), I32(-1)}, trap: TrapIntegerOverflow},
		{fn: "inf", trap: TrapCallStackExhausted},
		{fn: "tee", args: []Value{I32(5)}, want: []Value{I32(30)}},
		{fn: "swap", args: []Value{I32(1), I32(2)}, want: []Value{I32(2), I32(1)}},
		{fn: "brt", args: []Value{I32(0)}, want: []Value{I32(10)}},
		{fn: "brt", args: []Value{I32(1)}, want: []Value{I32(11)}},
		{fn: "brt", args: []Value{I32(2)}, want: []Value{I32(12)}},
		{fn: "brt", args: []Value{I32(99)}, want: []Value{I32(12)}},
	}
	inst := loadWat(t, "basic.wat")
	for _, form := range forms {
		for _, tc := range tests {
			got, err := call(t, inst, form.debug, tc.fn, tc.args...)
			if tc.trap != 0 {
				var tr *Trap
				if !errors.As(err, &tr) || tr.Kind != tc.trap {
					t.Errorf("%s %s%v: got %v, %v; want trap %q", form.name, tc.fn, tc.args, got, err, tc.trap)
				}
				continue
			}
			if err != nil {
				t.Errorf("%s %s%v: %v", form.name, tc.fn, tc.args, err)
				continue
			}
			if len(got) != len(tc.want) {
				t.Errorf("%s %s%v = %v, want %v", form.name, tc.fn, tc.args, got, tc.want)
				continue
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("%s %s%v = %v, want %v", form.name, tc.fn, tc.args, got, tc.want)
				}
			}
		}
	}
}

func validateWat(t testing.TB, src string) *validate.Info {
	t.Helper()
	m, err := wat.ParseModule(source.NewFileSet(), "test.wat", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	info, err := validate.Validate(m)
	if err != nil {
		t.Fatal(err)
	}
	return info
}
