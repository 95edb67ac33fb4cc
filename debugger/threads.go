package debugger

import (
	"fmt"
	"math/rand/v2"

	"wasmstep/vm"
	"wasmstep/vm/host"
)

// Threads under the debugger (wasi-threads). Every thread of the call runs
// on the session's goroutine, in turns of a few instructions drawn from a
// seeded generator, so a program interleaves the same way each time it is
// debugged with the same seed, and a stop stops them all. The call's
// position counts the instructions of every thread; marks record which
// thread ran from which position, so history (step back, reverse continue)
// replays the same interleaving, whatever the user did in between: a step
// runs the selected thread alone, with the others frozen.

// threadGroup is the threads of the current call of a program that can
// spawn them; nil for others, which keep the one-thread path untouched.
type threadGroup struct {
	list  []*dbgThread // by id; 0 is the invoked call's thread
	sched *vm.Scheduler
	spawn *vm.Function // the linker's thread-spawn, whose calls start threads
	seed  uint64
	rng   *rand.Rand
	on    int // the thread the session shows and drives (Session.thread)

	// Live scheduling, beyond the record: whose turn it is and how many
	// instructions it has left.
	cur  int
	left uint64

	marks     []turnMark // who ran from where, by position
	recEnd    uint64     // positions before it were run live: replays follow marks there
	nextMark  uint64     // the position of the mark after the one in effect
	turnOver  bool       // the hook stopped the thread to end its turn
	clones    map[*vm.Function]*vm.Function
	spawnFail string // why the last spawn failed, for the output
}

// dbgThread is one thread of the call.
type dbgThread struct {
	id   int
	t    *vm.Thread
	inst *vm.Instance // a spawned thread's instance of the module (nil for 0)
	// While another thread is current: the call's resume bookkeeping for
	// this one (see call.skipNext), kept for when it runs again.
	skipNext bool
	skipAt   *codeLoc
	// saved is the thread's state at the latest checkpoint; dirty says it
	// ran since, so the next checkpoint copies it again (a thread that
	// did not run shares its copy).
	saved *vm.ThreadState
	dirty bool
}

// turnMark says thread runs from position pos on.
type turnMark struct {
	pos    uint64
	thread int
}

// maxQuantum bounds the instructions of a turn, as vm.Scheduler's does.
const maxQuantum = vm.DefaultMaxQuantum

// threadStartExport is what a spawned thread runs.
const threadStartExport = host.ThreadStartExport

// startThreads sets up the threads of a new call: only for a program that
// links wasi-threads' thread-spawn.
func (s *Session) startThreads() {
	s.threads, s.bps.threadOf = nil, nil
	spawn, _ := s.prog.linker.Lookup(host.WASIThreadsModule, "thread-spawn").(*vm.Function)
	if spawn == nil || !s.importsSpawn(spawn) {
		return
	}
	g := &threadGroup{
		sched:  vm.NewScheduler(s.opts.ScheduleSeed),
		spawn:  spawn,
		seed:   s.opts.ScheduleSeed,
		rng:    rand.New(rand.NewPCG(s.opts.ScheduleSeed, 0x7468726561647321)),
		clones: map[*vm.Function]*vm.Function{},
	}
	g.sched.Add(s.thread)
	g.list = []*dbgThread{{id: 0, t: s.thread}}
	g.marks = []turnMark{{0, 0}}
	g.nextMark = ^uint64(0)
	s.threads, s.bps.threadOf = g, g.idOf
}

// importsSpawn reports whether a module of the program imports spawn.
func (s *Session) importsSpawn(spawn *vm.Function) bool {
	for _, inst := range s.prog.insts {
		for _, f := range inst.Funcs {
			if f == spawn {
				return true
			}
		}
	}
	return false
}

// callHost performs the machine's host calls: thread-spawn starts a thread
// of the session (again when a replay comes to it, so the thread exists
// there too); every other call goes through the history (hostCall).
func (s *Session) callHost(f *vm.Function, ctx *vm.CallContext, args []vm.Value) ([]vm.Value, error) {
	if g := s.threads; g != nil && f == g.spawn && s.call != nil {
		return []vm.Value{vm.I32(s.spawnThread(ctx, int32(args[0].Bits)))}, nil
	}
	return s.hostCall(f, ctx, args)
}

