// Package source is the source pane: WebAssembly text with line numbers,
// syntax colours, the next instruction as a span, breakpoints and errors.
package source

// Model is everything the view shows. It is plain data, so the window builds it
// from the debugger's snapshot and tests build it by hand.
type Model struct {
	Text        string
	Lines       Lines    // when set, shown instead of Text
	Next        *Span    // the instruction that runs next; nil when not stopped here
	Breakpoints []int    // 1-based lines with a breakpoint
	Errors      []Marker // parse and validation errors, and a trap
	Target      int      // a 1-based line the user went to (Ctrl+P), outlined; 0 for none
}

// Loc is a 1-based line and a 1-based byte column, as in source.Position.
type Loc struct{ Line, Col int }

// Span runs from From up to, not including, To.
type Span struct{ From, To Loc }

// covers reports whether the span has a character on line n. A span that
// ends at the start of a line (a function's closing parenthesis, up to
// the end of its line) has none there: the next form starts on that line.
func (s Span) covers(n int) bool {
	if n == s.To.Line && s.To.Col <= 1 && s.To.Line > s.From.Line {
		return false
	}
	return n >= s.From.Line && n <= s.To.Line
}

// Marker is a message attached to a place in the text.
type Marker struct {
	Loc
	Msg string
}
