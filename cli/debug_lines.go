package cli

import (
	"fmt"
	"strconv"
	"strings"

	"wasmstep/vm/source"
)

// fileLine parses LINE or FILE:LINE. isLine is false when arg is neither
// (a function name); err says what is wrong with one that is: a file that
// is not loaded, or a line the file does not have, each in its own words
// so neither reads as "no function".
func (r *debugREPL) fileLine(arg string) (f *source.File, line int, isLine bool, err error) {
	name, num, hasFile := strings.Cut(arg, ":")
	if !hasFile {
		num = name
	}
	line, convErr := strconv.Atoi(num)
	if convErr != nil {
		return nil, 0, false, nil
	}
	if !hasFile {
		f = r.currentFile()
	} else {
		var names []string
		for _, g := range r.s.Files() {
			names = append(names, g.Name())
			if g.Name() == name || strings.HasSuffix(g.Name(), "/"+name) {
				f = g
			}
		}
		if f == nil {
			return nil, 0, true, fmt.Errorf("no loaded file %q (loaded: %s)", name, strings.Join(names, ", "))
		}
	}
	if f != nil && (line < 1 || line > f.LineCount()) {
		return nil, 0, true, fmt.Errorf("%s has no line %d (it has %d)", f.Name(), line, f.LineCount())
	}
	return f, line, true, nil
}
