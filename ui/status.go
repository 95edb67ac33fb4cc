package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"wasmstep/debugger"
	"wasmstep/internal/middle"
)

// statusBar shows the machine's state, where it stopped, how many
// instructions ran and the last trap.
type statusBar struct {
	state, steps, trap *widget.Label
	where              *middle.Label // cut in the middle: a long path keeps its file name
	content            fyne.CanvasObject
	asked              string // the value a "Go to last write" asks about, named at its stop
}

func newStatusBar() *statusBar {
	b := &statusBar{state: widget.NewLabel(""), where: middle.NewLabel(""), steps: widget.NewLabel(""), trap: widget.NewLabel("")}
	b.state.TextStyle.Bold = true
	b.trap.Importance = widget.DangerImportance
	b.trap.Truncation = fyne.TextTruncateEllipsis
	b.content = container.NewBorder(nil, nil, container.NewHBox(b.state, b.steps), nil,
		container.New(shareWidth{b.trap}, b.where, b.trap))

	b.show(nil)
	return b
}

// stateNames are the states as the status bar writes them, for translation.
var stateNames = map[debugger.State]string{
	debugger.StateIdle:     "Idle",
	debugger.StateRunning:  "Running",
	debugger.StateStopped:  "Stopped",
	debugger.StateTrapped:  "Trapped",
	debugger.StateFinished: "Finished",
}

func (b *statusBar) show(s *debugger.Snapshot) {
	defer b.relayout()
	if s == nil {
		b.state.SetText(lang.L("Idle"))
		b.where.SetText(lang.L("Open a .wat, .wast or .wasm file (Ctrl+O)"))
		b.steps.SetText("")
		return
	}
	state := lang.L(stateNames[s.State])
	if s.Reason != debugger.StopNone && s.State == debugger.StateStopped {
		state += " (" + lang.L(s.Reason.String()) + ")"
	}
	b.state.SetText(state)
	steps := instructionCount(s.Steps)
	if s.DebugLoop != "" && s.Reason != debugger.StopStep {
		// A long run went through the per-instruction loop: say why, as it
		// runs some 25 times slower than the fast one.
		steps += "  ·  " + lang.L("per-instruction loop: {{.Why}}", map[string]any{"Why": lang.L(s.DebugLoop)})
	}
	b.steps.SetText(steps)
	where := ""
	if f := s.Current(); f != nil {
		where = f.Location.FuncName
		if at := locationText(f.Location); at != "" {
			where = fmt.Sprintf("%s  %s  %s", at, f.Location.FuncName, f.Location.Text)
		}
	}
	if s.State == debugger.StateFinished {
		where = lang.L("Results") + ": " + resultsText(s.Results)
	}
	if s.Reason == debugger.StopOrigin && b.asked != "" {
		where += "  ← " + lang.L("last write of {{.What}}", map[string]any{"What": b.asked})
	}
	b.where.SetText(where)
	if s.State == debugger.StateTrapped || s.Reason == debugger.StopTrap || s.Reason == debugger.StopException {
		b.trap.SetText(lang.L("Trap") + ": " + trapText(s.Message))
	}
}

// pausing confirms a Pause before the machine's stop arrives.
func (b *statusBar) pausing() {
	b.state.SetText(lang.L("Pausing…"))
	b.relayout()
}

// hint says what to do next where a stop would say where it is.
func (b *statusBar) hint(text string) {
	b.where.SetText(text)
	b.relayout()
}

// running shows where a running machine is: steps run, the instruction at loc next.
func (b *statusBar) running(steps uint64, loc debugger.Location) {
	defer b.relayout()
	b.state.SetText(lang.L("Running"))
	b.steps.SetText(instructionCount(steps))
	b.where.SetText(fmt.Sprintf("%s  %s  %s", locationText(loc), loc.FuncName, loc.Text))
}

// showError reports an error that is not a stop (load, link, bad command).
func (b *statusBar) showError(err error) {
	b.trap.SetText(errorText(err))
	b.relayout()
}

// errorText translates the engine's errors a user meets in normal use, by
// their text (the debugger does not export them); others, such as parse
// errors with their positions, are shown as the engine writes them.
func errorText(err error) string {
	switch err.Error() {
	case "the call has ended: step back, invoke again or restart":
		return lang.L("the call has ended: step back, invoke again or restart")
	case "nothing is running: invoke a function first":
		return lang.L("nothing is running: invoke a function first")
	}
	return err.Error()
}

// relayout lays the bar out again: its labels change width with their text,
// and a container does not notice, so a longer text would overlap the next.
// Only the layout: the labels refreshed themselves when their text changed.
func (b *statusBar) relayout() {
	c := b.content.(*fyne.Container)
	c.Layout.Layout(c.Objects, c.Size())
}

// clearTrap forgets the last trap, e.g. when a new call starts.
func (b *statusBar) clearTrap() {
	b.trap.SetText("")
	b.relayout()
}

// resultsText writes results as the command line does: TYPE:VALUE each.
func resultsText(vs []debugger.Value) string {
	if len(vs) == 0 {
		return "[]"
	}
	out := ""
	for i, v := range vs {
		if i > 0 {
			out += " "
		}
		out += stackDisplay.Typed(stackValue(v))
	}
	return out
}

// text is the bar as one line: its non-empty labels, separated by " | ".
func (b *statusBar) text() string {
	out := ""
	for _, l := range []string{b.state.Text, b.steps.Text, b.where.Text(), b.trap.Text} {
		if l == "" {
			continue
		}
		if out != "" {
			out += " | "
		}
		out += l
	}
	return out
}

// instructionCount is "1 instruction", "2 instructions": two keys rather
// than lang.N, as the memory tabs count pages (Chinese has one form).
func instructionCount(n uint64) string {
	data := map[string]any{"Count": n}
	if n == 1 {
		return lang.L("{{.Count}} instruction", data)
	}
	return lang.L("{{.Count}} instructions", data)
}

// shareWidth lays out two objects side by side: the first takes the whole
// width while the second label is empty, half of it otherwise (the status
// bar's location and trap, the source's picker and badge).
type shareWidth struct{ trap *widget.Label }

func (l shareWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	where, trap := objs[0], objs[1]
	w := size.Width
	if l.trap.Text != "" {
		w = size.Width / 2
	}
	where.Move(fyne.NewPos(0, 0))
	where.Resize(fyne.NewSize(w, size.Height))
	trap.Move(fyne.NewPos(w, 0))
	trap.Resize(fyne.NewSize(size.Width-w, size.Height))
}

func (l shareWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(0, max(objs[0].MinSize().Height, objs[1].MinSize().Height))
}
