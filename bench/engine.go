package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// Engine is a WebAssembly implementation the harness can time.
type Engine interface {
	Name() string
	// Load compiles and instantiates a module without imports and returns
	// its export fn, of type [i32] -> [i64]. name labels the module in
	// error messages.
	Load(name string, wasm []byte, fn string) (Runner, error)
}

// Runner is an instantiated module's exported function.
type Runner interface {
	Run(n int32) (int64, error)
	Close() error
}

// Prepare loads a workload's module on an engine; the result is ready to
// Run(w.N).
func Prepare(e Engine, dir string, w Workload) (Runner, error) {
	path := filepath.Join(dir, w.File)
	wasm, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	r, err := e.Load(path, wasm, w.Func)
	if err != nil {
		return nil, fmt.Errorf("%s: loading %s: %w", e.Name(), w.File, err)
	}
	return r, nil
}

// Call runs the workload once on a prepared runner and checks its result.
func Call(r Runner, w Workload) error {
	got, err := r.Run(w.N)
	if err != nil {
		return fmt.Errorf("%s(%d): %w", w.Func, w.N, err)
	}
	if got != w.Expected {
		return fmt.Errorf("%s(%d) = %d, want %d", w.Func, w.N, got, w.Expected)
	}
	return nil
}

// Time loads a workload, runs it once and returns how long the call took
// (loading excluded).
func Time(e Engine, dir string, w Workload) (time.Duration, error) {
	r, err := Prepare(e, dir, w)
	if err != nil {
		return 0, err
	}
	defer r.Close()
	start := time.Now()
	err = Call(r, w)
	elapsed := time.Since(start)
	if err != nil {
		return 0, fmt.Errorf("%s: %s: %w", e.Name(), w.Name, err)
	}
	return elapsed, nil
}
