package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// action is a command of the window as the toolbar, the menu and the keys
// offer it.
type action struct {
	label string // English; translated when shown
	short string // the toolbar's label
	icon  fyne.Resource
	run   func()
}

// actionSet names every action of the window.
type actionSet struct {
	open, invoke, cont, pause, over, into, out, back, reverse, restart, breakpoint, find, present, lastWrite action
}

func (w *Window) actions() actionSet {
	return actionSet{
		open:       action{"Open…", "Open", theme.FolderOpenIcon(), w.showOpenDialog},
		invoke:     action{"Invoke…", "Invoke", theme.MailSendIcon(), w.showInvokeDialog},
		cont:       action{"Continue", "Continue", theme.MediaPlayIcon(), w.Continue},
		pause:      action{"Pause", "Pause", theme.MediaPauseIcon(), w.Pause},
		over:       action{"Step over", "Over", theme.MediaSkipNextIcon(), w.StepOver},
		into:       action{"Step into", "Into", theme.MoveDownIcon(), w.StepInto},
		out:        action{"Step out", "Out", theme.MoveUpIcon(), w.StepOut},
		back:       action{"Step back", "Back", theme.MediaSkipPreviousIcon(), w.StepBack},
		reverse:    action{"Reverse continue", "Reverse", theme.MediaFastRewindIcon(), w.ReverseContinue},
		restart:    action{"Restart", "Restart", theme.MediaReplayIcon(), w.Restart},
		breakpoint: action{"Toggle breakpoint", "Breakpoint", theme.RadioButtonCheckedIcon(), w.toggleBreakpointHere},
		find:       action{"Go to…", "Find", theme.SearchIcon(), w.showFinder},
		present:    action{"Presentation mode", "Present", theme.VisibilityIcon(), w.togglePresentation},
		lastWrite:  action{"Go to last write", "Last write", theme.HistoryIcon(), w.GoToLastWrite},
	}
}
