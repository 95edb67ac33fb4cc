package debugger

import (
	"reflect"
	"testing"
)

// growTwice grows its memory by one page, then by two.
const growTwice = `(module (memory 1)
  (func (export "main")
    (drop (memory.grow (i32.const 1)))
    (drop (memory.grow (i32.const 2)))))`

func TestTimelineMarksEachGrowAndFollowsStepBack(t *testing.T) {
	s := NewSession(Options{})
	if err := s.LoadSource("grow.wat", []byte(growTwice)); err != nil {
		t.Fatal(err)
	}
	ok := must(t)
	first := ok(s.Invoke("main", nil))
	if got, want := first.Memories[0].Timeline, []GrowEvent{{0, 1}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("at the start: %v, want %v", got, want)
	}
	end := ok(s.Continue())
	want := []GrowEvent{{0, 1}, {2, 2}, {5, 4}}
	if got := end.Memories[0].Timeline; !reflect.DeepEqual(got, want) {
		t.Fatalf("after the run: %v, want %v", got, want)
	}
	back := end
	for back.Steps > 4 { // before the second grow
		back = ok(s.StepBack())
	}
	if got := back.Memories[0].Timeline; !reflect.DeepEqual(got, want[:2]) {
		t.Fatalf("stepped back to %d: %v, want %v", back.Steps, got, want[:2])
	}
	again := ok(s.Continue())
	if got := again.Memories[0].Timeline; !reflect.DeepEqual(got, want) {
		t.Fatalf("forward again: %v, want %v", got, want)
	}
}
