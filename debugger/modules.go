package debugger

import (
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// Module returns the module the session decoded from file, nil if none. A
// front end shows a binary module's disassembly from it rather than
// decoding the file a second time; the module is read-only.
func (s *Session) Module(file *source.File) *wasm.Module {
	for _, u := range s.units {
		if u.mod != nil && u.mod.File == file {
			return u.mod.Module
		}
	}
	return nil
}
