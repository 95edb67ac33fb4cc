// Package source maps compact positions to file:line:col, in the manner of
// go/token: every token and instruction carries a 4-byte Pos, and a FileSet
// resolves it on demand, so the module model stays small.
package source

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
)

// Pos is a compact position. The zero value means "no position". For text
// files a Pos is a FileSet offset; binary files use the byte offset + 1 of
// their own File, so both kinds resolve through the same set.
type Pos uint32

// NoPos is the zero Pos.
const NoPos Pos = 0

// IsValid reports whether p names a position.
func (p Pos) IsValid() bool { return p != NoPos }

// Position is a resolved position.
type Position struct {
	Filename string
	Offset   int  // byte offset in the file, 0-based
	Line     int  // 1-based; 0 for binary files
	Column   int  // 1-based byte column; 0 for binary files
	Binary   bool // a binary file: only Offset is meaningful
}

// String renders file:line:col for text and file:offset 0xNN for binary.
func (p Position) String() string {
	if p.Binary {
		return fmt.Sprintf("%s:0x%x", p.Filename, p.Offset)
	}
	if p.Line == 0 {
		return p.Filename
	}
	return fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
}

// File is one source in a FileSet.
type File struct {
	name   string
	base   int // Pos of offset 0
	size   int
	binary bool

	lines []int // offsets of line starts, lines[0] == 0
	src   []byte
}

// Name returns the file name.
func (f *File) Name() string { return f.name }

// Size returns the file size in bytes.
func (f *File) Size() int { return f.size }

// Base returns the Pos of the file's first byte.
func (f *File) Base() int { return f.base }

// Source returns the file's bytes.
func (f *File) Source() []byte { return f.src }

// Binary reports whether the file is a binary module.
func (f *File) Binary() bool { return f.binary }

// Pos returns the Pos of a byte offset in the file.
func (f *File) Pos(offset int) Pos {
	if offset < 0 {
		offset = 0
	}
	if offset > f.size {
		offset = f.size
	}
	return Pos(f.base + offset)
}

// Offset returns the byte offset of p, which must belong to f.
func (f *File) Offset(p Pos) int { return int(p) - f.base }

// Position resolves p, which must belong to f.
func (f *File) Position(p Pos) Position {
	off := f.Offset(p)
	if f.binary {
		return Position{Filename: f.name, Offset: off, Binary: true}
	}
	i := sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return Position{Filename: f.name, Offset: off, Line: i + 1, Column: off - f.lines[i] + 1}
}

// LineCount returns the number of lines of a text file.
func (f *File) LineCount() int { return len(f.lines) }

// LineStart returns the Pos of the first byte of a 1-based line.
func (f *File) LineStart(line int) Pos {
	if line < 1 || line > len(f.lines) {
		return NoPos
	}
	return f.Pos(f.lines[line-1])
}

// FileSet holds files and resolves positions across them.
type FileSet struct {
	mu    sync.RWMutex
	base  int
	files []*File
}

// NewFileSet returns an empty set.
func NewFileSet() *FileSet { return &FileSet{base: 1} }

// AddFile adds a text file with its contents.
func (s *FileSet) AddFile(name string, src []byte) *File { return s.add(name, src, false) }

// AddBinary adds a binary file with its contents.
func (s *FileSet) AddBinary(name string, src []byte) *File { return s.add(name, src, true) }

func (s *FileSet) add(name string, src []byte, binary bool) *File {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := &File{name: name, base: s.base, size: len(src), binary: binary, src: src}
	if !binary {
		// Counted first: a big module has millions of lines.
		f.lines = make([]int, 1, 1+bytes.Count(src, []byte{'\n'}))
		for i := 0; ; {
			j := bytes.IndexByte(src[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			f.lines = append(f.lines, i)
		}
	}
	s.base += len(src) + 1 // +1 so an end-of-file Pos stays inside its file
	s.files = append(s.files, f)
	return f
}

// File returns the file containing p, or nil.
func (s *FileSet) File(p Pos) *File {
	if !p.IsValid() {
		return nil
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	i := sort.Search(len(s.files), func(i int) bool { return s.files[i].base > int(p) }) - 1
	if i < 0 {
		return nil
	}
	f := s.files[i]
	if int(p) > f.base+f.size {
		return nil
	}
	return f
}

// Position resolves p; an invalid or unknown Pos gives the zero Position.
func (s *FileSet) Position(p Pos) Position {
	if f := s.File(p); f != nil {
		return f.Position(p)
	}
	return Position{}
}

// Files returns the files in the order they were added.
func (s *FileSet) Files() []*File {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return append([]*File(nil), s.files...)
}

// Error is an error at a position.
type Error struct {
	Pos Position
	Msg string
}

func (e *Error) Error() string {
	if e.Pos.Filename == "" && e.Pos.Line == 0 && !e.Pos.Binary {
		return e.Msg
	}
	return e.Pos.String() + ": " + e.Msg
}
