package wast

import (
	"fmt"
	"sync/atomic"
	"time"

	"wasmstep/vm"
	"wasmstep/vm/wasm"
	"wasmstep/vm/wat"
)

// hostRef is the Go value behind the suite's (ref.extern N) and (ref.host N).
type hostRef uint32

// act performs an invoke or get action.
func (r *runner) act(a *wat.Action) ([]vm.Value, error) {
	inst := r.instance(a.Module)
	if inst == nil {
		return nil, fmt.Errorf("unknown module %q", a.Module)
	}
	switch a.Kind {
	case wat.Get:
		g := inst.ExportedGlobal(a.Name)
		if g == nil {
			return nil, fmt.Errorf("unknown global export %q", a.Name)
		}
		return []vm.Value{g.Get()}, nil
	default:
		f := inst.ExportedFunc(a.Name)
		if f == nil {
			return nil, fmt.Errorf("unknown function export %q", a.Name)
		}
		args := make([]vm.Value, len(a.Args))
		for i, c := range a.Args {
			args[i] = constValue(c)
		}
		if r.debugForm {
			return invokeDebug(r.store, f, args)
		}
		return r.invoke(f, args)
	}
}

// invoke runs a call in the fast loop, paused (and failed) when it runs
// past the script's time limit.
func (r *runner) invoke(f *vm.Function, args []vm.Value) ([]vm.Value, error) {
	th := r.store.NewThread()
	if r.timeout <= 0 {
		return th.Invoke(f, args...)
	}
	var timedOut atomic.Bool
	timer := time.AfterFunc(r.timeout, func() { timedOut.Store(true); th.Pause() })
	res, err := th.Invoke(f, args...)
	timer.Stop()
	if err != nil && timedOut.Load() {
		return nil, fmt.Errorf("timed out after %s (--timeout)", r.timeout)
	}
	return res, err
}

// invokeDebug runs a call to completion in the debug loop, the way the
// debugger runs code it steps through.
func invokeDebug(s *vm.Store, f *vm.Function, args []vm.Value) ([]vm.Value, error) {
	t := s.NewThread()
	t.UseDebugForm(true)
	if err := t.Start(f, args); err != nil {
		return nil, err
	}
	switch reason := t.RunDebug(nil); reason {
	case vm.StopDone:
		return t.Results(), nil
	case vm.StopError:
		return nil, t.Err()
	default:
		return nil, fmt.Errorf("call stopped: %s", reason)
	}
}

// constValue turns a script constant into a machine value.
func constValue(c wat.Const) vm.Value {
	switch c.Kind {
	case wat.ConstRefNull:
		return vm.RefNull(c.Heap)
	case wat.ConstExtern:
		return vm.ExternRef(hostRef(c.N))
	case wat.ConstHost:
		return vm.HostAnyRef(hostRef(c.N))
	}
	switch c.Type.Kind {
	case wasm.KindV128:
		return vm.V128(c.Bits, c.Hi)
	case wasm.KindI32:
		return vm.I32(int32(uint32(c.Bits)))
	case wasm.KindI64:
		return vm.I64(int64(c.Bits))
	case wasm.KindF32:
		return vm.F32Bits(uint32(c.Bits))
	}
	return vm.F64Bits(c.Bits)
}

func formatValues(vs []vm.Value) string {
	s := "["
	for i, v := range vs {
		if i > 0 {
			s += " "
		}
		s += v.String()
	}
	return s + "]"
}
