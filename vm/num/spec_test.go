package num

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"wasmstep/internal/testsuite"
)

// TestSpecSuite runs the official suite's numeric assertions against this
// package. It evaluates every exported function whose body is one folded
// expression of numeric instructions, constants and local.get, and skips the
// assertions on other functions (loops, memory, ...), which need the VM.
func TestSpecSuite(t *testing.T) {
	dir := testsuite.Core(t)
	files := []struct {
		name     string
		complete bool // every assertion must be evaluable here
	}{
		{"conversions.wast", true},
		{"i32.wast", true},
		{"i64.wast", true},
		{"f32.wast", true},
		{"f64.wast", true},
		{"f32_bitwise.wast", true},
		{"f64_bitwise.wast", true},
		{"f32_cmp.wast", true},
		{"f64_cmp.wast", true},
		{"float_misc.wast", true},
		{"float_exprs.wast", false},
		{"int_exprs.wast", false},
		{"float_literals.wast", false},
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(f.name, ".wast"), func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(dir, f.name))
			if err != nil {
				t.Fatal(err)
			}
			r := runScript(t, f.name, string(src))
			t.Logf("%s: %d passed, %d skipped", f.name, r.passed, r.skipped)
			if r.passed == 0 {
				t.Errorf("%s: no assertion evaluated", f.name)
			}
			if f.complete && r.skipped > 0 {
				t.Errorf("%s: %d assertions skipped, want none", f.name, r.skipped)
			}
		})
	}
}

type scriptResult struct{ passed, skipped int }

// errUnsupported marks what this evaluator cannot run; such assertions are
// skipped, not failed.
var errUnsupported = errors.New("unsupported")

func runScript(t *testing.T, file, src string) scriptResult {
	top, err := readSexprs(src)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	var r scriptResult
	funcs := map[string]*wastFunc{}
	for _, cmd := range top {
		switch cmd.head() {
		case "module":
			funcs = moduleFuncs(cmd)
		case "assert_return", "assert_trap":
			err := runAssertion(cmd, funcs)
			switch {
			case errors.Is(err, errUnsupported):
				r.skipped++
			case err != nil:
				t.Errorf("%s:%d: %v", file, cmd.line, err)
			default:
				r.passed++
			}
		}
	}
	return r
}

type wastFunc struct {
	params map[string]int // parameter index by $name
	arity  int
	body   *sexpr // nil if the body is not one folded expression
}

// moduleFuncs returns the module's exported functions by export name. A
// quoted, binary or otherwise unusual module yields none.
func moduleFuncs(m *sexpr) map[string]*wastFunc {
	funcs := map[string]*wastFunc{}
	for _, field := range m.list[1:] {
		if field.head() != "func" {
			continue
		}
		f := &wastFunc{params: map[string]int{}}
		var exports []string
		var body []*sexpr
		for _, item := range field.list[1:] {
			switch item.head() {
			case "export":
				if len(item.list) == 2 {
					exports = append(exports, item.list[1].atom)
				}
			case "param":
				if len(item.list) == 3 && strings.HasPrefix(item.list[1].atom, "$") {
					f.params[item.list[1].atom] = f.arity
					f.arity++
				} else {
					f.arity += len(item.list) - 1
				}
			case "result":
			default:
				body = append(body, item)
			}
		}
		if len(body) == 1 && body[0].isList() && ops[body[0].head()].fn != nil ||
			len(body) == 1 && (body[0].head() == "local.get" || strings.HasSuffix(body[0].head(), ".const")) {
			f.body = body[0]
		}
		for _, name := range exports {
			funcs[name] = f
		}
	}
	return funcs
}

