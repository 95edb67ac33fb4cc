package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"wasmstep/debugger"
	"wasmstep/vm/wasm"
)

// invokeForm picks an exported function and types its arguments; each
// argument is checked as it is typed, by the parser the session uses.
type invokeForm struct {
	funcs   []debugger.Export
	pick    *widget.Select
	args    *fyne.Container
	entries []*argEntry
	sig     *widget.Label
	run     *widget.Button
	step    *widget.Button
	content fyne.CanvasObject
	last    map[string][]string // arguments given before, per export
	invoke  func(name string, args []string, stepInto bool)
	cancel  func() // closes the dialog: Esc
}

func newInvokeForm(exports []debugger.Export, last map[string][]string, invoke func(string, []string, bool), cancel func()) *invokeForm {
	f := &invokeForm{last: last, invoke: invoke, cancel: cancel, args: container.New(layout.NewFormLayout()), sig: widget.NewLabel("")}
	var names []string
	for _, e := range exports {
		if e.Kind == wasm.ExternFunc {
			f.funcs = append(f.funcs, e)
			names = append(names, e.Name)
		}
	}
	f.run = widget.NewButton(lang.L("Run"), func() { f.submit(false) })
	f.run.Importance = widget.HighImportance
	f.step = widget.NewButton(lang.L("Step into"), func() { f.submit(true) })
	f.pick = widget.NewSelect(names, func(string) { f.showArgs() })
	f.pick.PlaceHolder = lang.L("(Select one)")
	f.content = container.NewVBox(f.pick, f.sig, f.args, container.NewHBox(f.run, f.step))
	if len(names) > 0 {
		f.pick.SetSelectedIndex(0)
	} else {
		f.pick.PlaceHolder = lang.L("No exported functions")
		f.check()
	}
	return f
}

func (f *invokeForm) selected() *debugger.Export {
	if i := f.pick.SelectedIndex(); i >= 0 {
		return &f.funcs[i]
	}
	return nil
}

// showArgs makes one entry per parameter of the picked function.
func (f *invokeForm) showArgs() {
	e := f.selected()
	f.args.RemoveAll()
	f.entries = nil
	f.sig.SetText(e.Name + " : " + e.Sig.String())
	prev := f.last[e.Name]
	for i, t := range e.Sig.Params {
		entry := newArgEntry(f.cancel)
		entry.SetPlaceHolder(placeholder(t))
		entry.Validator = argValidator(t)
		if i < len(prev) {
			entry.SetText(prev[i])
		}
		entry.OnChanged = func(string) { f.check() }
		entry.OnSubmitted = func(string) { f.submit(false) }
		f.entries = append(f.entries, entry)
		f.args.Add(widget.NewLabel(paramLabel(e, i)))
		f.args.Add(entry)
	}
	f.check()
}

// check enables Run and Step into only when every argument parses.
func (f *invokeForm) check() {
	ok := f.selected() != nil
	for _, e := range f.entries {
		ok = ok && e.Validate() == nil
	}
	if ok {
		f.run.Enable()
		f.step.Enable()
	} else {
		f.run.Disable()
		f.step.Disable()
	}
}

func (f *invokeForm) submit(stepInto bool) {
	if f.run.Disabled() {
		return
	}
	e := f.selected()
	args := make([]string, len(f.entries))
	for i, entry := range f.entries {
		args[i] = strings.TrimSpace(entry.Text)
	}
	f.last[e.Name] = args
	f.invoke(e.Name, args, stepInto)
}

// argValidator checks an argument of type t as the session will parse it.
func argValidator(t wasm.ValType) fyne.StringValidator {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("%s", lang.L("a value is needed"))
		}
		_, err := debugger.ParseValue(t, s)
		return err
	}
}

// placeholder shows what an argument of type t looks like.
func placeholder(t wasm.ValType) string {
	switch t.Kind {
	case wasm.KindI32, wasm.KindI64:
		return "42, -1, 0xff"
	case wasm.KindF32, wasm.KindF64:
		return "1.5, -0x1p-3, inf, nan"
	case wasm.KindRef:
		return "null"
	}
	return ""
}

// paramLabel names parameter i of e by its $name and type, or by its
// index where the program gives no name.
func paramLabel(e *debugger.Export, i int) string {
	t := e.Sig.Params[i]
	if i < len(e.Params) && e.Params[i] != "" {
		return fmt.Sprintf("%s : %s", e.Params[i], t)
	}
	return fmt.Sprintf("%d : %s", i, t)
}

// focusFirst puts the cursor in the first argument, so typing fills it.
func (f *invokeForm) focusFirst(c fyne.Canvas) {
	if len(f.entries) > 0 {
		c.Focus(f.entries[0])
	} else {
		c.Unfocus() // Enter runs, Esc cancels: through the window's keys
	}
}

// argEntry is an argument's field: Esc closes the dialog, as Enter runs it.
type argEntry struct {
	widget.Entry
	onEsc func()
}

func newArgEntry(onEsc func()) *argEntry {
	e := &argEntry{onEsc: onEsc}
	e.ExtendBaseWidget(e)
	return e
}

func (e *argEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEsc != nil {
		e.onEsc()
		return
	}
	e.Entry.TypedKey(ev)
}

// showInvokeDialog opens the invoke dialog over the window, the cursor in
// the first argument.
func (w *Window) showInvokeDialog() {
	if w.invokeDlg != nil && w.invokeDlg.visible {
		return
	}
	dlg := &invokeDialog{}
	for _, e := range w.exports {
		if _, ok := w.lastArgs[e.Name]; !ok && e.Kind == wasm.ExternFunc {
			if prev := w.prefs.args(w.paths, e.Name); len(prev) > 0 {
				w.lastArgs[e.Name] = prev
			}
		}
	}
	f := newInvokeForm(w.exports, w.lastArgs, func(name string, args []string, stepInto bool) {
		dlg.hide()
		w.Invoke(name, args, stepInto)
	}, func() { dlg.hide() })
	dlg.form = f
	dlg.d = dialog.NewCustom(lang.L("Invoke"), lang.L("Cancel"), f.content, w.win)
	dlg.d.SetOnClosed(func() { dlg.visible = false })
	dlg.d.Resize(fyne.NewSize(480, 0))
	dlg.d.Show()
	dlg.visible = true
	f.focusFirst(w.win.Canvas())
	w.invoke, w.invokeDlg = f, dlg
}

// invokeDialog is the shown invoke dialog; the window's keys give it Enter
// and Esc when no field has the focus.
type invokeDialog struct {
	d       dialog.Dialog
	form    *invokeForm
	visible bool
}

func (d *invokeDialog) hide() {
	if d.visible {
		d.visible = false
		d.d.Hide()
	}
}

// dialogKey handles Enter and Esc for the shown invoke dialog; it reports
// whether it took the key.
func (w *Window) dialogKey(k fyne.KeyName) bool {
	d := w.invokeDlg
	if d == nil || !d.visible {
		return false
	}
	switch k {
	case fyne.KeyEscape:
		d.hide()
	case fyne.KeyReturn, fyne.KeyEnter:
		d.form.submit(false)
	default:
		return false
	}
	return true
}
