package vm

import "unsafe"

// carried is every kind of thing an op's ref points to: what an access,
// a call or a bulk operation works on, or side data lowering made for it.
// Setting ref through refTo or own checks at compile time that it is one of
// these, and that it is a pointer.
type carried interface {
	Memory | [2]*Memory | memorySeg | Function | indirect | Global | Table | [2]*Table | tableSeg |
		segmentRef | Tag | structLayout | arrayLayout | brMove | brTable
}

// refTo is the ref of an op that carries p.
func refTo[T carried](p *T) unsafe.Pointer {
	return unsafe.Pointer(p)
}

// Each handler reads its ref back through the accessor of the kind its
// lowering sets (the opcode's documentation names it). The conversion costs
// nothing; an accessor of the wrong kind is a lowering bug the suites catch.

func (o *op) memory() *Memory             { return (*Memory)(o.ref) }
func (o *op) memories() *[2]*Memory       { return (*[2]*Memory)(o.ref) }
func (o *op) memorySeg() *memorySeg       { return (*memorySeg)(o.ref) }
func (o *op) function() *Function         { return (*Function)(o.ref) }
func (o *op) indirect() *indirect         { return (*indirect)(o.ref) }
func (o *op) global() *Global             { return (*Global)(o.ref) }
func (o *op) table() *Table               { return (*Table)(o.ref) }
func (o *op) tables() *[2]*Table          { return (*[2]*Table)(o.ref) }
func (o *op) tableSeg() *tableSeg         { return (*tableSeg)(o.ref) }
func (o *op) segment() *segmentRef        { return (*segmentRef)(o.ref) }
func (o *op) tag() *Tag                   { return (*Tag)(o.ref) }
func (o *op) structLayout() *structLayout { return (*structLayout)(o.ref) }
func (o *op) arrayLayout() *arrayLayout   { return (*arrayLayout)(o.ref) }

// brMove is nil when the branch moves no values.
func (o *op) brMove() *brMove   { return (*brMove)(o.ref) }
func (o *op) brTable() *brTable { return (*brTable)(o.ref) }
