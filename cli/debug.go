package cli

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"wasmstep/debugger"
	"wasmstep/views/stack"
	"wasmstep/vm"
	"wasmstep/vm/host"
	"wasmstep/vm/source"
)

const debugUsage = "debug FILE... [--invoke NAME [ARG...]] [--dir HOST[::GUEST]]... [--env NAME=VALUE]... [--show-imports] [--schedule-seed N] [--max-memory SIZE] [--history SIZE|off] [-- ARGS...]"

func init() {
	register("debug", debugUsage+"   line debugger on stdin (type help)", runDebug)
}

// sessionOptions are the session options the headless front ends share:
// WASI gets the arguments, environment and directories of ra's flags, and
// host output (WASI's stdout and stderr, spectest, automatic imports) goes
// to stdout, between the debugger's own lines; stdin holds the commands.
func sessionOptions(e *env, ra *runArgs) debugger.Options {
	var seed uint64 // threads interleave by this seed (default 0)
	if ra.schedule != nil {
		seed = *ra.schedule
	}
	return debugger.Options{
		Stdout:       e.stdout,
		ScheduleSeed: seed,
		Link: func(l *host.Linker, st *vm.Store, out io.Writer) (io.Closer, error) {
			st.MaxMemory = ra.limits.memory()
			cfg := host.ProgramConfig{Output: out, WASI: ra.wasi(nil, out, out)}
			if ra.showImports {
				cfg.OnBind = func(b host.Binding) { fmt.Fprintln(e.stderr, b) }
			}
			return host.Install(l, st, cfg)
		},
	}
}

// debugREPL is a gdb-style line debugger over a session; every command
// prints deterministic text, so a script of commands is a repeatable lesson.
type debugREPL struct {
	s     *debugger.Session
	out   io.Writer
	lanes laneView
}

func runDebug(e *env, args []string) int {
	hist, args, err := takeHistory(args)
	var ra *runArgs
	if err == nil {
		ra, err = parseRunArgs(args)
	}
	if err == nil && len(ra.calls) > 1 {
		err = fmt.Errorf("one --invoke at most (type invoke for the next call)")
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "wasmstep debug: %v\nusage: wasmstep %s\n", err, debugUsage)
		return exitError
	}
	s := debugger.NewSession(hist.options(sessionOptions(e, ra)))
	defer s.Close()
	defer pauseOnInterrupt(s, ra.interrupt)()
	if err := s.LoadFiles(ra.files...); err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitError
	}
	dwarfWarnings(e.stderr, s)
	r := &debugREPL{s: s, out: e.stdout, lanes: laneView{shape: stack.I32x4}}
	for _, c := range ra.calls {
		r.exec(append([]string{"invoke", c.name}, c.args...))
	}
	in := newCommandLines(e.stdin)
	for {
		line, err := in.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Fprintf(r.out, "error: %v\n", err)
			continue
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fmt.Fprintf(r.out, "(wasmstep) %s\n", line)
		if !r.exec(strings.Fields(line)) {
			break
		}
	}
	return exitOK
}

