package wat

// MaxNesting bounds how deeply instructions nest in the text format: blocks
// in flat or folded form and folded operands. The parser recurses once per
// level, so without a bound a hostile file overflows the goroutine stack
// (a Go fatal error no recover can catch); past it the file gets an error
// at the instruction's line:col. 100,000 levels parse in about 2 s and
// 300 MB; the binary decoder, which needs no bound, takes deeper bodies.
const MaxNesting = 100_000

// enter counts one more level of nesting at the current token and fails
// past MaxNesting; the caller runs leave when the level ends.
func (p *modParser) enter() {
	p.depth++
	if p.depth > MaxNesting {
		p.fail("instructions nested more than %d deep", MaxNesting)
	}
}

func (p *modParser) leave() { p.depth-- }
