package wat

import (
	"fmt"
	"strings"
	"testing"

	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// TestParseBeyondKeptChunks parses a module whose tokens span many more
// chunks than a tokenList keeps, with names used far from where they are
// defined, so the parser goes back to chunks scanned long before.
func TestParseBeyondKeptChunks(t *testing.T) {
	const funcs = 8000
	var b strings.Builder
	b.WriteString("(module (type $t (func (param i32) (result i32)))\n")
	for i := range funcs {
		fmt.Fprintf(&b, "(func $f%d (type $t) (local $x i32) local.get 0 i32.const %d i32.add local.tee $x call $f%d)\n",
			i, i, funcs-1-i)
	}
	b.WriteString(`(export "last" (func $f0)))`)
	src := b.String()
	toks, serr := tokenize(source.NewFileSet().AddFile("big.wat", []byte(src)))
	if serr != nil {
		t.Fatal(serr)
	}
	if toks.len() < 2*keptChunks*tokenChunk {
		t.Fatalf("%d tokens, want twice the kept chunks", toks.len())
	}
	m, err := ParseModule(source.NewFileSet(), "big.wat", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Funcs) != funcs || len(m.Exports) != 1 || m.Exports[0].Index != 0 {
		t.Fatalf("%d functions, exports %+v", len(m.Funcs), m.Exports)
	}
	for i, f := range m.Funcs {
		body := f.Body()
		if body[1].Op != wasm.OpI32Const || body[1].Imm != uint64(i) ||
			body[4].Op != wasm.OpCall || body[4].X != uint32(funcs-1-i) {
			t.Fatalf("function %d: %v", i, body)
		}
	}
	// A lexical error at the very end is reported before the parse error
	// at the start.
	bad := "(module (func (unknown)))" + src[len("(module"):] + " \"unclosed"
	if _, err := ParseModule(source.NewFileSet(), "bad.wat", []byte(bad)); err == nil || !strings.Contains(err.Error(), "unclosed string") {
		t.Errorf("got %v, want the unclosed string", err)
	}
}