func runAssertion(cmd *sexpr, funcs map[string]*wastFunc) error {
	if len(cmd.list) < 2 || cmd.list[1].head() != "invoke" {
		return errUnsupported
	}
	inv := cmd.list[1]
	if len(inv.list) < 2 || !inv.list[1].quoted {
		return errUnsupported // an invocation of a named module
	}
	f := funcs[inv.list[1].atom]
	if f == nil || f.body == nil {
		return errUnsupported
	}
	var args []uint64
	for _, a := range inv.list[2:] {
		v, _, err := constValue(a)
		if err != nil {
			return err
		}
		args = append(args, v)
	}
	if len(args) != f.arity {
		return fmt.Errorf("invoke %s: %d arguments for %d parameters", inv.list[1].atom, len(args), f.arity)
	}
	got, trap, err := f.eval(f.body, args)
	if err != nil {
		return err
	}
	call := fmt.Sprintf("%s%s", inv.list[1].atom, formatArgs(args))
	if cmd.head() == "assert_trap" {
		want := cmd.list[2].atom
		if trap == NoTrap {
			return fmt.Errorf("%s = %#x, want trap %q", call, got, want)
		}
		if trap.String() != want {
			return fmt.Errorf("%s trapped %q, want %q", call, trap, want)
		}
		return nil
	}
	if len(cmd.list) != 3 {
		return errUnsupported // no result or several
	}
	if trap != NoTrap {
		return fmt.Errorf("%s trapped %q", call, trap)
	}
	return checkResult(call, cmd.list[2], got)
}

func formatArgs(args []uint64) string {
	var b strings.Builder
	for _, a := range args {
		fmt.Fprintf(&b, " %#x", a)
	}
	return b.String()
}

// checkResult compares got with an expected (TYPE.const LITERAL), where the
// literal may be nan:canonical or nan:arithmetic.
func checkResult(call string, want *sexpr, got uint64) error {
	typ, ok := strings.CutSuffix(want.head(), ".const")
	if !ok || len(want.list) != 2 {
		return errUnsupported
	}
	if typ == "i32" || typ == "f32" {
		got = uint64(uint32(got))
	}
	var pass bool
	switch lit := want.list[1].atom; lit {
	case "nan:canonical":
		pass = typ == "f32" && F32IsCanonicalNaN(uint32(got)) || typ == "f64" && F64IsCanonicalNaN(got)
	case "nan:arithmetic":
		pass = typ == "f32" && F32IsArithmeticNaN(uint32(got)) || typ == "f64" && F64IsArithmeticNaN(got)
	default:
		v, err := parseConst(typ, lit)
		if err != nil {
			return err
		}
		pass = got == v
	}
	if !pass {
		return fmt.Errorf("%s = %#x, want %s %s", call, got, typ, want.list[1].atom)
	}
	return nil
}

// constValue reads (TYPE.const LITERAL).
func constValue(e *sexpr) (uint64, string, error) {
	typ, ok := strings.CutSuffix(e.head(), ".const")
	if !ok || len(e.list) != 2 {
		return 0, "", errUnsupported
	}
	v, err := parseConst(typ, e.list[1].atom)
	if err != nil {
		return 0, "", err
	}
	return v, typ, nil
}

// eval evaluates a folded expression; a trap stops the evaluation.
func (f *wastFunc) eval(e *sexpr, args []uint64) (uint64, Trap, error) {
	switch name := e.head(); {
	case name == "local.get":
		if len(e.list) != 2 {
			return 0, NoTrap, errUnsupported
		}
		ref := e.list[1].atom
		i, ok := f.params[ref]
		if !ok {
			n, err := strconv.Atoi(ref)
			if err != nil || n >= len(args) {
				return 0, NoTrap, errUnsupported
			}
			i = n
		}
		return args[i], NoTrap, nil
	case strings.HasSuffix(name, ".const"):
		v, _, err := constValue(e)
		return v, NoTrap, err
	default:
		o := ops[name]
		if o.fn == nil || len(e.list)-1 != o.arity {
			return 0, NoTrap, errUnsupported
		}
		operands := make([]uint64, o.arity)
		for i, sub := range e.list[1:] {
			v, trap, err := f.eval(sub, args)
			if err != nil || trap != NoTrap {
				return 0, trap, err
			}
			operands[i] = v
		}
		v, trap := o.fn(operands)
		return v, trap, nil
	}
}
