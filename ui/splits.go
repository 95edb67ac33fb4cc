package ui

import (
	"fyne.io/fyne/v2/container"

	"wasmstep/debugger"
)

// bandNeed is the height the bottom band needs for what the program has.
func bandNeed(s *debugger.Snapshot) float32 {
	switch {
	case s == nil:
		return bandForLogs
	case len(s.Memories) > 0:
		return bandForMemory
	case len(s.Tables) > 0 || s.Heap.Live > 0 || s.Heap.Unreachable > 0:
		return bandForData
	}
	return bandForLogs
}

// splitScale stores a split's offset as an integer in the preferences.
const splitScale = 1000

// saveSplits remembers where the user left the dividers: the band's share
// if they dragged it, and the two splits above it.
func (w *Window) saveSplits() {
	w.prefs.setSplits([]int{int(w.band.user * splitScale), int(w.topSplit.Offset * splitScale), int(w.machineSplit.Offset * splitScale)})
}

// restoreSplits puts the dividers where the user left them last time.
func (w *Window) restoreSplits() {
	v := w.prefs.splits()
	if len(v) != 3 {
		return
	}
	if v[0] > 0 {
		w.band.user = min(max(float64(v[0])/splitScale, minBandShare), maxBandShare)
		w.band.apply()
	}
	for i, s := range []*container.Split{w.topSplit, w.machineSplit} {
		if off := float64(v[i+1]) / splitScale; off > 0.1 && off < 0.9 {
			s.SetOffset(off)
		}
	}
}
