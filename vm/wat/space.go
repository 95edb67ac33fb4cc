package wat

// space is one index space's names: functions, tables, types, locals, ...
type space struct {
	kind  string // for messages: "func", "local", ...
	names map[string]uint32
}

// newSpace returns an empty name space; its map is made on the first name,
// as most functions of a big module name no local.
func newSpace(kind string) space { return space{kind: kind} }

// define binds name to idx; a repeated name is an error.
func (p *parser) define(s *space, t Token, name string, idx uint32) {
	if _, dup := s.names[name]; dup {
		p.failAt(t.Pos, "duplicate %s $%s", s.kind, name)
	}
	if s.names == nil {
		s.names = map[string]uint32{}
	}
	s.names[name] = idx
}

// index consumes a numeric index or a name bound in s.
func (p *parser) index(s *space) uint32 {
	t := p.peek()
	if t.Kind == ID {
		p.next()
		idx, ok := s.names[t.Value()]
		if !ok {
			p.failAt(t.Pos, "unknown %s $%s", s.kind, t.Value())
		}
		return idx
	}
	return p.u32()
}