// exec runs one command; it returns false on quit.
func (r *debugREPL) exec(f []string) bool {
	cmd, args := f[0], f[1:]
	var err error
	switch cmd {
	case "quit", "q":
		return false
	case "help", "h":
		r.help()
	case "invoke":
		if len(args) == 0 {
			err = fmt.Errorf("usage: invoke NAME [ARG...]")
			break
		}
		err = r.stopped(r.s.Invoke(args[0], args[1:]))
	case "run", "start":
		err = r.startEntry(cmd == "start")
	case "step", "s": // by source line where DWARF says, else one instruction
		err = r.stopped(r.s.StepLineInto())
	case "next", "n":
		err = r.stopped(r.s.StepLine())
	case "stepi", "si":
		err = r.stopped(r.s.StepInto())
	case "nexti", "ni":
		err = r.stopped(r.s.StepOver())
	case "list", "l":
		err = r.list(args)
	case "print", "p":
		err = r.print(args)
	case "vars":
		err = r.vars(args)
	case "directory", "dir":
		err = r.directory(args)
	case "finish":
		err = r.stopped(r.s.StepOut())
	case "continue", "c":
		err = r.stopped(r.s.Continue())
	case "back":
		err = r.stopped(r.s.StepBack())
	case "rnext":
		err = r.stopped(r.s.ReverseStepOver())
	case "rcontinue":
		err = r.stopped(r.s.ReverseContinue())
	case "until":
		err = r.until(args)
	case "goto":
		err = r.gotoStep(args)
	case "origin":
		err = r.origin(args)
	case "restart":
		err = r.s.Restart()
	case "break", "b":
		err = r.setBreak(args)
	case "delete", "d":
		err = r.delete(args)
	case "enable", "disable":
		err = r.enable(args, cmd == "enable")
	case "info":
		if len(args) > 0 && args[0] == "source" {
			r.infoSource()
		} else if len(args) > 0 && args[0] == "memory" {
			r.infoMemory()
		} else {
			r.info()
		}
	case "watch":
		err = r.watch(args)
	case "stack":
		r.stack()
	case "locals":
		r.locals()
	case "globals":
		r.globals()
	case "frames", "bt":
		r.frames()
	case "threads":
		r.threads()
	case "thread":
		err = r.thread(args)
	case "step-threads":
		err = r.stepThreads(args)
	case "mem":
		err = r.mem(args)
	case "table":
		err = r.table(args)
	case "heap":
		r.heap()
	case "lanes":
		if len(args) != 1 || !r.lanes.choose(args[0]) {
			err = fmt.Errorf("usage: lanes %s|auto", strings.Join(stack.Shapes, "|"))
		}
	default:
		err = fmt.Errorf("unknown command %q (type help)", cmd)
	}
	if err != nil {
		fmt.Fprintf(r.out, "error: %v\n", err)
	}
	return true
}

func (r *debugREPL) help() {
	fmt.Fprint(r.out, `commands:
  invoke NAME [ARG...]      start a call, stopped before its first instruction
  run | start               call _start (or the only export without parameters); start stops at entry
  step | next | finish      one instruction; over calls; out of the function
                            (with DWARF: one source line; over calls; out)
  stepi | nexti             one instruction; over calls (also with DWARF)
  list [LINE|FILE:LINE] | print NAME | vars [FRAME] | info source   a compiled program's source
  directory DIR             look for a compiled program's sources in DIR too
  continue | until LINE     run to a stop; run to a line
  back | rnext | rcontinue  step back; back over calls; back to the previous hit
  goto N                    travel to instruction N of the call (the step count), back or forward
  origin mem IDX ADDR [LEN] | global NAME | local NAME | stack N | table IDX SLOT | heap OBJ FIELD
                            back to the instruction that last wrote it (asked again: the write before)
  break LINE|FILE:LINE|FUNC|FUNC+N [HITS] [thread N]   delete N | enable N | disable N | info breakpoints
  watch mem IDX ADDR LEN | watch global NAME
  stack | locals | globals | frames | mem IDX ADDR [LEN] | table IDX | heap
  threads | thread N        the program's threads; show and step thread N
  step-threads one|all      a step moves the shown thread alone (one, default) or lets the others run
  info memory               each memory's pages over the call, with its memory.grow events
  lanes i8x16|i16x8|i32x4|i64x2|f32x4|f64x2|auto   how v128 values split (auto: as the instructions do)
  restart | quit
`)
}

