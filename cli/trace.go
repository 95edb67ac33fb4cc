package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"wasmstep/debugger"
	"wasmstep/views/stack"
)

func init() {
	register("trace", "trace FILE... --invoke NAME [ARG...] [--json] [--max-memory SIZE]   print every executed instruction", runTrace)
}

// traceLine is one executed instruction: where, what, and the operand
// stack after it.
type traceLine struct {
	Pos   string   `json:"pos"`
	Func  string   `json:"func"`
	Instr int      `json:"instr"`
	Text  string   `json:"text"`
	Depth int      `json:"depth"`
	Stack []string `json:"stack"`
	Trap  string   `json:"trap,omitempty"` // why this instruction failed
}

func runTrace(e *env, args []string) int {
	maxMemory, args, err := takeMaxMemory(args)
	if err != nil {
		fmt.Fprintf(e.stderr, "wasmstep trace: %v\n", err)
		return exitError
	}
	asJSON := false
	var rest []string
	for _, a := range args {
		if a == "--json" {
			asJSON = true
		} else {
			rest = append(rest, a)
		}
	}
	files, name, callArgs, ok := splitInvoke(rest)
	if !ok || len(files) == 0 || name == "" {
		fmt.Fprintln(e.stderr, "usage: wasmstep trace FILE... --invoke NAME [ARG...] [--json]")
		return exitError
	}
	opts := sessionOptions(e, &runArgs{files: files, limits: runLimits{maxMemory: maxMemory}})
	opts.NoHistory = true
	s := debugger.NewSession(opts)
	defer s.Close()
	if err := s.LoadFiles(files...); err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitError
	}
	var pending *traceLine
	lanes := &laneView{shape: stack.I32x4}
	flush := func(values []debugger.Value) {
		if pending == nil {
			return
		}
		lanes.follow(pending.Text)
		pending.Stack = lanes.texts(values)
		writeTraceLine(e.stdout, pending, asJSON)
		pending = nil
	}
	cancel := s.Subscribe(func(ev debugger.Event) {
		if ev.Kind != debugger.EventStep {
			return
		}
		flush(ev.Stack)
		l := ev.Location
		pending = &traceLine{Pos: l.Start.String(), Func: l.FuncName, Instr: l.Instr, Text: l.Text, Depth: ev.Depth}
	})
	defer cancel()
	if _, err := s.Invoke(name, callArgs); err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitError
	}
	snap, err := s.Continue()
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitError
	}
	if snap.State == debugger.StateFinished && snap.Reason == debugger.StopFinished {
		flush(snap.Results)
		for _, r := range snap.Results {
			fmt.Fprintln(e.stdout, r)
		}
		return exitOK
	}
	if pending != nil {
		pending.Trap = snap.Message
	}
	flush(nil)
	fmt.Fprintf(e.stderr, "%s: %s\n", snap.Reason, snap.Message)
	if cur := snap.Current(); cur != nil {
		fmt.Fprintf(e.stderr, "  at %s\n", cur.Location.Start)
	}
	return exitTrap
}

func writeTraceLine(w io.Writer, l *traceLine, asJSON bool) {
	if asJSON {
		if l.Stack == nil {
			l.Stack = []string{}
		}
		// An export's name is quoted in the text form ("sum"); in JSON
		// the string itself is the name.
		if name, err := strconv.Unquote(l.Func); err == nil {
			l.Func = name
		}
		b, _ := json.Marshal(l)
		fmt.Fprintf(w, "%s\n", b)
		return
	}
	after := strings.Join(l.Stack, " ")
	if l.Trap != "" {
		after = "trap: " + l.Trap
	}
	fmt.Fprintf(w, "%s  %s+%d  %s  | %s\n", l.Pos, l.Func, l.Instr, l.Text, after)
}

// splitInvoke separates FILE... from --invoke NAME ARG...
func splitInvoke(args []string) (files []string, name string, callArgs []string, ok bool) {
	for i, a := range args {
		if a == "--invoke" {
			if i+1 >= len(args) {
				return nil, "", nil, false
			}
			return args[:i], args[i+1], args[i+2:], true
		}
	}
	return args, "", nil, true
}
