package dap

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"wasmstep/debugger"
	"wasmstep/vm"
	"wasmstep/vm/host"
	"wasmstep/vm/wasm"
)

// launchArgs are the launch request's arguments (the editors' launch
// configurations), mirroring `wasmstep run`'s command line.
type launchArgs struct {
	Program     string            `json:"program"`
	Programs    []string          `json:"programs"` // several files linked as one program
	Invoke      string            `json:"invoke"`   // default _start
	Args        []json.RawMessage `json:"args"`     // strings or numbers, typed by the export
	StopOnEntry bool              `json:"stopOnEntry"`
	Cwd         string            `json:"cwd"`
	Env         json.RawMessage   `json:"env"`  // {"NAME": "VALUE"} or ["NAME=VALUE"]
	Dirs        []string          `json:"dirs"` // WASI preopens HOST[::GUEST]
	WASIArgs    []string          `json:"wasiArgs"`
	MaxMemory   json.RawMessage   `json:"maxMemory"` // the session's memory budget: 67108864 or "64MiB"
	NoDebug     bool              `json:"noDebug"`   // "run without debugging"
	// StepOtherThreads lets the other threads run during a step (as
	// `step-threads all`); by default they stay frozen.
	StepOtherThreads bool `json:"stepOtherThreads"`
}

// launchConfig is a checked launch request.
type launchConfig struct {
	files       []string
	invoke      string
	args        []string
	stopOnEntry bool
	env         []string
	dirs        []host.Preopen
	wasiArgs    []string
	maxMemory   uint64 // 0: the machine's default
	// noDebug runs without stopping: no breakpoints, no entry stop, traps
	// end the program, and no history is recorded (the fast loop runs).
	noDebug    bool
	stepOthers bool // steps let the other threads run
}

func parseLaunch(raw json.RawMessage) (*launchConfig, error) {
	var a launchArgs
	if len(raw) > 0 {
		dec := json.NewDecoder(bytes.NewReader(raw))
		if err := dec.Decode(&a); err != nil {
			return nil, fmt.Errorf("launch arguments: %v", err)
		}
	}
	c := &launchConfig{invoke: a.Invoke, stopOnEntry: a.StopOnEntry, wasiArgs: a.WASIArgs, noDebug: a.NoDebug, stepOthers: a.StepOtherThreads}
	files := a.Programs
	if a.Program != "" {
		files = append([]string{a.Program}, files...)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("launch: no program (set \"program\" or \"programs\")")
	}
	for _, f := range files {
		c.files = append(c.files, inDir(a.Cwd, f))
	}
	for i, v := range a.Args {
		s, err := argText(v)
		if err != nil {
			return nil, fmt.Errorf("launch: args[%d]: %v", i, err)
		}
		c.args = append(c.args, s)
	}
	var err error
	if c.env, err = parseEnv(a.Env); err != nil {
		return nil, err
	}
	for _, d := range a.Dirs {
		hostDir, guest, _ := strings.Cut(d, "::")
		c.dirs = append(c.dirs, host.Preopen{Host: inDir(a.Cwd, hostDir), Guest: guest})
	}
	if c.maxMemory, err = parseSize(a.MaxMemory); err != nil {
		return nil, fmt.Errorf("launch: maxMemory: %v", err)
	}
	return c, nil
}

// inDir resolves a path against the launch's cwd; the adapter's own
// working directory is the editor's business, so it is never changed.
func inDir(cwd, p string) string {
	if cwd == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(cwd, p)
}

// argText is an argument as `wasmstep run` takes it: a JSON number keeps
// its literal text, so 0x... strings and large integers both survive.
func argText(v json.RawMessage) (string, error) {
	var s string
	if json.Unmarshal(v, &s) == nil {
		return s, nil
	}
	var n json.Number
	if json.Unmarshal(v, &n) == nil {
		return n.String(), nil
	}
	return "", fmt.Errorf("want a string or a number, got %s", v)
}

func parseEnv(raw json.RawMessage) ([]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		for _, kv := range list {
			if !strings.Contains(kv, "=") {
				return nil, fmt.Errorf("launch: env %q: want NAME=VALUE", kv)
			}
		}
		return list, nil
	}
	var m map[string]string
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("launch: env: want {\"NAME\": \"VALUE\"} or [\"NAME=VALUE\"]")
	}
	for k, v := range m {
		list = append(list, k+"="+v)
	}
	sort.Strings(list)
	return list, nil
}

// parseSize reads maxMemory: a byte count, or a string with a unit as
// --max-memory takes it ("512M", "64MiB"); 0 when absent.
func parseSize(raw json.RawMessage) (uint64, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return 0, nil
	}
	text, err := argText(raw)
	if err != nil {
		return 0, err
	}
	return host.ParseSize(text)
}

// options builds the session the way `wasmstep debug` does, except that
// host output only goes to the client (as output events) and the program
// has no stdin (the adapter's own stdin carries the protocol).
func (c *launchConfig) options() debugger.Options {
	return debugger.Options{
		NoHistory: c.noDebug,
		Link: func(l *host.Linker, st *vm.Store, out io.Writer) (io.Closer, error) {
			st.MaxMemory = c.maxMemory
			if st.MaxMemory == 0 {
				st.MaxMemory = host.DefaultMaxMemory()
			}
			return host.Install(l, st, host.ProgramConfig{Output: out, WASI: host.WASIConfig{
				Args:     append([]string{c.files[0]}, c.wasiArgs...),
				Env:      c.env,
				Stdout:   out,
				Stderr:   out,
				Preopens: c.dirs,
			}})
		},
	}
}

// entry is the export the launch invokes: the one named, or a WASI
// command's _start.
func (c *launchConfig) entry(s *debugger.Session) (string, error) {
	if c.invoke != "" {
		return c.invoke, nil
	}
	var names []string
	for _, e := range s.Exports() {
		if e.Kind != wasm.ExternFunc {
			continue
		}
		if e.Name == "_start" {
			return "_start", nil
		}
		names = append(names, e.Name)
	}
	return "", fmt.Errorf("launch: no \"invoke\" given and no _start to run; exported functions: %s", strings.Join(names, ", "))
}
