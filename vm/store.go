package vm

import (
	"sync/atomic"
	"time"

	"wasmstep/vm/wasm"
)

// Default limits of a Store.
const (
	DefaultMaxCallDepth    = 20000
	DefaultMaxMemoryBytes  = 1 << 40 // address space per memory; untouched pages cost nothing
	DefaultMaxTableEntries = 1 << 26 // 1 GiB of references per table
	DefaultMaxArrayBytes   = 1 << 30 // per GC array allocation
)

// Store holds the configuration shared by the instances created through it.
// Instances and threads of one store run on one goroutine at a time.
type Store struct {
	// MaxCallDepth bounds the frames of a thread; a deeper call traps with
	// "call stack exhausted".
	MaxCallDepth int
	// MaxMemoryBytes caps every memory's size; memory.grow past it fails.
	MaxMemoryBytes uint64
	// MaxTableEntries caps the size of every table the store's instances
	// define (0: DefaultMaxTableEntries); table.grow past it fails and a
	// larger minimum fails instantiation.
	MaxTableEntries uint64
	// MaxArrayBytes caps the bytes one GC array allocation takes in the
	// machine, 8 per numeric and 16 per reference element (0:
	// DefaultMaxArrayBytes); a larger array.new* traps with "out of memory".
	MaxArrayBytes uint64
	// MaxSteps, if non-zero, bounds the operations one Invoke may run; bulk
	// operations spend it in proportion to their length (see chargeBulk).
	MaxSteps uint64
	// MaxWait, if non-zero, caps the timeout of every memory.atomic.wait: a
	// wait nobody notifies returns "timed out" after it instead of blocking
	// for ever (a fuzzer's or a test's bound on deadlocked programs).
	MaxWait time.Duration
	// MaxMemory, if non-zero, bounds the host memory the store's programs
	// make the process hold, in bytes (budget.go): past it memory.grow and
	// table.grow fail, allocations trap with "out of memory", and a
	// declaration that does not fit fails instantiation.
	MaxMemory   uint64
	heapAfterGC uint64 // the heap's size after the last collection fits ran

	journal *journal // live checkpoints (checkpoint_store.go); nil: none
	// onField, if set, hears of each GC field write the journal logs.
	onField func(obj any, i, n int)

	// blocked counts the threads inside a memory.atomic.wait that has no
	// timeout (wait.go), for deadlock detection.
	blocked atomic.Int64

	// longestBody is the most instructions in the body of any function
	// instantiated in the store: the most one frame runs between two
	// transfers of control (runFast sizes its poll budget by it).
	longestBody atomic.Int64
}

// NewStore returns a store with the default limits.
func NewStore() *Store {
	return &Store{MaxCallDepth: DefaultMaxCallDepth, MaxMemoryBytes: DefaultMaxMemoryBytes,
		MaxTableEntries: DefaultMaxTableEntries, MaxArrayBytes: DefaultMaxArrayBytes}
}

// Invoke calls f with args on a fresh thread and runs it to completion.
func (s *Store) Invoke(f *Function, args ...Value) ([]Value, error) {
	return s.NewThread().Invoke(f, args...)
}

// NewTable creates a table of type t, every entry init, capped by
// MaxTableEntries; ok is false if its minimum size passes the cap.
func (s *Store) NewTable(t wasm.TableType, init Ref) (*Table, bool) {
	return newTable(t, init, orDefault(s.MaxTableEntries, DefaultMaxTableEntries))
}

// arrayByteLimit is MaxArrayBytes or its default.
func (s *Store) arrayByteLimit() uint64 {
	return orDefault(s.MaxArrayBytes, DefaultMaxArrayBytes)
}

func orDefault(v, def uint64) uint64 {
	if v == 0 {
		return def
	}
	return v
}