// stopped prints the stop a command reached.
func (r *debugREPL) stopped(snap *debugger.Snapshot, err error) error {
	if err != nil {
		return err
	}
	r.lanes.follow(snap.Next.Text)
	switch snap.State {
	case debugger.StateFinished:
		switch {
		case snap.Message != "":
			fmt.Fprintf(r.out, "finished: %s\n", snap.Message)
		case snap.Reason == debugger.StopFinished && len(snap.Results) > 0:
			fmt.Fprintf(r.out, "finished: %s\n", strings.Join(r.lanes.texts(snap.Results), " "))
		case snap.Reason == debugger.StopFinished:
			fmt.Fprintln(r.out, "finished")
		default:
			fmt.Fprintf(r.out, "%s: %s\n", snap.Reason, snap.Message)
		}
		return nil
	case debugger.StateTrapped:
		fmt.Fprintf(r.out, "%s%s: %s\n", snap.Reason, inThread(snap), snap.Message)
	default:
		if snap.Message != "" {
			fmt.Fprintf(r.out, "stopped (%s)%s: %s\n", snap.Reason, inThread(snap), snap.Message)
		} else {
			fmt.Fprintf(r.out, "stopped (%s)%s\n", snap.Reason, inThread(snap))
		}
	}
	if cur := snap.Current(); cur != nil {
		fmt.Fprintf(r.out, "  %s\n", r.where(cur, snap))
	}
	return nil
}

// where is "file:line:col  func+N  instruction  | stack".
func (r *debugREPL) where(fr *debugger.Frame, snap *debugger.Snapshot) string {
	l := fr.Location
	s := fmt.Sprintf("%s%s  %s+%d  %s  | %s", l.Start, sourceMark(l.Source), l.FuncName, l.Instr, l.Text,
		strings.Join(r.lanes.texts(fr.Stack), " "))
	if snap != nil && len(snap.Popped) > 0 {
		s += fmt.Sprintf("   (popped %s)", strings.Join(r.lanes.texts(snap.Popped), " "))
	}
	return s
}

// currentFile is the file of the current location, or the last loaded one.
func (r *debugREPL) currentFile() *source.File {
	if cur := r.s.Snapshot().Current(); cur != nil {
		if cur.Location.Source.File != nil {
			return cur.Location.Source.File
		}
		for _, f := range r.s.Files() {
			if f.Name() == cur.Location.Start.Filename {
				return f
			}
		}
	}
	files := r.s.Files()
	if len(files) == 0 {
		return nil
	}
	return files[len(files)-1]
}

func (r *debugREPL) until(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: until LINE")
	}
	f, line, isLine, err := r.fileLine(args[0])
	if err != nil {
		return err
	}
	if !isLine {
		return fmt.Errorf("bad line %q", args[0])
	}
	return r.stopped(r.s.RunTo(f, line))
}

func (r *debugREPL) setBreak(args []string) error {
	args, thread, only, err := cutThread(args)
	if err != nil {
		return err
	}
	if len(args) < 1 || len(args) > 2 {
		return fmt.Errorf("usage: break LINE|FILE:LINE|FUNC|FUNC+N [HITS] [thread N]")
	}
	spec := debugger.BreakSpec{Kind: debugger.BreakFunc, Func: args[0]}
	if f, line, isLine, err := r.fileLine(args[0]); err != nil {
		return err
	} else if isLine {
		spec = debugger.BreakSpec{Kind: debugger.BreakLine, File: f, Line: line}
	} else if fn, n, ok := strings.Cut(args[0], "+"); ok {
		k, err := strconv.Atoi(n)
		if err != nil {
			return fmt.Errorf("bad instruction index %q", n)
		}
		spec = debugger.BreakSpec{Kind: debugger.BreakInstr, Func: fn, Instr: k}
	}
	if len(args) == 2 {
		n, err := strconv.Atoi(args[1])
		if err != nil || n < 1 {
			return fmt.Errorf("bad hit count %q", args[1])
		}
		spec.HitCount = n
	}
	spec.ThreadOnly, spec.Thread = only, thread
	b, err := r.s.SetBreakpoint(spec)
	if err != nil {
		return err
	}
	fmt.Fprintf(r.out, "breakpoint %d at %s: %s\n", b.ID, b.Spec, locationList(b.Locations))
	return nil
}

func locationList(locs []debugger.Location) string {
	parts := make([]string, len(locs))
	for i, l := range locs {
		parts[i] = fmt.Sprintf("%s+%d", l.FuncName, l.Instr)
	}
	return strings.Join(parts, ", ")
}

