// Package memory shows linear memories as hex grids: one tab per memory, an
// address scrollbar that spans even a 16 GiB memory64, bytes written since
// the last stop, a cursor and the typed values at the cursor.
package memory

// Source is one memory's bytes at a stop. The window gives copies the
// debugger made, so the view never touches the VM.
type Source interface {
	Size() uint64
	// ReadAt copies bytes from addr on into p and returns how many it copied:
	// fewer than len(p) at the end of the memory, and where bytes are not
	// at hand yet (a row the grid then shows as pending; the window calls
	// View.Redraw when they arrive).
	ReadAt(p []byte, addr uint64) int
}

// Range is the bytes [Start, End).
type Range struct{ Start, End uint64 }

// MemoryModel describes one memory at a stop.
type MemoryModel struct {
	Index   int
	Name    string // "$public", or empty
	Import  string // "js.mem0" for an imported memory, or empty
	Shared  bool   // declared shared (threads)
	Addr64  bool   // memory64: addresses have 16 hex digits
	Pages   uint64
	Written []Range // bytes written since the last stop
	// WrittenBy says which thread wrote bytes of Written last, for a
	// program with threads (sorted by address); nil otherwise.
	WrittenBy []ThreadWrite
	Source    Source
	// Timeline is the memory's size over the call: at Step 0 its size when
	// the call started, then one point per memory.grow; Now is the call's
	// instruction count at this stop (the right end of the plot).
	Timeline []GrowPoint
	Now      uint64
}

// GrowPoint says that from instruction Step on, the memory has Pages pages.
type GrowPoint struct{ Step, Pages uint64 }

// Model is every memory of the stopped instance.
type Model struct {
	Memories []MemoryModel
}
