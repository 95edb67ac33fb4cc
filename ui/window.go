// Package ui is wasmstep's window: the source pane and the views of the
// machine's state, the toolbar and keys that drive the debugger, the invoke
// dialog and the fuzzy finder. The engine (a debugger.Session) runs on a
// worker goroutine; its stops reach the views through the event pump.
package ui

import (
	"io"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"wasmstep/assets"
	"wasmstep/debugger"
	"wasmstep/views/timeline"
)

// Window is the debugger's main window.
type Window struct {
	app    fyne.App
	win    fyne.Window
	eng    Engine                      // the engine of the current session
	fresh  func(paths []string) Engine // makes the engine of a new session on paths
	work   *worker
	post   *dispatcher
	pump   *pump
	panes  *panes
	src    *sourcePane
	status *statusBar
	prefs  *memo
	watch  *watcher
	ruler  *timeline.View // the recorded run, under the source
	travel traveller
	picked picked // what "Go to last write" asks about

	dataTabs     *container.AppTabs
	stale        map[fyne.CanvasObject]bool // band panes showing an older stop (see stale.go)
	autoTab      bool                       // the band's tab was picked by pickDataTab, not the user
	picking      bool                       // pickDataTab is selecting a tab
	traceStacks  traceStacks
	shownSteps   uint64 // the progress shown while running
	lastCall     *call  // the export invoked last, with its arguments
	note         string // what the status bar says while no call runs, if not the hint
	band         *bandLayout
	topSplit     *container.Split   // source | machine
	machineSplit *container.Split   // stack / variables
	paths        []string           // the files of the session, as opened
	snap         *debugger.Snapshot // the stop shown
	data         *stopData          // what the worker copied for it (never nil)
	frame        int                // the frame shown, 0 = innermost
	bpLine       int                // the line F9 toggles in the shown document; 0 = the next instruction's
	cancel       func()             // ends the event subscription
	keys         []binding
	finder       *finder     // the last finder shown
	invoke       *invokeForm // the last invoke dialog shown
	invokeDlg    *invokeDialog
	buttons      map[string]*widget.Button // the toolbar's, by action label
	exports      []debugger.Export
	lastArgs     map[string][]string // the arguments last given, per export
	closed       atomic.Bool         // the window was closed: background loops end
	stopLog      io.Writer           // where every stop shown is written, if set
	// heldModifiers reports the modifier keys held; nil asks the driver.
	// Tests set it, as the test driver has no keyboard.
	heldModifiers func() fyne.KeyModifier
}

// Icon is the application's icon.
var Icon = fyne.NewStaticResource("Icon.png", assets.Icon)

// New makes the window in app; fresh makes the engine of each session, given
// the files it will load (a session cannot unload files, so opening and
// reloading start a new one).
// Show the window, then Open files.
func New(app fyne.App, fresh func(paths []string) Engine) *Window {
	loadTranslations()
	app.SetIcon(Icon)
	w := &Window{app: app, fresh: fresh, panes: newPanes(), status: newStatusBar(), prefs: newMemo(app.Preferences()), lastArgs: map[string][]string{}, buttons: map[string]*widget.Button{}}
	w.data = capture(nil, nil, wants{})
	w.post = newDispatcher()
	w.pump = &pump{apply: w.applyBatch, post: w.post}
	w.work = newWorker(w.pump, w.post)
	w.src = newSourcePane(w.toggleBreakpoint)
	w.ruler = timeline.New()
	w.ruler.OnTravel = w.Goto
	w.ruler.Hide()
	w.panes.frames.OnSelected = w.selectFrame
	w.panes.threads.OnSelected = w.selectThread
	w.wirePicks()
	w.win = app.NewWindow("wasmstep")
	w.win.SetIcon(Icon)
	w.win.SetContent(w.layout())
	w.win.Resize(fyne.NewSize(1280, 800))
	w.bindKeys()
	w.restoreSplits()
	w.win.SetMainMenu(w.mainMenu())
	w.setEngine(fresh(nil))
	w.watch = newWatcher(w.fileChanged, w.post)
	w.win.SetOnClosed(w.close)
	return w
}

// Window is the Fyne window, to show or capture.
func (w *Window) Window() fyne.Window { return w.win }

// setEngine makes e the engine of the session from now on; commands given
// before keep theirs.
func (w *Window) setEngine(e Engine) {
	if w.eng != nil {
		w.cancel()
		w.eng.Pause()
	}
	w.eng = e
	w.cancel = e.SubscribeOutput(w.onEvent)
	if w.prefs.stepOthers() {
		w.applyStepOthers(e, true) // sessions start with the others frozen
	}
}

func (w *Window) close() {
	w.saveSplits()
	w.closed.Store(true)
	w.cancel()
	w.watch.close()
	w.eng.Pause()
	w.work.close()
}

// show applies a stop to the panes in view, from its snapshot and what
// the worker copied with it.
func (w *Window) show(d *stopData) {
	s := d.snap
	w.snap, w.data, w.frame, w.bpLine = s, d, 0, 0
	w.panes.showFrame(s, 0)
	w.panes.globals.Update(globalsModel(s))
	w.panes.threads.Update(threadsModel(s))
	w.markTrap(s)
	w.showSourceOf(0)
	w.status.show(s)
	w.showTimeline(s)
	w.showHint()
	w.updateButtons()
	w.noteTraceStack()
	w.markStale()
	w.band.fit(bandNeed(s))
	w.pickDataTab(s)
	w.fillShownTab()
	w.logStop(s)
}

// selectFrame shows frame i of the stop: its operands, locals and line.
func (w *Window) selectFrame(i int) {
	if w.snap == nil || i < 0 || i >= len(w.snap.Frames) {
		return
	}
	w.frame = i
	w.panes.showFrame(w.snap, i)
	w.showSourceOf(i)
}

func (w *Window) showSourceOf(frame int) {
	var loc *debugger.Location
	if w.snap != nil && frame < len(w.snap.Frames) {
		loc = &w.snap.Frames[frame].Location
	}
	w.src.showNext(loc)
	w.showSourceVars(frame)
}
