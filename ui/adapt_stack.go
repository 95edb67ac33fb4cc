package ui

import (
	"fyne.io/fyne/v2/lang"

	"wasmstep/debugger"
	"wasmstep/views/stack"
)

// stackModel is the operand stack of frame i of s. Only the innermost frame
// shows what the last step popped and pushed: the others are suspended in a
// call.
func stackModel(s *debugger.Snapshot, i int) stack.Model {
	if s == nil || i < 0 || i >= len(s.Frames) {
		return stack.Model{}
	}
	f := &s.Frames[i]
	m := stack.Model{Operands: make([]stack.Operand, 0, len(f.Stack)+len(s.Popped))}
	pushedFrom := len(f.Stack)
	if i == 0 {
		pushedFrom = max(0, len(f.Stack)-s.Pushed)
	}
	args := 0 // the operands the next call takes, labelled by its parameters
	if i == 0 {
		args = min(len(s.Next.CalleeParams), len(f.Stack))
	}
	for j, v := range f.Stack {
		op := stack.Operand{Value: stackValue(v), Pushed: j >= pushedFrom}
		if k := j - (len(f.Stack) - args); k >= 0 {
			op.Param = s.Next.CalleeParams[len(s.Next.CalleeParams)-args+k]
		}
		m.Operands = append(m.Operands, op)
	}
	if i == 0 {
		for _, v := range s.Popped {
			m.Operands = append(m.Operands, stack.Operand{Value: stackValue(v), Popped: true})
		}
	}
	m.Blocks = append(m.Blocks, stack.Block{Label: "func " + f.Location.FuncName})
	for _, b := range f.Blocks {
		m.Blocks = append(m.Blocks, stack.Block{Label: blockLabel(b), Height: b.Height})
	}
	m.Next = nextInstr(s, i)
	return m
}

// blockLabel names a block by its instruction (a keyword, not translated)
// and its label, or its depth when it has no label.
func blockLabel(b debugger.Block) string {
	name := b.Kind.String()
	if b.Label != "" {
		return name + " " + b.Label
	}
	return lang.X("stack.block.depth", "{{.Kind}} (depth {{.Depth}})", map[string]any{"Kind": name, "Depth": b.Depth})
}

// nextInstr is the caption: the instruction frame i runs next, with its
// stack effect and description. The session describes the current frame's;
// a suspended frame's comes from the opcode table.
func nextInstr(s *debugger.Snapshot, i int) stack.Instr {
	if i == 0 && s.Next.Name != "" {
		name := s.Next.Text
		if name == "" {
			name = s.Next.Name
		}
		return stack.Instr{Name: name, Sig: s.Next.Sig, Doc: opDoc(s.Next.Name, s.Next.Doc)}
	}
	loc := s.Frames[i].Location
	if loc.Instr < 0 {
		return stack.Instr{}
	}
	in := stack.InstrOf(loc.Op)
	in.Doc = opDoc(in.Name, in.Doc)
	if loc.Text != "" {
		in.Name = loc.Text
	}
	return in
}

// opDoc is an instruction's description in the interface language. The
// opcode table's English is the source and the fallback, so only the other
// languages list the instructions.
func opDoc(mnemonic, doc string) string {
	if mnemonic == "" || doc == "" {
		return doc
	}
	return lang.X(opDocKey(mnemonic), doc)
}

// opDocKey is the translation key of an instruction's description.
func opDocKey(mnemonic string) string { return "op." + mnemonic }
