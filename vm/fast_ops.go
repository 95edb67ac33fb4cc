package vm

import (
	"reflect"
	"runtime"
	"strings"
)

// FastOp is one operation of a function's fast form, for measurements
// that choose fused operations: its handler and the body instruction it
// completes.
type FastOp struct {
	Handler string // the handler's Go name, as "opAddI32"
	At      int    // index in the body of the instruction it completes
}

// FastOps returns the operations of the function's fast form in order,
// lowering it if it was not yet (nil for a host function).
func (f *Function) FastOps() []FastOp {
	if f.Def == nil {
		return nil
	}
	if f.fast == nil {
		f.fast = lowerFast(f)
	}
	out := make([]FastOp, len(f.fast.ops))
	for k := range f.fast.ops {
		out[k] = FastOp{Handler: handlerName(f.fast.ops[k].fn), At: int(f.fast.at[k])}
	}
	return out
}

func handlerName(h handler) string {
	name := runtime.FuncForPC(reflect.ValueOf(h).Pointer()).Name()
	return name[strings.LastIndex(name, ".")+1:]
}