func (r *debugREPL) delete(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: delete N")
	}
	id, err := strconv.Atoi(args[0])
	if err != nil {
		return fmt.Errorf("bad breakpoint number %q", args[0])
	}
	if r.s.DeleteBreakpoint(id) != nil {
		return r.s.DeleteWatchpoint(id)
	}
	return nil
}

func (r *debugREPL) enable(args []string, on bool) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: enable|disable N")
	}
	id, err := strconv.Atoi(args[0])
	if err != nil {
		return fmt.Errorf("bad breakpoint number %q", args[0])
	}
	if !slices.ContainsFunc(r.s.Breakpoints(), func(b debugger.Breakpoint) bool { return b.ID == id }) {
		return fmt.Errorf("no breakpoint %d", id)
	}
	r.s.EnableBreakpoint(id, on)
	return nil
}

func (r *debugREPL) info() {
	bps, ws := r.s.Breakpoints(), r.s.Watchpoints()
	if len(bps)+len(ws) == 0 {
		fmt.Fprintln(r.out, "no breakpoints or watchpoints")
	}
	for _, b := range bps {
		state := "enabled"
		if !b.Enabled {
			state = "disabled"
		}
		hits := ""
		if b.Spec.HitCount > 1 {
			hits = fmt.Sprintf(", stops from hit %d", b.Spec.HitCount)
		}
		fmt.Fprintf(r.out, "%d  breakpoint %s  %s  hits %d%s  at %s\n", b.ID, b.Spec, state, b.Hits, hits, locationList(b.Locations))
	}
	for _, w := range ws {
		fmt.Fprintf(r.out, "%d  watchpoint %s  hits %d\n", w.ID, w, w.Hits)
	}
}

