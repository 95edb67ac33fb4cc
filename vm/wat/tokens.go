package wat

// tokenChunk is how many tokens a tokenList allocates at once.
const tokenChunk = 1 << 14

// tokenList holds a file's tokens in chunks of equal size: a big module
// has tens of millions, which a doubling slice would copy again and again
// and hold twice over while it grows.
type tokenList struct {
	chunks [][]Token
	n      int
}

func (l *tokenList) add(t Token) {
	if l.n%tokenChunk == 0 {
		l.chunks = append(l.chunks, make([]Token, tokenChunk))
	}
	l.chunks[l.n/tokenChunk][l.n%tokenChunk] = t
	l.n++
}

// at returns token i, which must exist.
func (l *tokenList) at(i int) Token { return l.chunks[i/tokenChunk][i%tokenChunk] }

func (l *tokenList) len() int { return l.n }
