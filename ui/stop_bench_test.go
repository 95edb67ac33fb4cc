package ui

import (
	"io"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"wasmstep/debugger"
	"wasmstep/vm"
	"wasmstep/vm/host"
)

// BenchmarkStop measures what one stop costs the window: a step of the real
// engine and every pane updated, with each tab of the bottom band shown in
// turn (the panes above it are always visible). It reports the process's
// CPU time per stop (cpu-ms/stop), which is what a held F10 waits for.
func BenchmarkStop(b *testing.B) {
	for _, ex := range []struct {
		name, file, export string
		args               []string
		warm               int // steps before the measured ones: a grown heap
	}{
		{"gc_linked_list", "../examples/gc_linked_list.wat", "build", []string{"50"}, 400},
		{"three_memories", "../examples/three_memories.wat", "show", nil, 0},
		// a 4 GiB memory64: its bytes come by chunks, not whole with the stop
		{"memory64", "../examples/memory64_grayscale.wat", "paint", []string{"2"}, 40},
	} {
		for _, tab := range DataTabs {
			b.Run(ex.name+"/"+tab, func(b *testing.B) {
				w := benchWindow(b, ex.file)
				if err := w.ShowDataTab(tab); err != nil {
					b.Fatal(err)
				}
				start := func() {
					w.Invoke(ex.export, ex.args, true)
					for range ex.warm {
						w.StepInto()
					}
					w.Settle()
				}
				start()
				var cpu time.Duration
				b.ResetTimer()
				for range b.N {
					if w.snap == nil || w.snap.State != debugger.StateStopped {
						b.StopTimer()
						start()
						b.StartTimer()
					}
					t0 := cpuTime()
					w.StepInto()
					w.Settle()
					cpu += cpuTime() - t0
				}
				b.StopTimer()
				b.ReportMetric(float64(cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/stop")
			})
		}
	}
}

// benchWindow is the window at 1280×800 on a real session of file, linked
// as the command line links it.
func benchWindow(b *testing.B, file string) *Window {
	app := test.NewTempApp(b)
	app.Settings().SetTheme(theme.DefaultTheme())
	w := New(app, realEngine)
	w.Headless()
	b.Cleanup(func() { w.Window().Close() })
	w.Window().Resize(fyne.NewSize(1280, 800))
	w.Open(file)
	w.Settle()
	return w
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// realEngine is a session linked as the command line links the window's:
// automatic imports for whatever the program imports.
func realEngine([]string) Engine {
	return debugger.NewSession(debugger.Options{Recent: traceEntries, Link: func(l *host.Linker, st *vm.Store, out io.Writer) (io.Closer, error) {
		return host.Install(l, st, host.ProgramConfig{Output: out})
	}})
}
