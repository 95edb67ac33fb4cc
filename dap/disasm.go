package dap

import (
	godap "github.com/google/go-dap"
)

// maxDisassemble bounds one disassemble request.
const maxDisassemble = 10000

// onDisassemble lists instructions around an instruction pointer
// reference. Addresses outside the program come back as placeholders, so
// the client gets the count it asked for.
func (srv *Server) onDisassemble(req *godap.DisassembleRequest) {
	a := req.Arguments
	if a.InstructionCount < 0 || a.InstructionCount > maxDisassemble {
		srv.fail(req, errTooMany(a.InstructionCount))
		return
	}
	start, err := parseAddr(a.MemoryReference)
	if err != nil {
		srv.fail(req, err)
		return
	}
	first := int64(start) + int64(a.Offset) + int64(a.InstructionOffset)
	out := make([]godap.DisassembledInstruction, 0, a.InstructionCount)
	for i := int64(0); i < int64(a.InstructionCount); i++ {
		addr := first + i
		in := godap.DisassembledInstruction{Address: formatAddr(uint64(max(addr, 0))), Instruction: "(no instruction)"}
		if at, ok := srv.code.at(uint64(addr)); addr >= 0 && ok {
			if l, ok := srv.s.InstrLocation(at.module, at.fn, at.instr); ok {
				in.Instruction = l.Text
				in.Symbol = l.FuncName
				in.Location, in.Line, in.Column = locationSource(l)
				if src, _, _ := dwarfSourceAt(l.Source); in.Location != nil && src == nil {
					_, in.EndLine, in.EndColumn = sourceAt(l.End) // a .wat instruction's folded extent
				}
			}
		}
		out = append(out, in)
	}
	srv.send(&godap.DisassembleResponse{Response: srv.response(req), Body: godap.DisassembleResponseBody{Instructions: out}})
}
