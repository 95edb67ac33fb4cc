package source

import "strings"

// class is the syntactic role of a piece of text, which picks its colour.
type class uint8

const (
	classPlain   class = iota // parentheses, unknown tokens
	classKeyword              // module structure: module, func, param, i32, ...
	classInstr                // instruction names: i32.add, local.get, ...
	classID                   // $names
	classNumber
	classString
	classComment
)

// span is a run of one class within a line, in byte offsets [from, to).
type span struct {
	from, to int
	class    class
}

// keywords are the atoms that build module structure rather than name an
// instruction; every other atom is taken to be an instruction.
var keywords = map[string]bool{}

func init() {
	for _, k := range strings.Fields(`module func param result local global table memory data elem
		import export start type mut rec sub final struct array field ref null tag offset item
		declare then shared i8 i16 i32 i64 f32 f64 v128 funcref externref anyref eqref i31ref
		structref arrayref nullref nullfuncref nullexternref exnref nullexnref any eq i31 none
		nofunc extern noextern exn noexn pagesize binary quote definition instance
		assert_return assert_trap assert_invalid assert_malformed assert_unlinkable
		assert_exhaustion assert_exception register invoke get either`) {
		keywords[k] = true
	}
}

// lexLine appends the coloured spans of one line to out. depth is the nesting
// of block comments open at the start of the line; the depth at its end is
// returned, since block comments are the only tokens that span lines.
func lexLine(line string, depth int, out []span) ([]span, int) {
	i := 0
	commentFrom := 0
	for i < len(line) {
		if depth > 0 {
			i, depth = skipBlockComment(line, i, depth)
			out = append(out, span{commentFrom, i, classComment})
			continue
		}
		c := line[i]
		switch {
		case strings.HasPrefix(line[i:], ";;"):
			out = append(out, span{i, len(line), classComment})
			i = len(line)
		case strings.HasPrefix(line[i:], "(;"):
			commentFrom, depth = i, 1
			i += 2
		case c == ' ' || c == '\t' || c == '\r' || c == '(' || c == ')':
			i++
		case c == '"':
			end := stringEnd(line, i)
			out = append(out, span{i, end, classString})
			i = end
		case c == '$' && strings.HasPrefix(line[i+1:], `"`):
			end := stringEnd(line, i+1)
			out = append(out, span{i, end, classID})
			i = end
		default:
			end := atomEnd(line, i)
			out = append(out, span{i, end, classify(line[i:end])})
			i = end
		}
	}
	return out, depth
}

// skipBlockComment scans inside a block comment of the given depth and returns
// where the scan stopped (after the closing ";)" or at the end) and the depth.
func skipBlockComment(line string, i, depth int) (int, int) {
	for i < len(line) && depth > 0 {
		switch {
		case strings.HasPrefix(line[i:], "(;"):
			depth++
			i += 2
		case strings.HasPrefix(line[i:], ";)"):
			depth--
			i += 2
		default:
			i++
		}
	}
	return i, depth
}

// stringEnd returns the offset after the string literal opening at i; an
// unterminated string runs to the end of the line.
func stringEnd(line string, i int) int {
	for j := i + 1; j < len(line); j++ {
		switch line[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(line)
}

// atomEnd returns the end of the keyword, number or id starting at i.
func atomEnd(line string, i int) int {
	for j := i; j < len(line); j++ {
		switch line[j] {
		case ' ', '\t', '\r', '(', ')', '"':
			return j
		case ';':
			if strings.HasPrefix(line[j:], ";;") || strings.HasPrefix(line[j:], ";)") {
				return j
			}
		}
	}
	return len(line)
}

func classify(atom string) class {
	switch {
	case atom[0] == '$':
		return classID
	case isNumber(atom):
		return classNumber
	case keywords[atom] || atom[0] == '@' || strings.Contains(atom, "="):
		return classKeyword
	case atom[0] >= 'a' && atom[0] <= 'z':
		return classInstr
	}
	return classPlain
}

func isNumber(atom string) bool {
	s := strings.TrimLeft(atom, "+-")
	if s == "" {
		return false
	}
	return s[0] >= '0' && s[0] <= '9' || s == "inf" || s == "nan" || strings.HasPrefix(s, "nan:")
}
