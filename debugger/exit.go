package debugger

import (
	"errors"

	"wasmstep/vm/host"
)

// ExitCode is the status a WASI program passed to proc_exit, when the call
// ended that way.
func (s *Session) ExitCode() (uint32, bool) {
	if s.call == nil || !s.call.done || s.thread == nil {
		return 0, false
	}
	var exit *host.ExitError
	if errors.As(s.thread.Err(), &exit) {
		return exit.Code, true
	}
	return 0, false
}
