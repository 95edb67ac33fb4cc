package dap

import (
	"encoding/binary"
	"fmt"
	"math"
	"strconv"
	"strings"

	godap "github.com/google/go-dap"

	"wasmstep/debugger"
	"wasmstep/vm/wasm"
)

// variable shows a value: numbers without their type prefix (the type has
// its own column), v128 expandable into its lanes, GC references into the
// object's fields.
func (srv *Server) variable(name string, v debugger.Value) godap.Variable {
	out := godap.Variable{Name: name, Value: valueText(v), Type: v.Type.String()}
	switch {
	case v.Type.Kind == wasm.KindV128:
		out.VariablesReference = srv.refs.add(container{vars: func() []godap.Variable { return laneVars(v) }})
		out.NamedVariables = len(laneShapes)
	case v.Type.Kind == wasm.KindRef && !v.Null && v.Object >= 0:
		id := v.Object
		out.VariablesReference = srv.refs.add(container{vars: func() []godap.Variable { return srv.fieldVars(id) }})
	}
	return out
}

// valueText is a value as `wasmstep run` prints it, less the type prefix.
func valueText(v debugger.Value) string {
	if v.Type.Kind == wasm.KindV128 {
		return fmt.Sprintf("0x%016x%016x", v.Hi, v.Lo)
	}
	s := v.String()
	if v.Type.Kind != wasm.KindRef {
		s = strings.TrimPrefix(s, v.Type.String()+":")
	}
	return s
}

// objectVar is a GC object, expandable into its fields.
func (srv *Server) objectVar(name string, o debugger.HeapObject) godap.Variable {
	id := o.ID
	value := o.Kind + " " + o.TypeName
	if o.Root != "" {
		value += " (root: " + o.Root + ")"
	}
	if o.Unreachable {
		value += " (unreachable)"
	}
	return godap.Variable{Name: name, Value: value, Type: o.TypeName, NamedVariables: len(o.Fields),
		VariablesReference: srv.refs.add(container{vars: func() []godap.Variable { return srv.fieldVars(id) }})}
}

// fieldVars lists a GC object's fields or elements.
func (srv *Server) fieldVars(id int) []godap.Variable {
	for _, o := range srv.s.Heap().Objects {
		if o.ID == id {
			out := []godap.Variable{}
			for _, f := range o.Fields {
				out = append(out, srv.variable(f.Name, f.Value))
			}
			return out
		}
	}
	return []godap.Variable{{Name: "#" + strconv.Itoa(id), Value: "(no longer in the heap listing)"}}
}

var laneShapes = []string{"i8x16", "i16x8", "i32x4", "i64x2", "f32x4", "f64x2"}

// laneVars splits a v128 every way SIMD instructions read it.
func laneVars(v debugger.Value) []godap.Variable {
	var b [16]byte
	binary.LittleEndian.PutUint64(b[:8], v.Lo)
	binary.LittleEndian.PutUint64(b[8:], v.Hi)
	out := make([]godap.Variable, 0, len(laneShapes))
	for _, shape := range laneShapes {
		var lanes []string
		switch shape {
		case "i8x16":
			for i := 0; i < 16; i++ {
				lanes = append(lanes, strconv.Itoa(int(int8(b[i]))))
			}
		case "i16x8":
			for i := 0; i < 16; i += 2 {
				lanes = append(lanes, strconv.Itoa(int(int16(binary.LittleEndian.Uint16(b[i:])))))
			}
		case "i32x4":
			for i := 0; i < 16; i += 4 {
				lanes = append(lanes, strconv.Itoa(int(int32(binary.LittleEndian.Uint32(b[i:])))))
			}
		case "i64x2":
			for i := 0; i < 16; i += 8 {
				lanes = append(lanes, strconv.FormatInt(int64(binary.LittleEndian.Uint64(b[i:])), 10))
			}
		case "f32x4":
			for i := 0; i < 16; i += 4 {
				lanes = append(lanes, strconv.FormatFloat(float64(math.Float32frombits(binary.LittleEndian.Uint32(b[i:]))), 'g', -1, 32))
			}
		case "f64x2":
			for i := 0; i < 16; i += 8 {
				lanes = append(lanes, strconv.FormatFloat(math.Float64frombits(binary.LittleEndian.Uint64(b[i:])), 'g', -1, 64))
			}
		}
		out = append(out, godap.Variable{Name: shape, Value: strings.Join(lanes, " ")})
	}
	return out
}
