package debugger

import (
	"encoding/binary"
	"fmt"
	"io"
	"math/rand"
	"strings"
	"testing"

	"wasmstep/vm"
	"wasmstep/vm/host"
	"wasmstep/vm/wasm"
)

// travelProgram writes a random program that changes everything a
// checkpoint covers in its loop: stores spread over the pages, memory
// growth, a table set, grown and called through, a global, host calls
// that write memory (WASI's fd_write, which stores the count written, and
// env.note, which writes a counter only the first run sees), and a call
// to $mark, where a test plants a breakpoint.
func travelProgram(rng *rand.Rand) string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	p(`(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "env" "note" (func $note (param i32) (result i32)))
  (memory 2 24)
  (table $t 2 64 funcref)
  (elem (table $t) (i32.const 0) func $a $b)
  (type $f (func (param i32) (result i32)))
  (global $g (mut i32) (i32.const 1))
  (data (i32.const 16) "tick")
  (func $a (param i32) (result i32) (i32.add (local.get 0) (i32.const 3)))
  (func $b (param i32) (result i32) (i32.mul (local.get 0) (i32.const 5)))
  (func $mark (param i32) (global.set $g (i32.add (global.get $g) (local.get 0))))
  (func (export "main") (param $n i32) (result i32) (local $i i32) (local $x i32)
    (i32.store (i32.const 0) (i32.const 16)) ;; an iovec: "tick"
    (i32.store (i32.const 4) (i32.const 4))
    (loop $l`)
	stride := 4093 + 8*rng.Intn(3000)
	p(`      (i32.store (i32.rem_u (i32.add (i32.const 64) (i32.mul (local.get $i) (i32.const %d)))
                            (i32.sub (i32.mul (memory.size) (i32.const 65536)) (i32.const 72)))
                 (local.get $x))`, stride)
	p(`      (local.set $x (call_indirect $t (type $f) (local.get $x) (i32.rem_u (local.get $i) (table.size $t))))`)
	p(`      (global.set $g (i32.xor (global.get $g) (local.get $x)))`)
	every := func(k int, body string) {
		p(`      (if (i32.eqz (i32.rem_u (local.get $i) (i32.const %d))) (then %s))`, k, body)
	}
	every(50+rng.Intn(100), `(drop (memory.grow (i32.const 1)))`)
	every(7+rng.Intn(20), `(table.set $t (i32.rem_u (local.get $x) (table.size $t)) (ref.func $b))`)
	every(11+rng.Intn(20), `(table.set $t (i32.rem_u (local.get $i) (table.size $t)) (ref.func $a))`)
	every(60+rng.Intn(100), `(drop (table.grow $t (ref.func $a) (i32.const 1)))`)
	every(9+rng.Intn(20), `(local.set $x (i32.add (local.get $x) (call $note (i32.and (i32.add (local.get $i) (i32.const 40000)) (i32.const 0xfff8)))))`)
	every(13+rng.Intn(20), `(drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.add (i32.const 32) (i32.and (local.get $i) (i32.const 24)))))`)
	every(17+rng.Intn(30), `(call $mark (local.get $i))`)
	every(23+rng.Intn(30), `(memory.copy (i32.const 20000) (i32.const 40000) (i32.const 300))`)
	p(`      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (i32.add (local.get $x) (global.get $g))))`)
	return b.String()
}

// travelSession loads src with WASI (output discarded) and env.note, a
// host function whose results and writes depend on how often it was
// called: a replay that called it again would differ.
func travelSession(t *testing.T, src string, opts Options) *Session {
	t.Helper()
	calls := uint32(0)
	note := vm.NewHostFunc(wasm.FuncType{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}}, "note",
		func(ctx *vm.CallContext, args []vm.Value) ([]vm.Value, error) {
			calls++
			var b [8]byte
			binary.LittleEndian.PutUint32(b[:], calls)
			binary.LittleEndian.PutUint32(b[4:], calls*2654435761)
			ctx.Memory(0).WriteAt(b[:], uint64(uint32(args[0].I32())))
			return []vm.Value{vm.I32(int32(calls))}, nil
		})
	opts.Link = func(l *host.Linker, st *vm.Store, out io.Writer) (io.Closer, error) {
		l.Define("env", map[string]vm.Extern{"note": note})
		return host.Install(l, st, host.ProgramConfig{Output: io.Discard, WASI: host.WASIConfig{Stdout: io.Discard, Stderr: io.Discard}})
	}
	s := NewSession(opts)
	if err := s.LoadSource("travel.wat", []byte(src)); err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	return s
}

