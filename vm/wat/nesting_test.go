package wat

import (
	"strings"
	"testing"

	"wasmstep/internal/memwatch"
	"wasmstep/vm/source"
)

// Half a million nested blocks once overflowed the Go stack (a fatal error
// that kills the process); now they are a parse error at the block that
// passes the bound, in either syntax and in a constant expression.
func TestDeepNestingIsAnErrorNotACrash(t *testing.T) {
	memwatch.Guard(t, 1500*memwatch.MiB)
	const n = 500_000
	cases := map[string]string{
		"folded": "(module (func\n" + strings.Repeat("(block ", n) + strings.Repeat(")", n) + "))",
		"flat":   "(module (func\n" + strings.Repeat("block ", n) + strings.Repeat("end ", n) + "))",
		"operands": "(module (func (result i32)\n" + strings.Repeat("(i32.eqz ", n) + "(i32.const 0)" +
			strings.Repeat(")", n) + "))",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := ParseModule(source.NewFileSet(), "deep.wat", []byte(src))
			if err == nil {
				t.Fatal("parsed")
			}
			if !strings.HasPrefix(err.Error(), "deep.wat:2:") || !strings.Contains(err.Error(), "nested more than 100000 deep") {
				t.Fatalf("error %q, want deep.wat:2:COL: ... nested more than 100000 deep", err)
			}
		})
	}
}

func TestNestingUpToTheBoundParses(t *testing.T) {
	const n = 1000
	src := "(module (func " + strings.Repeat("(block ", n) + strings.Repeat(")", n) + "))"
	if _, err := ParseModule(source.NewFileSet(), "ok.wat", []byte(src)); err != nil {
		t.Fatal(err)
	}
}
