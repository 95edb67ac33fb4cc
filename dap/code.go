package dap

import (
	"fmt"
	"sort"
	"strconv"

	"wasmstep/debugger"
)

// codeMap gives every instruction of the program an address: function
// after function in Session.Code order, one address per instruction, so
// that an address plus an instruction offset walks the program the way a
// disassembly view expects. Instruction pointer references, instruction
// breakpoints and disassembly all go through it.
type codeMap struct {
	funcs []debugger.CodeFunc
	base  []uint64 // the address of each function's first instruction
	total uint64
	index map[funcKey]int
}

type funcKey struct {
	module int
	fn     uint32
}

// codeAt is one instruction of the program.
type codeAt struct {
	module int
	fn     uint32
	instr  int
}

func newCodeMap(s *debugger.Session) *codeMap {
	c := &codeMap{funcs: s.Code(), index: map[funcKey]int{}}
	for i, f := range c.funcs {
		c.base = append(c.base, c.total)
		c.index[funcKey{f.Module, f.Func}] = i
		c.total += uint64(f.Len)
	}
	return c
}

// addr is the address of a location, if it is an instruction of a body.
func (c *codeMap) addr(l debugger.Location) (uint64, bool) {
	i, ok := c.index[funcKey{l.Module, l.Func}]
	if !ok || l.Instr < 0 || l.Instr >= c.funcs[i].Len {
		return 0, false
	}
	return c.base[i] + uint64(l.Instr), true
}

// address is a location's instruction pointer reference, or "".
func (c *codeMap) address(l debugger.Location) string {
	if a, ok := c.addr(l); ok {
		return formatAddr(a)
	}
	return ""
}

func formatAddr(a uint64) string { return fmt.Sprintf("0x%x", a) }

// at finds the instruction at an address.
func (c *codeMap) at(a uint64) (codeAt, bool) {
	if a >= c.total {
		return codeAt{}, false
	}
	i := sort.Search(len(c.base), func(i int) bool { return c.base[i] > a }) - 1
	f := c.funcs[i]
	return codeAt{module: f.Module, fn: f.Func, instr: int(a - c.base[i])}, true
}

func parseAddr(ref string) (uint64, error) {
	a, err := strconv.ParseUint(ref, 0, 64)
	if err != nil {
		return 0, fmt.Errorf("bad instruction reference %q", ref)
	}
	return a, nil
}

func errTooMany(n int) error {
	return fmt.Errorf("%d instructions asked for: from 0 to %d at a time", n, maxDisassemble)
}

// resolve reads an instruction reference plus an offset in instructions.
func (c *codeMap) resolve(ref string, offset int) (codeAt, error) {
	a, err := parseAddr(ref)
	if err != nil {
		return codeAt{}, err
	}
	at, ok := c.at(a + uint64(int64(offset)))
	if !ok {
		return codeAt{}, fmt.Errorf("no instruction at %s%+d", ref, offset)
	}
	return at, nil
}