// Random travel over a recorded run (goto back and forward, steps and
// steps back, continue to a breakpoint, reverse continue and origin) stops in the
// state a fresh run reaches going straight to the same position; and
// forward travel uses the kept future.
func TestTravelMatchesStraightRun(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	origins := 0
	for prog := range 6 {
		src := travelProgram(rng)
		iters := fmt.Sprint(1500 + rng.Intn(1500))
		straight := func(pos uint64) string {
			s := travelSession(t, src, Options{checkpointEvery: 1 << 30})
			must(t)(s.Invoke("main", []string{iters}))
			if pos == 0 {
				return stateDump(s)
			}
			if snap, err := s.resume(seekTarget(pos)); err != nil || snap.Steps != pos {
				t.Fatalf("straight run to %d: %v", pos, err)
			}
			return stateDump(s)
		}
		s := travelSession(t, src, Options{checkpointEvery: 300 + uint64(rng.Intn(2000))})
		must(t)(s.Invoke("main", []string{iters}))
		end := must(t)(s.Continue())
		if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakFunc, Func: "$mark"}); err != nil {
			t.Fatal(err)
		}
		kept := 0
		var trail []string
		for range 40 {
			var snap *Snapshot
			var what string
			op := rng.Intn(10)
			if s.call.done && (op == 5 || op == 7) {
				op = 0 // nothing runs forward from the end
			}
			switch {
			case op < 5:
				n := uint64(rng.Int63n(int64(end.Steps)))
				what, snap = fmt.Sprintf("goto %d", n), must(t)(s.Goto(n))
			case op == 5:
				k := 1 + rng.Intn(40)
				for range k {
					if snap = must(t)(s.StepInto()); s.call.done {
						break
					}
				}
				what = fmt.Sprintf("step %d", k)
			case op == 6:
				k := 1 + rng.Intn(40)
				for range k {
					snap = must(t)(s.StepBack())
				}
				what = fmt.Sprintf("back %d", k)
			case op == 7:
				what, snap = "continue", must(t)(s.Continue())
			case op == 8:
				// memory.copy's destination, fd_write's count, or anywhere
				addr := []uint64{20000 + uint64(rng.Intn(296)), 32 + uint64(rng.Intn(25)), 64 + uint64(rng.Intn(2*65536-128))}[rng.Intn(3)]
				q := OriginQuery{Kind: OriginMemory, Addr: addr, Len: 4}
				if snap, _ = s.Origin(q); snap == nil {
					continue // not written before
				}
				what = fmt.Sprintf("origin mem %d", q.Addr)
			default:
				what, snap = "reverse continue", must(t)(s.ReverseContinue())
			}
			trail = append(trail, fmt.Sprintf("%s: %s at %d", what, snap.Reason, snap.Steps))
			if s.call.hist.future() {
				kept++
			}
			if strings.HasPrefix(what, "origin") {
				origins++
			}
			if s.call.done {
				continue // finished: the end state is the straight run's by the checks before
			}
			if got, want := stateDump(s), straight(snap.Steps); got != want {
				t.Fatalf("program %d, after\n%s\nstate\n%s\nwant\n%s\n%s", prog, strings.Join(trail, "\n"), got, want, src)
			}
		}
		if kept == 0 {
			t.Fatalf("program %d: no travel kept a future:\n%s", prog, strings.Join(trail, "\n"))
		}
	}
	if origins == 0 {
		t.Fatal("no origin found")
	}
}

