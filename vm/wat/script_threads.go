package wat

import "wasmstep/vm/source"

// ThreadCmd runs commands on a new thread of the script (the threads
// proposal's test scripts): (thread $name (shared (module $m))* command*).
// The thread starts with no registered modules and sees only the named
// instances it shares.
type ThreadCmd struct {
	At       source.Pos
	Name     string   // without '$'
	Shared   []string // instance names the thread may use
	Commands []Command
}

// WaitCmd waits for a thread to finish: (wait $name).
type WaitCmd struct {
	At     source.Pos
	Thread string
}

func (c *ThreadCmd) Pos() source.Pos { return c.At }
func (c *WaitCmd) Pos() source.Pos   { return c.At }

func (p *parser) threadCmd() Command {
	open := p.expect(LParen)
	p.expectKeyword("thread")
	c := &ThreadCmd{At: open.Pos}
	c.Name = p.requiredID("thread")
	for p.isOpen("shared") {
		p.next()
		p.next()
		p.expect(LParen)
		p.expectKeyword("module")
		c.Shared = append(c.Shared, p.requiredID("shared module"))
		p.close()
		p.close()
	}
	for p.peek().Kind == LParen {
		c.Commands = append(c.Commands, p.command())
	}
	p.close()
	return c
}

func (p *parser) waitCmd() Command {
	open := p.expect(LParen)
	p.expectKeyword("wait")
	c := &WaitCmd{At: open.Pos, Thread: p.requiredID("thread")}
	p.close()
	return c
}

// requiredID consumes a $name that must be there.
func (p *parser) requiredID(what string) string {
	id, _, ok := p.optID()
	if !ok {
		p.failAt(p.peek().Pos, "expected a %s name", what)
	}
	return id
}
