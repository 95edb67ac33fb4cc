// Package memwatch keeps a test that reproduces a runaway allocation from
// taking the machine down: Guard ends the test process with a clear message
// as soon as its resident memory passes a bound, so a regression fails the
// test instead of swapping or being killed by the kernel.
package memwatch

import (
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"
)

// pollEvery is how often the watchdog reads the process's resident size;
// a runaway allocation grows by at most a few GB/s, so 10 ms overshoots
// the bound by tens of MB at worst.
const pollEvery = 10 * time.Millisecond

// MiB is a convenience for bounds.
const MiB = 1 << 20

// Guard watches the process's resident memory until the test ends; if it
// passes limit bytes, the process exits (a test failure that names the test)
// before the machine runs out of memory.
func Guard(tb testing.TB, limit uint64) {
	tb.Helper()
	debug.FreeOSMemory() // start from what is live, not from earlier tests' garbage
	stop, done := make(chan struct{}), make(chan struct{})
	name := tb.Name()
	go func() {
		defer close(done)
		tick := time.NewTicker(pollEvery)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				if rss := RSS(); rss > limit {
					fmt.Fprintf(os.Stderr, "--- FAIL: %s: resident memory %d MiB passed the bound of %d MiB\n",
						name, rss/MiB, limit/MiB)
					os.Exit(3)
				}
			}
		}
	}()
	tb.Cleanup(func() { close(stop); <-done })
}

// RSS returns the process's resident memory in bytes (0 where /proc is
// missing, so the guard never fires there).
func RSS() uint64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	pages, err := strconv.ParseUint(f[1], 10, 64)
	if err != nil {
		return 0
	}
	return pages * uint64(os.Getpagesize())
}
