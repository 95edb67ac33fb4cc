package host

import (
	"crypto/rand"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"wasmstep/vm"
	"wasmstep/vm/wasm"
)

// WASIModule is the import module name of WASI preview 1.
const WASIModule = "wasi_snapshot_preview1"

// Preopen is a host directory a WASI program may use, under a guest name.
type Preopen struct {
	Host  string
	Guest string // defaults to Host
}

// WASIConfig is what a WASI program sees of the world.
type WASIConfig struct {
	Args     []string // argv, the program name first
	Env      []string // NAME=VALUE
	Stdin    io.Reader
	Stdout   io.Writer
	Stderr   io.Writer
	Preopens []Preopen
	// Interrupt, if set, ends a poll_oneoff sleep early when it receives
	// (or is closed): a timeout or Ctrl-C must not wait out a guest's
	// century-long sleep.
	Interrupt <-chan struct{}
}

// WASI implements WASI preview 1 for one program. The program reaches the
// host's files only through its preopened directories, each an os.Root, so
// no path (.., absolute, or a symbolic link pointing out) escapes them.
type WASI struct {
	cfg   WASIConfig
	fds   map[uint32]*wasiFD
	start time.Time
	rand  io.Reader

	mu sync.Mutex // one call at a time: threads share the descriptor table
}

// ExitError is returned (as a trap's cause) when the program calls
// proc_exit; Code is its exit status.
type ExitError struct{ Code uint32 }

func (e *ExitError) Error() string { return fmt.Sprintf("exit status %d", e.Code) }

// NewWASI opens the preopened directories; the caller must Close the WASI.
func NewWASI(cfg WASIConfig) (*WASI, error) {
	w := &WASI{cfg: cfg, fds: map[uint32]*wasiFD{}, start: time.Now(), rand: rand.Reader}
	w.fds[0] = &wasiFD{kind: fdStdin}
	w.fds[1] = &wasiFD{kind: fdStdout}
	w.fds[2] = &wasiFD{kind: fdStderr}
	for i, p := range cfg.Preopens {
		root, err := os.OpenRoot(p.Host)
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("--dir %s: %w", p.Host, err)
		}
		guest := p.Guest
		if guest == "" {
			guest = p.Host
		}
		w.fds[uint32(3+i)] = &wasiFD{kind: fdDir, root: root, preopen: guest}
	}
	return w, nil
}

// Close closes every file and directory the program has open.
func (w *WASI) Close() {
	for fd := range w.fds {
		w.fds[fd].close()
		delete(w.fds, fd)
	}
}

// wasiImpl is one WASI function: its parameters, written i (i32) and I
// (i64), and its body, which returns an errno.
type wasiImpl struct {
	params string
	fn     func(c *wasiCall) errno
}

// Exports returns the WASI functions, to be defined in a Linker under
// WASIModule. Functions this implementation lacks return ENOSYS.
func (w *WASI) Exports() map[string]vm.Extern {
	exports := map[string]vm.Extern{}
	for name, impl := range w.functions() {
		ft := wasm.FuncType{Params: wasiParams(impl.params), Results: []wasm.ValType{wasm.I32}}
		exports[name] = vm.NewHostFunc(ft, name, w.hostFunc(impl.fn))
	}
	exports["proc_exit"] = vm.NewHostFunc(wasm.FuncType{Params: []wasm.ValType{wasm.I32}}, "proc_exit",
		func(_ *vm.CallContext, args []vm.Value) ([]vm.Value, error) {
			return nil, &ExitError{Code: uint32(args[0].Bits)}
		})
	return exports
}

func wasiParams(sig string) []wasm.ValType {
	ts := make([]wasm.ValType, len(sig))
	for i, c := range sig {
		ts[i] = wasm.I32
		if c == 'I' {
			ts[i] = wasm.I64
		}
	}
	return ts
}

func (w *WASI) hostFunc(fn func(c *wasiCall) errno) vm.HostFunc {
	return func(ctx *vm.CallContext, args []vm.Value) ([]vm.Value, error) {
		w.mu.Lock()
		defer w.mu.Unlock()
		c := &wasiCall{w: w, mem: ctx.Memory(0), args: args}
		return []vm.Value{vm.I32(int32(fn(c)))}, nil
	}
}

func notImplemented(*wasiCall) errno { return errNosys }

// functions lists WASI preview 1 by name.
func (w *WASI) functions() map[string]wasiImpl {
	return map[string]wasiImpl{
		"args_get":                {"ii", argsGet},
		"args_sizes_get":          {"ii", argsSizesGet},
		"environ_get":             {"ii", environGet},
		"environ_sizes_get":       {"ii", environSizesGet},
		"clock_res_get":           {"ii", clockResGet},
		"clock_time_get":          {"iIi", clockTimeGet},
		"random_get":              {"ii", randomGet},
		"sched_yield":             {"", func(*wasiCall) errno { return errSuccess }},
		"poll_oneoff":             {"iiii", pollOneoff},
		"proc_raise":              {"i", notImplemented},
		"fd_advise":               {"iIIi", fdAdvise},
		"fd_allocate":             {"iII", notImplemented},
		"fd_close":                {"i", fdClose},
		"fd_datasync":             {"i", fdSync},
		"fd_sync":                 {"i", fdSync},
		"fd_fdstat_get":           {"ii", fdFdstatGet},
		"fd_fdstat_set_flags":     {"ii", fdFdstatSetFlags},
		"fd_fdstat_set_rights":    {"iII", fdFdstatSetRights},
		"fd_filestat_get":         {"ii", fdFilestatGet},
		"fd_filestat_set_size":    {"iI", fdFilestatSetSize},
		"fd_filestat_set_times":   {"iIIi", fdFilestatSetTimes},
		"fd_pread":                {"iiiIi", fdPread},
		"fd_pwrite":               {"iiiIi", fdPwrite},
		"fd_read":                 {"iiii", fdRead},
		"fd_write":                {"iiii", fdWrite},
		"fd_prestat_get":          {"ii", fdPrestatGet},
		"fd_prestat_dir_name":     {"iii", fdPrestatDirName},
		"fd_readdir":              {"iiiIi", fdReaddir},
		"fd_renumber":             {"ii", fdRenumber},
		"fd_seek":                 {"iIii", fdSeek},
		"fd_tell":                 {"ii", fdTell},
		"path_open":               {"iiiiiIIii", pathOpen},
		"path_filestat_get":       {"iiiii", pathFilestatGet},
		"path_filestat_set_times": {"iiiiIIi", pathFilestatSetTimes},
		"path_create_directory":   {"iii", pathCreateDirectory},
		"path_remove_directory":   {"iii", pathRemoveDirectory},
		"path_unlink_file":        {"iii", pathUnlinkFile},
		"path_rename":             {"iiiiii", pathRename},
		"path_readlink":           {"iiiiii", pathReadlink},
		"path_symlink":            {"iiiii", pathSymlink},
		"path_link":               {"iiiiiii", pathLink},
		"sock_accept":             {"iii", notImplemented},
		"sock_recv":               {"iiiiii", notImplemented},
		"sock_send":               {"iiiii", notImplemented},
		"sock_shutdown":           {"ii", notImplemented},
	}
}
