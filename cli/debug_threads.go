package cli

import (
	"fmt"
	"strconv"

	"wasmstep/debugger"
)

// threads lists the program's threads: id, state, where each is; the one
// the other commands show is marked with *.
func (r *debugREPL) threads() {
	snap := r.s.Snapshot()
	if snap == nil || len(snap.Threads) == 0 {
		fmt.Fprintln(r.out, "no threads: the program does not spawn any (or nothing is running)")
		return
	}
	fmt.Fprintf(r.out, "threads (schedule seed %d):\n", r.s.ScheduleSeed())
	for _, th := range snap.Threads {
		mark := " "
		if th.ID == snap.Thread {
			mark = "*"
		}
		state := th.Status.String()
		if th.Status == debugger.ThreadWaiting {
			state += fmt.Sprintf(" on 0x%x", th.WaitAddr)
		}
		where := ""
		if l := th.Location; l.Instr >= 0 && th.Status != debugger.ThreadFinished {
			where = fmt.Sprintf("  %s  %s+%d  %s", l.Start, l.FuncName, l.Instr, l.Text)
		}
		fmt.Fprintf(r.out, "%s %d  %s%s\n", mark, th.ID, state, where)
	}
}

// thread selects the thread stack, locals and frames show and steps run.
func (r *debugREPL) thread(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: thread N")
	}
	id, err := strconv.Atoi(args[0])
	if err != nil {
		return fmt.Errorf("bad thread number %q", args[0])
	}
	snap, err := r.s.SelectThread(id)
	if err != nil {
		return err
	}
	fmt.Fprintf(r.out, "thread %d\n", id)
	if cur := snap.Current(); cur != nil {
		fmt.Fprintf(r.out, "  %s\n", r.where(cur, nil))
	}
	return nil
}

// inThread names the thread a stop shows, once the program has several.
func inThread(snap *debugger.Snapshot) string {
	if len(snap.Threads) < 2 {
		return ""
	}
	return fmt.Sprintf(" in thread %d", snap.Thread)
}

// cutThread takes a trailing "thread N" off a break command's arguments:
// the breakpoint then stops in thread N only.
func cutThread(args []string) (rest []string, thread int, only bool, err error) {
	n := len(args)
	if n < 2 || args[n-2] != "thread" {
		return args, 0, false, nil
	}
	thread, err = strconv.Atoi(args[n-1])
	if err != nil || thread < 0 {
		return nil, 0, false, fmt.Errorf("bad thread number %q", args[n-1])
	}
	return args[:n-2], thread, true, nil
}

// stepThreads chooses whether steps freeze the other threads (one) or let
// them take their turns (all).
func (r *debugREPL) stepThreads(args []string) error {
	if len(args) != 1 || (args[0] != "one" && args[0] != "all") {
		return fmt.Errorf("usage: step-threads one|all")
	}
	r.s.SetStepOthers(args[0] == "all")
	return nil
}
