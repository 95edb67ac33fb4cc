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
	return MeasureWithInput(b, nil, out, name, args...)
}

// MeasureWithInput is Measure with the command's standard input read from
// in (nil: none), for a command driven by its input such as `debug`.
func MeasureWithInput(b Budget, in io.Reader, out io.Writer, name string, args ...string) (Cost, error) {
	if out == nil {
		out = io.Discard
	}
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = in, out, &stderr
	if err := cmd.Start(); err != nil {
		return Cost{}, err
	}
	done := make(chan struct{})
	result := make(chan watched, 1)
	go watch(cmd.Process, b, done, result)
	err := cmd.Wait()
	close(done)
	c := Cost{CPU: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()}
	w := <-result
	c.PeakRSS = w.peak
	if w.killed {
		return c, ErrOverBudget
	}
	if err != nil {
		return c, fmt.Errorf("%s %v: %w\n%s", name, args, err, stderr.Bytes())
	}
	return c, nil
}

// watched is what watch saw of a process.
type watched struct {
	peak   int64 // the largest VmHWM read
	killed bool
}

// watch kills p when it goes past the budget, and reads its peak memory.
// The peak comes from /proc (VmHWM, the high-water mark of the program's
// own address space) rather than the rusage of wait4: on Linux a child's
// ru_maxrss includes the parent's memory at fork, which here is the test
// binary holding the generated module, and would hide both engines' own
// peaks behind it.
func watch(p *os.Process, b Budget, done <-chan struct{}, result chan<- watched) {
	var w watched
	deadline := time.After(b.Wall)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-done:
			result <- w
			return
		case <-deadline:
			p.Kill()
			w.killed = true
			result <- w
			return
		case <-tick.C:
			rss, hwm := memory(p.Pid)
			w.peak = max(w.peak, hwm)
			if rss > b.RSS {
				p.Kill()
				w.killed = true
				result <- w
				return
			}
		}
	}
}

// memory reads a running process's resident memory and its high-water
// mark from /proc, in bytes (0 once it is gone).
func memory(pid int) (rss, hwm int64) {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		key, val, _ := strings.Cut(line, ":")
		f := strings.Fields(val)
		if len(f) == 0 {
			continue
		}
		kb, _ := strconv.ParseInt(f[0], 10, 64)
		switch key {
		case "VmRSS":
			rss = kb * 1024
		case "VmHWM":
			hwm = kb * 1024
		}
	}
	return rss, hwm
}

// Counter counts the bytes written through it and keeps none.
type Counter struct{ N int64 }

func (w *Counter) Write(p []byte) (int, error) {
	w.N += int64(len(p))
	return len(p), nil
}
