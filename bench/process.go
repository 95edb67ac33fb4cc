package bench

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Cost is what one process used: CPU time (user + system, which other
// programs loading the machine do not inflate as wall time is) and its
// peak resident memory.
type Cost struct {
	CPU     time.Duration
	PeakRSS int64 // bytes
}

func (c Cost) String() string {
	return fmt.Sprintf("%6.2fs CPU %6.0f MB", c.CPU.Seconds(), float64(c.PeakRSS)/(1<<20))
}

// Budget bounds a measured process: one that goes past it is killed, so a
// module the program cannot yet handle does not take the machine down.
type Budget struct {
	Wall time.Duration
	RSS  int64 // bytes
}

// ErrOverBudget reports a process killed for going past its Budget.
var ErrOverBudget = errors.New("killed: over budget")

// Measure runs a command to its end, writing its standard output to out
// (nil: discard), and returns its cost. A failing command is an error with
// its standard error.
func Measure(b Budget, out io.Writer, name string, args ...string) (Cost, error) {
	if out == nil {
		out = io.Discard
	}
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = out, &stderr
	if err := cmd.Start(); err != nil {
		return Cost{}, err
	}
	done := make(chan struct{})
	killed := make(chan bool, 1)
	go watch(cmd.Process, b, done, killed)
	err := cmd.Wait()
	close(done)
	c := Cost{CPU: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		c.PeakRSS = ru.Maxrss * 1024 // Linux reports kilobytes
	}
	if <-killed {
		return c, ErrOverBudget
	}
	if err != nil {
		return c, fmt.Errorf("%s %v: %w\n%s", name, args, err, stderr.Bytes())
	}
	return c, nil
}

// watch kills p when it goes past the budget, and says whether it did.
func watch(p *os.Process, b Budget, done <-chan struct{}, killed chan<- bool) {
	deadline := time.After(b.Wall)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-done:
			killed <- false
			return
		case <-deadline:
			p.Kill()
			killed <- true
			return
		case <-tick.C:
			if rss(p.Pid) > b.RSS {
				p.Kill()
				killed <- true
				return
			}
		}
	}
}

// rss reads a running process's resident memory from /proc (0 if gone).
func rss(pid int) int64 {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(data))
	if len(f) < 2 {
		return 0
	}
	pages, _ := strconv.ParseInt(f[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

// Counter counts the bytes written through it and keeps none.
type Counter struct{ N int64 }

func (w *Counter) Write(p []byte) (int, error) {
	w.N += int64(len(p))
	return len(p), nil
}
