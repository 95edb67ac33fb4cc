package num

import (
	"fmt"
	"strings"
	"testing"
)

// opCase is one hand-picked application of an instruction, written as in a
// .wast script: literals of the operand and result types. want may also be
// nan:canonical, nan:arithmetic or "trap: REASON".
type opCase struct {
	op   string
	args []string
	want string
}

func c(op, want string, args ...string) opCase { return opCase{op, args, want} }

func runCases(t *testing.T, cases []opCase) {
	t.Helper()
	for _, tc := range cases {
		name := tc.op + "(" + strings.Join(tc.args, ", ") + ")"
		if err := tc.run(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func (tc opCase) run() error {
	o, ok := ops[tc.op]
	if !ok || o.arity != len(tc.args) {
		return fmt.Errorf("bad case: unknown op or wrong arity")
	}
	resultType, operandType := signature(tc.op)
	args := make([]uint64, len(tc.args))
	for i, lit := range tc.args {
		v, err := parseConst(operandType, lit)
		if err != nil {
			return err
		}
		args[i] = v
	}
	got, trap := o.fn(args)
	if reason, ok := strings.CutPrefix(tc.want, "trap: "); ok {
		if trap.String() != reason {
			return fmt.Errorf("got %#x (trap %q), want trap %q", got, trap, reason)
		}
		return nil
	}
	if trap != NoTrap {
		return fmt.Errorf("trapped %q, want %s", trap, tc.want)
	}
	return checkResult("result", &sexpr{list: []*sexpr{{atom: resultType + ".const"}, {atom: tc.want}}}, got)
}

// signature derives the result and operand types from a mnemonic: the
// prefix is the result type, an _i32/_i64/_f32/_f64 suffix names the operand
// type of a conversion, and otherwise the operands have the result type.
func signature(op string) (result, operand string) {
	result, rest, _ := strings.Cut(op, ".")
	for _, typ := range []string{"i32", "i64", "f32", "f64"} {
		if strings.Contains(rest, "_"+typ) {
			return result, typ
		}
	}
	return result, result
}
