package vm

// Default limits of a Store.
const (
	DefaultMaxCallDepth   = 20000
	DefaultMaxMemoryBytes = 1 << 40 // address space per memory; untouched pages cost nothing
)

// Store holds the configuration shared by the instances created through it.
// Instances and threads of one store run on one goroutine at a time.
type Store struct {
	// MaxCallDepth bounds the frames of a thread; a deeper call traps with
	// "call stack exhausted".
	MaxCallDepth int
	// MaxMemoryBytes caps every memory's size; memory.grow past it fails.
	MaxMemoryBytes uint64
	// MaxSteps, if non-zero, bounds the operations one Invoke may run.
	MaxSteps uint64
}

// NewStore returns a store with the default limits.
func NewStore() *Store {
	return &Store{MaxCallDepth: DefaultMaxCallDepth, MaxMemoryBytes: DefaultMaxMemoryBytes}
}

// Invoke calls f with args on a fresh thread and runs it to completion.
func (s *Store) Invoke(f *Function, args ...Value) ([]Value, error) {
	return s.NewThread().Invoke(f, args...)
}
