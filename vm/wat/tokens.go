package wat

// tokenChunk is how many tokens a tokenList scans and keeps at once.
const tokenChunk = 1 << 14

// keptChunks is how many chunks of tokens a tokenList holds: the parser
// moves forward, going back a few tokens or to the start of a module field.
const keptChunks = 4

// tokenList gives the parser a file's tokens by index without holding them
// all (a big module has tens of millions): tokenize notes where each chunk
// of tokens starts, and a chunk is scanned again when the parser reaches
// it. The few chunks used last are kept.
type tokenList struct {
	s      *scanner
	starts []int // per chunk: the offset its scan starts at
	n      int   // tokens, EOF included

	kept [keptChunks]keptChunk
	turn int // the kept slot to reuse next
}

type keptChunk struct {
	chunk int // which chunk toks holds; -1 for none
	toks  []Token
}

// scanned offers tokenize's scan of chunk c to be kept, and returns a
// buffer for the next chunk.
func (l *tokenList) scanned(c int, toks []Token) []Token {
	if c >= keptChunks {
		return toks[:0]
	}
	l.kept[c] = keptChunk{c, toks}
	for i := c + 1; i < keptChunks; i++ {
		l.kept[i].chunk = -1
	}
	return nil
}

// at returns token i, which must exist.
func (l *tokenList) at(i int) Token {
	c := i / tokenChunk
	for k := range l.kept {
		if l.kept[k].chunk == c {
			return l.kept[k].toks[i%tokenChunk]
		}
	}
	return l.rescan(c)[i%tokenChunk]
}

// rescan scans chunk c again into the slot kept longest. tokenize scanned
// it without error, so this one cannot fail.
func (l *tokenList) rescan(c int) []Token {
	slot := &l.kept[l.turn]
	l.turn = (l.turn + 1) % keptChunks
	toks := slot.toks[:0]
	l.s.off = l.starts[c]
	for len(toks) < tokenChunk {
		tok, _ := l.s.token()
		toks = append(toks, tok)
		if tok.Kind == EOF {
			break
		}
	}
	*slot = keptChunk{c, toks}
	return toks
}

func (l *tokenList) len() int { return l.n }
