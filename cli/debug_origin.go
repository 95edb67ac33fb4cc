package cli

import (
	"fmt"
	"strconv"
	"strings"

	"wasmstep/debugger"
)

const originUsage = "usage: origin mem IDX ADDR [LEN] | origin global NAME|IDX | origin local NAME|IDX | origin stack N | origin table IDX SLOT | origin heap OBJ FIELD"

// origin travels back to the instruction that last wrote a value.
func (r *debugREPL) origin(args []string) error {
	if len(args) < 2 {
		return fmt.Errorf(originUsage)
	}
	q, err := r.originQuery(args[0], args[1:])
	if err != nil {
		return err
	}
	return r.stopped(r.s.Origin(q))
}

func (r *debugREPL) originQuery(kind string, args []string) (debugger.OriginQuery, error) {
	nums := func(want ...int) ([]uint64, error) {
		ok := false
		for _, n := range want {
			ok = ok || len(args) == n
		}
		if !ok {
			return nil, fmt.Errorf(originUsage)
		}
		out := make([]uint64, len(args))
		for i, a := range args {
			n, err := strconv.ParseUint(a, 0, 64)
			if err != nil {
				return nil, fmt.Errorf("bad number %q", a)
			}
			out[i] = n
		}
		return out, nil
	}
	switch kind {
	case "mem":
		n, err := nums(2, 3)
		if err != nil {
			return debugger.OriginQuery{}, err
		}
		q := debugger.OriginQuery{Kind: debugger.OriginMemory, Mem: int(n[0]), Addr: n[1], Len: 1}
		if len(n) == 3 {
			q.Len = n[2]
		}
		return q, nil
	case "global":
		if len(args) != 1 {
			return debugger.OriginQuery{}, fmt.Errorf(originUsage)
		}
		return debugger.OriginQuery{Kind: debugger.OriginGlobal, Global: args[0]}, nil
	case "local":
		if len(args) != 1 {
			return debugger.OriginQuery{}, fmt.Errorf(originUsage)
		}
		i, err := r.localIndex(args[0])
		return debugger.OriginQuery{Kind: debugger.OriginLocal, Local: i}, err
	case "stack":
		n, err := nums(1)
		if err != nil {
			return debugger.OriginQuery{}, err
		}
		return debugger.OriginQuery{Kind: debugger.OriginStack, Stack: int(n[0])}, nil
	case "table":
		n, err := nums(2)
		if err != nil {
			return debugger.OriginQuery{}, err
		}
		return debugger.OriginQuery{Kind: debugger.OriginTable, Table: int(n[0]), Slot: n[1]}, nil
	case "heap":
		n, err := nums(2)
		if err != nil {
			return debugger.OriginQuery{}, err
		}
		return debugger.OriginQuery{Kind: debugger.OriginHeap, Object: int(n[0]), Field: int(n[1])}, nil
	}
	return debugger.OriginQuery{}, fmt.Errorf(originUsage)
}

// localIndex finds a local of the current frame by index or name.
func (r *debugREPL) localIndex(name string) (int, error) {
	if i, err := strconv.Atoi(name); err == nil {
		return i, nil
	}
	cur := r.s.Snapshot().Current()
	if cur == nil {
		return 0, fmt.Errorf("no frame: nothing is running")
	}
	for i, l := range cur.Locals {
		if l.Name != "" && strings.TrimPrefix(l.Name, "$") == strings.TrimPrefix(name, "$") {
			return i, nil
		}
	}
	return 0, fmt.Errorf("no local %q in this frame", name)
}
