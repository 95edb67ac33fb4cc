package host

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// The session's memory budget (vm.Store.MaxMemory; --max-memory on the
// command line, maxMemory in a DAP launch): by default half the machine's
// physical memory, so a hostile program fails with "out of memory" long
// before the machine does.

// DefaultMaxMemory is half the physical memory, or 4 GiB where it cannot
// be read.
func DefaultMaxMemory() uint64 {
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

// ParseSize reads a byte count: a whole number with an optional unit K, M,
// G or T (binary multiples; KB, KiB, MB, MiB, ... are read alike).
func ParseSize(s string) (uint64, error) {
	num := strings.TrimRight(s, "KMGTkmgtiBb")
	unit := strings.ToUpper(strings.TrimSuffix(strings.TrimSuffix(s[len(num):], "B"), "b"))
	unit = strings.TrimSuffix(unit, "I")
	shift, ok := map[string]uint{"": 0, "K": 10, "M": 20, "G": 30, "T": 40}[unit]
	n, err := strconv.ParseUint(strings.TrimSpace(num), 10, 64)
	if !ok || err != nil || n == 0 || n > ^uint64(0)>>shift {
		return 0, fmt.Errorf("%s: want a size such as 512M or 4G", s)
	}
	return n << shift, nil
}
