// Package load turns a path of any kind (.wat, .wasm, .wast) into validated
// modules with their source files. The command line, the script runner and
// the debugger all call it, so none of them wires the parser, decoder and
// validator together on its own.
package load

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"wasmstep/vm/binary"
	"wasmstep/vm/source"
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
	"wasmstep/vm/wat"
)

// Kind is the format of a source file.
type Kind uint8

// Source formats.
const (
	Text   Kind = iota // a .wat module
	Binary             // a .wasm module
	Script             // a .wast script
)

// KindOf picks the format from the file name, falling back to the content:
// a binary module starts with "\0asm".
func KindOf(name string, data []byte) Kind {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".wasm":
		return Binary
	case ".wast":
		return Script
	case ".wat":
		return Text
	}
	if bytes.HasPrefix(data, []byte("\x00asm")) {
		return Binary
	}
	return Text
}

// Module is one validated module and where it came from.
type Module struct {
	Module *wasm.Module
	Info   *validate.Info
	File   *source.File
}

// File reads a .wat or .wasm file and validates it.
func File(fs *source.FileSet, path string) (*Module, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Bytes(fs, path, data)
}

// Bytes parses or decodes a module held in memory and validates it.
func Bytes(fs *source.FileSet, name string, data []byte) (*Module, error) {
	if KindOf(name, data) == Binary {
		m, _, err := binaryModule(fs, name, data)
		return m, err
	}
	m, f, err := Parse(fs, name, data)
	if err != nil {
		return nil, err
	}
	info, err := validate.Validate(m)
	if err != nil {
		return nil, err
	}
	return &Module{Module: m, Info: info, File: f}, nil
}

// binaryModule decodes and validates a binary module, reading each body
// once: validation's pass over the bodies is also their syntax check.
// parsed reports whether the module is well formed, which a malformed body
// found after a validation error still decides.
func binaryModule(fs *source.FileSet, name string, data []byte) (m *Module, parsed bool, err error) {
	f := fs.AddBinary(name, data)
	mod, rest, err := binary.DecodeDeferred(f)
	if err != nil {
		return nil, false, err
	}
	info, verr := validate.Validate(mod)
	if err := rest.Check(); err != nil {
		return nil, false, err
	}
	if verr != nil {
		return nil, true, verr
	}
	return &Module{Module: mod, Info: info, File: f}, true, nil
}

// Parse parses (text) or decodes (binary) a module without validating it.
func Parse(fs *source.FileSet, name string, data []byte) (*wasm.Module, *source.File, error) {
	switch KindOf(name, data) {
	case Binary:
		f := fs.AddBinary(name, data)
		m, err := binary.Decode(f)
		return m, f, err
	case Script:
		return nil, nil, fmt.Errorf("%s: a .wast script holds several modules; run it with 'wasmstep test'", name)
	}
	m, err := wat.ParseModule(fs, name, data)
	if err != nil {
		return nil, nil, err
	}
	return m, m.File, nil
}
