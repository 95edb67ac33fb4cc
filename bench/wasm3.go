package bench

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// Wasm3Path returns the wasm3 binary on PATH, or "" when there is none:
// wasm3 is a reference the report adds when present, not a dependency.
func Wasm3Path() string {
	p, err := exec.LookPath("wasm3")
	if err != nil {
		return ""
	}
	return p
}

// Wasm3 runs a workload in a wasm3 process (`wasm3 --func run file N`) and
// returns its cost, after checking the result it prints. wasm3 is a C
// program with no Go API here, so it is measured as a whole process; its
// start-up (parsing a kernel of a few kilobytes) is within the noise of a
// run of seconds.
func Wasm3(b Budget, bin, dir string, w Workload) (Cost, error) {
	var out bytes.Buffer
	path := filepath.Join(dir, w.File)
	c, err := measureCombined(b, &out, bin, "--func", w.Func, path, strconv.Itoa(int(w.N)))
	if err != nil {
		return c, fmt.Errorf("wasm3: %s: %w", w.Name, err)
	}
	got, err := ParseWasm3Result(out.String())
	if err != nil {
		return c, fmt.Errorf("wasm3: %s: %w", w.Name, err)
	}
	if got != w.Expected {
		return c, fmt.Errorf("wasm3: %s(%d) = %d, want %d", w.Func, w.N, got, w.Expected)
	}
	return c, nil
}

// ParseWasm3Result reads the value wasm3's command line prints after a call
// ("Result: 14930352", on standard error).
func ParseWasm3Result(out string) (int64, error) {
	for _, line := range strings.Split(out, "\n") {
		v, ok := strings.CutPrefix(strings.TrimSpace(line), "Result:")
		if !ok {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		if err != nil {
			return 0, fmt.Errorf("result %q: %v", strings.TrimSpace(v), err)
		}
		return n, nil
	}
	return 0, errors.New("no \"Result:\" line in its output")
}

// measureCombined is MeasureWithInput with standard error written to out
// as well (wasm3 prints its result there), within the budget b.
func measureCombined(b Budget, out *bytes.Buffer, name string, args ...string) (Cost, error) {
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		return Cost{}, err
	}
	done := make(chan struct{})
	result := make(chan watched, 1)
	go watch(cmd.Process, b, done, result)
	err := cmd.Wait()
	close(done)
	w := <-result
	c := Cost{CPU: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), PeakRSS: w.peak}
	if w.killed {
		return c, ErrOverBudget
	}
	if err != nil {
		return c, fmt.Errorf("%s %v: %w\n%s", name, args, err, out.Bytes())
	}
	return c, nil
}
