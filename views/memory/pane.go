package memory

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"wasmstep/views/internal/keys"
)

// pane is one memory's tab: go-to entry, hex grid with its address
// scrollbar, and the readout of the values at the cursor (see bodyLayout).
type pane struct {
	model     MemoryModel
	top       uint64 // first visible row
	cursor    uint64
	hasCursor bool
	anchor    uint64 // where a selection started (see selection.go)
	ranged    bool   // the bytes from anchor to cursor are selected
	side      bool   // the readout is a column beside the grid
	stale     bool   // a stop came that is not drawn yet (another tab shows)
	onCursor  func(addr uint64)
	onPick    func(from, to uint64)                   // the bytes picked changed
	onMenu    func(from, to uint64, at fyne.Position) // a menu asked for them

	grid    *hexGrid
	bar     *addrScrollbar
	entry   *keys.Entry
	status  *widget.Label
	readout *widget.Label
	growth  *timeline
	content fyne.CanvasObject
}

func newPane(m MemoryModel, onCursor func(uint64)) *pane {
	p := &pane{model: m, onCursor: onCursor}
	p.grid, p.bar = newHexGrid(p), newAddrScrollbar(p)
	p.entry = keys.NewEntry()
	p.entry.SetPlaceHolder(lang.L("go to address: 0x1f40 or 8000"))
	p.entry.Validator = func(s string) error {
		if s == "" {
			return nil
		}
		_, err := parseAddress(s, p.size())
		return err
	}
	p.entry.OnSubmitted = p.goTo
	p.status = widget.NewLabel("")
	p.readout = widget.NewLabelWithStyle("", fyne.TextAlignLeading, mono)
	p.readout.Truncation = fyne.TextTruncateEllipsis
	goButton := widget.NewButton(lang.L("Go"), func() { p.goTo(p.entry.Text) })
	p.growth = newTimeline()
	p.growth.set(m.Timeline, m.Now)
	top := container.NewBorder(nil, nil, nil, container.NewHBox(goButton, p.status, p.growth), p.entry)
	area := container.NewBorder(nil, nil, nil, p.bar, p.grid)
	body := container.New(bodyLayout{p}, area, container.NewVScroll(p.readout))
	p.content = container.NewBorder(top, nil, nil, nil, body)
	p.showReadout()
	return p
}

func (p *pane) size() uint64 {
	if p.model.Source == nil {
		return 0
	}
	return p.model.Source.Size()
}

func (p *pane) totalRows() uint64 { return (p.size() + bytesPerRow - 1) / bytesPerRow }

func (p *pane) maxTop() uint64 {
	rows := uint64(p.grid.rows())
	if total := p.totalRows(); total > rows {
		return total - rows
	}
	return 0
}

func (p *pane) scrollTo(top uint64) {
	p.top = min(top, p.maxTop())
	p.grid.Refresh()
	p.bar.Refresh()
}

// update shows a new stop of the same memory, keeping the cursor and the
// scroll position unless the bytes just written are out of view.
func (p *pane) update(m MemoryModel) {
	p.model = m
	p.growth.set(m.Timeline, m.Now)
	if p.cursor >= p.size() || p.anchor >= p.size() {
		p.hasCursor, p.ranged = p.cursor < p.size(), false
	}
	p.scrollTo(p.followWrites())
	p.showReadout()
}

// followWrites is the first row to show: the current one if any byte
// written since the last stop is visible or none was written, else the row
// of the first written range, a third of the way down.
func (p *pane) followWrites() uint64 {
	rows := uint64(p.grid.rows())
	from, to := p.top*bytesPerRow, (p.top+rows)*bytesPerRow
	for _, r := range p.model.Written {
		if r.Start < to && r.End > from {
			return p.top
		}
	}
	if len(p.model.Written) == 0 {
		return p.top
	}
	row := p.model.Written[0].Start / bytesPerRow
	return row - min(row, rows/3)
}

// setCursor puts the cursor on addr, ending a selection.
func (p *pane) setCursor(addr uint64) {
	p.ranged = false
	p.placeCursor(addr)
}

func (p *pane) placeCursor(addr uint64) {
	p.cursor, p.hasCursor = addr, true
	p.grid.Refresh()
	p.showReadout()
	if p.onCursor != nil {
		p.onCursor(addr)
	}
	p.picked()
}

// moveCursor puts the cursor on addr and scrolls its row into view.
func (p *pane) moveCursor(addr uint64) {
	p.setCursor(addr)
	p.revealCursor()
}

// revealCursor scrolls the cursor's row into view.
func (p *pane) revealCursor() {
	row, rows := p.cursor/bytesPerRow, uint64(p.grid.rows())
	switch {
	case row < p.top:
		p.scrollTo(row)
	case row >= p.top+rows:
		p.scrollTo(row - rows + 1)
	}
}

// goTo moves the cursor to a typed address and scrolls it into view.
func (p *pane) goTo(s string) {
	addr, err := parseAddress(s, p.size())
	if err != nil {
		p.status.SetText(err.Error())
		return
	}
	p.status.SetText("")
	p.setCursor(addr) // first: the readout it fills changes the grid's height
	row, rows := addr/bytesPerRow, uint64(p.grid.rows())
	if row < p.top || row >= p.top+rows {
		p.scrollTo(row - min(row, rows/3))
	}
}

// showReadout fills the readout and lays the pane out again: below the
// grid, the readout appears only with a cursor.
func (p *pane) showReadout() {
	p.fillReadout()
	p.content.Refresh()
}

// fillReadout writes the values at the cursor as a column beside the grid
// or as a few long lines below it.
func (p *pane) fillReadout() {
	if !p.hasCursor {
		p.readout.SetText(lang.L("click a byte to see\nthe values at it"))
		return
	}
	at := "@ 0x" + formatAddress(p.cursor, p.model.Addr64)
	if from, to := p.selection(); p.ranged {
		at = fmt.Sprintf("[0x%s, 0x%s) %d B", formatAddress(from, p.model.Addr64), formatAddress(to, p.model.Addr64), to-from)
	}
	str := "utf-8 " + utf8At(p.model.Source, p.cursor)
	if by := p.writerText(); by != "" && p.side {
		at += "\n" + by
	} else if by != "" {
		at += "  " + by
	}
	if p.side {
		p.readout.SetText(at + "\n" + numbers(p.model.Source, p.cursor, narrowLines, narrowPair) + "\n" + str)
	} else {
		p.readout.SetText(at + "  " + str + "\n" + numbers(p.model.Source, p.cursor, wideLines, 0))
	}
}
