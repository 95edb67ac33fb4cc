package load

import (
	"wasmstep/vm/source"
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
	"wasmstep/vm/wat"
)

// ScriptModule turns a module command of a .wast script into a validated
// module: text modules come parsed with the script, quoted ones are parsed
// and binary ones decoded here. name (without an extension) names a quoted
// or binary module, which has no file of its own. parsed reports whether
// the module got past parsing, so the script runner can tell a malformed
// module from an invalid one.
func ScriptModule(fs *source.FileSet, c *wat.ModuleCmd, name string) (m *Module, parsed bool, err error) {
	var mod *wasm.Module
	switch c.Form {
	case wat.ModuleText:
		mod, err = c.Module, c.Err
	case wat.ModuleQuote:
		mod, err = wat.ParseModule(fs, name+".wat", c.Quote)
	case wat.ModuleBinary:
		return binaryModule(fs, name+".wasm", c.Binary)
	}
	if err != nil {
		return nil, false, err
	}
	info, err := validate.Validate(mod)
	if err != nil {
		return nil, true, err
	}
	return &Module{Module: mod, Info: info, File: mod.File}, true, nil
}
