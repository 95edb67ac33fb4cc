package debugger

import (
	"fmt"
	"strconv"
	"strings"

	"wasmstep/vm"
	"wasmstep/vm/source"
)

// BreakKind says what a breakpoint is set on.
type BreakKind uint8

// Breakpoint kinds.
const (
	BreakLine  BreakKind = iota // File:Line, once per visit (see lineStops)
	BreakFunc                   // a function's first instruction
	BreakInstr                  // instruction Instr of a function
)

// BreakSpec is the logical location of a breakpoint.
type BreakSpec struct {
	Kind BreakKind
	File *source.File // BreakLine
	Line int          // BreakLine
	Func string       // BreakFunc, BreakInstr: $name, name, export name or index
	// Instr is the body index for BreakInstr.
	Instr int
	// HitCount, if above 1, makes the breakpoint stop from its HitCount-th
	// hit on.
	HitCount int
	// ThreadOnly makes it stop only in thread Thread (threads.go).
	ThreadOnly bool
	Thread     int
}

func (b BreakSpec) String() string {
	return b.where() + b.threadSuffix()
}

func (b BreakSpec) where() string {
	switch b.Kind {
	case BreakLine:
		return fmt.Sprintf("%s:%d", b.File.Name(), b.Line)
	case BreakFunc:
		return b.Func
	}
	return fmt.Sprintf("%s+%d", b.Func, b.Instr)
}

// Breakpoint is a breakpoint as the front ends list it.
type Breakpoint struct {
	ID        int
	Spec      BreakSpec
	Enabled   bool
	Hits      int
	Locations []Location // the instructions it is planted at
}

// breakpoints is the logical layer (ids, specs, counts) and the resolved
// one (the instructions planted in the machine's code).
type breakpoints struct {
	list    []*bp
	nextID  int
	planted map[codeLoc]bool
	byLoc   map[codeLoc][]*bp
	// threadOf gives the id of a thread of the program (nil: one thread,
	// id 0), for breakpoints of one thread.
	threadOf func(*vm.Thread) int
}

type bp struct {
	Breakpoint
	locs []codeLoc
}

func (b *breakpoints) init() {
	b.nextID = 1
	b.planted = map[codeLoc]bool{}
	b.byLoc = map[codeLoc][]*bp{}
}

// SetBreakpoint adds a breakpoint; it fails when the spec matches no
// instruction.
func (s *Session) SetBreakpoint(spec BreakSpec) (Breakpoint, error) {
	locs, err := s.resolve(spec)
	if err != nil {
		return Breakpoint{}, err
	}
	b := &bp{Breakpoint: Breakpoint{ID: s.bps.nextID, Spec: spec, Enabled: true}, locs: locs}
	s.bps.nextID++
	s.bps.list = append(s.bps.list, b)
	s.bps.replant(s)
	return s.describe(b), nil
}

// DeleteBreakpoint removes a breakpoint.
func (s *Session) DeleteBreakpoint(id int) error {
	for i, b := range s.bps.list {
		if b.ID == id {
			s.bps.list = append(s.bps.list[:i], s.bps.list[i+1:]...)
			s.bps.replant(s)
			return nil
		}
	}
	return fmt.Errorf("no breakpoint %d", id)
}

// EnableBreakpoint turns a breakpoint on or off.
func (s *Session) EnableBreakpoint(id int, on bool) {
	for _, b := range s.bps.list {
		if b.ID == id {
			b.Enabled = on
		}
	}
	s.bps.replant(s)
}

// Breakpoints lists the breakpoints by id.
func (s *Session) Breakpoints() []Breakpoint {
	out := make([]Breakpoint, len(s.bps.list))
	for i, b := range s.bps.list {
		out[i] = s.describe(b)
	}
	return out
}

// ToggleLineBreakpoint removes the line breakpoints of file:line, or sets
// one if there is none.
func (s *Session) ToggleLineBreakpoint(file *source.File, line int) (set bool, err error) {
	removed := false
	for _, b := range append([]*bp(nil), s.bps.list...) {
		if b.Spec.Kind == BreakLine && b.Spec.File == file && b.Spec.Line == line {
			removed = true
			if err := s.DeleteBreakpoint(b.ID); err != nil {
				return false, err
			}
		}
	}
	if removed {
		return false, nil
	}
	_, err = s.SetBreakpoint(BreakSpec{Kind: BreakLine, File: file, Line: line})
	return err == nil, err
}

