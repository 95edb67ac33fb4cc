package host

import (
	"io"
	"sync"
)

// syncWriter serialises writes to w with a mutex shared by the program's
// writers, so threads printing at once (WASI fd_write, printing imports)
// never interleave inside one write or race on a buffer.
type syncWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (s syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// syncWriters wraps each non-nil writer in a syncWriter on one mutex.
func syncWriters(ws ...*io.Writer) {
	mu := new(sync.Mutex)
	for _, w := range ws {
		if *w != nil {
			*w = syncWriter{mu: mu, w: *w}
		}
	}
}
