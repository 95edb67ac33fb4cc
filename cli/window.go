package cli

import (
	"fyne.io/fyne/v2/app"

	"wasmstep/debugger"
	"wasmstep/ui"
)

func init() { openWindow = runWindow }

// appID matches FyneApp.toml; preferences (recent files, breakpoints) are
// stored under it.
const appID = "io.wasmstep.app"

// runWindow opens the debugger window on files and returns when it closes.
func runWindow(e *env, files []string) int {
	a := app.NewWithID(appID)
	w := ui.New(a, newEngine)
	w.Window().Show()
	w.Open(files...)
	a.Run()
	return exitOK
}

// newEngine is the engine of each session the window opens. Host output
// reaches the window's console through events, not stdout.
func newEngine() ui.Engine { return debugger.NewSession(debugger.Options{}) }
