// Package timeline draws the recorded run of a call as a ruler of
// instruction counts, from the oldest position history reaches to the
// furthest one run to, with the current position and the events met on the
// way (breakpoint and watchpoint stops, traps, memory growth). A click or a
// drag asks to travel there.
package timeline

// Model is what the ruler shows.
type Model struct {
	Oldest, Newest uint64 // the instruction counts history reaches
	Now            uint64 // the current position
	Marks          []Mark // by Step
}

// Kind says what happened at a mark; each kind has its own colour and shape.
type Kind uint8

// Mark kinds, as the legend lists them.
const (
	Breakpoint Kind = iota
	Watchpoint
	Trap
	Grow
	kinds
)

// Mark is one event of the run, at instruction count Step.
type Mark struct {
	Step  uint64
	Kind  Kind
	Label string // what stopped or grew, as the debugger says it
}
