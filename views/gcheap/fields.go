package gcheap

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"wasmstep/views/internal/keys"
)

// fieldPanel lists the selected object's fields; choosing a reference
// selects the object it points to.
type fieldPanel struct {
	view    *View
	title   *widget.Label
	details *widget.Label
	list    *keys.List
	content fyne.CanvasObject
}

func newFieldPanel(v *View) *fieldPanel {
	p := &fieldPanel{view: v, title: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	p.details = widget.NewLabel("")
	p.details.Wrapping = fyne.TextWrapWord
	p.list = keys.NewList(p.length,
		func() fyne.CanvasObject { return newFieldRow(p.menu) },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*fieldRow).set(i, p.row(i)) })
	p.list.OnSelected = p.follow
	p.content = container.NewBorder(container.NewVBox(p.title, p.details), nil, nil, nil, p.list)
	return p
}

func (p *fieldPanel) object() (Object, bool) {
	if p.view.selected < 0 {
		return Object{}, false
	}
	return p.view.model.Objects[p.view.selected], true
}

func (p *fieldPanel) length() int {
	o, _ := p.object()
	return len(o.Fields)
}

// row is one field: "name: value", with the target's caption for a reference.
func (p *fieldPanel) row(i int) string {
	o, _ := p.object()
	if i >= len(o.Fields) {
		return ""
	}
	f := o.Fields[i]
	s := f.Name + ": " + f.Value
	if t := p.view.indexOf(f.Ref); t >= 0 {
		s += " → " + p.view.model.Objects[t].Caption()
	}
	return s
}

// follow picks field i and selects the object it points to.
func (p *fieldPanel) follow(i widget.ListItemID) {
	p.list.UnselectAll()
	o, _ := p.object()
	if i < len(o.Fields) {
		if p.view.OnPickField != nil {
			p.view.OnPickField(o.ID, i)
		}
		if t := p.view.indexOf(o.Fields[i].Ref); t >= 0 {
			p.view.reveal(t)
		}
	}
}

// menu reports a secondary tap on field i.
func (p *fieldPanel) menu(i int, at fyne.Position) {
	if o, ok := p.object(); ok && i >= 0 && i < len(o.Fields) && p.view.OnFieldMenu != nil {
		p.view.OnFieldMenu(o.ID, i, at)
	}
}

// fieldRow is a row of the field list that hears the secondary button.
type fieldRow struct {
	widget.Label
	index  int
	onMenu func(i int, at fyne.Position)
}

func newFieldRow(onMenu func(int, fyne.Position)) *fieldRow {
	r := &fieldRow{onMenu: onMenu}
	r.ExtendBaseWidget(r)
	return r
}

func (r *fieldRow) set(i int, text string) {
	r.index = i
	r.SetText(text)
}

// TappedSecondary asks for the field's menu.
func (r *fieldRow) TappedSecondary(ev *fyne.PointEvent) { r.onMenu(r.index, ev.AbsolutePosition) }

// show fills the panel for the current selection.
func (p *fieldPanel) show() {
	o, ok := p.object()
	if !ok {
		p.title.SetText(lang.L("No object selected"))
		p.details.SetText(lang.L("Click a node to see its fields."))
	} else {
		p.title.SetText(o.Caption())
		lines := []string{lang.L("{{.Kind}}, {{.Count}} fields", map[string]any{"Kind": o.Kind.String(), "Count": len(o.Fields)})}
		if len(o.Roots) > 0 {
			lines = append(lines, lang.L("roots: {{.Roots}}", map[string]any{"Roots": strings.Join(o.Roots, ", ")}))
		}
		if o.New {
			lines = append(lines, lang.L("allocated since the last stop"))
		}
		p.details.SetText(strings.Join(lines, "\n"))
	}
	p.list.Refresh()
	p.list.ScrollToTop()
}

// indexOf returns the index of the object with an ID, or -1.
func (v *View) indexOf(id int) int {
	if id < 0 {
		return -1
	}
	for i, o := range v.model.Objects {
		if o.ID == id {
			return i
		}
	}
	return -1
}