func (s *Session) describe(b *bp) Breakpoint {
	out := b.Breakpoint
	out.Locations = nil
	for _, l := range b.locs {
		if s.isClone(l.fn) {
			continue // the same instruction in a spawned thread's instance
		}
		out.Locations = append(out.Locations, s.location(l.fn, l.pc))
	}
	return out
}

// resolve finds the instructions a spec designates.
func (s *Session) resolve(spec BreakSpec) ([]codeLoc, error) {
	if spec.Kind == BreakLine {
		set := s.lineLocs(spec.File, spec.Line)
		if len(set) == 0 {
			return nil, fmt.Errorf("%s: no instruction starts on this line", spec)
		}
		return s.withClones(s.lineStops(set)), nil
	}
	f, err := s.findFunc(spec.Func)
	if err != nil {
		return nil, err
	}
	pc := 0
	if spec.Kind == BreakInstr {
		pc = spec.Instr
	}
	if pc < 0 || pc >= f.Def.BodyLen() {
		return nil, fmt.Errorf("%s has no instruction %d (it has %d)", spec.Func, pc, f.Def.BodyLen())
	}
	return s.withClones([]codeLoc{{f, pc}}), nil
}

func (a funcRef) less(b funcRef) bool {
	return a.module < b.module || (a.module == b.module && a.index < b.index)
}

// findFunc finds a wasm function by $name, name, export name or index
// (latest module first).
func (s *Session) findFunc(name string) (*vm.Function, error) {
	if s.prog == nil {
		return nil, errIdle
	}
	bare := strings.TrimPrefix(name, "$")
	idx, numErr := strconv.ParseUint(strings.TrimSuffix(strings.TrimPrefix(bare, "func["), "]"), 10, 32)
	for i := len(s.prog.insts) - 1; i >= 0; i-- {
		inst := s.prog.insts[i]
		for _, f := range inst.Funcs {
			if f.Inst == inst && f.Def != nil && (f.Name == bare || (numErr == nil && uint64(f.Index) == idx)) {
				return f, nil
			}
		}
		if f := inst.ExportedFunc(bare); f != nil && f.Def != nil {
			return f, nil
		}
	}
	return nil, fmt.Errorf("no function %q", name)
}

// resolveAll re-resolves every breakpoint after the program changed.
func (b *breakpoints) resolveAll(s *Session) {
	b.planted = map[codeLoc]bool{}
	for _, x := range b.list {
		x.locs, _ = s.resolve(x.Spec)
	}
	b.replant(s)
}

// replant makes the machine's planted breakpoints match the enabled ones.
func (b *breakpoints) replant(s *Session) {
	want := map[codeLoc][]*bp{}
	for _, x := range b.list {
		if x.Enabled {
			for _, l := range x.locs {
				want[l] = append(want[l], x)
			}
		}
	}
	for l := range b.planted {
		if want[l] == nil {
			l.fn.SetBreakpoint(l.pc, false)
			delete(b.planted, l)
		}
	}
	for l := range want {
		if !b.planted[l] {
			l.fn.SetBreakpoint(l.pc, true)
			b.planted[l] = true
		}
	}
	b.byLoc = want
}

// hit counts a hit of the breakpoints at the thread's location and says
// whether one of them stops.
func (b *breakpoints) hit(t *vm.Thread) (string, bool) {
	f, pc := t.At()
	stop, msg := false, ""
	for _, x := range b.byLoc[codeLoc{f, pc}] {
		if !b.inThread(x, t) {
			continue
		}
		x.Hits++
		if x.Hits >= x.Spec.HitCount {
			if !stop {
				msg = fmt.Sprintf("breakpoint %d (%s), hit %d", x.ID, x.Spec, x.Hits)
			}
			stop = true
		}
	}
	return msg, stop
}

// wouldHit reports, without counting, whether an enabled breakpoint is at
// the thread's location (reverse continue).
func (b *breakpoints) wouldHit(t *vm.Thread) (string, bool) {
	f, pc := t.At()
	for _, x := range b.byLoc[codeLoc{f, pc}] {
		if b.inThread(x, t) {
			return fmt.Sprintf("breakpoint %d (%s)", x.ID, x.Spec), true
		}
	}
	return "", false
}
