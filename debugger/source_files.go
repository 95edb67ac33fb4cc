package debugger

import (
	"os"
	"path/filepath"

	"wasmstep/debugger/debuginfo"
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// dwarfUnit is what a module compiled with DWARF adds to its unit: the
// resolved DWARF and the program's source files found on disk.
type dwarfUnit struct {
	info    *debuginfo.Info
	modPath string
	imports int                     // imported functions: defined function i has index imports+i
	files   map[string]*source.File // DWARF path -> the loaded file
	missing []string                // DWARF paths not found
}

// loadDwarf reads a binary module's DWARF and its source files; nil when
// it has none.
func (s *Session) loadDwarf(m *wasm.Module, path string) *dwarfUnit {
	info := debuginfo.Load(m, path)
	if info == nil {
		return nil
	}
	d := &dwarfUnit{info: info, modPath: path, files: map[string]*source.File{}}
	for _, im := range m.Imports {
		if im.Desc.Kind == wasm.ExternFunc {
			d.imports++
		}
	}
	s.findSources(d)
	return d
}

// findSources loads the files the line tables name: at their DWARF path
// (joined with the compilation directory), relative to the module, or by
// name in a folder the user gave.
func (s *Session) findSources(d *dwarfUnit) {
	d.missing = d.missing[:0]
	dir := filepath.Dir(d.modPath)
	for _, p := range d.info.Files {
		if d.files[p] != nil {
			continue
		}
		cands := []string{p}
		if !filepath.IsAbs(p) {
			cands = append(cands, filepath.Join(dir, p))
		}
		cands = append(cands, filepath.Join(dir, filepath.Base(p)))
		for _, sd := range s.srcDirs {
			cands = append(cands, filepath.Join(sd, filepath.Base(p)))
			if !filepath.IsAbs(p) {
				cands = append(cands, filepath.Join(sd, p))
			}
		}
		found := false
		for _, c := range cands {
			if b, err := os.ReadFile(c); err == nil {
				d.files[p] = s.fs.AddFile(filepath.Clean(c), b)
				found = true
				break
			}
		}
		if !found {
			d.missing = append(d.missing, p)
		}
	}
}

// AddSourceDir adds a folder to look for the source files of compiled
// modules in (by file name), and loads those it holds.
func (s *Session) AddSourceDir(dir string) {
	s.srcDirs = append(s.srcDirs, dir)
	for _, u := range s.units {
		if u.dwarf != nil {
			s.findSources(u.dwarf)
		}
	}
	s.instrs = map[codeLoc]*instrInfo{} // their locations may name a file found now
}

// SourceInfo describes the DWARF of the loaded modules: the source files
// found, those missing, and warnings about DWARF that could not be used.
type SourceInfo struct {
	Module   int
	Files    []*source.File
	Missing  []string
	Warnings []string
}

// SourceInfos lists the DWARF of every module that has some.
func (s *Session) SourceInfos() []SourceInfo {
	var out []SourceInfo
	for i, u := range s.units {
		d := u.dwarf
		if d == nil {
			continue
		}
		si := SourceInfo{Module: i, Missing: append([]string(nil), d.missing...)}
		for _, p := range d.info.Files {
			if f := d.files[p]; f != nil {
				si.Files = append(si.Files, f)
			}
		}
		for _, w := range d.info.Warnings {
			si.Warnings = append(si.Warnings, w.String())
		}
		out = append(out, si)
	}
	return out
}

// dwarfPath returns the unit and DWARF path a loaded source file stands
// for.
func (s *Session) dwarfPath(f *source.File) (int, string, bool) {
	for i, u := range s.units {
		if u.dwarf == nil {
			continue
		}
		for p, g := range u.dwarf.files {
			if g == f {
				return i, p, true
			}
		}
	}
	return 0, "", false
}
