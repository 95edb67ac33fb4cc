package debugger

import (
	"slices"
	"testing"
)

func TestExportsNameTheirParameters(t *testing.T) {
	s := newTestSession(t, Options{}, "fact.wat")
	got := map[string][]string{}
	for _, e := range s.Exports() {
		got[e.Name] = e.Params
	}
	if !slices.Equal(got["div"], []string{"$a", "$b"}) || !slices.Equal(got["fact"], []string{"$n"}) || len(got["never"]) != 0 {
		t.Errorf("parameter names = %v", got)
	}
}
