package cli

import (
	"fmt"
	"strconv"
)

// gotoStep travels to instruction N of the call (the state after its first
// N instructions), back or forward.
func (r *debugREPL) gotoStep(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: goto N")
	}
	n, err := strconv.ParseUint(args[0], 10, 64)
	if err != nil {
		return fmt.Errorf("goto: %q is not an instruction count", args[0])
	}
	return r.stopped(r.s.Goto(n))
}