func (r *debugREPL) watch(args []string) error {
	var w debugger.Watchpoint
	var err error
	switch {
	case len(args) == 4 && args[0] == "mem":
		var n [3]uint64
		for i := range n {
			if n[i], err = strconv.ParseUint(args[i+1], 0, 64); err != nil {
				return fmt.Errorf("bad number %q", args[i+1])
			}
		}
		w, err = r.s.WatchMemory(int(n[0]), n[1], n[2])
	case len(args) == 2 && args[0] == "global":
		w, err = r.s.WatchGlobal(args[1])
	default:
		return fmt.Errorf("usage: watch mem IDX ADDR LEN | watch global NAME")
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(r.out, "watchpoint %d: %s\n", w.ID, w)
	return nil
}

// current returns the current frame, or prints why there is none.
func (r *debugREPL) current() *debugger.Frame {
	cur := r.s.Snapshot().Current()
	if cur == nil {
		fmt.Fprintln(r.out, "no frame: nothing is running")
	}
	return cur
}

func (r *debugREPL) stack() {
	if cur := r.current(); cur != nil {
		if len(cur.Stack) == 0 {
			fmt.Fprintln(r.out, "operand stack empty")
		}
		for i := len(cur.Stack) - 1; i >= 0; i-- {
			fmt.Fprintf(r.out, "  %d: %s\n", i, r.lanes.text(cur.Stack[i]))
		}
	}
}

func (r *debugREPL) locals() {
	cur := r.current()
	if cur == nil {
		return
	}
	for i, l := range cur.Locals {
		name := l.Name
		if name == "" {
			name = fmt.Sprintf("local %d", i)
		}
		kind := "local"
		if l.Param {
			kind = "param"
		}
		fmt.Fprintf(r.out, "  %s %s = %s%s\n", kind, name, r.lanes.text(l.Value), changedMark(l.Changed))
	}
}

func changedMark(changed bool) string {
	if changed {
		return "  (changed)"
	}
	return ""
}

func (r *debugREPL) globals() {
	snap := r.s.Snapshot()
	if snap == nil || len(snap.Globals) == 0 {
		fmt.Fprintln(r.out, "no globals")
		return
	}
	for _, g := range snap.Globals {
		mut := ""
		if g.Type.Mutable {
			mut = "mut "
		}
		fmt.Fprintf(r.out, "  %s (%s%s) = %s%s\n", g.Name, mut, g.Type.Type, r.lanes.text(g.Value), changedMark(g.Changed))
	}
}

func (r *debugREPL) frames() {
	snap := r.s.Snapshot()
	if snap.Current() == nil {
		fmt.Fprintln(r.out, "no frames: nothing is running")
		return
	}
	for i := range snap.Frames {
		fmt.Fprintf(r.out, "  #%d %s\n", i, r.where(&snap.Frames[i], nil))
		r.inlinedFrames(&snap.Frames[i])
	}
}

func (r *debugREPL) mem(args []string) error {
	if len(args) < 2 || len(args) > 3 {
		return fmt.Errorf("usage: mem IDX ADDR [LEN]")
	}
	n := []uint64{0, 0, 64}
	for i, a := range args {
		v, err := strconv.ParseUint(a, 0, 64)
		if err != nil {
			return fmt.Errorf("bad number %q", a)
		}
		n[i] = v
	}
	mems := r.s.Snapshot().Memories
	if n[0] >= uint64(len(mems)) {
		return fmt.Errorf("no memory %d", n[0])
	}
	m := mems[n[0]]
	buf := make([]byte, min(n[2], 4096))
	got := r.s.ReadMemory(m.Module, m.Index, n[1], buf)
	fmt.Fprintf(r.out, "memory %d %s: %d pages, written since last stop: %s\n", n[0], m.Name, m.Pages, rangeList(m.Written))
	for off := 0; off < got; off += 16 {
		row := buf[off:min(off+16, got)]
		fmt.Fprintf(r.out, "  0x%08x  % -47x  |%s|\n", n[1]+uint64(off), row, printable(row))
	}
	if got < len(buf) {
		fmt.Fprintf(r.out, "  (%d bytes out of bounds)\n", len(buf)-got)
	}
	return nil
}

func rangeList(rs []debugger.Range) string {
	if len(rs) == 0 {
		return "none"
	}
	parts := make([]string, len(rs))
	for i, rg := range rs {
		parts[i] = fmt.Sprintf("[0x%x, 0x%x)", rg.Start, rg.End)
	}
	return strings.Join(parts, " ")
}

func printable(b []byte) string {
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = '.'
		if c >= 0x20 && c < 0x7f {
			out[i] = c
		}
	}
	return string(out)
}

func (r *debugREPL) table(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: table IDX")
	}
	i, err := strconv.Atoi(args[0])
	tables := r.s.Snapshot().Tables
	if err != nil || i < 0 || i >= len(tables) {
		return fmt.Errorf("no table %q", args[0])
	}
	t := tables[i]
	fmt.Fprintf(r.out, "table %d %s: %d entries of %s\n", i, t.Name, t.Size, t.Type.Elem)
	for _, e := range r.s.TableEntries(t.Module, t.Index, 0, 64) {
		fmt.Fprintf(r.out, "  [%d] %s\n", e.Index, e.Value)
	}
	return nil
}

func (r *debugREPL) heap() {
	g := r.s.Heap()
	snap := r.s.Snapshot()
	fmt.Fprintf(r.out, "heap: %d live, %d new, %d unreachable\n", snap.Heap.Live, snap.Heap.New, snap.Heap.Unreachable)
	objs := append([]debugger.HeapObject(nil), g.Objects...)
	sort.Slice(objs, func(i, j int) bool { return objs[i].ID < objs[j].ID })
	for _, o := range objs {
		fields := make([]string, len(o.Fields))
		for i, f := range o.Fields {
			fields[i] = fmt.Sprintf("%s: %s", f.Name, f.Value)
		}
		extra := ""
		if o.Root != "" {
			extra += "  root: " + o.Root
		}
		if o.New {
			extra += "  (new)"
		}
		if o.Unreachable {
			extra += "  (unreachable)"
		}
		fmt.Fprintf(r.out, "  #%d %s %s {%s}%s\n", o.ID, o.Kind, o.TypeName, strings.Join(fields, ", "), extra)
	}
}
