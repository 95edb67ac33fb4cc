package cli

import (
	"fmt"

	"wasmstep/debugger"
	"wasmstep/vm"
	"wasmstep/vm/host"
)

// historyLimit is --history: the memory the debugger's history may hold,
// or off (no step back, nothing recorded).
type historyLimit struct {
	bytes int64
	off   bool
}

// options applies the limit to a session's options.
func (h historyLimit) options(o debugger.Options) debugger.Options {
	o.HistoryBytes, o.NoHistory = h.bytes, h.off
	return o
}

// historyHelp is the --help line for the flag.
func historyHelp() string {
	return fmt.Sprintf("--history SIZE|off (debug, the window): memory the history for step back, goto and origin may hold; default %s (over it, checkpoints thin out and the whole run stays reachable)",
		vm.FormatBytes(debugger.DefaultHistoryBytes))
}

// takeHistory removes --history SIZE|off from args wherever it stands.
func takeHistory(args []string) (h historyLimit, rest []string, err error) {
	for i := 0; i < len(args); i++ {
		if args[i] != "--history" {
			rest = append(rest, args[i])
			continue
		}
		if i+1 >= len(args) {
			return h, nil, fmt.Errorf("--history needs a size or off")
		}
		i++
		if args[i] == "off" {
			h = historyLimit{off: true}
			continue
		}
		n, err := host.ParseSize(args[i])
		if err != nil || n == 0 || n > 1<<50 {
			return h, nil, fmt.Errorf("--history: bad size %q (say 256MiB, or off)", args[i])
		}
		h = historyLimit{bytes: int64(n)}
	}
	return h, rest, nil
}
