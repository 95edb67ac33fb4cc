package vm

// carried is every kind of thing an op's ref points to: what an access,
// a call or a bulk operation works on, or side data lowering made for it.
// Setting ref through refTo or own checks at compile time that it is one of
// these, and that it is a pointer.
type carried interface {
	Memory | [2]*Memory | memorySeg | Function | indirect | Global | Table | [2]*Table | tableSeg |
		segmentRef | Tag | structLayout | arrayLayout | brMove | brTable
}

// Each handler reads its ref back through the accessor of the kind its
// lowering sets. In the ordinary build refAs is a bare conversion; built
// with the refcheck tag it checks the kind against what refTo recorded
// (code_ref_checked.go), which the suites run under to catch a lowering
// that sets one kind where the handler reads another.

func (o *op) memory() *Memory             { return refAs[Memory](o.ref) }
func (o *op) memories() *[2]*Memory       { return refAs[[2]*Memory](o.ref) }
func (o *op) memorySeg() *memorySeg       { return refAs[memorySeg](o.ref) }
func (o *op) function() *Function         { return refAs[Function](o.ref) }
func (o *op) indirect() *indirect         { return refAs[indirect](o.ref) }
func (o *op) global() *Global             { return refAs[Global](o.ref) }
func (o *op) table() *Table               { return refAs[Table](o.ref) }
func (o *op) tables() *[2]*Table          { return refAs[[2]*Table](o.ref) }
func (o *op) tableSeg() *tableSeg         { return refAs[tableSeg](o.ref) }
func (o *op) segment() *segmentRef        { return refAs[segmentRef](o.ref) }
func (o *op) tag() *Tag                   { return refAs[Tag](o.ref) }
func (o *op) structLayout() *structLayout { return refAs[structLayout](o.ref) }
func (o *op) arrayLayout() *arrayLayout   { return refAs[arrayLayout](o.ref) }

// brMove is nil when the branch moves no values.
func (o *op) brMove() *brMove   { return refAs[brMove](o.ref) }
func (o *op) brTable() *brTable { return refAs[brTable](o.ref) }
