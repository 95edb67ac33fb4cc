package host

import (
	"errors"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"wasmstep/vm/source"
)

// SidecarSuffix names the optional file next to a module that binds its
// imports explicitly: prog.wat's bindings are in prog.wat.imports.
//
// The format is one binding per line, MODULE NAME = TARGET, where a word
// may be written as a Go-quoted string and # starts a comment:
//
//	console log  = print          # prints its arguments
//	env     show = print_string   # (offset, length) of a UTF-8 string
//	env     tick = stub           # records the call, returns zeros
//	env     seed = 42             # an imported global's initial value
//	env     add  = math add       # the export "add" of module "math"
const SidecarSuffix = ".imports"

// sidecarEntry is one line of a sidecar.
type sidecarEntry struct {
	module, name string
	target       []string
	pos          source.Position
}

// readSidecar reads the sidecar of the module file path; it returns nil
// if there is none.
func readSidecar(path string) ([]*sidecarEntry, error) {
	data, err := os.ReadFile(path + SidecarSuffix)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return parseSidecar(path+SidecarSuffix, data)
}

func parseSidecar(name string, data []byte) ([]*sidecarEntry, error) {
	var entries []*sidecarEntry
	// The file is already in memory, so lines are cut from it with no
	// length limit (bufio.Scanner failed on a line over 64 KiB, naming
	// neither the file nor the line).
	line := 0
	for text := range strings.Lines(string(data)) {
		line++
		pos := source.Position{Filename: name, Line: line, Column: 1}
		words, err := sidecarWords(strings.TrimRight(text, "\r\n"))
		if err != nil {
			return nil, &source.Error{Pos: pos, Msg: err.Error()}
		}
		if len(words) == 0 {
			continue
		}
		if len(words) < 4 || words[2] != "=" || len(words) > 5 {
			return nil, &source.Error{Pos: pos, Msg: "want MODULE NAME = TARGET, where TARGET is print, print_string, stub, a value, or MODULE EXPORT"}
		}
		entries = append(entries, &sidecarEntry{module: words[0], name: words[1], target: words[3:], pos: pos})
	}
	return entries, nil
}

// sidecarWords splits a line into bare or Go-quoted words, up to a #.
func sidecarWords(line string) ([]string, error) {
	var words []string
	for {
		line = strings.TrimLeft(line, " \t\r")
		if line == "" || line[0] == '#' {
			return words, nil
		}
		if line[0] == '"' {
			q, err := strconv.QuotedPrefix(line)
			if err != nil {
				return nil, errors.New("unterminated or malformed quoted name")
			}
			w, _ := strconv.Unquote(q)
			words = append(words, w)
			line = line[len(q):]
			continue
		}
		end := strings.IndexAny(line, " \t\r#")
		if end < 0 {
			end = len(line)
		}
		words = append(words, line[:end])
		line = line[end:]
	}
}
