package cli

import (
	"slices"
	"testing"
)

func TestTakeHistory(t *testing.T) {
	for _, c := range []struct {
		args []string
		want historyLimit
		rest []string
		bad  bool
	}{
		{[]string{"a.wat"}, historyLimit{}, []string{"a.wat"}, false},
		{[]string{"--history", "off", "a.wat"}, historyLimit{off: true}, []string{"a.wat"}, false},
		{[]string{"a.wat", "--history", "256MiB"}, historyLimit{bytes: 256 << 20}, []string{"a.wat"}, false},
		{[]string{"--history"}, historyLimit{}, nil, true},
		{[]string{"--history", "lots"}, historyLimit{}, nil, true},
		{[]string{"--history", "0"}, historyLimit{}, nil, true},
	} {
		h, rest, err := takeHistory(c.args)
		if (err != nil) != c.bad || (!c.bad && (h != c.want || !slices.Equal(rest, c.rest))) {
			t.Errorf("%v: %+v %v %v", c.args, h, rest, err)
		}
	}
}
