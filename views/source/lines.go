package source

// Lines is a text the view asks for line by line, for texts too big to
// print whole: a compiled module's disassembly is printed a function at a
// time for the lines on screen.
type Lines interface {
	Len() int
	Line(i int) string // 0-based
	// MaxCells is the widest line in cells; it sizes the horizontal
	// scroll, so an estimate is enough.
	MaxCells() int
}

// linesDocument is a document over Lines. Disassemblies have no block
// comments, so lexing every line starts outside one.
func linesDocument(src Lines) *document {
	return &document{src: src, maxCells: src.MaxCells()}
}

// count is the number of lines.
func (d *document) count() int {
	if d.src != nil {
		return d.src.Len()
	}
	return len(d.lines)
}

// line is 0-based line i.
func (d *document) line(i int) string {
	if d.src != nil {
		return d.src.Line(i)
	}
	return d.lines[i]
}

// depthAt is how many block comments are open at the start of line i.
func (d *document) depthAt(i int) int {
	if d.src != nil {
		return 0
	}
	return d.depth[i]
}
