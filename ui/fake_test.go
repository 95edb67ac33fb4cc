package ui

import (
	"errors"
	"fmt"
	"os"
	"sync"

	"wasmstep/debugger"
	"wasmstep/vm/load"
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// fakeEngine is an Engine with fixed snapshots: it loads real files (for
// their text, positions and exports) and "runs" the first function by
// walking its body, one instruction per step.
type fakeEngine struct {
	mu       sync.Mutex
	fs       *source.FileSet
	mods     []*load.Module
	pc       int
	gen      uint64
	steps    []string // the commands run, in order
	bps      map[string]bool
	paused   chan struct{}
	blockRun bool          // Continue runs until Pause
	furthest int           // the furthest pc run to, the timeline's end
	gotoGate chan struct{} // if set, each Goto waits for a value from it
	failGoto bool          // Goto fails as it would before history's start
}

func newFakeEngine() *fakeEngine {
	return &fakeEngine{fs: source.NewFileSet(), bps: map[string]bool{}, paused: make(chan struct{}, 1)}
}

func (e *fakeEngine) record(s string) {
	e.mu.Lock()
	e.steps = append(e.steps, s)
	e.mu.Unlock()
}

func (e *fakeEngine) commands() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]string(nil), e.steps...)
}

func (e *fakeEngine) LoadFiles(paths ...string) error {
	e.record("load")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		m, err := load.Bytes(e.fs, p, data)
		if err != nil {
			return err
		}
		e.mods = append(e.mods, m)
	}
	return nil
}

func (e *fakeEngine) Files() []*source.File { return e.fs.Files() }

func (e *fakeEngine) Exports() []debugger.Export {
	var out []debugger.Export
	for i, m := range e.mods {
		for _, x := range m.Module.Exports {
			ex := debugger.Export{Module: i, Name: x.Name, Kind: x.Kind, Func: x.Index}
			if x.Kind == wasm.ExternFunc {
				ex.Sig = m.Module.Types[m.Module.Funcs[x.Index].TypeIdx].Comp.Func
				for k := range ex.Sig.Params {
					name := m.Module.Names.Locals[x.Index][uint32(k)]
					if name != "" {
						name = "$" + name
					}
					ex.Params = append(ex.Params, name)
				}
			}
			out = append(out, ex)
		}
	}
	return out
}

func (e *fakeEngine) Invoke(name string, args []string) (*debugger.Snapshot, error) {
	e.record(fmt.Sprintf("invoke %s %v", name, args))
	e.pc, e.furthest = 0, 0
	return e.snapshot(debugger.StopEntry), nil
}

func (e *fakeEngine) move(name string, d int) (*debugger.Snapshot, error) {
	e.record(name)
	e.pc = max(0, min(e.pc+d, len(e.body())-1))
	return e.snapshot(debugger.StopStep), nil
}

func (e *fakeEngine) Continue() (*debugger.Snapshot, error) {
	e.record("continue")
	if e.blockRun {
		<-e.paused
		return e.snapshot(debugger.StopPause), nil
	}
	e.pc = len(e.body()) - 1
	return e.snapshot(debugger.StopBreakpoint), nil
}

func (e *fakeEngine) StepInto() (*debugger.Snapshot, error) { return e.move("step into", 1) }
func (e *fakeEngine) StepOver() (*debugger.Snapshot, error) { return e.move("step over", 1) }
func (e *fakeEngine) StepOut() (*debugger.Snapshot, error)  { return e.move("step out", 3) }
func (e *fakeEngine) StepBack() (*debugger.Snapshot, error) { return e.move("step back", -1) }
func (e *fakeEngine) ReverseContinue() (*debugger.Snapshot, error) {
	return e.move("reverse continue", -len(e.body()))
}

// Goto travels to pc n, within the instructions run so far.
func (e *fakeEngine) Goto(n uint64) (*debugger.Snapshot, error) {
	e.record(fmt.Sprintf("goto %d", n))
	if e.gotoGate != nil {
		<-e.gotoGate
	}
	if n > uint64(e.furthest) || e.failGoto {
		return nil, fmt.Errorf("instruction %d is after the furthest one run to", n)
	}
	e.pc = int(n)
	return e.snapshot(debugger.StopStep), nil
}

// Origin finds every value last written by the instruction before pc.
func (e *fakeEngine) Origin(q debugger.OriginQuery) (*debugger.Snapshot, error) {
	e.record(fmt.Sprintf("origin %+v", q))
	if e.pc == 0 {
		return nil, errors.New("not written after instruction 0, the oldest one history reaches")
	}
	e.pc--
	return e.snapshot(debugger.StopOrigin), nil
}

func (e *fakeEngine) Pause() {
	select {
	case e.paused <- struct{}{}:
	default:
	}
}

func (e *fakeEngine) Restart() error { e.record("restart"); e.pc = 0; return nil }

func (e *fakeEngine) ToggleLineBreakpoint(f *source.File, line int) (bool, error) {
	key := fmt.Sprintf("%s:%d", f.Name(), line)
	e.mu.Lock()
	defer e.mu.Unlock()
	e.bps[key] = !e.bps[key]
	return e.bps[key], nil
}

func (e *fakeEngine) breakpointSet(f string, line int) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.bps[fmt.Sprintf("%s:%d", f, line)]
}

func (e *fakeEngine) Snapshot() *debugger.Snapshot { return e.snapshot(debugger.StopNone) }

// ReadMemory fills memory with its addresses' low bytes, and a string at 16.
func (e *fakeEngine) ReadMemory(module int, mem uint32, addr uint64, p []byte) int {
	for i := range p {
		p[i] = byte(addr + uint64(i))
	}
	if addr <= 16 && addr+uint64(len(p)) > 16 {
		copy(p[16-addr:], "你好, wasm!")
	}
	return len(p)
}

