package debuginfo

import (
	"debug/dwarf"
	"sort"
)

// unit is one compile unit.
type unit struct {
	entry *dwarf.Entry
	base  uint64            // DW_AT_low_pc: the base address of its location lists
	files []*dwarf.LineFile // its line table's files, for DW_AT_call_file
	lines *dwarf.LineReader // its line table; nil when it has none
	// DWARF 5: where its location list offsets and its addresses start in
	// .debug_loclists and .debug_addr
	loclistsBase, addrBase int64
}

// Scope is a source function with code: a subprogram, or one inlined call
// of a function, or a lexical block inside either.
type Scope struct {
	Name    string
	Inlined bool // an inlined call; CallFile:CallLine is where it was called
	Block   bool // a lexical block: not a frame of its own
	// CallFile and CallLine are the call site of an inlined scope.
	CallFile string
	CallLine int
	Vars     []*Var
	Children []*Scope

	ranges    [][2]uint64
	frameBase []byte
	unit      *unit
}

// Var is a parameter or variable.
type Var struct {
	Name  string
	Param bool
	// typeOff is where its type is declared: types are read when a value
	// is first shown, so loading a large program reads none.
	typeOff dwarf.Offset
	hasType bool
	// expr is its single location; or list names a location list; neither
	// when it was optimized out
	expr []byte
	list listRef
	unit *unit
}

func (s *Scope) contains(a uint64) bool {
	for _, r := range s.ranges {
		if r[0] <= a && a < r[1] {
			return true
		}
	}
	return false
}

func (s *Scope) low() uint64 {
	if len(s.ranges) == 0 {
		return 0
	}
	lo := s.ranges[0][0]
	for _, r := range s.ranges {
		lo = min(lo, r[0])
	}
	return lo
}

// readUnits walks .debug_info once, building each unit's scopes and
// globals.
func (in *Info) readUnits() {
	r := in.data.Reader()
	var stack []*Scope // the scope of each open entry with children; nil for others
	var u *unit
	for {
		e, err := r.Next()
		if err != nil {
			in.warnErr(".debug_info", 0, err)
			return
		}
		if e == nil {
			break
		}
		if e.Tag == 0 {
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			continue
		}
		var parent *Scope
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		var opened *Scope
		switch e.Tag {
		case dwarf.TagCompileUnit, dwarf.TagPartialUnit:
			u = &unit{entry: e}
			if lo, ok := e.Val(dwarf.AttrLowpc).(uint64); ok {
				u.base = lo
			}
			u.loclistsBase, _ = e.Val(dwarf.AttrLoclistsBase).(int64)
			u.addrBase, _ = e.Val(dwarf.AttrAddrBase).(int64)
			lr, err := in.data.LineReader(e)
			if err != nil {
				in.warnErr(".debug_line", 0, err)
			} else if lr != nil {
				u.files, u.lines = lr.Files(), lr
			}
			in.units = append(in.units, u)
			stack = stack[:0]
		case dwarf.TagSubprogram, dwarf.TagInlinedSubroutine, dwarf.TagLexDwarfBlock:
			opened = in.scope(e, u, parent)
		case dwarf.TagFormalParameter, dwarf.TagVariable:
			v := in.variable(e, u)
			switch {
			case v == nil:
			case parent != nil:
				parent.Vars = append(parent.Vars, v)
			case len(stack) == 1 && v.expr != nil:
				in.globals = append(in.globals, v)
			}
		}
		if e.Children {
			stack = append(stack, opened)
		}
	}
	sort.SliceStable(in.funcs, func(i, j int) bool { return in.funcs[i].low() < in.funcs[j].low() })
}

