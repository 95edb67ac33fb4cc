package cli

import (
	"fmt"
	"io"
	"strings"

	"wasmstep/debugger"
	"wasmstep/vm/wasm"
)

// printFeatures writes "FILE: uses P1, P2" with the proposals beyond
// WebAssembly 1.0 a module uses (run --show-features).
func printFeatures(w io.Writer, path string, m *wasm.Module) {
	fs := debugger.Features(m)
	if len(fs) == 0 {
		fmt.Fprintf(w, "%s: uses no proposal beyond WebAssembly 1.0\n", path)
		return
	}
	fmt.Fprintf(w, "%s: uses %s\n", path, strings.Join(fs, ", "))
}
