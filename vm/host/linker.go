package host

import (
	"errors"

	"wasmstep/vm"
	"wasmstep/vm/source"
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

// Hook decides one import of a module being linked: found is what the
// registered modules provide (nil if none). It returns the external value
// to use (nil for "unknown import"), or an error explaining why the import
// cannot be bound; an *ImportError is returned as is, any other error is
// located at the import.
type Hook func(imp wasm.Import, info *validate.Info, found vm.Extern) (vm.Extern, error)

// Linker maps (module, name) to external values: the exports of registered
// instances and of host modules. Later registrations under a name replace
// earlier ones, as the suite's (register ...) does.
type Linker struct {
	modules map[string]func(name string) vm.Extern
	// Hook, if set, decides every import (automatic imports, sidecar
	// bindings); without it an import is what the registered modules give.
	Hook Hook
}

// NewLinker returns an empty linker.
func NewLinker() *Linker {
	return &Linker{modules: map[string]func(string) vm.Extern{}}
}

// Define registers a host module under a name.
func (l *Linker) Define(module string, exports map[string]vm.Extern) {
	l.modules[module] = func(name string) vm.Extern {
		if e, ok := exports[name]; ok {
			return e
		}
		return nil
	}
}

// Register makes an instance's exports importable under module.
func (l *Linker) Register(module string, inst *vm.Instance) {
	l.modules[module] = func(name string) vm.Extern {
		if e := inst.Export(name); e != nil {
			return e
		}
		return nil
	}
}

// Lookup returns the external value module.name, or nil.
func (l *Linker) Lookup(module, name string) vm.Extern {
	if find, ok := l.modules[module]; ok {
		return find(name)
	}
	return nil
}

// Resolve returns the module's imports in order. A missing import is an
// *ImportError wrapping a *vm.LinkError "unknown import".
func (l *Linker) Resolve(info *validate.Info) ([]vm.Extern, error) {
	m := info.Module
	externs := make([]vm.Extern, len(m.Imports))
	for i, imp := range m.Imports {
		e := l.Lookup(imp.Module, imp.Name)
		if l.Hook != nil {
			var err error
			if e, err = l.Hook(imp, info, e); err != nil {
				if ie, ok := err.(*ImportError); ok {
					return nil, ie
				}
				return nil, importError(m, imp, err)
			}
		}
		if e == nil {
			return nil, importError(m, imp, &vm.LinkError{Msg: "unknown import", Module: imp.Module, Name: imp.Name})
		}
		externs[i] = e
	}
	return externs, nil
}

// Instantiate resolves the module's imports and instantiates it in s. Link
// errors are *ImportError values located at the import; a trap in a
// segment or the start function is returned with the instance.
func (l *Linker) Instantiate(s *vm.Store, info *validate.Info) (*vm.Instance, error) {
	externs, err := l.Resolve(info)
	if err != nil {
		return nil, err
	}
	inst, err := s.Instantiate(info, externs)
	var le *vm.LinkError
	if errors.As(err, &le) {
		return nil, importError(info.Module, findImport(info.Module, le), err)
	}
	return inst, err
}

func findImport(m *wasm.Module, le *vm.LinkError) wasm.Import {
	for _, imp := range m.Imports {
		if imp.Module == le.Module && imp.Name == le.Name {
			return imp
		}
	}
	return wasm.Import{Module: le.Module, Name: le.Name}
}

// ImportError is a link error at the import that caused it. It unwraps to
// the cause (a *vm.LinkError for the suite's "unknown import" and
// "incompatible import type").
type ImportError struct {
	Pos source.Position // invalid when the module has no source
	Err error
}

func importError(m *wasm.Module, imp wasm.Import, err error) *ImportError {
	e := &ImportError{Err: err}
	if m.File != nil && imp.Pos.IsValid() {
		e.Pos = m.File.Position(imp.Pos)
	}
	return e
}

func (e *ImportError) Error() string {
	if e.Pos.Filename == "" {
		return e.Err.Error()
	}
	return e.Pos.String() + ": " + e.Err.Error()
}

func (e *ImportError) Unwrap() error { return e.Err }
