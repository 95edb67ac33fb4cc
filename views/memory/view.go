package memory

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// View shows every linear memory, one tab each.
type View struct {
	widget.BaseWidget

	// OnSelect is called when the cursor moves to a byte of a memory.
	OnSelect func(memory int, addr uint64)

	panes []*pane
	tabs  *container.AppTabs
	empty *widget.Label
	// picked is set once the user chooses a tab; until then a stop shows
	// the memory it wrote to.
	picked    bool
	selecting bool // the view, not the user, is changing the tab
}

// NewView returns a view with no memories.
func NewView() *View {
	v := &View{tabs: container.NewAppTabs(), empty: widget.NewLabel(lang.L("no linear memory"))}
	v.tabs.OnSelected = func(*container.TabItem) {
		v.picked = v.picked || !v.selecting
		v.showSelected()
	}
	v.tabs.Hide()
	v.ExtendBaseWidget(v)
	return v
}

// Update shows m. Memories keep their scroll position and cursor from one
// stop to the next, unless the bytes just written are out of view; a
// different set of memories rebuilds the tabs. Only the memory shown is
// drawn again; the others when their tab is picked.
func (v *View) Update(m Model) {
	v.selecting = true
	defer func() { v.selecting = false }()
	rebuilt := len(m.Memories) != len(v.panes)
	if rebuilt {
		v.picked = false
		v.panes = make([]*pane, len(m.Memories))
		items := make([]*container.TabItem, len(m.Memories))
		for i, mm := range m.Memories {
			v.panes[i] = newPane(mm, func(addr uint64) { v.selected(i, addr) })
			items[i] = container.NewTabItem(tabLabel(mm), v.panes[i].content)
		}
		v.tabs.SetItems(items)
	}
	relabel := rebuilt
	for i, mm := range m.Memories {
		v.panes[i].model, v.panes[i].stale = mm, true
		if l := tabLabel(mm); v.tabs.Items[i].Text != l {
			v.tabs.Items[i].Text, relabel = l, true
		}
	}
	if i, ok := onlyWritten(m); ok && !v.picked {
		v.tabs.SelectIndex(i)
	}
	v.showSelected()
	if relabel {
		v.tabs.Refresh()
	}
	if hide := len(v.panes) == 0; v.tabs.Hidden != hide || v.empty.Hidden == hide {
		v.tabs.Hidden, v.empty.Hidden = hide, !hide
		v.Refresh()
	}
}

// showSelected draws the shown memory if a stop came since it was drawn.
func (v *View) showSelected() {
	if i := v.tabs.SelectedIndex(); i >= 0 && i < len(v.panes) && v.panes[i].stale {
		v.panes[i].stale = false
		v.panes[i].update(v.panes[i].model)
	}
}

// Redraw draws the shown memory again, for bytes its Source did not have
// when it was drawn.
func (v *View) Redraw() {
	if i := v.tabs.SelectedIndex(); i >= 0 && i < len(v.panes) && !v.panes[i].stale {
		v.panes[i].grid.Refresh()
		v.panes[i].showReadout()
	}
}

func (v *View) selected(i int, addr uint64) {
	if v.OnSelect != nil {
		v.OnSelect(v.panes[i].model.Index, addr)
	}
}

// CreateRenderer is part of fyne.Widget.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(v.tabs, v.empty))
}

// onlyWritten is the index of the one memory written since the last stop.
func onlyWritten(m Model) (int, bool) {
	found := -1
	for i, mm := range m.Memories {
		if len(mm.Written) > 0 {
			if found >= 0 {
				return 0, false
			}
			found = i
		}
	}
	return found, found >= 0
}
