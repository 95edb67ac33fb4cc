package console

import (
	"fmt"
	"reflect"
	"strconv"
	"testing"

	"fyne.io/fyne/v2"

	"wasmstep/views/internal/viewtest"
)

func TestLinesAssembled(t *testing.T) {
	viewtest.Start(t)
	v := New(100)
	w := viewtest.Show(t, v, 480, 300)
	v.Append(
		Entry{Output, "Hello, "},
		Entry{Output, "world!\nfib(10) = "},
		Entry{Call, "env.log(55)"},
		Entry{Output, "55\n"},
		Entry{Errors, "warning: "},
		Entry{Output, "done"},
		Entry{Errors, "low memory\n"},
	)
	want := []string{
		"from | text",
		"out | Hello, world!",
		"out | fib(10) = ",
		"call | env.log(55)",
		"out | 55",
		"err | warning: ",
		"out | done",
		"err | low memory",
	}
	if got := viewtest.Lines(w); !reflect.DeepEqual(got, want) {
		t.Errorf("rendered\n%q\nwant\n%q", got, want)
	}
	if txt := viewtest.Find(w, "env.log(55)"); txt == nil || txt.Color != viewtest.Color("primary") {
		t.Errorf("call not accented: %+v", txt)
	}
	viewtest.Shots(t, w, "console")
	v.Clear()
	if got := viewtest.Lines(w); !reflect.DeepEqual(got, []string{"from | text"}) {
		t.Errorf("after Clear: %q", got)
	}
}

func TestCappedAndFollowing(t *testing.T) {
	viewtest.Start(t)
	v := New(1000)
	w := viewtest.Show(t, v, 480, 300)
	for i := range 1500 {
		v.Append(Entry{Output, "line " + strconv.Itoa(i) + "\n"})
	}
	lines := viewtest.Lines(w)
	if last := lines[len(lines)-1]; last != "out | line 1499" {
		t.Errorf("not following: last visible line %q", last)
	}
	v.grid.ScrollTo(0)
	if got := viewtest.Lines(w)[1]; got != "… 500 earlier lines dropped" {
		t.Errorf("first row %q, want the dropped count", got)
	}
	if got := viewtest.Lines(w)[2]; got != "out | line 500" {
		t.Errorf("oldest kept line %q, want line 500", got)
	}
}

// Lines that arrive while the log is hidden (a tab not chosen, sized to
// nothing) start at the top once it shows, or end at its bottom when they
// overflow it.
func TestFilledWhileHidden(t *testing.T) {
	tests := []struct {
		lines      int
		first, end string
	}{
		{3, "out | line 0", "out | line 2"},
		{40, "", "out | line 39"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.lines), func(t *testing.T) {
			viewtest.Start(t)
			v := New(100)
			w := viewtest.Show(t, v, 1, 1)
			for i := range tt.lines {
				v.Append(Entry{Output, "line " + strconv.Itoa(i) + "\n"})
			}
			w.Resize(fyne.NewSize(480, 300))
			lines := viewtest.Lines(w)
			if tt.first != "" && (len(lines) < 2 || lines[1] != tt.first) {
				t.Errorf("rendered %q, want %q right below the header", lines, tt.first)
			}
			if last := lines[len(lines)-1]; last != tt.end {
				t.Errorf("last visible line %q, want %q", last, tt.end)
			}
		})
	}
}
