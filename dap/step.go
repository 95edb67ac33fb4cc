package dap

import (
	godap "github.com/google/go-dap"

	"wasmstep/debugger"
)

// stepper picks how a step request moves: by source line where the
// program stopped at a DWARF line, by instruction where it did not or
// when the client asks for granularity "instruction".
func (srv *Server) stepper(granularity godap.SteppingGranularity, byLine, byInstr func() (*debugger.Snapshot, error)) func() (*debugger.Snapshot, error) {
	if granularity == "instruction" {
		return byInstr
	}
	if cur := srv.s.Snapshot().Current(); cur != nil && cur.Location.Source.Path != "" {
		return byLine
	}
	return byInstr
}
