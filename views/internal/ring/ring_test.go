package ring

import (
	"reflect"
	"testing"
)

func contents(r *Ring[int]) []int {
	out := []int{}
	for i := range r.Len() {
		out = append(out, *r.At(i))
	}
	return out
}

func TestRing(t *testing.T) {
	tests := []struct {
		capacity, pushes int
		want             []int
		dropped          int
	}{
		{3, 0, []int{}, 0},
		{3, 2, []int{0, 1}, 0},
		{3, 3, []int{0, 1, 2}, 0},
		{3, 7, []int{4, 5, 6}, 4},
		{0, 2, []int{1}, 1}, // capacity is at least one
	}
	for _, tt := range tests {
		r := New[int](tt.capacity)
		for i := range tt.pushes {
			r.Push(i)
		}
		if got := contents(r); !reflect.DeepEqual(got, tt.want) || r.Dropped() != tt.dropped {
			t.Errorf("cap %d after %d pushes: %v dropped %d, want %v dropped %d",
				tt.capacity, tt.pushes, got, r.Dropped(), tt.want, tt.dropped)
		}
	}
}

func TestClear(t *testing.T) {
	r := New[int](2)
	for i := range 5 {
		r.Push(i)
	}
	r.Clear()
	r.Push(9)
	if got := contents(r); !reflect.DeepEqual(got, []int{9}) || r.Dropped() != 0 {
		t.Errorf("after Clear and a push: %v dropped %d", got, r.Dropped())
	}
}
