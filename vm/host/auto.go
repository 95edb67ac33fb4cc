package host

import (
	"fmt"
	"io"
	"strings"

	"wasmstep/vm"
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

// AutoImports lets a module run with no glue code: it binds every import
// the registered modules do not provide. Imported memories, tables, globals
// and tags are created from their declared types and shared by every module
// that imports the same module and name; imported functions become
// built-in host functions chosen by name and signature (a log- or
// print-like name prints its arguments, or a string from memory for the
// (offset, length) shapes; anything else is a stub that records the call).
// A sidecar file next to a module (see SidecarSuffix) binds imports
// explicitly and takes precedence over everything else.
type AutoImports struct {
	linker   *Linker
	store    *vm.Store
	out      io.Writer
	shared   map[[2]string]vm.Extern
	sidecars map[*wasm.Module][]*sidecarEntry
	// OnBind, if set, is told of every import bound, however it was bound.
	OnBind func(Binding)
}

// NewAutoImports installs automatic imports as l's hook; host functions
// print to out.
func NewAutoImports(l *Linker, s *vm.Store, out io.Writer) *AutoImports {
	a := &AutoImports{linker: l, store: s, out: out,
		shared: map[[2]string]vm.Extern{}, sidecars: map[*wasm.Module][]*sidecarEntry{}}
	l.Hook = a.bind
	return a
}

func (a *AutoImports) bind(imp wasm.Import, info *validate.Info, found vm.Extern) (vm.Extern, error) {
	entries, err := a.sidecarFor(info.Module)
	if err != nil {
		return nil, err
	}
	var ext vm.Extern
	var to string
	switch e := findEntry(entries, imp); {
	case e != nil:
		ext, to, err = a.fromSidecar(e, imp, info)
		if err != nil {
			return nil, &ImportError{Pos: e.pos, Err: fmt.Errorf("import %q %q: %w", imp.Module, imp.Name, err)}
		}
	case found != nil:
		ext, to = found, fmt.Sprintf("export %q of %s", imp.Name, imp.Module)
	default:
		ext, to, err = a.auto(imp, info)
		if err != nil {
			return nil, fmt.Errorf("import %q %q: %w", imp.Module, imp.Name, err)
		}
	}
	if a.OnBind != nil {
		a.OnBind(Binding{Importer: importerName(info.Module), Module: imp.Module, Name: imp.Name,
			Type: importType(imp, info), To: to})
	}
	return ext, nil
}

// sidecarFor reads the module's sidecar once and checks that each of its
// lines names an import of the module.
func (a *AutoImports) sidecarFor(m *wasm.Module) ([]*sidecarEntry, error) {
	if entries, ok := a.sidecars[m]; ok || m.File == nil {
		return entries, nil
	}
	entries, err := readSidecar(m.File.Name())
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if !importsName(m, e.module, e.name) {
			return nil, &ImportError{Pos: e.pos, Err: fmt.Errorf("binds %q %q, which %s does not import", e.module, e.name, importerName(m))}
		}
	}
	a.sidecars[m] = entries
	return entries, nil
}

func importsName(m *wasm.Module, module, name string) bool {
	for _, imp := range m.Imports {
		if imp.Module == module && imp.Name == name {
			return true
		}
	}
	return false
}

func findEntry(entries []*sidecarEntry, imp wasm.Import) *sidecarEntry {
	for _, e := range entries {
		if e.module == imp.Module && e.name == imp.Name {
			return e
		}
	}
	return nil
}

// fromSidecar binds an import as its sidecar line says.
func (a *AutoImports) fromSidecar(e *sidecarEntry, imp wasm.Import, info *validate.Info) (vm.Extern, string, error) {
	if len(e.target) == 2 {
		ext := a.linker.Lookup(e.target[0], e.target[1])
		if ext == nil {
			return nil, "", fmt.Errorf("no loaded module %q exports %q", e.target[0], e.target[1])
		}
		if ext.Kind() != imp.Desc.Kind {
			return nil, "", fmt.Errorf("%q %q is a %s, the import is a %s", e.target[0], e.target[1], ext.Kind(), imp.Desc.Kind)
		}
		return ext, fmt.Sprintf("export %q of %s (sidecar)", e.target[1], e.target[0]), nil
	}
	target := e.target[0]
	if imp.Desc.Kind == wasm.ExternGlobal {
		return a.sidecarGlobal(imp, info, target)
	}
	b := builtinNamed(target)
	if b == nil {
		return nil, "", fmt.Errorf("no host function %q (there are %s)", target, builtinNames())
	}
	if imp.Desc.Kind != wasm.ExternFunc {
		return nil, "", fmt.Errorf("%s is a function, the import is a %s", target, imp.Desc.Kind)
	}
	f, err := a.hostFunc(b, imp, info)
	if err != nil {
		return nil, "", err
	}
	return f, b.name + ": " + b.doc + " (sidecar)", nil
}

