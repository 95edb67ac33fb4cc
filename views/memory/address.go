package memory

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"
)

// parseAddress reads what the user typed in "go to address": 0x-prefixed
// hex, plain decimal, or hex recognisable by its letters; '_' separates
// digit groups as in the text format.
func parseAddress(s string, size uint64) (uint64, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", "")
	base := 10
	switch {
	case strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X"):
		s, base = s[2:], 16
	case strings.ContainsAny(s, "abcdefABCDEF"):
		base = 16
	}
	addr, err := strconv.ParseUint(s, base, 64)
	if errors.Is(err, strconv.ErrRange) {
		return 0, errors.New(lang.L("address too large"))
	}
	if err != nil {
		return 0, errors.New(lang.L("not a hex or decimal address"))
	}
	if addr >= size {
		return 0, errors.New(lang.L("beyond the end of memory (size 0x{{.Size}})", map[string]any{"Size": strconv.FormatUint(size, 16)}))
	}
	return addr, nil
}

func formatAddress(addr uint64, addr64 bool) string {
	if addr64 {
		return fmt.Sprintf("%016x", addr)
	}
	return fmt.Sprintf("%08x", addr)
}

// tabLabel names a memory's tab, e.g. "0 $public (1 page)".
func tabLabel(m MemoryModel) string {
	name := strconv.Itoa(m.Index)
	switch {
	case m.Import != "" && m.Name != "" && m.Name[0] == '$':
		name += " " + m.Import + " " + m.Name
	case m.Import != "":
		name += " " + m.Import // the import says more than memory[0]
	case m.Name != "":
		name += " " + m.Name
	}
	if m.Shared {
		name += " · " + lang.L("shared")
	}
	// Two keys rather than lang.N: a plural form needs the translation
	// files, which only the window loads, and Chinese has one form anyway.
	count := map[string]any{"Count": m.Pages}
	pages := lang.L("{{.Count}} pages", count)
	if m.Pages == 1 {
		pages = lang.L("{{.Count}} page", count)
	}
	return name + " (" + pages + ")"
}
