package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"wasmstep/debugger"
	"wasmstep/ui"
	"wasmstep/vm"
	"wasmstep/vm/host"
)

func init() { openWindow = runWindow }

// appID matches FyneApp.toml; preferences (recent files, breakpoints) are
// stored under it.
const appID = "io.wasmstep.app"

// runWindow opens the debugger window on the files, invokes an export
// stopped at entry if --invoke names one, and returns when it closes. With
// WASMSTEP_LOG_STOPS=1 every stop is also written to stdout, for scripts
// driving the window.
func runWindow(e *env, args []string) int {
	maxMemory, args, err := takeMaxMemory(args)
	var hist historyLimit
	if err == nil {
		hist, args, err = takeHistory(args)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "wasmstep: %v\n", err)
		return exitError
	}
	files, name, callArgs, ok := splitInvoke(args)
	if !ok || name != "" && len(files) == 0 {
		fmt.Fprintln(e.stderr, "usage: wasmstep [FILE... [--invoke NAME [ARG...]]]")
		return exitError
	}
	// FyneApp.toml's metadata reaches a binary only through `fyne build`;
	// without its fyneDo migration every refresh pays Fyne's check of the
	// calling goroutine (a runtime.Stack call), a large part of a stop.
	app.SetMetadata(fyne.AppMetadata{ID: appID, Name: "wasmstep", Version: "0.1.0", Build: 1,
		Migrations: map[string]bool{"fyneDo": true}})
	a := app.NewWithID(appID)
	w := ui.New(a, func(paths []string) ui.Engine { return newLimitedEngine(paths, maxMemory, hist) })
	if dir, err := os.UserConfigDir(); err == nil {
		if err := w.KeepPreferences(filepath.Join(dir, "wasmstep", "preferences.json")); err != nil {
			fmt.Fprintln(e.stderr, "wasmstep: preferences:", err)
		}
	}
	if os.Getenv("WASMSTEP_LOG_STOPS") == "1" {
		w.LogStops(e.stdout)
	}
	w.Window().Show()
	w.Open(files...)
	if name != "" {
		w.Invoke(name, callArgs, true)
	}
	a.Run()
	return exitOK
}

// newEngine is the engine of a session of the window on paths: automatic
// imports, WASI and spectest are bound as in `wasmstep run`, and host
// output reaches the window's console through events, not stdout.
func newEngine(paths []string) ui.Engine {
	return newLimitedEngine(paths, host.DefaultMaxMemory(), historyLimit{})
}

// newLimitedEngine is newEngine with a memory budget (--max-memory) and a
// history limit (--history).
func newLimitedEngine(paths []string, maxMemory uint64, hist historyLimit) ui.Engine {
	argv0 := paths[:min(len(paths), 1)] // WASI's argument list: the program
	return debugger.NewSession(hist.options(debugger.Options{
		Recent: 1000, // the trace pane's rows
		Link: func(l *host.Linker, st *vm.Store, out io.Writer) (io.Closer, error) {
			st.MaxMemory = maxMemory
			return host.Install(l, st, host.ProgramConfig{Output: out,
				WASI: host.WASIConfig{Args: argv0, Stdout: out, Stderr: out}})
		},
	}))
}
