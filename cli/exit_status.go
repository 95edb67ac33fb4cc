package cli

import (
	"fmt"
	"io"
)

// exitStatus turns a WASI program's proc_exit code into the process's exit
// status. A process status is one byte, so a code above 255 would be cut to
// its low byte, and proc_exit(256) would look like success: such a code
// becomes 1, and stderr says so.
func exitStatus(w io.Writer, code uint32) int {
	if code <= 255 {
		return int(code)
	}
	fmt.Fprintf(w, "wasmstep: the program exited with %d, which does not fit an exit status; exiting with 1\n", code)
	return 1
}
