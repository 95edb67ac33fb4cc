// Command wasmstep is a visual debugger and stepper for WebAssembly.
//
// With no command (or only files) it opens the window; the commands run,
// test, trace, debug, screenshot, wat2wasm and wasm2wat work headlessly.
// The contract of the command line is in the README.
package main

import (
	"os"

	"wasmstep/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
