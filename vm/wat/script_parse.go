package wat

import (
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// ParseScript parses a .wast script. Text modules inside it are parsed
// eagerly; a module that fails to parse is kept with its error rather than
// failing the script, so assertions about malformed modules can run.
func ParseScript(fs *source.FileSet, name string, src []byte) (s *Script, err error) {
	f := fs.AddFile(name, src)
	p, err := newParser(f)
	if err != nil {
		return nil, err
	}
	defer catchBailout(&err)
	s = &Script{File: f}
	if kw := p.peekAt(1).Text; p.peek().Kind == LParen && moduleFieldKeywords[kw] {
		// A script may be a bare module's fields.
		at := p.peek().Pos
		m, err := p.embeddedModule(-1)
		s.Commands = append(s.Commands, &ModuleCmd{At: at, Form: ModuleText, Module: m, Err: err})
		return s, nil
	}
	for p.peek().Kind != EOF {
		s.Commands = append(s.Commands, p.command())
	}
	return s, nil
}

// command parses one top-level command.
func (p *parser) command() Command {
	if p.peek().Kind != LParen {
		p.unexpected()
	}
	open := p.peek()
	switch kw := p.peekAt(1).Text; kw {
	case "module":
		return p.scriptModule()
	case "register":
		p.next()
		p.next()
		c := &RegisterCmd{At: open.Pos, As: p.scriptName()}
		c.Module, _, _ = p.optID()
		p.close()
		return c
	case "invoke", "get":
		return &ActionCmd{Action: p.action()}
	case "thread":
		return p.threadCmd()
	case "wait":
		return p.waitCmd()
	case "assert_return":
		p.next()
		p.next()
		c := &AssertReturn{At: open.Pos, Action: p.action()}
		for p.peek().Kind == LParen {
			c.Results = append(c.Results, p.resultPattern())
		}
		p.close()
		return c
	case "assert_trap":
		p.next()
		p.next()
		c := &AssertTrap{At: open.Pos}
		if p.isOpen("module") {
			c.Module = p.scriptModule().(*ModuleCmd)
		} else {
			a := p.action()
			c.Action = &a
		}
		c.Msg = p.scriptName()
		p.close()
		return c
	case "assert_exhaustion":
		p.next()
		p.next()
		c := &AssertExhaustion{At: open.Pos, Action: p.action()}
		c.Msg = p.scriptName()
		p.close()
		return c
	case "assert_exception":
		p.next()
		p.next()
		c := &AssertException{At: open.Pos, Action: p.action()}
		p.close()
		return c
	case "assert_malformed", "assert_invalid", "assert_unlinkable", "assert_uninstantiable":
		p.next()
		p.next()
		c := &AssertModule{At: open.Pos, Kind: assertKinds[kw]}
		mc, ok := p.scriptModule().(*ModuleCmd)
		if !ok {
			p.failAt(open.Pos, "unexpected token: %s needs a module", kw)
		}
		c.Module = mc
		c.Msg = p.scriptName()
		p.close()
		return c
	}
	p.next()
	p.unexpected()
	return nil
}

var assertKinds = map[string]AssertModuleKind{
	"assert_malformed": AssertMalformed, "assert_invalid": AssertInvalid,
	"assert_unlinkable": AssertUnlinkable, "assert_uninstantiable": AssertUninstantiable,
}

// scriptName consumes a string (an export, register or message text).
func (p *parser) scriptName() string { return p.str().Value() }

// scriptModule parses (module ...) in any of its script forms, or
// (module instance $i? $m?).
func (p *parser) scriptModule() Command {
	open := p.expect(LParen)
	p.expectKeyword("module")
	c := &ModuleCmd{At: open.Pos}
	if p.isKeyword("instance") {
		p.next()
		ic := &InstanceCmd{At: open.Pos}
		ic.Name, _, _ = p.optID()
		ic.Module, _, _ = p.optID()
		p.close()
		return ic
	}
	if p.isKeyword("definition") {
		p.next()
		c.Definition = true
	}
	bodyStart := p.pos
	c.Name, _, _ = p.optID()
	switch {
	case p.isKeyword("binary"):
		p.next()
		c.Form = ModuleBinary
		c.Binary = []byte{} // an empty binary is still a binary
		for p.peek().Kind == String {
			c.Binary = append(c.Binary, p.next().Value()...)
		}
	case p.isKeyword("quote"):
		p.next()
		c.Form = ModuleQuote
		c.Quote = []byte{}
		for p.peek().Kind == String {
			if len(c.Quote) > 0 {
				c.Quote = append(c.Quote, ' ')
			}
			c.Quote = append(c.Quote, p.next().Value()...)
		}
	default:
		c.Form = ModuleText
		p.pos = bodyStart
		c.Module, c.Err = p.embeddedModule(p.pos - 2)
		return c
	}
	p.close()
	return c
}

var moduleFieldKeywords = map[string]bool{
	"type": true, "rec": true, "import": true, "func": true, "table": true, "memory": true,
	"global": true, "tag": true, "export": true, "start": true, "elem": true, "data": true,
}

// embeddedModule parses a text module whose "(module" (at token index
// open) was just read and moves past its closing parenthesis even if it
// fails to parse. With open < 0 the module is the rest of the input.
func (p *parser) embeddedModule(open int) (m *wasm.Module, err error) {
	defer func() {
		if err != nil && open >= 0 {
			p.skipForm(open)
		}
	}()
	defer catchBailout(&err)
	m = p.moduleBody()
	if open >= 0 {
		p.close()
	} else if p.peek().Kind != EOF {
		p.unexpected()
	}
	return m, nil
}
