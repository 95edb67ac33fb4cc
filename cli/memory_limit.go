package cli

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"wasmstep/vm"
)

// The session's memory budget (--max-memory SIZE on run, debug, test,
// trace and the window; see vm/budget.go): by default half the machine's
// physical memory, so a hostile program fails with "out of memory" long
// before the machine does.

// defaultMaxMemory is half the physical memory, or 4 GiB where it cannot
// be read.
func defaultMaxMemory() uint64 {
	if total := physicalMemory(); total != 0 {
		return total / 2
	}
	return 4 << 30
}

// physicalMemory reads MemTotal from /proc/meminfo (0 if unknown).
func physicalMemory() uint64 {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "MemTotal:" {
			kb, err := strconv.ParseUint(f[1], 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}

// parseSize reads a byte count: a whole number with an optional unit K, M,
// G or T (binary multiples; KB, KiB, MB, MiB, ... are read alike).
func parseSize(s string) (uint64, error) {
	num := strings.TrimRight(s, "KMGTkmgtiBb")
	unit := strings.ToUpper(strings.TrimSuffix(strings.TrimSuffix(s[len(num):], "B"), "b"))
	unit = strings.TrimSuffix(unit, "I")
	shift, ok := map[string]uint{"": 0, "K": 10, "M": 20, "G": 30, "T": 40}[unit]
	n, err := strconv.ParseUint(num, 10, 64)
	if !ok || err != nil || n == 0 || n > ^uint64(0)>>shift {
		return 0, fmt.Errorf("--max-memory %s: want a size such as 512M or 4G", s)
	}
	return n << shift, nil
}

// maxMemoryHelp is the --help line for the flag, with this machine's
// default.
func maxMemoryHelp() string {
	return fmt.Sprintf("--max-memory SIZE (run, debug, test, trace, the window): memory a program may make the host use; default %s, half of this machine's",
		vm.FormatBytes(defaultMaxMemory()))
}

// takeMaxMemory removes --max-memory SIZE from args wherever it stands and
// returns the limit (the default when absent).
func takeMaxMemory(args []string) (limit uint64, rest []string, err error) {
	limit = defaultMaxMemory()
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
