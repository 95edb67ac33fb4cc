package validate

import "wasmstep/vm/wasm"

// Lend passes defined function i's records and body to use. Records that
// Func keeps are passed as they are; otherwise the body is checked again into
// scratch that the next Lend reuses. Lowering a function's fast form reads
// them once, and keeping them and the decoded body for every function a
// program calls would hold about 100 bytes per instruction for nothing (a
// compiled Go program calls functions of 200,000 instructions at start).
// use must keep neither, and must not call Func or Lend: it runs under the
// lock.
func (in *Info) Lend(i int, use func(fi *FuncInfo, body []wasm.Instr)) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if fi := in.funcs[i]; fi != nil {
		use(fi, in.Module.Funcs[i].Body())
		return
	}
	fi, body, err := in.checker.lent(i)
	if err != nil {
		// The module was validated whole, as in Func.
		panic("validate: valid function fails a second check: " + err.Error())
	}
	defer in.checker.fc.giveBack()
	use(fi, body)
}

// lent checks defined function i into the checker's scratch records, its
// body decoded into the scratch of the pass over every body (done by now)
// and its stack nodes in slabs that giveBack takes back.
func (c *checker) lent(i int) (*FuncInfo, []wasm.Instr, error) {
	fn, err := c.begin(i)
	if err != nil {
		return nil, nil, err
	}
	body := fn.ReadBody(&c.body)
	n := len(body)
	fi := &c.lentInfo
	fi.Before, fi.Dead, fi.Match = resize(fi.Before, n), resize(fi.Dead, n), resize(fi.Match, n)
	f := &c.fc
	f.lending = true
	f.slab = f.newSlab()
	return fi, body, f.records(body, fi, fn.Pos)
}

// newSlab returns an empty slab for stack nodes: while records are lent,
// one that an earlier lending gave back.
func (f *funcChecker) newSlab() []TypeStack {
	if !f.lending {
		return make([]TypeStack, 0, slabSize)
	}
	var s []TypeStack
	if n := len(f.free); n > 0 {
		s, f.free = f.free[n-1][:0], f.free[:n-1]
	} else {
		s = make([]TypeStack, 0, slabSize)
	}
	f.lent = append(f.lent, s)
	return s
}

// giveBack takes back the slabs of the lent records.
func (f *funcChecker) giveBack() {
	f.free = append(f.free, f.lent...)
	f.lent = f.lent[:0]
	f.lending = false
	f.slab = nil
	f.top = nil
}

// resize returns s with length n, reusing its array when it is long enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
