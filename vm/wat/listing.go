package wat

import (
	"bufio"
	"bytes"
	"fmt"
	"sort"
	"strings"
	"sync"

	"wasmstep/vm/wasm"
)

// Listing is the text Print writes for a module, printed function by
// function as lines are asked for, so a view of a compiled program of a
// million instructions holds the few functions on screen, not the whole
// text. It relies on Print's layout: a function is its header line, a
// locals line when it has locals, one line per instruction of its body (the
// final end excepted) and a closing line.
type Listing struct {
	skel   []string // Print's text of the module with every body emptied
	header []int    // per defined function: its header's line in skel
	start  []int    // per defined function: its first body line in the listing
	p      *printer

	mu       sync.Mutex // guards the printer and the cache
	cachedFn int        // the function whose lines cached holds (-1: none)
	cached   []string   // its body lines
	maxCells int
}

// NewListing prints m's skeleton (everything but the bodies) and prepares
// to print bodies on demand.
func NewListing(m *wasm.Module) (*Listing, error) {
	skel := *m
	skel.Funcs = make([]wasm.Func, len(m.Funcs))
	end := []wasm.Instr{{Op: wasm.OpEnd}}
	for i, f := range m.Funcs {
		f.SetBody(end)
		skel.Funcs[i] = f
	}
	var buf bytes.Buffer
	if err := Print(&buf, &skel); err != nil {
		return nil, err
	}
	l := &Listing{skel: strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n"), cachedFn: -1}
	for i, line := range l.skel {
		if strings.HasPrefix(line, "  (func ") {
			l.header = append(l.header, i)
		}
		l.maxCells = max(l.maxCells, len(line))
	}
	if len(l.header) != len(m.Funcs) {
		return nil, fmt.Errorf("wat.NewListing: %d function headers printed for %d functions", len(l.header), len(m.Funcs))
	}
	l.start = make([]int, len(m.Funcs))
	added := 0
	for i := range m.Funcs {
		first := l.header[i] + 1
		if len(m.Funcs[i].Locals) > 0 {
			first++
		}
		l.start[i] = first + added
		added += bodyLines(&m.Funcs[i])
	}
	l.p = &printer{m: m, ids: newIDSpaces(&m.Names, true)}
	// Instruction lines are short; the widest skeleton line, or a width a
	// long instruction fits in, sizes the horizontal scroll.
	l.maxCells = max(l.maxCells, 100)
	return l, nil
}

// bodyLines is how many lines Print writes for f's instructions.
func bodyLines(f *wasm.Func) int { return max(f.BodyLen()-1, 0) }

// Len is the number of lines.
func (l *Listing) Len() int {
	n := len(l.skel)
	if k := len(l.start); k > 0 {
		n += l.start[k-1] - l.header[k-1] - 1 - l.localsLines(k-1) + bodyLines(&l.p.m.Funcs[k-1])
	}
	return n
}

func (l *Listing) localsLines(i int) int {
	if len(l.p.m.Funcs[i].Locals) > 0 {
		return 1
	}
	return 0
}

// MaxCells is the width of the widest line the listing expects, in cells.
func (l *Listing) MaxCells() int { return l.maxCells }

// Line returns 0-based line i.
func (l *Listing) Line(i int) string {
	fn := sort.Search(len(l.start), func(k int) bool { return l.start[k] > i }) - 1
	if fn >= 0 {
		n := bodyLines(&l.p.m.Funcs[fn])
		if i < l.start[fn]+n {
			return l.body(fn)[i-l.start[fn]]
		}
		// After fn's body: skeleton lines shifted by the bodies so far.
		return l.skel[i-(l.start[fn]+n)+l.header[fn]+1+l.localsLines(fn)]
	}
	return l.skel[i]
}

// body prints function fn (a defined-function index) and returns its
// instruction lines, keeping the last one printed: a screen shows few.
// Safe for concurrent use, like every method of Listing.
func (l *Listing) body(fn int) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.cachedFn == fn {
		return l.cached
	}
	var buf bytes.Buffer
	l.p.w, l.p.err = bufio.NewWriter(&buf), nil
	base := uint32(l.p.m.ImportCount(wasm.ExternFunc))
	l.p.function(base+uint32(fn), &l.p.m.Funcs[fn])
	l.p.w.Flush()
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	first := 1 + l.localsLines(fn)
	l.cachedFn, l.cached = fn, lines[first:first+bodyLines(&l.p.m.Funcs[fn])]
	return l.cached
}

// InstrLine is the 0-based line of instruction instr of defined function
// fn, false for the function's own final end (printed as the closing line)
// or out of range.
func (l *Listing) InstrLine(fn, instr int) (int, bool) {
	if fn < 0 || fn >= len(l.start) || instr < 0 {
		return 0, false
	}
	if instr >= bodyLines(&l.p.m.Funcs[fn]) {
		if instr == l.p.m.Funcs[fn].BodyLen()-1 {
			return l.start[fn] + instr, true // the closing parenthesis
		}
		return 0, false
	}
	return l.start[fn] + instr, true
}

// InstrAt is the instruction printed on 0-based line i.
func (l *Listing) InstrAt(i int) (fn, instr int, ok bool) {
	fn = sort.Search(len(l.start), func(k int) bool { return l.start[k] > i }) - 1
	if fn < 0 || i-l.start[fn] >= bodyLines(&l.p.m.Funcs[fn]) {
		return 0, 0, false
	}
	return fn, i - l.start[fn], true
}

// FuncLine is the 0-based line of defined function fn's header.
func (l *Listing) FuncLine(fn int) int {
	return l.start[fn] - 1 - l.localsLines(fn)
}

// SkeletonLine maps a 0-based line of the skeleton (Print of the module with
// its bodies emptied) to the listing.
func (l *Listing) SkeletonLine(i int) int {
	fn := sort.Search(len(l.header), func(k int) bool { return l.header[k] >= i }) - 1
	if fn < 0 {
		return i
	}
	return i + l.start[fn] - l.header[fn] - 1 - l.localsLines(fn) + bodyLines(&l.p.m.Funcs[fn])
}

// Module is the module the listing prints.
func (l *Listing) Module() *wasm.Module { return l.p.m }

// Skeleton is the text of the module with its bodies emptied, for finding
// where its other parts are printed (see SkeletonLine).
func (l *Listing) Skeleton() string { return strings.Join(l.skel, "\n") + "\n" }
