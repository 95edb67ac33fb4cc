package cli

import (
	"bufio"
	"fmt"
	"os"

	"wasmstep/vm/binary"
	"wasmstep/vm/load"
	"wasmstep/vm/source"
	"wasmstep/vm/wat"
)

func init() {
	register("wat2wasm", "wat2wasm IN.wat -o OUT.wasm                   assemble text to binary", runWat2Wasm)
	register("wasm2wat", "wasm2wat IN.wasm                               print a binary module as text", runWasm2Wat)
}

// runWat2Wasm assembles a validated text module; a module that would not
// validate is refused, so the output always loads.
func runWat2Wasm(e *env, args []string) int {
	var in, out string
	for i := 0; i < len(args); i++ {
		switch {
		case args[i] == "-o" && i+1 < len(args):
			out = args[i+1]
			i++
		case in == "":
			in = args[i]
		default:
			in = ""
			i = len(args)
		}
	}
	if in == "" || out == "" {
		fmt.Fprintln(e.stderr, "usage: wasmstep wat2wasm IN.wat -o OUT.wasm")
		return exitError
	}
	m, err := load.File(source.NewFileSet(), in)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitError
	}
	bin, err := binary.Encode(m.Module)
	if err != nil {
		fmt.Fprintf(e.stderr, "%s: %v\n", in, err)
		return exitError
	}
	if err := os.WriteFile(out, bin, 0o644); err != nil {
		fmt.Fprintf(e.stderr, "wasmstep: %v\n", err)
		return exitError
	}
	return exitOK
}

// runWasm2Wat prints a decoded module as text with its debug names. It
// prints modules that do not validate too, since looking at one is how a
// person finds out why.
func runWasm2Wat(e *env, args []string) int {
	if len(args) != 1 {
		fmt.Fprintln(e.stderr, "usage: wasmstep wasm2wat IN.wasm")
		return exitError
	}
	data, err := os.ReadFile(args[0])
	if err != nil {
		fmt.Fprintf(e.stderr, "wasmstep: %v\n", err)
		return exitError
	}
	m, _, err := load.Parse(source.NewFileSet(), args[0], data)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitError
	}
	w := bufio.NewWriter(e.stdout)
	if err := wat.Print(w, m); err != nil {
		fmt.Fprintf(e.stderr, "wasmstep: %v\n", err)
		return exitError
	}
	if err := w.Flush(); err != nil {
		return exitError
	}
	return exitOK
}
