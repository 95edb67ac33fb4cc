package cli

import (
	"fmt"

	"wasmstep/vm"
	"wasmstep/vm/host"
)

// parseSize reads --max-memory's SIZE.
func parseSize(s string) (uint64, error) {
	n, err := host.ParseSize(s)
	if err != nil {
		return 0, fmt.Errorf("--max-memory %w", err)
	}
	return n, nil
}

// maxMemoryHelp is the --help line for the flag, with this machine's
// default.
func maxMemoryHelp() string {
	return fmt.Sprintf("--max-memory SIZE (run, debug, test, trace, the window): memory a program may make the host use; default %s, half of this machine's",
		vm.FormatBytes(host.DefaultMaxMemory()))
}

// takeMaxMemory removes --max-memory SIZE from args wherever it stands and
// returns the limit (the default when absent).
func takeMaxMemory(args []string) (limit uint64, rest []string, err error) {
	limit = host.DefaultMaxMemory()
	for i := 0; i < len(args); i++ {
		if args[i] != "--max-memory" {
			rest = append(rest, args[i])
			continue
		}
		if i+1 >= len(args) {
			return 0, nil, fmt.Errorf("--max-memory needs a value")
		}
		i++
		if limit, err = parseSize(args[i]); err != nil {
			return 0, nil, err
		}
	}
	return limit, rest, nil
}
