package wast

import (
	"io"
	"sync"

	"wasmstep/vm"
	"wasmstep/vm/host"
	"wasmstep/vm/load"
	"wasmstep/vm/wat"
)

// scriptThread is a (thread ...) of a script running on its own goroutine.
type scriptThread struct {
	done chan struct{}
	res  *Result
}

// threadCmd starts a script thread: a runner of its own, with a fresh
// registry (only spectest) and the named instances it shares, running its
// commands concurrently with the script. Its assertions count when it is
// waited for.
func (r *runner) threadCmd(c *wat.ThreadCmd) {
	sub := &runner{
		fs:        r.fs,
		store:     r.store,
		linker:    host.NewLinker(),
		instances: map[string]*vm.Instance{},
		defs:      map[string]*load.Module{},
		res:       &Result{File: r.res.File},
		debugForm: r.debugForm,
		out:       r.out,
		threads:   map[string]*scriptThread{},
	}
	sub.linker.Define("spectest", host.Spectest(r.store, r.out))
	for _, name := range c.Shared {
		inst := r.instances[name]
		if inst == nil {
			r.fail(c.At, "thread $%s: unknown shared module $%s", c.Name, name)
			return
		}
		sub.instances[name] = inst
	}
	th := &scriptThread{done: make(chan struct{}), res: sub.res}
	r.threads[c.Name] = th
	go func() {
		defer close(th.done)
		for _, cmd := range c.Commands {
			sub.command(cmd)
		}
		sub.joinAll()
	}()
}

// waitCmd waits for a script thread and counts its assertions.
func (r *runner) waitCmd(c *wat.WaitCmd) {
	th := r.threads[c.Thread]
	if th == nil {
		r.fail(c.At, "wait: unknown thread $%s", c.Thread)
		return
	}
	delete(r.threads, c.Thread)
	r.join(th)
}

func (r *runner) join(th *scriptThread) {
	<-th.done
	r.res.Passed += th.res.Passed
	r.res.Failed += th.res.Failed
	r.res.Failures = append(r.res.Failures, th.res.Failures...)
}

// joinAll waits for the threads a script never waited for, so none
// outlives its script.
func (r *runner) joinAll() {
	for name, th := range r.threads {
		delete(r.threads, name)
		r.join(th)
	}
}

// lockedWriter serialises the writes of a script's threads.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
