// Package validate implements the validation rules of WebAssembly 3.0. Besides
// accepting or rejecting a module, it records what later stages need: the
// canonical id of every type, and for every instruction of every function the
// types on the operand stack before it, so the VM can give each stack position
// a fixed frame slot and the debugger can show the stack with its types.
package validate

import (
	"fmt"
	"sync"

	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// Info is what validation learns about a valid module.
type Info struct {
	Module  *wasm.Module
	TypeIDs []TypeID // canonical id per module type index

	mu      sync.Mutex
	funcs   []*FuncInfo // one per defined function, recorded on first use
	checker *checker    // the module's context, to check a body again
}

// Func returns the records of defined function i (an index into
// Module.Funcs), checking its body again the first time: validation keeps
// no per-instruction records, so a module costs memory for the functions
// that are run or looked at, not for all of them. Safe for concurrent use.
func (in *Info) Func(i int) *FuncInfo {
	in.mu.Lock()
	defer in.mu.Unlock()
	if fi := in.funcs[i]; fi != nil {
		return fi
	}
	fi := new(FuncInfo)
	if err := in.checker.function(i, fi); err != nil {
		// The module was validated whole; checking one body again is
		// deterministic and cannot fail.
		panic(fmt.Sprintf("validate: valid function %d fails a second check: %v", i, err))
	}
	in.funcs[i] = fi
	return fi
}

// FuncInfo describes the body of one defined function.
type FuncInfo struct {
	// Before is the operand stack before each instruction of the body; nil
	// means empty. Types use the module's type indices, like the body.
	Before []*TypeStack
	// Dead marks instructions in unreachable code, where the stack is
	// polymorphic: there, values of unknown type have Kind KindInvalid, and
	// references of unknown heap type have a heap type no module uses.
	Dead []bool
	// Match links structured instructions: block, loop, if, try_table and
	// try give the index of their end (a try's may be a delegate), else
	// gives its end, end and delegate give their opener (-1 for the
	// function's final end), and catch and catch_all give their try.
	// Other entries are -1.
	Match []int32
	// MaxHeight is the largest operand stack height (a v128 counts as 1).
	MaxHeight int
}

// TypeStack is a persistent operand stack: each node is a value type on top
// of the stack below it, and Height counts the nodes including this one.
// Halves counts them with a v128 as two 64-bit halves, as a machine with
// 64-bit slots lays them out; a lowering reads it instead of walking down.
type TypeStack struct {
	Type   wasm.ValType
	Below  *TypeStack
	Height int
	Halves int
}

// Canon maps a value type of the module to its canonical form, in which a
// concrete heap type is a TypeID.
func (info *Info) Canon(t wasm.ValType) wasm.ValType {
	return canonWith(info.TypeIDs, t)
}

func canonWith(ids []TypeID, t wasm.ValType) wasm.ValType {
	if t.Kind == wasm.KindRef && t.Heap >= 0 && int(t.Heap) < len(ids) {
		t.Heap = wasm.HeapType(ids[t.Heap])
	}
	return t
}

// Validate checks a module and returns what it learned, or the first error
// found, a *source.Error whose message contains the specification's wording.
func Validate(m *wasm.Module) (*Info, error) {
	c := newChecker(m)
	if err := c.module(); err != nil {
		return nil, err
	}
	return c.info, nil
}

// checker holds the module-wide context of validation: the index spaces
// with their types.
type checker struct {
	m    *wasm.Module
	info *Info
	ids  []TypeID

	funcs   []uint32 // type index per function index
	tables  []wasm.TableType
	mems    []wasm.MemType
	globals []wasm.GlobalType
	tags    []wasm.TagType
	// declared marks the functions a body may take a reference to: those
	// mentioned outside function bodies (exports, constant expressions).
	declared []bool

	fc   funcChecker  // reused for every body and constant expression
	body []wasm.Instr // reused for every body the module keeps encoded
	// lentInfo holds the records Lend passes, reused by the next one.
	lentInfo FuncInfo
	locals   []wasm.ValType // reused for every body
	singles  map[wasm.ValType][]wasm.ValType
}

func newChecker(m *wasm.Module) *checker {
	c := &checker{m: m, info: &Info{Module: m}}
	for i := range m.Imports {
		if m.Imports[i].Desc.Kind == wasm.ExternFunc {
			c.funcs = append(c.funcs, m.Imports[i].Desc.Func)
		}
	}
	for i := range m.Funcs {
		c.funcs = append(c.funcs, m.Funcs[i].TypeIdx)
	}
	c.tables = m.TableTypes()
	c.mems = m.MemTypes()
	c.globals = m.GlobalTypes()
	c.tags = m.TagTypes()
	c.fc.c = c
	return c
}

// errorf makes an error at pos, resolved through the module's file.
func (c *checker) errorf(pos source.Pos, format string, args ...any) error {
	e := &source.Error{Msg: fmt.Sprintf(format, args...)}
	if pos.IsValid() && c.m.File != nil {
		e.Pos = c.m.File.Position(pos)
	}
	return e
}
