package cli

import (
	"fmt"
	"image/png"
	"os"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"wasmstep/ui"
)

func init() {
	register("screenshot", "screenshot FILE... [--invoke NAME [ARG...]] [--steps N] [--size WxH] [--present] [--tab memory|tables|gc|console|trace] --out FILE.png   render the window to a PNG", runScreenshot)
}

// shotOptions are the screenshot command's flags.
type shotOptions struct {
	out     string
	steps   int
	w, h    float32
	present bool   // presentation mode
	tab     string // the bottom band's tab to show, see ui.DataTabs
}

// runScreenshot renders the whole window headlessly (Fyne's test driver),
// after loading the files, invoking NAME stopped at entry and stepping
// into N times; --present draws it in presentation mode, --tab shows a tab
// of the bottom band.
func runScreenshot(e *env, args []string) int {
	opts, rest, err := shotFlags(args)
	files, name, callArgs, ok := splitInvoke(rest)
	if err != nil || !ok || len(files) == 0 || opts.out == "" {
		if err != nil {
			fmt.Fprintln(e.stderr, "wasmstep screenshot:", err)
		}
		fmt.Fprintln(e.stderr, "usage: wasmstep "+commands["screenshot"].usage)
		return exitError
	}
	a := test.NewApp()
	// The test app's own theme lacks bold monospace, which the views use.
	a.Settings().SetTheme(theme.DefaultTheme())
	w := ui.New(a, newEngine)
	w.Headless()
	w.SetPresentation(opts.present)
	w.Window().Resize(fyne.NewSize(opts.w, opts.h))
	w.Open(files...)
	w.Settle()
	if name != "" {
		w.Invoke(name, callArgs, true)
		w.Settle()
	}
	for range opts.steps {
		w.StepInto()
		w.Settle()
	}
	if opts.tab != "" {
		if err := w.ShowDataTab(opts.tab); err != nil {
			fmt.Fprintln(e.stderr, "wasmstep screenshot:", err)
			return exitError
		}
		w.Settle() // a tab picked after the stop asks the worker for its contents
	}
	f, err := os.Create(opts.out)
	if err == nil {
		err = png.Encode(f, w.Window().Canvas().Capture())
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(e.stderr, "wasmstep screenshot:", err)
		return exitError
	}
	return exitOK
}

// shotFlags takes --out, --steps, --size, --tab and --present out of args, wherever
// they are (the usage puts them after the invoke's arguments, which are
// values and never start with "--").
func shotFlags(args []string) (shotOptions, []string, error) {
	opts := shotOptions{w: 1280, h: 800}
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--present" {
			opts.present = true
			continue
		}
		if a != "--out" && a != "--steps" && a != "--size" && a != "--tab" {
			rest = append(rest, a)
			continue
		}
		if i+1 >= len(args) {
			return opts, nil, fmt.Errorf("%s needs a value", a)
		}
		i++
		if err := opts.set(a, args[i]); err != nil {
			return opts, nil, err
		}
	}
	return opts, rest, nil
}

func (o *shotOptions) set(flag, v string) error {
	switch flag {
	case "--out":
		o.out = v
	case "--tab":
		o.tab = v
	case "--steps":
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return fmt.Errorf("bad --steps %q", v)
		}
		o.steps = n
	case "--size":
		ws, hs, ok := strings.Cut(v, "x")
		w, errW := strconv.Atoi(ws)
		h, errH := strconv.Atoi(hs)
		if !ok || errW != nil || errH != nil || w < 320 || h < 240 {
			return fmt.Errorf("bad --size %q (want WxH, at least 320x240)", v)
		}
		o.w, o.h = float32(w), float32(h)
	}
	return nil
}