// scope builds a subprogram, inlined call or block. Declarations without
// code (and code the linker dropped) get a scope that nothing reaches, so
// their children still nest.
func (in *Info) scope(e *dwarf.Entry, u *unit, parent *Scope) *Scope {
	s := &Scope{unit: u, Inlined: e.Tag == dwarf.TagInlinedSubroutine, Block: e.Tag == dwarf.TagLexDwarfBlock}
	s.Name, _ = in.attr(e, dwarf.AttrName).(string)
	if rs, err := in.data.Ranges(e); err == nil {
		for _, r := range rs {
			if r[0] < r[1] && r[0] < 1<<31 {
				s.ranges = append(s.ranges, r)
			}
		}
	}
	s.frameBase, _ = e.Val(dwarf.AttrFrameBase).([]byte)
	if s.Inlined {
		if i, ok := e.Val(dwarf.AttrCallFile).(int64); ok && u != nil && i >= 0 && int(i) < len(u.files) && u.files[i] != nil {
			s.CallFile = u.files[i].Name
		}
		if l, ok := e.Val(dwarf.AttrCallLine).(int64); ok {
			s.CallLine = int(l)
		}
	}
	switch {
	case parent != nil:
		parent.Children = append(parent.Children, s)
	case e.Tag == dwarf.TagSubprogram && len(s.ranges) > 0:
		in.funcs = append(in.funcs, s)
	}
	return s
}

// variable reads a parameter or variable; nil for one without a name.
func (in *Info) variable(e *dwarf.Entry, u *unit) *Var {
	v := &Var{Param: e.Tag == dwarf.TagFormalParameter, unit: u}
	v.Name, _ = in.attr(e, dwarf.AttrName).(string)
	if v.Name == "" {
		return nil
	}
	v.typeOff, v.hasType = in.attr(e, dwarf.AttrType).(dwarf.Offset)
	switch f := e.AttrField(dwarf.AttrLocation); {
	case f == nil:
	case f.Class == dwarf.ClassExprLoc || f.Class == dwarf.ClassBlock:
		v.expr, _ = f.Val.([]byte)
	case f.Class == dwarf.ClassLocListPtr: // DWARF 4: an offset into .debug_loc
		off, _ := f.Val.(int64)
		v.list = listRef{kind: listLoc, n: off}
	case f.Class == dwarf.ClassLocList: // DWARF 5: an index into the unit's .debug_loclists offsets
		i, _ := f.Val.(uint64)
		v.list = listRef{kind: listIndex, n: int64(i)}
	}
	return v
}

// attr reads an attribute, following DW_AT_abstract_origin and
// DW_AT_specification to the declaration an inlined or out-of-line
// instance refers to.
func (in *Info) attr(e *dwarf.Entry, a dwarf.Attr) any {
	for range 4 {
		if v := e.Val(a); v != nil {
			return v
		}
		off, ok := e.Val(dwarf.AttrAbstractOrigin).(dwarf.Offset)
		if !ok {
			if off, ok = e.Val(dwarf.AttrSpecification).(dwarf.Offset); !ok {
				return nil
			}
		}
		r := in.data.Reader()
		r.Seek(off)
		next, err := r.Next()
		if err != nil || next == nil {
			return nil
		}
		e = next
	}
	return nil
}

// Scopes returns the scopes holding instruction pc of defined function fn,
// innermost first, ending with its subprogram; nil when DWARF has none.
func (in *Info) Scopes(fn, pc int) []*Scope {
	if in == nil || fn < 0 || fn >= len(in.addrs) || pc < 0 || pc >= len(in.addrs[fn]) {
		return nil
	}
	a := uint64(in.addrs[fn][pc])
	i := sort.Search(len(in.funcs), func(i int) bool { return in.funcs[i].low() > a }) - 1
	for ; i >= 0; i-- {
		if in.funcs[i].contains(a) {
			break
		}
	}
	if i < 0 {
		return nil
	}
	chain := []*Scope{in.funcs[i]}
	for s := in.funcs[i]; ; {
		var next *Scope
		for _, c := range s.Children {
			if c.contains(a) {
				next = c
				break
			}
		}
		if next == nil {
			break
		}
		chain = append(chain, next)
		s = next
	}
	for l, r := 0, len(chain)-1; l < r; l, r = l+1, r-1 {
		chain[l], chain[r] = chain[r], chain[l]
	}
	return chain
}

// Globals returns the variables of the compile units that live in linear
// memory at fixed addresses.
func (in *Info) Globals() []*Var {
	if in == nil {
		return nil
	}
	return in.globals
}
