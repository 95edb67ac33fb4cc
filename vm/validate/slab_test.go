package validate

import (
	"fmt"
	"strings"
	"testing"
)

// bigBodies is a module of n functions, each pushing several slabs' worth
// of stack nodes.
func bigBodies(n int) string {
	body := strings.Repeat("i32.const 0 drop ", 3*slabSize)
	var b strings.Builder
	b.WriteString("(module")
	for range n {
		fmt.Fprintf(&b, " (func %s)", body)
	}
	b.WriteString(")")
	return b.String()
}

// Checking a module's bodies allocates stack nodes for the biggest body,
// not for each: a compiled program has thousands.
func TestBodiesShareTheStackSlabs(t *testing.T) {
	one, many := parse(t, bigBodies(1)), parse(t, bigBodies(20))
	base := testing.AllocsPerRun(3, func() {
		if _, err := Validate(one); err != nil {
			t.Fatal(err)
		}
	})
	more := testing.AllocsPerRun(3, func() {
		if _, err := Validate(many); err != nil {
			t.Fatal(err)
		}
	})
	// Each body still allocates its locals (none here) and little else.
	if more-base > 19*2 {
		t.Errorf("20 bodies allocate %v times, one body %v: the slabs are not reused", more, base)
	}
}

// The info keeps the checker for Info.Func, without the scratch of the
// validation pass.
func TestInfoDropsTheScratch(t *testing.T) {
	info, err := Validate(parse(t, bigBodies(2)))
	if err != nil {
		t.Fatal(err)
	}
	if c := info.checker; c.body != nil || c.fc.nodes != nil {
		t.Errorf("the info keeps %d scratch instructions and %d spare nodes", len(c.body), len(c.fc.nodes))
	}
	if fi := info.Func(1); fi.MaxHeight != 1 || len(fi.Before) != 6*slabSize+1 {
		t.Errorf("function 1 after the pass: height %d, %d records", fi.MaxHeight, len(fi.Before))
	}
}
