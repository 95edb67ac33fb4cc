package binary

import (
	"encoding/binary"
	"slices"

	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// Section ids.
const (
	secCustom    byte = 0
	secType      byte = 1
	secImport    byte = 2
	secFunction  byte = 3
	secTable     byte = 4
	secMemory    byte = 5
	secGlobal    byte = 6
	secExport    byte = 7
	secStart     byte = 8
	secElement   byte = 9
	secCode      byte = 10
	secData      byte = 11
	secDataCount byte = 12
	secTag       byte = 13
)

// sectionOrder lists the known sections in the order a module must have
// them; the tag section sits between memory and global, and the data count
// section before code.
var sectionOrder = []byte{
	secType, secImport, secFunction, secTable, secMemory, secTag, secGlobal,
	secExport, secStart, secElement, secDataCount, secCode, secData,
}

// orderOf gives each known section id its rank in sectionOrder (1-based).
var orderOf = func() [secTag + 1]int {
	var o [secTag + 1]int
	for i, id := range sectionOrder {
		o[id] = i + 1
	}
	return o
}()

const (
	magic   = 0x6d736100 // "\0asm" read little-endian
	version = 1
)

// decoder holds what sections need from earlier ones or from the final checks.
type decoder struct {
	r            *reader
	m            *wasm.Module
	funcTypes    []uint32 // the function section, matched with the code section
	codeCount    int
	usesDataIdx  bool // code mentions a data segment: needs a data count section
	lastKnownSec byte
	localBudget  int         // locals the code section may still expand to
	deferBodies  bool        // leave the bodies' syntax check to their first pass
	src          *codeSource // the code section's bodies
	codes        []wasm.Code // one per body read so far

	open    []wasm.Op    // the open blocks of the expression being decoded
	slab    []wasm.Instr // where expressions are decoded, one after another
	scratch []wasm.Instr // where function bodies are checked, one at a time
}

// Decode decodes and checks the syntax of a binary module. f comes from
// FileSet.AddBinary; every position in the module refers to it.
func Decode(f *source.File) (*wasm.Module, error) {
	m, _, err := decode(f, false)
	return m, err
}

// Deferred is the part of the syntax check DecodeDeferred leaves: the
// function bodies not read yet, and the rules that depend on all of them.
type Deferred struct{ d *decoder }

// DecodeDeferred is Decode leaving the syntax check of each function body
// to the first pass over it (wasm.Func.CheckBody), which validation makes:
// a compiled program's bodies are then decoded once at load, not twice.
// The module is well formed only once Deferred.Check passes; call it
// before reporting another error, as a malformed module is not invalid.
func DecodeDeferred(f *source.File) (*wasm.Module, *Deferred, error) {
	return decode(f, true)
}

// Check checks the bodies not checked yet, in order, then the rules that
// depend on them, returning the error Decode would have returned.
func (s *Deferred) Check() error {
	if err := s.d.checkDeferred(); err != nil {
		return err
	}
	s.d.requireDataCount()
	return s.d.r.err
}

func decode(f *source.File, deferBodies bool) (*wasm.Module, *Deferred, error) {
	d := &decoder{r: newReader(f, f.Source(), 0), m: &wasm.Module{File: f}, deferBodies: deferBodies}
	d.localBudget = maxFuncLocals + localsPerByte*f.Size()
	d.module()
	if d.r.err != nil {
		// A body before the error may be malformed: its error comes first.
		if err := d.checkDeferred(); err != nil {
			return nil, nil, err
		}
		return nil, nil, d.r.err
	}
	return d.m, &Deferred{d}, nil
}

func (d *decoder) module() {
	r := d.r
	if b := r.bytes(4); r.err != nil || binary.LittleEndian.Uint32(b) != magic {
		r.failAt(0, "magic header not detected")
		return
	}
	if b := r.bytes(4); r.err != nil || binary.LittleEndian.Uint32(b) != version {
		r.failAt(4, "unknown binary version")
		return
	}
	rank := 0
	for !r.eof() {
		start := r.pos
		id := r.byte()
		if id > secTag {
			r.failAt(start, "malformed section id")
			return
		}
		if id != secCustom {
			if orderOf[id] <= rank {
				r.failAt(start, "unexpected content after last section")
				return
			}
			rank = orderOf[id]
		}
		r.sized(func(size int) { d.section(id, size) })
		if r.err != nil {
			return
		}
		if id != secCustom {
			d.lastKnownSec = id
		}
	}
	d.finish()
}

func (d *decoder) section(id byte, size int) {
	switch id {
	case secCustom:
		d.customSection(size)
	case secType:
		d.typeSection()
	case secImport:
		d.importSection()
	case secFunction:
		d.functionSection()
	case secTable:
		d.tableSection()
	case secMemory:
		d.memorySection()
	case secTag:
		d.tagSection()
	case secGlobal:
		d.globalSection()
	case secExport:
		d.exportSection()
	case secStart:
		d.startSection()
	case secElement:
		d.elementSection()
	case secDataCount:
		d.dataCountSection()
	case secCode:
		d.codeSection()
	case secData:
		d.dataSection()
	}
}

// finish makes the checks that span sections, in the reference
// interpreter's order.
func (d *decoder) finish() {
	r, m := d.r, d.m
	end := len(r.buf)
	if len(d.funcTypes) != d.codeCount {
		r.failAt(end, "function and code section have inconsistent lengths")
		return
	}
	if m.DataCount != nil && int(*m.DataCount) != len(m.Datas) {
		r.failAt(end, "data count and data section have inconsistent lengths")
		return
	}
	d.requireDataCount()
}

// requireDataCount checks that code naming a data segment comes with a data
// count section.
func (d *decoder) requireDataCount() {
	if d.m.DataCount == nil && d.usesDataIdx {
		d.r.failAt(len(d.r.buf), "data count section required")
	}
}

// vec reads a count and calls read that many times, stopping at an error.
func (r *reader) vec(read func(i int)) int {
	return r.vecFrom(r.length(), read)
}

func (r *reader) vecFrom(n int, read func(i int)) int {
	for i := 0; i < n && r.err == nil; i++ {
		read(i)
	}
	return n
}

// vecInto is vec for a section whose read appends one item to *s: room
// for all is made first (a Go program has some 30,000 data segments, and
// growing the slice as it goes copied them over and over). The count is
// bounded by the bytes left, as each item takes at least one.
func vecInto[T any](r *reader, s *[]T, read func(i int)) int {
	n := r.length()
	*s = slices.Grow(*s, n)
	return r.vecFrom(n, read)
}
