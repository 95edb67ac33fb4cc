package wast

import (
	"errors"
	"strings"

	"wasmstep/vm"
	"wasmstep/vm/source"
	"wasmstep/vm/wat"
)

func (r *runner) assertReturn(c *wat.AssertReturn) {
	got, err := r.act(&c.Action)
	if err != nil {
		r.fail(c.At, "expected %s, got error: %v", formatPatterns(c.Results), err)
		return
	}
	if len(got) != len(c.Results) {
		r.fail(c.At, "expected %s, got %s", formatPatterns(c.Results), formatValues(got))
		return
	}
	for i, p := range c.Results {
		if !matches(p, got[i]) {
			r.fail(c.At, "expected %s, got %s", formatPatterns(c.Results), formatValues(got))
			return
		}
	}
	r.pass()
}

func (r *runner) assertTrap(c *wat.AssertTrap) {
	var err error
	if c.Action != nil {
		_, err = r.act(c.Action)
	} else {
		lm, _, lerr := r.define(c.Module)
		if lerr != nil {
			r.fail(c.At, "expected trap %q, module did not load: %v", c.Msg, lerr)
			return
		}
		_, _, err = r.instantiate(lm)
	}
	r.expectTrap(c.At, c.Msg, err)
}

func (r *runner) assertExhaustion(c *wat.AssertExhaustion) {
	_, err := r.act(&c.Action)
	r.expectTrap(c.At, c.Msg, err)
}

// expectTrap passes when err is a trap whose reason and the expected message
// agree: the suite's messages are the specification's texts, sometimes with
// a detail appended ("uninitialized element 2") that a trap reason omits.
func (r *runner) expectTrap(at source.Pos, msg string, err error) {
	t, ok := isTrap(err)
	switch {
	case err == nil:
		r.fail(at, "expected trap %q, got success", msg)
	case !ok:
		r.fail(at, "expected trap %q, got %v", msg, err)
	case !strings.Contains(t.Reason(), msg) && !strings.HasPrefix(msg, t.Reason()):
		r.fail(at, "expected trap %q, got trap %q", msg, t.Reason())
	default:
		r.pass()
	}
}

func (r *runner) assertException(c *wat.AssertException) {
	_, err := r.act(&c.Action)
	var exc *vm.Exception
	if errors.As(err, &exc) {
		r.pass()
		return
	}
	r.fail(c.At, "expected an exception, got %v", err)
}
