package debuginfo

import (
	"debug/dwarf"
	"io"
	"sort"
	"strings"
)

// Line is the source position of an instruction.
type Line struct {
	File      string // as the line table names it, joined with its directory; "" for none
	Line, Col int    // Line is 0 for code no source line accounts for
	// Stmt marks the first instruction of a line-table row flagged is_stmt:
	// where a debugger stops for the line (breakpoints, line steps).
	Stmt bool
	// Prologue marks instructions before the row flagged prologue_end of
	// their function: a step into a function stops after them, once the
	// parameters are where DWARF says they are.
	Prologue bool
}

// lineRec is a Line as stored for every instruction, kept small because a
// compiled program has hundreds of thousands of instructions.
type lineRec struct {
	file      uint32 // 1 + index into Info.Files; 0 for none
	line, col uint32
	flags     uint8
}

const (
	recStmt uint8 = 1 << iota
	recPrologue
)

// row is an address range of one line-table row.
type row struct {
	lo, hi      int64
	file        string
	line, col   int
	stmt        bool
	prologueEnd bool
}

// readLines reads every unit's line table and gives each instruction the
// row whose range holds its address.
func (in *Info) readLines() {
	var rows []row
	seen := map[string]bool{}
	for _, u := range in.units {
		if u.lines != nil {
			rows = in.readTable(u.lines, rows, seen)
		}
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].lo < rows[j].lo })
	fileIdx := map[string]uint32{}
	for i, f := range in.Files {
		fileIdx[f] = uint32(i + 1)
	}
	in.lines = make([][]lineRec, len(in.addrs))
	for fn, addrs := range in.addrs {
		ls := make([]lineRec, len(addrs))
		var cur *row
		prologue := false
		for pc, a := range addrs {
			r := findRow(rows, int64(a))
			if r == nil {
				cur = nil
				continue
			}
			first := r != cur
			if pc == 0 {
				prologue = hasPrologueEnd(rows, int64(a), lastAddr(addrs))
			}
			if r.prologueEnd && first {
				prologue = false
			}
			rec := lineRec{file: fileIdx[r.file], line: uint32(r.line), col: uint32(r.col)}
			if first && r.stmt && r.line > 0 {
				rec.flags |= recStmt
			}
			if prologue {
				rec.flags |= recPrologue
			}
			ls[pc] = rec
			cur = r
		}
		in.lines[fn] = ls
	}
}

func lastAddr(addrs []uint32) int64 {
	if len(addrs) == 0 {
		return 0
	}
	return int64(addrs[len(addrs)-1])
}

// readTable appends the rows of one line table.
func (in *Info) readTable(lr *dwarf.LineReader, rows []row, seen map[string]bool) []row {
	var e dwarf.LineEntry
	var prev *dwarf.LineEntry
	for {
		if err := lr.Next(&e); err != nil {
			if err != io.EOF {
				in.warnErr(".debug_line", 0, err)
			}
			return rows
		}
		if prev != nil && !prev.EndSequence && e.Address > prev.Address {
			rows = append(rows, rowOf(prev, int64(e.Address)))
		}
		if !e.EndSequence && e.File != nil && !seen[e.File.Name] {
			seen[e.File.Name] = true
			in.Files = append(in.Files, e.File.Name)
		}
		c := e
		prev = &c
	}
}

func rowOf(e *dwarf.LineEntry, hi int64) row {
	r := row{lo: int64(e.Address), hi: hi, line: e.Line, col: e.Column, stmt: e.IsStmt, prologueEnd: e.PrologueEnd}
	if e.File != nil {
		r.file = e.File.Name
	}
	return r
}

// findRow returns the row whose range holds address a. Sequences of code
// the linker dropped are moved to tombstone addresses past the code, so
// they never match.
func findRow(rows []row, a int64) *row {
	i := sort.Search(len(rows), func(i int) bool { return rows[i].lo > a }) - 1
	// Rows of distinct sequences do not overlap, except zero-length ones
	// at a shared address; a few steps back always suffice.
	for k := 0; i >= 0 && k < 8; i, k = i-1, k+1 {
		if a < rows[i].hi {
			return &rows[i]
		}
	}
	return nil
}

// hasPrologueEnd reports whether a row in [lo, hi] is flagged prologue_end.
func hasPrologueEnd(rows []row, lo, hi int64) bool {
	i := sort.Search(len(rows), func(i int) bool { return rows[i].lo >= lo })
	for ; i < len(rows) && rows[i].lo <= hi; i++ {
		if rows[i].prologueEnd {
			return true
		}
	}
	return false
}

// LineAt returns the source position of instruction pc of defined
// function fn (an index into the module's own functions).
func (in *Info) LineAt(fn, pc int) (Line, bool) {
	if in == nil || fn < 0 || fn >= len(in.lines) || pc < 0 || pc >= len(in.lines[fn]) {
		return Line{}, false
	}
	l := in.line(in.lines[fn][pc])
	return l, l.Line > 0
}

func (in *Info) line(r lineRec) Line {
	l := Line{Line: int(r.line), Col: int(r.col), Stmt: r.flags&recStmt != 0, Prologue: r.flags&recPrologue != 0}
	if r.file > 0 {
		l.File = in.Files[r.file-1]
	}
	return l
}

// Instr names an instruction: a defined function and a body index.
type Instr struct{ Func, PC int }

// LineStarts returns the instructions where the line starts: the first
// instruction of each is_stmt row of the line. file matches a line-table
// path exactly or by its trailing path elements ("x.c", "src/x.c").
func (in *Info) LineStarts(file string, line int) []Instr {
	var out []Instr
	if in == nil {
		return nil
	}
	match := map[uint32]bool{}
	for i, f := range in.Files {
		if sameFile(f, file) {
			match[uint32(i+1)] = true
		}
	}
	for fn, ls := range in.lines {
		for pc, l := range ls {
			if l.flags&recStmt != 0 && int(l.line) == line && match[l.file] {
				out = append(out, Instr{fn, pc})
			}
		}
	}
	return out
}

// sameFile reports whether a DWARF path is the file a user named: equal,
// or ending in it at a path separator.
func sameFile(dwarfPath, name string) bool {
	if dwarfPath == name {
		return true
	}
	return strings.HasSuffix(dwarfPath, "/"+strings.TrimPrefix(name, "./"))
}
