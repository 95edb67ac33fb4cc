package memory

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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
}

// NewView returns a view with no memories.
func NewView() *View {
	v := &View{tabs: container.NewAppTabs(), empty: widget.NewLabel("no linear memory")}
	v.tabs.Hide()
	v.ExtendBaseWidget(v)
	return v
}

// Update shows m. Memories keep their scroll position and cursor from one
// stop to the next; a different set of memories rebuilds the tabs.
func (v *View) Update(m Model) {
	if len(m.Memories) != len(v.panes) {
		v.panes = make([]*pane, len(m.Memories))
		items := make([]*container.TabItem, len(m.Memories))
		for i, mm := range m.Memories {
			v.panes[i] = newPane(mm, func(addr uint64) { v.selected(i, addr) })
			items[i] = container.NewTabItem(tabLabel(mm), v.panes[i].content)
		}
		v.tabs.SetItems(items)
	}
	for i, mm := range m.Memories {
		v.panes[i].update(mm)
		v.tabs.Items[i].Text = tabLabel(mm)
	}
	v.tabs.Refresh()
	v.tabs.Hidden, v.empty.Hidden = len(v.panes) == 0, len(v.panes) > 0
	v.Refresh()
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
