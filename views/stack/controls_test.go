package stack

import (
	"testing"

	"wasmstep/views/internal/viewtest"
)

func TestShapeOf(t *testing.T) {
	tests := []struct {
		instr string
		want  Shape
		ok    bool
	}{
		{"i8x16.add", I8x16, true},
		{"i16x8.extract_lane_s 7", I16x8, true},
		{"i32x4.dot_i16x8_s", I32x4, true},
		{"i64x2.mul", I64x2, true},
		{"f32x4.relaxed_madd", F32x4, true},
		{"f64x2.promote_low_f32x4", F64x2, true},
		{"v128.const i16x8 1 2 3 4 5 6 7 8", I16x8, true},
		{"v128.const f64x2 0.5 1", F64x2, true},
		{"v128.and", 0, false},
		{"v128.load offset=16", 0, false},
		{"i32.add", 0, false},
		{"local.get $v", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		if got, ok := ShapeOf(tt.instr); got != tt.want || ok != tt.ok {
			t.Errorf("ShapeOf(%q) = %v, %v; want %v, %v", tt.instr, got, ok, tt.want, tt.ok)
		}
	}
}

// The lanes follow the instructions while "auto" is chosen, stick through
// instructions that name no shape, and a fixed shape overrides them.
func TestControlsFollowInstructions(t *testing.T) {
	viewtest.Start(t)
	c := NewControls()
	var got []Display
	c.OnChanged = func(d Display) { got = append(got, d) }
	w := viewtest.Show(t, c, 600, 60)

	steps := []struct {
		do    func()
		shape Shape
		auto  string // the auto choice's text
	}{
		{func() {}, I32x4, "auto (i32x4)"},
		{func() { c.Follow("v128.const i16x8 1 2 3 4 5 6 7 8") }, I16x8, "auto (i16x8)"},
		{func() { c.Follow("local.get $v") }, I16x8, "auto (i16x8)"},
		{func() { c.Follow("v128.xor") }, I16x8, "auto (i16x8)"},
		{func() { c.Follow("f64x2.add") }, F64x2, "auto (f64x2)"},
		{func() { c.lanes.SetSelected("i8x16") }, I8x16, "auto (f64x2)"},
		{func() { c.Follow("i32x4.add") }, I8x16, "auto (i32x4)"},
		{func() { c.lanes.SetSelected("auto (i32x4)") }, I32x4, "auto (i32x4)"},
		{func() { c.formats.SetSelected("hex") }, I32x4, "auto (i32x4)"},
	}
	for i, st := range steps {
		st.do()
		if d := c.Display(); d.Shape != st.shape {
			t.Errorf("step %d: shape %s, want %s", i, Shapes[d.Shape], Shapes[st.shape])
		}
		if c.lanes.Options[autoLanes] != st.auto {
			t.Errorf("step %d: auto choice reads %q, want %q", i, c.lanes.Options[autoLanes], st.auto)
		}
	}
	if viewtest.Find(w, "auto (i32x4)") == nil {
		t.Errorf("selector does not show the followed shape: %q", viewtest.Lines(w))
	}
	want := []Display{{Dec, I16x8}, {Dec, F64x2}, {Dec, I8x16}, {Dec, I32x4}, {Hex, I32x4}}
	if len(got) != len(want) {
		t.Fatalf("OnChanged got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("OnChanged %d = %v, want %v", i, got[i], want[i])
		}
	}
}
