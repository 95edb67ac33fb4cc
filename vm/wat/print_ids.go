package wat

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"wasmstep/vm/wasm"
)

// plainIDByte reports whether c may appear in a plain $identifier.
func plainIDByte(c byte) bool {
	switch {
	case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		return true
	}
	return strings.IndexByte("!#$%&'*+-./:<=>?@\\^_`|~", c) >= 0
}

// formatID renders a debug name as a text-format identifier: $name when
// every byte is an identifier character, else $"..." with escapes. It
// returns "" for names the text format cannot express (empty, or not UTF-8).
func formatID(name string) string {
	if name == "" || !utf8.ValidString(name) {
		return ""
	}
	plain := true
	for i := 0; i < len(name); i++ {
		if !plainIDByte(name[i]) {
			plain = false
			break
		}
	}
	if plain {
		return "$" + name
	}
	return "$" + nameLiteral(name)
}

// nameLiteral renders a name (import, export or identifier) as a string
// literal, keeping printable characters readable.
func nameLiteral(s string) string {
	if !utf8.ValidString(s) {
		return bytesLiteral([]byte(s))
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		if r < utf8.RuneSelf || !unicode.IsPrint(r) {
			escapeRuneTo(&b, r)
			continue
		}
		b.WriteRune(r)
	}
	b.WriteByte('"')
	return b.String()
}

// escapeRuneTo writes an ASCII rune as itself or an escape, and any
// other rune as \u{...}.
func escapeRuneTo(b *strings.Builder, r rune) {
	if r >= utf8.RuneSelf {
		b.WriteString(`\u{` + strconv.FormatInt(int64(r), 16) + `}`)
		return
	}
	escapeByteTo(b, byte(r))
}

// bytesLiteral renders raw bytes (data segments, invalid UTF-8) as a string
// literal that stays plain ASCII.
func bytesLiteral(data []byte) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, c := range data {
		escapeByteTo(&b, c)
	}
	b.WriteByte('"')
	return b.String()
}

func escapeByteTo(b *strings.Builder, c byte) {
	const hex = "0123456789abcdef"
	switch c {
	case '"', '\\':
		b.WriteByte('\\')
		b.WriteByte(c)
	case '\n':
		b.WriteString(`\n`)
	case '\t':
		b.WriteString(`\t`)
	default:
		if c >= 0x20 && c < 0x7F {
			b.WriteByte(c)
			return
		}
		b.WriteByte('\\')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
}

// idTable maps the indices of one index space to their debug names.
type idTable struct {
	names map[uint32]string
	// hidden lists the indices whose name must not be printed: the text
	// format rejects a duplicate identifier, and a binary's name section
	// may repeat names, so only the lowest index keeps a repeated name.
	hidden map[uint32]bool
}

// uniqueIDTable returns the names of an index space with duplicates hidden.
func uniqueIDTable(names map[uint32]string) idTable {
	t := idTable{names: names}
	byName := make(map[string]uint32, len(names))
	for k, n := range names {
		first, seen := byName[n]
		switch {
		case !seen:
			byName[n] = k
		case k < first:
			byName[n] = k
			t.hide(first)
		default:
			t.hide(k)
		}
	}
	return t
}

func (t *idTable) hide(idx uint32) {
	if t.hidden == nil {
		t.hidden = map[uint32]bool{}
	}
	t.hidden[idx] = true
}

// id returns the identifier of an index, or "" if it has none.
func (t idTable) id(idx uint32) string {
	name, ok := t.names[idx]
	if !ok || t.hidden[idx] {
		return ""
	}
	return formatID(name)
}

// ref renders an index: its identifier if it has one, else the number.
func (t idTable) ref(idx uint32) string {
	if id := t.id(idx); id != "" {
		return id
	}
	return strconv.FormatUint(uint64(idx), 10)
}

// idSpaces holds the identifiers of the module-wide index spaces.
type idSpaces struct {
	types, funcs, tables, mems, globals, tags, elems, datas idTable
	names                                                   *wasm.Names
	unique                                                  bool
	fieldIDs                                                map[uint32]idTable // memo, when unique
}

// newIDSpaces prepares identifiers for a module. With unique set, names that
// would make the output unparsable are dropped (Print); without, lookups cost
// nothing up front (PrintInstr).
func newIDSpaces(n *wasm.Names, unique bool) *idSpaces {
	mk := func(m map[uint32]string) idTable {
		if unique {
			return uniqueIDTable(m)
		}
		return idTable{names: m}
	}
	return &idSpaces{
		types: mk(n.Types), funcs: mk(n.Funcs), tables: mk(n.Tables), mems: mk(n.Mems),
		globals: mk(n.Globals), tags: mk(n.Tags), elems: mk(n.Elems), datas: mk(n.Datas),
		names: n, unique: unique, fieldIDs: map[uint32]idTable{},
	}
}

// fields returns the field identifiers of a struct type.
func (s *idSpaces) fields(typeIdx uint32) idTable {
	if s.unique {
		t, ok := s.fieldIDs[typeIdx]
		if !ok {
			t = uniqueIDTable(s.names.Fields[typeIdx])
			s.fieldIDs[typeIdx] = t
		}
		return t
	}
	return idTable{names: s.names.Fields[typeIdx]}
}

// locals returns the local identifiers of a function (by function index).
func (s *idSpaces) locals(funcIdx uint32) idTable {
	if s.unique {
		return uniqueIDTable(s.names.Locals[funcIdx])
	}
	return idTable{names: s.names.Locals[funcIdx]}
}
