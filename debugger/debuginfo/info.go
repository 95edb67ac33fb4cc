// Package debuginfo reads the DWARF of a WebAssembly module with Go's
// debug/dwarf and resolves it to the module's instructions: the source
// file:line:col of every instruction, the source functions (inlined ones
// too) and their variables, with the values of those variables read from a
// stopped machine.
//
// DWARF for WebAssembly counts addresses in bytes from the start of the code
// section's contents; variables live in wasm locals, globals and operand
// stack slots (DW_OP_WASM_location) or in linear memory.
package debuginfo

import (
	"debug/dwarf"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"wasmstep/vm/wasm"
)

// Warning reports DWARF that could not be used: the module stays
// debuggable at the WebAssembly level.
type Warning struct {
	Section string // e.g. ".debug_info"
	Offset  int64  // byte offset inside the section
	Msg     string
}

func (w Warning) String() string {
	return fmt.Sprintf("DWARF %s at offset 0x%x: %s", w.Section, w.Offset, w.Msg)
}

// Info is the DWARF of one module, resolved to its instructions.
type Info struct {
	Warnings []Warning
	// Files lists the source files the line tables name, as DWARF joins
	// them with their compilation directory, in first-seen order.
	Files []string

	data     *dwarf.Data
	sections map[string]section
	lines    [][]lineRec // per defined function, per instruction
	addrs    [][]uint32  // per defined function, the address of each instruction
	units    []*unit
	funcs    []*Scope // subprograms with code, by address
	globals  []*Var
}

// Load reads the DWARF of a decoded binary module; path is where the
// module was read from, to find a side file named by external_debug_info
// (relative to the module). It returns nil when the module carries none.
func Load(m *wasm.Module, path string) *Info {
	if m == nil || m.File == nil || !m.File.Binary() {
		return nil
	}
	secs, err := walkSections(m.File.Source())
	if err != nil {
		return nil
	}
	dbg, external := debugSections(secs)
	in := &Info{sections: dbg}
	if external != "" {
		in.loadExternal(external, path)
	}
	if _, ok := in.sections[".debug_info"]; !ok {
		if len(in.Warnings) > 0 {
			return in
		}
		return nil
	}
	start, ok := codeStart(secs)
	if !ok {
		in.warn(".debug_info", 0, "the module has no code section")
		return in
	}
	in.addrs = instrAddrs(m, start)
	if !in.open() {
		return in
	}
	in.readUnits()
	in.readLines()
	return in
}

// loadExternal adds the .debug_* sections of a side file; the module's own
// sections win.
func (in *Info) loadExternal(name, modPath string) {
	p := name
	if !filepath.IsAbs(p) {
		p = filepath.Join(filepath.Dir(modPath), p)
	}
	b, err := os.ReadFile(p)
	if err != nil {
		in.warn("external_debug_info", 0, err.Error())
		return
	}
	secs, err := walkSections(b)
	if err != nil {
		in.warn("external_debug_info", 0, fmt.Sprintf("%s: %v", name, err))
		return
	}
	side, _ := debugSections(secs)
	for k, v := range side {
		if _, ok := in.sections[k]; !ok {
			in.sections[k] = v
		}
	}
}

func (in *Info) warn(sec string, off int64, msg string) {
	in.Warnings = append(in.Warnings, Warning{Section: sec, Offset: off, Msg: msg})
}

// warnErr records a debug/dwarf error, naming its section and offset when
// the error carries them.
func (in *Info) warnErr(sec string, off int64, err error) {
	var de dwarf.DecodeError
	if errors.As(err, &de) {
		in.warn(".debug_"+strings.TrimPrefix(de.Name, "."), int64(de.Offset), de.Err)
		return
	}
	in.warn(sec, off, err.Error())
}

func (in *Info) sec(name string) []byte { return in.sections[name].data }

// open hands the sections to debug/dwarf.
func (in *Info) open() bool {
	d, err := dwarf.New(in.sec(".debug_abbrev"), in.sec(".debug_aranges"), nil,
		in.sec(".debug_info"), in.sec(".debug_line"), in.sec(".debug_pubnames"),
		in.sec(".debug_ranges"), in.sec(".debug_str"))
	if err != nil {
		in.warnErr(".debug_info", 0, err)
		return false
	}
	for _, name := range []string{".debug_addr", ".debug_line_str", ".debug_str_offsets", ".debug_rnglists", ".debug_loclists"} {
		if b := in.sec(name); b != nil {
			if err := d.AddSection(name, b); err != nil {
				in.warnErr(name, 0, err)
			}
		}
	}
	in.data = d
	return true
}

// instrAddrs gives every instruction of every defined function its DWARF
// address: its byte offset from the start of the code section's contents.
func instrAddrs(m *wasm.Module, codeStart int) [][]uint32 {
	out := make([][]uint32, len(m.Funcs))
	var scratch []wasm.Instr
	for i := range m.Funcs {
		body := m.Funcs[i].ReadBody(&scratch)
		a := make([]uint32, len(body))
		for pc, in := range body {
			a[pc] = uint32(m.File.Offset(in.Pos) - codeStart)
		}
		out[i] = a
	}
	return out
}
