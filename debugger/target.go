package debugger

import (
	"math"

	"wasmstep/vm"
)

// codeLoc is an instruction of a wasm function: the unit breakpoints are
// resolved to and stops are tested at.
type codeLoc struct {
	fn *vm.Function
	pc int
}

// target is the one stop mechanism every execution command is built from,
// as in delve: a temporary internal stop, conditioned on frame depth. The
// machine stops before the first instruction, after at least one ran, that
// satisfies it. Breakpoints, watchpoints, traps and pauses stop it too.
type target struct {
	reason   StopReason
	none     bool             // no internal stop (continue)
	maxDepth int              // stop only where the call stack is at most this deep
	lines    map[codeLoc]bool // if set, stop only before one of these instructions
	atSet    bool             // stop exactly when the position reaches at (replay)
	at       uint64
	src      *lineStep  // if set, stop only where it says (source line steps)
	locked   bool       // a step: only the selected thread runs (threads_turns.go)
	thread   *vm.Thread // if set, stop only in this thread (a step while the others run)
	// fastDepth, if set, lets the fast loop run the target: the machine
	// stops once fewer frames than this are left (step over a call, step
	// out), which is where maxDepth stops too.
	fastDepth int
}

func stepInto() target { return target{reason: StopStep, maxDepth: math.MaxInt, locked: true} }

// stepOver stops at the next instruction of this frame or a caller: a call
// runs to completion.
func stepOver(depth int) target { return target{reason: StopStep, maxDepth: depth, locked: true} }

// stepOut stops at the first instruction back in a caller.
func stepOut(depth int) target { return target{reason: StopStep, maxDepth: depth - 1, locked: true} }

func runTo(lines map[codeLoc]bool) target {
	return target{reason: StopRunTo, maxDepth: math.MaxInt, lines: lines}
}

func continueTarget() target { return target{none: true} }

func seekTarget(pos uint64) target { return target{reason: StopStep, atSet: true, at: pos} }

// stopsAt reports whether the machine, at position pos, has reached tg.
func (tg *target) stopsAt(pos uint64, t *vm.Thread) bool {
	switch {
	case tg.atSet:
		return pos == tg.at
	case tg.none, tg.thread != nil && t != tg.thread:
		return false
	case t.Depth() > tg.maxDepth:
		return false
	case tg.lines != nil:
		f, pc := t.At()
		return tg.lines[codeLoc{f, pc}]
	case tg.src != nil:
		return tg.src.stopsAt(t)
	}
	return true
}
