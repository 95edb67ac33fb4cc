package validate

import (
	"fmt"
	"testing"

	"wasmstep/vm/wasm"
)

// The operators instr checks by their signature alone give the same stack
// and the same error as the full dispatch would.
func TestPlainOperatorsNeedOnlyTheirSignature(t *testing.T) {
	c := newChecker(parse(t, `(module (memory 1))`))
	f := &c.fc
	outcome := func(in *wasm.Instr, operands []wasm.ValType, check func() error) string {
		f.reset(nil, 0, nil, c.globals)
		f.inPlace = true
		f.ctrls = append(f.ctrls, ctrl{op: wasm.OpEnd, opener: -1, elseAt: -1})
		f.pushVals(operands)
		err := check()
		var stack []string
		for s := f.top; s != nil; s = s.Below {
			stack = append(stack, s.Type.String())
		}
		return fmt.Sprint(err, stack)
	}
	n := 0
	for op := range opSigs {
		if !opSigs[op].plain {
			continue
		}
		n++
		in := &wasm.Instr{Op: wasm.Op(op)}
		for _, operands := range [][]wasm.ValType{opSigs[op].params[0], nil} {
			fast := outcome(in, operands, func() error { return f.instr(0, in, nil) })
			full := outcome(in, operands, func() error { return f.variableOrMemory(in) })
			if fast != full {
				t.Errorf("%s on %v: %s, the full check gives %s", in.Op, operands, fast, full)
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d plain operators", n)
	}
}
