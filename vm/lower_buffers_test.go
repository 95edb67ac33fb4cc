package vm

import (
	"fmt"
	"strings"
	"testing"
)

// opFields is what of an op a comparison can see.
type opFields struct {
	a, b, c, d, skip, pc int32
	imm                  uint64
}

func fieldsOf(ops []op) []opFields {
	out := make([]opFields, len(ops))
	for i, o := range ops {
		out[i] = opFields{o.a, o.b, o.c, o.d, o.skip, o.pc, o.imm}
	}
	return out
}

// Lowering appends to buffers reused from one function to the next and
// then moves the code to allocations of its exact size: the ops and their
// sentinel take one allocation of len+1 (a grown slice kept up to twice
// that), and lowering another function leaves the code lowered before
// intact.
func TestLoweredCodeIsExactAndOwnsItsOps(t *testing.T) {
	var body strings.Builder
	for i := range 300 {
		fmt.Fprintf(&body, "(local.set 0 (i32.add (local.get 0) (i32.const %d)))\n", i)
	}
	src := fmt.Sprintf(`(module
  (func (export "big") (param i32) (result i32) %s (local.get 0))
  (func (export "small") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 3))))`, body.String())
	inst := instantiateWat(t, "bufs.wat", []byte(src))
	big, small := inst.ExportedFunc("big"), inst.ExportedFunc("small")
	for _, lower := range []func(*Function) *funcCode{lowerFast, lowerDebug} {
		first := lower(big)
		want := fieldsOf(first.ops[:len(first.ops)+1])
		for _, f := range []*Function{small, big} {
			fc := lower(f)
			if n := len(fc.ops); cap(fc.ops) != n+1 || fc.ops[:n+1][n].pc != int32(n) || len(fc.at) != n || len(fc.instr) != n {
				t.Errorf("%d ops in a capacity of %d (sentinel pc %d), at %d, instr %d", n, cap(fc.ops), fc.ops[:n+1][n].pc, len(fc.at), len(fc.instr))
			}
		}
		got := fieldsOf(first.ops[:len(first.ops)+1])
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("op %d changed when other functions were lowered: %+v, was %+v", i, got[i], want[i])
			}
		}
	}
}
