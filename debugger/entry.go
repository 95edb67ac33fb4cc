package debugger

import (
	"fmt"
	"strings"

	"wasmstep/vm/wasm"
)

// EntryPoint is the export a program starts at when the user names none
// (gdb's `run`, the window's first F10): a WASI command's _start, else the
// only exported function without parameters. Later modules come first, as
// they are the program and earlier ones its libraries.
func EntryPoint(exports []Export) (string, error) {
	var bare []string
	for i := len(exports) - 1; i >= 0; i-- {
		e := exports[i]
		if e.Kind != wasm.ExternFunc {
			continue
		}
		if e.Name == "_start" {
			return e.Name, nil
		}
		if len(e.Sig.Params) == 0 {
			bare = append(bare, e.Name)
		}
	}
	switch len(bare) {
	case 1:
		return bare[0], nil
	case 0:
		return "", fmt.Errorf("no _start and no exported function without parameters: invoke one with its arguments")
	}
	return "", fmt.Errorf("no _start and several exported functions without parameters (%s): invoke one", strings.Join(bare, ", "))
}
