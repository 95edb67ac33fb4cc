package threads

import (
	"reflect"
	"testing"

	"wasmstep/views/internal/viewtest"
)

func sample() Model {
	return Model{Threads: []Thread{
		{ID: 0, State: "waiting on 0x4", Func: `"run"`, Location: "counter.wat:45:18"},
		{ID: 1, State: "stopped", Func: `"wasi_thread_start"`, Location: "counter.wat:26:36"},
		{ID: 2, State: "finished"},
	}, Selected: 1}
}

func TestRendersThreads(t *testing.T) {
	viewtest.Start(t)
	v := New()
	w := viewtest.Show(t, v, 640, 200)
	v.Update(sample())
	want := []string{
		"thread | state | function | location",
		`0 | waiting on 0x4 | "run" | counter.wat:45:18`,
		`1 | stopped | "wasi_thread_start" | counter.wat:26:36`,
		"2 | finished",
	}
	if got := viewtest.Lines(w); !reflect.DeepEqual(got, want) {
		t.Errorf("rendered\n%q\nwant\n%q", got, want)
	}
	if txt := viewtest.Find(w, "stopped"); txt == nil || !txt.TextStyle.Bold {
		t.Errorf("selected thread not marked: %+v", txt)
	}
	viewtest.Shots(t, w, "threads")
}

func TestTapSelectsThread(t *testing.T) {
	viewtest.Start(t)
	v := New()
	w := viewtest.Show(t, v, 640, 200)
	var picked []int
	v.OnSelected = func(i int) { picked = append(picked, i) }
	v.Update(sample())
	if len(picked) != 0 {
		t.Errorf("Update called OnSelected: %v", picked)
	}
	if !viewtest.TapText(w, "finished") {
		t.Fatal("thread 2 not shown")
	}
	viewtest.TapText(w, "finished") // the same thread again: no new call
	if !reflect.DeepEqual(picked, []int{2}) || v.Selected() != 2 {
		t.Errorf("picked %v, selected %d; want [2], 2", picked, v.Selected())
	}
}
