package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/sahilm/fuzzy"
)

// maxFound is how many matches the finder lists.
const maxFound = 50

// placeList lets fuzzy match places by their text.
type placeList []place

func (p placeList) String(i int) string { return p[i].text }
func (p placeList) Len() int            { return len(p) }

// nameList lets fuzzy match places by their names alone, without the kind
// and the $ or quotes: "fri" then matches the start of $friendNameLen, not
// the f of "func" and the "ri" of $befriend.
type nameList []place

func (p nameList) String(i int) string {
	_, name, _ := strings.Cut(p[i].text, " ")
	return strings.TrimLeft(name, `$"`)
}
func (p nameList) Len() int { return len(p) }

// findPlaces ranks all by query, best first; a number (or ":number") is a
// line of the document shown.
func findPlaces(all []place, cur *document, query string) []place {
	q := strings.TrimSpace(query)
	if n, err := strconv.Atoi(strings.TrimPrefix(q, ":")); err == nil && cur != nil {
		return []place{{text: lang.L("line {{.Line}}", map[string]any{"Line": n}), doc: cur, line: n}}
	}
	if q == "" {
		return all[:min(len(all), maxFound)]
	}
	var matches fuzzy.Matches
	if strings.Contains(q, " ") { // "func fib": the kind too
		matches = fuzzy.FindFrom(q, placeList(all))
	} else {
		matches = fuzzy.FindFrom(q, nameList(all))
	}
	out := make([]place, 0, min(len(matches), maxFound))
	for _, m := range matches[:min(len(matches), maxFound)] {
		out = append(out, all[m.Index])
	}
	return out
}

// jump shows a place; F9 then toggles a breakpoint on its line.
func (w *Window) jump(p place) {
	w.src.goToLine(p.doc, p.line)
	w.bpLine = p.line
}

// finder is the Ctrl+P popup: type, then Enter or click a match.
type finder struct {
	all   []place
	found []place
	query *widget.Entry
	list  *widget.List
	pop   *widget.PopUp
}

func (w *Window) showFinder() {
	f := &finder{all: places(w.src.docs)}
	f.query = widget.NewEntry()
	f.query.SetPlaceHolder(lang.L("Function, export, type, global, memory, label or line number"))
	f.list = widget.NewList(func() int { return len(f.found) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			p := f.found[i]
			o.(*widget.Label).SetText(p.text + "  —  " + p.doc.title() + ":" + strconv.Itoa(p.line))
		})
	pick := func(p place) {
		f.pop.Hide()
		w.jump(p)
	}
	f.list.OnSelected = func(i widget.ListItemID) { pick(f.found[i]) }
	f.query.OnChanged = func(q string) {
		f.found = findPlaces(f.all, w.src.cur, q)
		f.list.UnselectAll()
		f.list.Refresh()
	}
	f.query.OnSubmitted = func(string) {
		if len(f.found) > 0 {
			pick(f.found[0])
		}
	}
	f.query.OnChanged("")
	c := w.win.Canvas()
	f.pop = widget.NewModalPopUp(container.NewBorder(f.query, nil, nil, nil, f.list), c)
	size := c.Size()
	f.pop.Resize(fyne.NewSize(min(size.Width*0.8, 720), min(size.Height*0.7, 480)))
	f.pop.Show()
	c.Focus(f.query)
	w.finder = f
}
