// Package console is the log of what the program said and asked of its
// host: its output and its calls of imported functions. It keeps the newest
// lines only and follows the end as lines arrive.
package console

import "fyne.io/fyne/v2/lang"

// Kind is where a log entry comes from.
type Kind uint8

// Entry kinds.
const (
	Output Kind = iota // the program's standard output
	Errors             // the program's standard error
	Call               // a call of an imported function, e.g. "env.log(42)"
)

// String is the name shown in the log's first column.
func (k Kind) String() string {
	switch k {
	case Output:
		return lang.L("out")
	case Errors:
		return lang.L("err")
	case Call:
		return lang.L("call")
	}
	return "?"
}

// Entry is text to append. Output and Errors text may hold several lines
// or part of one: a line without its newline is continued by the next
// entry of the same kind. A Call is one whole line.
type Entry struct {
	Kind Kind
	Text string
}

// line is one row of the log.
type line struct {
	kind Kind
	text string
	open bool // no newline yet: the next output of this kind continues it
}
