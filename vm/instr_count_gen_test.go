package vm

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// countGen writes random structured programs for the count comparison:
// nested blocks, bounded loops, ifs, br_if and br_table to enclosing
// blocks, calls of earlier functions, loads, stores and divisions that may
// trap, nops where the fast form drops them.
type countGen struct {
	r      *rand.Rand
	b      strings.Builder
	labels []string // enclosing block labels a branch may target
	funcs  int      // functions defined so far (callable)
	loops  int
	depth  int
}

func (g *countGen) expr(depth int) {
	n := g.r.Intn(8)
	if depth > 2 {
		n = g.r.Intn(2)
	}
	switch n {
	case 0:
		fmt.Fprintf(&g.b, "(local.get %d)", g.r.Intn(3))
	case 1:
		fmt.Fprintf(&g.b, "(i32.const %d)", g.r.Intn(9)-2)
	case 2, 3:
		g.b.WriteString([]string{"(i32.add ", "(i32.lt_s ", "(i32.sub ", "(i32.eq "}[g.r.Intn(4)])
		g.expr(depth + 1)
		g.expr(depth + 1)
		g.b.WriteString(")")
	case 4:
		g.b.WriteString("(i32.load (i32.and (i32.const 1020) ")
		g.expr(depth + 1)
		g.b.WriteString("))")
	case 5:
		if g.funcs > 0 {
			fmt.Fprintf(&g.b, "(call $f%d ", g.r.Intn(g.funcs))
			g.expr(depth + 1)
			g.b.WriteString(")")
		} else {
			g.b.WriteString("(local.get 0)")
		}
	case 6:
		g.b.WriteString("(i32.div_u (i32.const 1000) ")
		g.expr(depth + 1)
		g.b.WriteString(")")
	default:
		fmt.Fprintf(&g.b, "(i32.add (local.get %d) (i32.const %d))", g.r.Intn(3), g.r.Intn(5))
	}
}

func (g *countGen) stmts(n int) {
	for range n {
		g.stmt()
	}
}

func (g *countGen) stmt() {
	n := g.r.Intn(10)
	if g.depth > 3 {
		n = g.r.Intn(3)
	}
	switch n {
	case 0:
		fmt.Fprintf(&g.b, "(local.set %d ", g.r.Intn(3))
		g.expr(0)
		g.b.WriteString(")\n")
	case 1:
		g.b.WriteString("(i32.store (i32.and (i32.const 1020) ")
		g.expr(1)
		g.b.WriteString(") ")
		g.expr(1)
		g.b.WriteString(")\n")
	case 2:
		g.b.WriteString("nop\n")
	case 3, 4:
		label := fmt.Sprintf("$b%d", len(g.labels)+g.depth*10)
		fmt.Fprintf(&g.b, "(block %s\n", label)
		g.labels = append(g.labels, label)
		g.depth++
		g.stmts(1 + g.r.Intn(3))
		g.depth--
		g.labels = g.labels[:len(g.labels)-1]
		g.b.WriteString(")\n")
	case 5:
		// A loop bounded by its own counter (locals 3 and up).
		c := 3 + g.loops
		g.loops++
		label := fmt.Sprintf("$l%d", c)
		fmt.Fprintf(&g.b, "(local.set %d (i32.const 0))\n(loop %s\n", c, label)
		g.depth++
		g.stmts(1 + g.r.Intn(3))
		g.depth--
		fmt.Fprintf(&g.b, "(br_if %s (i32.lt_u (local.tee %d (i32.add (local.get %d) (i32.const 1))) (i32.const %d))))\n",
			label, c, c, 1+g.r.Intn(4))
	case 6:
		g.b.WriteString("(if ")
		g.expr(1)
		g.b.WriteString(" (then\n")
		g.depth++
		g.stmts(1 + g.r.Intn(2))
		g.b.WriteString(") (else\n")
		g.stmts(g.r.Intn(2))
		g.depth--
		g.b.WriteString("))\n")
	case 7:
		if len(g.labels) > 0 {
			fmt.Fprintf(&g.b, "(br_if %s ", g.labels[g.r.Intn(len(g.labels))])
			g.expr(1)
			g.b.WriteString(")\n")
		}
	case 8:
		if len(g.labels) > 0 {
			g.b.WriteString("(br_table")
			for range 1 + g.r.Intn(3) {
				g.b.WriteString(" " + g.labels[g.r.Intn(len(g.labels))])
			}
			g.b.WriteString(" ")
			g.expr(1)
			g.b.WriteString(")\n")
		}
	default:
		g.b.WriteString("(drop ")
		g.expr(0)
		g.b.WriteString(")\n")
	}
}

// program returns a module of a few functions, each calling only earlier
// ones, the last exported as "run".
func (g *countGen) program() string {
	g.b.WriteString("(module (memory 1)\n")
	nf := 1 + g.r.Intn(4)
	for i := range nf {
		g.loops, g.labels = 0, nil
		var body strings.Builder
		saved := g.b
		g.b = body
		g.stmts(2 + g.r.Intn(5))
		text := g.b.String()
		g.b = saved
		locals := strings.Repeat(" i32", 2+g.loops)
		fmt.Fprintf(&g.b, "(func $f%d (param i32) (result i32) (local%s)\n%s(i32.add (local.get 1) (local.get 2)))\n", i, locals, text)
		g.funcs++
	}
	fmt.Fprintf(&g.b, "(export \"run\" (func $f%d)))\n", nf-1)
	return g.b.String()
}

// TestInstrCountGenerated compares the forms' counts over random programs.
func TestInstrCountGenerated(t *testing.T) {
	for seed := range int64(300) {
		g := &countGen{r: rand.New(rand.NewSource(seed))}
		src := g.program()
		inst, err := NewStore().Instantiate(validateWat(t, src), nil)
		if err != nil {
			t.Fatal(err)
		}
		f := inst.ExportedFunc("run")
		for _, arg := range []int32{0, 3} {
			if !checkCall(t, fmt.Sprintf("seed %d run(%d)", seed, arg), inst, f, []Value{I32(arg)}, 1+int(seed%2)) {
				t.Errorf("seed %d: the debug trace outgrew its bound", seed)
			}
		}
	}
}
