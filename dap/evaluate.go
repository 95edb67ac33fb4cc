package dap

import (
	"encoding/binary"
	"fmt"
	"math"
	"strconv"
	"strings"

	godap "github.com/google/go-dap"

	"wasmstep/debugger"
)

// evaluate reads what the panes show: in a frame with DWARF a source
// variable as `wasmstep debug`'s print selects it (a.b, p->f, v[i], *p);
// a wasm local of the frame, a global, or memory as
// `mem[IDX][ADDR] as i32|i64|f32|f64|bytes [N]`. It computes nothing;
// wasmstep has no expression language.
func (srv *Server) onEvaluate(req *godap.EvaluateRequest) {
	body, err := srv.evaluate(req.Arguments.Expression, req.Arguments.FrameId)
	if err != nil {
		srv.fail(req, err)
		return
	}
	srv.send(&godap.EvaluateResponse{Response: srv.response(req), Body: body})
}

func (srv *Server) evaluate(expr string, frameID int) (godap.EvaluateResponseBody, error) {
	expr = strings.TrimSpace(expr)
	if r, isMem, err := parseMemExpr(expr); err != nil {
		return godap.EvaluateResponseBody{}, err
	} else if isMem {
		return srv.evalMemory(r)
	}
	if frameID == 0 {
		frameID = 1
	}
	var srcErr error
	sf, err := srv.frameAt(frameID)
	if err == nil && sf.src != nil {
		v, err := srv.s.EvalSource(expr, sf.wasm, sf.inner)
		if err == nil {
			gv := srv.sourceVariable(v, expr)
			return godap.EvaluateResponseBody{Result: gv.Value, Type: gv.Type, VariablesReference: gv.VariablesReference, NamedVariables: gv.NamedVariables}, nil
		}
		srcErr = err
	}
	if err == nil {
		for i, l := range sf.fr.Locals {
			if nameMatches(expr, localName(l, i)) {
				return srv.result(l.Value), nil
			}
		}
	}
	for _, g := range srv.s.Snapshot().Globals {
		if nameMatches(expr, g.Name) {
			return srv.result(g.Value), nil
		}
	}
	if srcErr != nil {
		return godap.EvaluateResponseBody{}, srcErr
	}
	return godap.EvaluateResponseBody{}, fmt.Errorf("no local or global %q (or write mem[IDX][ADDR] as i32|i64|f32|f64|bytes [N])", expr)
}

// nameMatches compares names with or without their $.
func nameMatches(expr, name string) bool {
	return expr == name || strings.TrimPrefix(expr, "$") == strings.TrimPrefix(name, "$")
}

func (srv *Server) result(v debugger.Value) godap.EvaluateResponseBody {
	gv := srv.variable("", v)
	return godap.EvaluateResponseBody{Result: gv.Value, Type: gv.Type, VariablesReference: gv.VariablesReference}
}

func (srv *Server) evalMemory(r memRead) (godap.EvaluateResponseBody, error) {
	m, _, err := srv.memoryOf(memoryRef(r.mem))
	if err != nil {
		return godap.EvaluateResponseBody{}, err
	}
	buf := make([]byte, r.n)
	if got := srv.s.ReadMemory(m.Module, m.Index, r.addr, buf); got < r.n {
		return godap.EvaluateResponseBody{}, fmt.Errorf("mem[%d][0x%x]: %d bytes are out of bounds (memory has %d pages)", r.mem, r.addr, r.n-got, m.Pages)
	}
	var text string
	switch r.as {
	case "i32":
		text = strconv.Itoa(int(int32(binary.LittleEndian.Uint32(buf))))
	case "i64":
		text = strconv.FormatInt(int64(binary.LittleEndian.Uint64(buf)), 10)
	case "f32":
		text = strconv.FormatFloat(float64(math.Float32frombits(binary.LittleEndian.Uint32(buf))), 'g', -1, 32)
	case "f64":
		text = strconv.FormatFloat(math.Float64frombits(binary.LittleEndian.Uint64(buf)), 'g', -1, 64)
	default:
		text = fmt.Sprintf("% x", buf)
	}
	return godap.EvaluateResponseBody{Result: text, Type: r.as, MemoryReference: memoryAddrRef(r.mem, r.addr)}, nil
}
