package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"wasmstep/vm/host"
)

// runArgs is the parsed command line of `wasmstep run`.
type runArgs struct {
	files        []string
	calls        []runCall
	dirs         []host.Preopen
	env          []string
	showImports  bool
	showFeatures bool     // --show-features: the proposals each module uses, on stderr
	progArgs     []string // after --
	// schedule: run threads interleaved deterministically from this seed
	schedule  *uint64
	limits    runLimits
	interrupt chan struct{} // ends a WASI sleep when the run is stopped
}

type runCall struct {
	name string
	args []string
}

// parseRunArgs reads FILE... [--invoke NAME [ARG...]]... [--dir HOST[::GUEST]]...
// [--env NAME=VALUE]... [--show-imports] [--schedule-seed N] [--max-steps N] [--timeout D] [-- ARGS...]. An argument after
// --invoke NAME belongs to that call unless it starts with "--" (negative
// numbers start with a single dash).
func parseRunArgs(args []string) (*runArgs, error) {
	r := &runArgs{interrupt: make(chan struct{}, 1)}
	for i := 0; i < len(args); i++ {
		a := args[i]
		value := func() (string, error) {
			if i+1 >= len(args) {
				return "", fmt.Errorf("%s needs a value", a)
			}
			i++
			return args[i], nil
		}
		if ok, err := r.limits.parseFlag(a, value); ok {
			if err != nil {
				return nil, err
			}
			continue
		}
		switch {
		case a == "--":
			r.progArgs = args[i+1:]
			return r, r.check()
		case a == "--invoke":
			name, err := value()
			if err != nil {
				return nil, err
			}
			r.calls = append(r.calls, runCall{name: name})
		case a == "--dir":
			d, err := value()
			if err != nil {
				return nil, err
			}
			hostDir, guest, _ := strings.Cut(d, "::")
			r.dirs = append(r.dirs, host.Preopen{Host: hostDir, Guest: guest})
		case a == "--env":
			kv, err := value()
			if err != nil {
				return nil, err
			}
			if !strings.Contains(kv, "=") {
				return nil, fmt.Errorf("--env %s: want NAME=VALUE", kv)
			}
			r.env = append(r.env, kv)
		case a == "--show-imports":
			r.showImports = true
		case a == "--schedule-seed":
			v, err := value()
			if err != nil {
				return nil, err
			}
			seed, err := strconv.ParseUint(v, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("--schedule-seed %s: want a non-negative integer", v)
			}
			r.schedule = &seed
		case a == "--show-features":
			r.showFeatures = true
		case strings.HasPrefix(a, "--"):
			return nil, fmt.Errorf("unknown flag %s", a)
		case len(r.calls) > 0:
			c := &r.calls[len(r.calls)-1]
			c.args = append(c.args, a)
		default:
			r.files = append(r.files, a)
		}
	}
	return r, r.check()
}

// wasi is the WASI configuration the flags give the program: its
// arguments (the first file's path, then those after --), environment and
// preopened directories, with its streams.
func (r *runArgs) wasi(stdin io.Reader, stdout, stderr io.Writer) host.WASIConfig {
	return host.WASIConfig{
		Args:      append([]string{r.files[0]}, r.progArgs...),
		Env:       r.env,
		Stdin:     stdin,
		Stdout:    stdout,
		Stderr:    stderr,
		Preopens:  r.dirs,
		Interrupt: r.interrupt,
	}
}

func (r *runArgs) check() error {
	if len(r.files) == 0 {
		return fmt.Errorf("no module to run")
	}
	return nil
}