// spawnThread instantiates the caller's module again (its imported shared
// memory is the same memory) and starts wasi_thread_start(tid, arg) on a
// new thread; it returns the thread id, or -1 if the module cannot run one.
func (s *Session) spawnThread(ctx *vm.CallContext, arg int32) int32 {
	g := s.threads
	if ctx.Caller == nil || len(g.list) >= 1<<29-1 {
		return -1
	}
	inst, err := s.prog.linker.Instantiate(s.prog.store, ctx.Caller.Info)
	if err != nil {
		return -1
	}
	f := inst.ExportedFunc(threadStartExport)
	if f == nil || f.Def == nil {
		return -1
	}
	t := s.prog.store.NewThread()
	t.HostCall, t.OnAlloc = s.callHost, s.thread.OnAlloc
	id := g.sched.Add(t)
	if t.Start(f, []vm.Value{vm.I32(int32(id)), vm.I32(arg)}) != nil {
		g.sched.Finish(id)
	}
	g.list = append(g.list, &dbgThread{id: id, t: t, inst: inst})
	s.adoptClones(ctx.Caller, inst)
	return int32(id)
}

// adoptClones makes a spawned instance's functions known to the session
// as their originals' (locations, names, breakpoints).
func (s *Session) adoptClones(orig, inst *vm.Instance) {
	added := map[*vm.Function]*vm.Function{} // original -> its copy here
	for i, f := range inst.Funcs {
		if f.Inst != inst || f.IsHost() || i >= len(orig.Funcs) {
			continue
		}
		o := orig.Funcs[i]
		if base, ok := s.threads.clones[o]; ok {
			o = base // the caller was itself a spawned instance
		}
		s.threads.clones[f] = o
		added[o] = f
		if ref, ok := s.prog.funcs[o]; ok {
			s.prog.funcs[f] = ref
		}
	}
	s.bps.plantClones(added)
}

// plantClones adds to every breakpoint the same instructions in a new
// instance's copies of its functions, and plants them if it is enabled:
// a spawn costs one pass over the breakpoints, however many threads ran.
func (b *breakpoints) plantClones(copies map[*vm.Function]*vm.Function) {
	for _, x := range b.list {
		n := len(x.locs)
		for _, l := range x.locs[:n] {
			f, ok := copies[l.fn]
			if !ok {
				continue
			}
			c := codeLoc{f, l.pc}
			x.locs = append(x.locs, c)
			if x.Enabled {
				if !b.planted[c] {
					f.SetBreakpoint(l.pc, true)
					b.planted[c] = true
				}
				b.byLoc[c] = append(b.byLoc[c], x)
			}
		}
	}
}

// withClones adds to breakpoint locations the same instructions in every
// spawned instance.
func (s *Session) withClones(locs []codeLoc) []codeLoc {
	if s.threads == nil || len(s.threads.clones) == 0 {
		return locs
	}
	for f, o := range s.threads.clones {
		for _, l := range locs {
			if l.fn == o {
				locs = append(locs, codeLoc{f, l.pc})
			}
		}
	}
	return locs
}

// isClone reports whether f is a spawned instance's copy of a function.
func (s *Session) isClone(f *vm.Function) bool {
	if s.threads == nil {
		return false
	}
	_, ok := s.threads.clones[f]
	return ok
}

// threadID is the id of the thread the session shows (0 without threads).
func (s *Session) threadID() int {
	if s.threads == nil {
		return 0
	}
	return s.threads.on
}

// idOf returns the id of one of the group's threads, or -1.
func (g *threadGroup) idOf(t *vm.Thread) int {
	for _, d := range g.list {
		if d.t == t {
			return d.id
		}
	}
	return -1
}

// threadSuffix is how a breakpoint of one thread says so.
func (b BreakSpec) threadSuffix() string {
	if !b.ThreadOnly {
		return ""
	}
	return fmt.Sprintf(" thread %d", b.Thread)
}

// inThread reports whether breakpoint x stops in thread t.
func (b *breakpoints) inThread(x *bp, t *vm.Thread) bool {
	if !x.Spec.ThreadOnly {
		return true
	}
	id := 0
	if b.threadOf != nil {
		id = b.threadOf(t)
	}
	return id == x.Spec.Thread
}
