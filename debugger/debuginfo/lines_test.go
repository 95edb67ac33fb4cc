package debuginfo

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"wasmstep/internal/cwasm"
	"wasmstep/vm/binary"
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// load compiles testdata/NAME.c with flags and reads its DWARF.
func load(t *testing.T, name string, flags ...string) (*Info, *wasm.Module, string) {
	t.Helper()
	src, err := filepath.Abs(filepath.Join("..", "testdata", "c", name+".c"))
	if err != nil {
		t.Fatal(err)
	}
	path := cwasm.Compile(t, name+".wasm", flags, src)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := binary.Decode(source.NewFileSet().AddBinary(path, data))
	if err != nil {
		t.Fatal(err)
	}
	in := Load(m, path)
	if in == nil {
		t.Fatal("no DWARF found")
	}
	for _, w := range in.Warnings {
		t.Errorf("warning: %s", w)
	}
	return in, m, path
}

// oracleRow is a row of llvm-dwarfdump --debug-line.
type oracleRow struct {
	addr      int64
	line, col int
	file      string
	end       bool
}

var (
	rowRE  = regexp.MustCompile(`^0x([0-9a-f]+)\s+(\d+)\s+(\d+)\s+(\d+)\s+\d+\s+\d+\s*(.*)$`)
	fileRE = regexp.MustCompile(`^file_names\[\s*(\d+)\]:`)
	nameRE = regexp.MustCompile(`^\s+name: "(.*)"`)
)

// dwarfdumpRows runs the oracle and returns its rows, sequence by sequence.
func dwarfdumpRows(t *testing.T, path string) []oracleRow {
	out, err := exec.Command(cwasm.Tool(t, "llvm-dwarfdump"), "--debug-line", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	var rows []oracleRow
	files := map[int]string{}
	pending := -1
	for _, l := range strings.Split(string(out), "\n") {
		switch {
		case strings.HasPrefix(l, "debug_line["):
			files = map[int]string{}
		case fileRE.MatchString(l):
			pending, _ = strconv.Atoi(fileRE.FindStringSubmatch(l)[1])
		case pending >= 0 && nameRE.MatchString(l):
			files[pending] = nameRE.FindStringSubmatch(l)[1]
			pending = -1
		case rowRE.MatchString(l):
			m := rowRE.FindStringSubmatch(l)
			a, _ := strconv.ParseInt(m[1], 16, 64)
			line, _ := strconv.Atoi(m[2])
			col, _ := strconv.Atoi(m[3])
			fi, _ := strconv.Atoi(m[4])
			rows = append(rows, oracleRow{a, line, col, files[fi], strings.Contains(m[5], "end_sequence")})
		}
	}
	return rows
}

// TestLinesMatchDwarfdump checks every row of the oracle's line tables: the
// first instruction in the row's range maps to the row's file, line and
// column, and no instruction in the range maps elsewhere.
func TestLinesMatchDwarfdump(t *testing.T) {
	for _, opt := range []string{"-O0", "-O1"} {
		t.Run(opt, func(t *testing.T) {
			in, _, path := load(t, "shapes", opt)
			rows := dwarfdumpRows(t, path)
			checked := 0
			for i := 0; i+1 < len(rows); i++ {
				r, next := rows[i], rows[i+1]
				if r.end || next.addr <= r.addr {
					continue
				}
				for fn, addrs := range in.addrs {
					for pc, a := range addrs {
						if int64(a) < r.addr || int64(a) >= next.addr {
							continue
						}
						l := in.line(in.lines[fn][pc])
						if l.Line != r.line || l.Col != r.col || filepath.Base(l.File) != filepath.Base(r.file) {
							t.Errorf("func %d instr %d at 0x%x: got %s:%d:%d, dwarfdump row at 0x%x says %s:%d:%d",
								fn, pc, a, l.File, l.Line, l.Col, r.addr, r.file, r.line, r.col)
						}
						checked++
					}
				}
			}
			if checked < 50 {
				t.Errorf("only %d instructions checked", checked)
			}
		})
	}
}

// TestLineStarts resolves a source line to the first instruction of each
// of its rows.
func TestLineStarts(t *testing.T) {
	in, m, _ := load(t, "shapes", "-O0")
	starts := in.LineStarts("shapes.c", 24) // return n * fact(n - 1);
	if len(starts) == 0 {
		t.Fatal("line 24 resolves to no instruction")
	}
	for _, s := range starts {
		l, _ := in.LineAt(s.Func, s.PC)
		if l.Line != 24 || !l.Stmt {
			t.Errorf("start %v maps to %+v", s, l)
		}
		if s.PC > 0 {
			if prev, _ := in.LineAt(s.Func, s.PC-1); prev.Line == 24 && !prev.Stmt && prev.Col == l.Col {
				t.Errorf("start %v continues the row before it", s)
			}
		}
		if name := m.Names.Funcs[uint32(s.Func+len(m.Imports))]; name != "fact" {
			t.Errorf("line 24 resolves into %q", name)
		}
	}
	if got := in.LineStarts("other.c", 24); got != nil {
		t.Errorf("other.c:24 resolves to %v", got)
	}
}
