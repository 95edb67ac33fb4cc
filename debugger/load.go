package debugger

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"wasmstep/vm/load"
	"wasmstep/vm/wat"
)

// unit is one module of the program and the names others import it by.
type unit struct {
	mod      *load.Module
	name     string     // the script's $name, to find it by register commands
	register []string   // import module names it is registered under
	dwarf    *dwarfUnit // nil unless the module carries DWARF
}

// LoadFiles loads files of any kind (.wat, .wasm, .wast) and links them, in
// order, into the program.
func (s *Session) LoadFiles(paths ...string) error {
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := s.LoadSource(p, data); err != nil {
			return err
		}
	}
	return nil
}

// LoadSource loads one file held in memory and instantiates its modules. A
// .wat or .wasm module is importable by its $name and by its file name
// without extension; a .wast script's module and register commands build
// the program and its assertions are ignored.
func (s *Session) LoadSource(name string, data []byte) error {
	if err := s.loadSource(name, data); err != nil {
		return err
	}
	s.publish(s.idleSnapshot())
	return nil
}

func (s *Session) loadSource(name string, data []byte) error {
	if load.KindOf(name, data) == load.Script {
		return s.loadScript(name, data)
	}
	m, err := load.Bytes(s.fs, name, data)
	if err != nil {
		return err
	}
	u := &unit{mod: m}
	if load.KindOf(name, data) == load.Binary {
		u.dwarf = s.loadDwarf(m.Module, name)
	}
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	u.register = append(u.register, base)
	if m.Module.Name != "" && m.Module.Name != base {
		u.register = append(u.register, m.Module.Name)
	}
	return s.addUnit(u)
}

func (s *Session) loadScript(name string, data []byte) error {
	script, err := wat.ParseScript(s.fs, name, data)
	if err != nil {
		return err
	}
	var latest *unit
	for _, c := range script.Commands {
		switch c := c.(type) {
		case *wat.ModuleCmd:
			if c.Definition {
				continue
			}
			m, _, err := load.ScriptModule(s.fs, c, fmt.Sprintf("%s:%d", name, s.fs.Position(c.At).Line))
			if err != nil {
				return err
			}
			latest = &unit{mod: m, name: c.Name}
			if err := s.addUnit(latest); err != nil {
				return err
			}
		case *wat.RegisterCmd:
			u := s.unitNamed(c.Module, latest)
			if u == nil {
				return fmt.Errorf("%s: register: unknown module %q", s.fs.Position(c.At), c.Module)
			}
			u.register = append(u.register, c.As)
			s.prog.linker.Register(c.As, s.prog.insts[s.unitIndex(u)])
		}
	}
	return nil
}

func (s *Session) unitNamed(name string, latest *unit) *unit {
	if name == "" {
		return latest
	}
	for i := len(s.units) - 1; i >= 0; i-- {
		if s.units[i].name == name {
			return s.units[i]
		}
	}
	return nil
}

func (s *Session) unitIndex(u *unit) int {
	for i, v := range s.units {
		if v == u {
			return i
		}
	}
	return -1
}
