package debugger

import (
	"fmt"

	"wasmstep/vm"
	"wasmstep/vm/wasm"
	"wasmstep/vm/wat"
)

// instrInfo is what the session shows of one instruction, computed once.
type instrInfo struct {
	text string
	op   wasm.Op
	sig  string // stack effect from the opcode table
	loc  Location
}

// instr returns the cached description of instruction pc of f.
func (s *Session) instr(f *vm.Function, pc int) *instrInfo {
	k := codeLoc{f, pc}
	if in, ok := s.instrs[k]; ok {
		return in
	}
	in := &instrInfo{loc: Location{Module: -1, Func: f.Index, FuncName: s.funcName(f), Instr: pc}}
	if ref, ok := s.prog.funcs[f]; ok {
		in.loc.Module = ref.module
	}
	if f.Def != nil && pc >= 0 && pc < f.Def.BodyLen() {
		body := &f.Def.Body()[pc]
		in.op = body.Op
		in.text = wat.PrintInstr(body, f.Inst.Module)
		if file := s.fs.File(body.Pos); file != nil {
			in.loc.Start = file.Position(body.Pos)
			if body.End.IsValid() {
				in.loc.End = file.Position(body.End)
			}
		}
	}
	in.loc.Text, in.loc.Op = in.text, in.op
	in.loc.Source = s.sourcePos(f, pc)
	if int(in.op) < len(wasm.Ops) {
		in.sig = concreteSig(f, pc, wasm.Ops[in.op].Sig)
	}
	s.instrs[k] = in
	return in
}

// location describes instruction pc of f.
func (s *Session) location(f *vm.Function, pc int) Location { return s.instr(f, pc).loc }

// funcName is the function's debug name, its export name, or func[N].
func (s *Session) funcName(f *vm.Function) string {
	if f.Name != "" {
		return "$" + f.Name
	}
	if f.Inst != nil {
		for _, e := range f.Inst.Module.Exports {
			if e.Kind == wasm.ExternFunc && e.Index == f.Index {
				return fmt.Sprintf("%q", e.Name)
			}
		}
	}
	return fmt.Sprintf("func[%d]", f.Index)
}

// describeInstr gives the teaching view of an instruction.
func describeInstr(in *instrInfo) Instruction {
	var info wasm.OpInfo
	if int(in.op) < len(wasm.Ops) {
		info = wasm.Ops[in.op]
	}
	return Instruction{Name: info.Name, Text: in.text, Sig: in.sig, Doc: info.Doc}
}
