package cli

import (
	"os"
	"os/signal"

	"wasmstep/debugger"
)

// pauseOnInterrupt makes Ctrl-C pause whatever the session is running (a
// continue, a long step over) and return to the prompt, where it once
// killed the debugger and its history; wake also ends a guest's
// poll_oneoff sleep. At the prompt Ctrl-C does nothing (quit or end of
// input ends the session). The returned function restores the default.
func pauseOnInterrupt(s *debugger.Session, wake chan struct{}) (restore func()) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-sig:
				s.Pause()
				select {
				case wake <- struct{}{}:
				default:
				}
			case <-done:
				return
			}
		}
	}()
	return func() { signal.Stop(sig); close(done) }
}
