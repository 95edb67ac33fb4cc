package vm

// Bulk operations (memory.fill, table.copy, array.new, ...) do work in
// proportion to their length, yet each is one instruction. Under
// Store.MaxSteps they also spend the step budget: one unit per 64 bytes or
// per 8 elements, taken from the limit, not added to Steps, which keeps
// counting instructions (the debugger maps its history to it). The fast
// loop is unchanged: it already stops when Steps reaches the limit.
const (
	bulkByteShift = 6 // one unit per 64 bytes
	bulkElemShift = 3 // one unit per 8 table or array elements
)

// chargeBulk spends n>>shift units of the step budget before a bulk
// operation does its work; when the budget cannot pay, the call ends with
// the step-limit trap and the operation does nothing.
func (t *Thread) chargeBulk(n uint64, shift uint) bool {
	units := n >> shift
	if t.stepLimit == 0 || units == 0 {
		return true
	}
	if steps := t.Steps(); steps >= t.stepLimit || units >= t.stepLimit-steps {
		return t.trap(TrapStepLimit)
	}
	t.stepLimit -= units
	return true
}
