package dap

import (
	"fmt"

	"wasmstep/debugger"
)

// stackFrame is one frame of the DAP call stack: a wasm frame, or one of
// the source functions DWARF says are active in it (calls inlined into the
// wasm function are frames of their own, innermost first). Frame ids are
// positions in this list plus one; like variable references they hold
// until the next stop.
type stackFrame struct {
	wasm  int             // index of the wasm frame in the snapshot, 0 innermost
	inner int             // index into its source functions; -1 without DWARF
	fr    *debugger.Frame // the wasm frame
	src   *debugger.SourceFrame
}

// stackFrames expands the snapshot's call stack into DAP frames.
func stackFrames(snap *debugger.Snapshot) []stackFrame {
	if snap == nil {
		return nil
	}
	var out []stackFrame
	for i := range snap.Frames {
		fr := &snap.Frames[i]
		if len(fr.Source) == 0 {
			out = append(out, stackFrame{wasm: i, inner: -1, fr: fr})
			continue
		}
		for k := range fr.Source {
			out = append(out, stackFrame{wasm: i, inner: k, fr: fr, src: &fr.Source[k]})
		}
	}
	return out
}

// frameAt is the frame a DAP frame id names.
func (srv *Server) frameAt(id int) (stackFrame, error) {
	frames := stackFrames(srv.s.Snapshot())
	if id < 1 || id > len(frames) {
		return stackFrame{}, fmt.Errorf("no frame %d", id)
	}
	return frames[id-1], nil
}