func (e *fakeEngine) TableEntries(module int, table uint32, from, n uint64) []debugger.TableEntry {
	out := make([]debugger.TableEntry, n)
	for i := range out {
		idx := from + uint64(i)
		out[i] = debugger.TableEntry{Index: idx, Value: debugger.Value{Ref: fmt.Sprintf("func $f%d", idx), Null: idx%2 == 1}}
	}
	return out
}

func (e *fakeEngine) Heap() debugger.HeapGraph {
	return debugger.HeapGraph{Generation: e.gen, Objects: []debugger.HeapObject{
		{ID: 1, TypeName: "$node", Kind: "struct", Root: "local $a", Fields: []debugger.HeapField{{Name: "next", Target: 2}}},
		{ID: 2, TypeName: "$node", Kind: "struct", New: true, Fields: []debugger.HeapField{{Name: "next", Target: 1}}},
	}}
}

func (e *fakeEngine) SubscribeOutput(func(debugger.Event)) func() { return func() {} }

// fakeProgress is how far a running fake machine always is.
const fakeProgress = 42

func (e *fakeEngine) Progress() (uint64, debugger.Location) { return fakeProgress, e.location(0) }

// Recent reports the instructions before pc as run one after the other,
// the last leaving the stack [i32:pc].
func (e *fakeEngine) Recent(n int) []debugger.TraceEntry {
	var out []debugger.TraceEntry
	for pc := max(0, e.pc-n); pc < e.pc; pc++ {
		out = append(out, debugger.TraceEntry{Step: uint64(pc), Location: e.location(pc)})
	}
	if len(out) > 0 {
		out[len(out)-1].Stack = []debugger.Value{{Type: i32, Lo: uint64(e.pc)}}
	}
	return out
}

// location describes instruction pc of the first function.
func (e *fakeEngine) location(pc int) debugger.Location {
	m, in := e.mods[0], e.body()[pc]
	return debugger.Location{Func: 0, FuncName: "$fib", Instr: pc, Text: wasm.Ops[in.Op].Name, Op: in.Op,
		Start: m.File.Position(in.Pos), End: m.File.Position(in.End)}
}

func (e *fakeEngine) body() []wasm.Instr {
	if len(e.mods) == 0 {
		return nil
	}
	return e.mods[0].Module.Funcs[0].Body()
}

var i32 = wasm.ValType{Kind: wasm.KindI32}

// snapshot describes the fake machine stopped before instruction pc of
// the first function.
func (e *fakeEngine) snapshot(r debugger.StopReason) *debugger.Snapshot {
	body := e.body()
	if body == nil {
		return nil
	}
	e.gen++
	m := e.mods[0]
	in := body[e.pc]
	info := wasm.Ops[in.Op]
	loc := e.location(e.pc)
	n := uint64(e.pc)
	e.furthest = max(e.furthest, e.pc)
	return &debugger.Snapshot{
		Generation: e.gen, State: debugger.StateStopped, Reason: r, Steps: n,
		Next: debugger.Instruction{Name: info.Name, Text: info.Name, Sig: info.Sig, Doc: info.Doc},
		Frames: []debugger.Frame{{
			Location: loc,
			Locals: []debugger.Local{
				{Name: "$n", Param: true, Value: debugger.Value{Type: i32, Lo: 10 - n%10}},
				{Name: "$a", Value: debugger.Value{Type: i32, Lo: n}, Changed: true},
				{Name: "$b", Value: debugger.Value{Type: i32, Lo: n + 1}},
			},
			Stack:  []debugger.Value{{Type: i32, Lo: 7}, {Type: i32, Lo: n}},
			Blocks: []debugger.Block{{Kind: wasm.OpBlock, Label: "$done", Height: 0}, {Kind: wasm.OpLoop, Label: "$next", Depth: 0, Height: 1}},
		}, {
			Location: debugger.Location{FuncName: "$main", Instr: 3, Text: "call $fib", Op: wasm.OpCall, Start: m.File.Position(in.Pos)},
		}},
		Popped:   []debugger.Value{{Type: i32, Lo: 3}},
		Pushed:   1,
		Globals:  []debugger.Global{{Name: "$calls", Type: wasm.GlobalType{Type: i32, Mutable: true}, Value: debugger.Value{Type: i32, Lo: 1}}},
		Memories: []debugger.Memory{{Name: "$heap", Pages: 1, Written: []debugger.Range{{Start: 16, End: 29}}}},
		Tables:   []debugger.Table{{Name: "$fns", Type: wasm.TableType{Elem: wasm.ValType{Kind: wasm.KindRef, Nullable: true, Heap: wasm.HeapFunc}}, Size: 2, LastUsed: -1}},
		Heap:     debugger.HeapSummary{Live: 2, New: 1},
		Timeline: &debugger.Timeline{Newest: uint64(e.furthest), Marks: []debugger.TimelineMark{
			{Step: 1, Kind: debugger.MarkGrow, Label: "$heap"}, {Step: 3, Kind: debugger.MarkBreakpoint, Label: "fib.wat:5"}}},
	}
}

// The fake has only line breakpoints; instruction breakpoints are tested
// on a real session.
func (e *fakeEngine) SetBreakpoint(debugger.BreakSpec) (debugger.Breakpoint, error) {
	return debugger.Breakpoint{}, errors.New("the fake has no instruction breakpoints")
}

func (e *fakeEngine) DeleteBreakpoint(int) error { return nil }