// sidecarGlobal gives an imported global the sidecar's initial value.
func (a *AutoImports) sidecarGlobal(imp wasm.Import, info *validate.Info, text string) (vm.Extern, string, error) {
	gt := imp.Desc.Global
	gt.Type = info.Canon(gt.Type)
	v, err := ParseValue(gt.Type, text)
	if err != nil {
		return nil, "", err
	}
	key := [2]string{imp.Module, imp.Name}
	if g, ok := a.shared[key].(*vm.Global); ok {
		g.Set(v)
		return g, "shared global set to " + text + " (sidecar)", nil
	}
	g := vm.NewGlobal(gt, v)
	a.shared[key] = g
	return g, "new shared global = " + text + " (sidecar)", nil
}

// hostFunc makes a builtin into a function of the import's exact type.
func (a *AutoImports) hostFunc(b *builtin, imp wasm.Import, info *validate.Info) (*vm.Function, error) {
	id := info.TypeIDs[imp.Desc.Func]
	ft, ok := validate.FuncTypeOf(id)
	if !ok {
		return nil, fmt.Errorf("type %d is not a function type", imp.Desc.Func)
	}
	if err := b.fits(ft); err != nil {
		return nil, err
	}
	return &vm.Function{Type: ft, TypeID: id, Name: imp.Module + "." + imp.Name, Host: b.make(a.out, imp, ft)}, nil
}

// auto binds an import nothing else provides.
func (a *AutoImports) auto(imp wasm.Import, info *validate.Info) (vm.Extern, string, error) {
	if imp.Desc.Kind == wasm.ExternFunc {
		b := chooseBuiltin(imp, info)
		f, err := a.hostFunc(b, imp, info)
		if err != nil {
			return nil, "", err
		}
		return f, b.name + ": " + b.doc, nil
	}
	key := [2]string{imp.Module, imp.Name}
	if ext, ok := a.shared[key]; ok {
		return ext, fmt.Sprintf("the shared %s created for an earlier import", ext.Kind()), nil
	}
	ext, err := a.create(imp, info)
	if err != nil {
		return nil, "", err
	}
	a.shared[key] = ext
	return ext, fmt.Sprintf("a new %s, shared with every module importing it", ext.Kind()), nil
}

// logLikeNames start the names of functions a tutorial uses to print.
var logLikeNames = []string{"log", "print", "puts", "echo", "trace", "debug", "info", "warn", "error", "show"}

// chooseBuiltin picks a host function by the import's name and signature.
func chooseBuiltin(imp wasm.Import, info *validate.Info) *builtin {
	ft, _ := validate.FuncTypeOf(info.TypeIDs[imp.Desc.Func])
	name := strings.ToLower(imp.Name)
	logLike := imp.Module == "console"
	for _, p := range logLikeNames {
		logLike = logLike || strings.HasPrefix(name, p)
	}
	switch {
	case !logLike || len(ft.Results) != 0:
		return builtinNamed("stub")
	case isStringShape(ft) && len(info.Module.MemTypes()) > 0:
		return builtinNamed("print_string")
	}
	return builtinNamed("print")
}

// create makes a memory, table, global or tag of the import's declared
// type, empty or zero.
func (a *AutoImports) create(imp wasm.Import, info *validate.Info) (vm.Extern, error) {
	d := imp.Desc
	switch d.Kind {
	case wasm.ExternMem:
		m, ok := vm.NewMemory(d.Mem, a.store.MaxMemoryBytes)
		if !ok {
			return nil, fmt.Errorf("cannot create a memory of %d pages", d.Mem.Limits.Min)
		}
		return m, nil
	case wasm.ExternTable:
		tt := d.Table
		tt.Elem = info.Canon(tt.Elem)
		if !tt.Elem.Nullable {
			return nil, fmt.Errorf("cannot create a table of %s: it has no default value (bind it in a sidecar)", d.Table.Elem)
		}
		t, ok := a.store.NewTable(tt, nil)
		if !ok {
			return nil, fmt.Errorf("cannot create a table of %d entries", tt.Limits.Min)
		}
		return t, nil
	case wasm.ExternGlobal:
		gt := d.Global
		gt.Type = info.Canon(gt.Type)
		if !gt.Type.Defaultable() {
			return nil, fmt.Errorf("cannot create a global of %s: it has no default value", d.Global.Type)
		}
		return vm.NewGlobal(gt, vm.ZeroValue(gt.Type)), nil
	}
	id := info.TypeIDs[d.Tag.TypeIdx]
	ft, _ := validate.FuncTypeOf(id)
	return &vm.Tag{Type: ft, TypeID: id, Name: imp.Module + "." + imp.Name}, nil
}