// A goto forward after a goto back across many spans applies the redo
// logs: the machine re-executes only the last, partial span, which a
// global set every iteration counts.
func TestForwardTravelDoesNotReExecute(t *testing.T) {
	const src = `(module (memory 4) (global $g (mut i32) (i32.const 0))
  (func (export "main") (param $n i32) (result i32) (local $i i32)
    (loop $l
      (i32.store (i32.and (i32.mul (local.get $i) (i32.const 4099)) (i32.const 0x3fffc)) (local.get $i))
      (global.set $g (i32.add (global.get $g) (local.get $i)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (global.get $g)))`
	const iters = 400_000
	s := NewSession(Options{checkpointEvery: 20_000})
	if err := s.LoadSource("count.wat", []byte(src)); err != nil {
		t.Fatal(err)
	}
	must(t)(s.Invoke("main", []string{fmt.Sprint(iters)}))
	end := must(t)(s.Continue())
	perIter := float64(end.Steps) / iters
	sets := 0
	for _, g := range s.globalList() {
		g.g.WatchSets(func() { sets++ })
	}
	must(t)(s.Goto(end.Steps / 10))
	h := s.call.hist
	if !h.future() || len(h.cks) < 10 {
		t.Fatalf("after going back: %d checkpoints, current %d", len(h.cks), h.cur)
	}
	for _, to := range []uint64{end.Steps * 9 / 10, end.Steps / 3, end.Steps - 5} {
		from := s.call.pos
		sets = 0
		snap := must(t)(s.Goto(to))
		if snap.Steps != to {
			t.Fatalf("goto %d stopped at %d", to, snap.Steps)
		}
		ran := float64(sets) * perIter
		if span := float64(h.every); to > from && (ran > span+1000 || ran > float64(to-from)/4) {
			t.Fatalf("goto %d from %d re-executed about %.0f instructions (spans of %.0f)", to, from, ran, span)
		}
	}
	want := end.Results[0].String()
	if got := must(t)(s.Continue()).Results[0].String(); got != want {
		t.Fatalf("result after travel %s, want %s", got, want)
	}
}

// A run that makes GC objects keeps no future (a replay makes new ones the
// later checkpoints do not refer to): going back releases the newer
// checkpoints, and going forward runs again, to the same state.
func TestNoFutureWhereGCObjectsAreMade(t *testing.T) {
	s := newTestSession(t, Options{checkpointEvery: 7}, "gc.wat")
	must(t)(s.Invoke("build", []string{"20"}))
	end := must(t)(s.Continue())
	want := stateDump(s)
	must(t)(s.Goto(end.Steps / 2))
	if h := s.call.hist; h.future() {
		t.Fatalf("kept %d checkpoints after the current one", len(h.cks)-1-h.cur)
	}
	must(t)(s.Goto(end.Steps))
	if got := stateDump(s); got != want {
		t.Fatalf("back and forward again:\n%s\nwant\n%s", got, want)
	}
}

// A continue from the past runs through the kept checkpoints, advancing
// to each, and past the latest one (which the first run passed only up to
// a breakpoint) on into new ground; every position is then the straight
// run's. And over a small budget, redo logs are dropped, and going forward
// replays the spans that lost them.
func TestContinueThroughTheFuture(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	src := travelProgram(rng)
	const iters = "2500"
	straight := func(pos uint64) string {
		s := travelSession(t, src, Options{checkpointEvery: 1 << 30})
		must(t)(s.Invoke("main", []string{iters}))
		if snap, err := s.resume(seekTarget(pos)); err != nil || snap.Steps != pos {
			t.Fatalf("straight run to %d: %v", pos, err)
		}
		return stateDump(s)
	}
	for _, budget := range []int64{0, 1 << 20} {
		s := travelSession(t, src, Options{checkpointEvery: 700, HistoryBytes: budget})
		must(t)(s.Invoke("main", []string{iters}))
		bp, err := s.SetBreakpoint(BreakSpec{Kind: BreakFunc, Func: "$mark", HitCount: 40})
		if err != nil {
			t.Fatal(err)
		}
		mid := must(t)(s.Continue())
		if mid.Reason != StopBreakpoint {
			t.Fatalf("budget %d: stopped for %s at %d", budget, mid.Reason, mid.Steps)
		}
		if err := s.DeleteBreakpoint(bp.ID); err != nil {
			t.Fatal(err)
		}
		must(t)(s.Goto(mid.Steps / 7))
		end := must(t)(s.Continue())
		if end.Steps <= mid.Steps || !s.call.done {
			t.Fatalf("budget %d: continue from the past stopped for %s at %d", budget, end.Reason, end.Steps)
		}
		for _, to := range []uint64{mid.Steps / 3, mid.Steps + 9, end.Steps / 5, end.Steps * 4 / 5, end.Steps - 3, mid.Steps / 2} {
			if snap := must(t)(s.Goto(to)); snap.Steps != to {
				t.Fatalf("budget %d: goto %d stopped at %d", budget, to, snap.Steps)
			}
			if got, want := stateDump(s), straight(to); got != want {
				t.Fatalf("budget %d: at %d\n%s\nwant\n%s", budget, to, got, want)
			}
		}
		if h := s.call.hist; budget != 0 && h.size() > budget {
			t.Fatalf("budget %d: history of %d bytes", budget, h.size())
		}
	}
}
