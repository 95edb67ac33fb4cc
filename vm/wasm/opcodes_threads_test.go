package wasm

import "testing"

// TestThreadsEncodings checks that the 67 threads rows have unique 0xFE
// encodings and mnemonics that look up back to their own Op.
func TestThreadsEncodings(t *testing.T) {
	seen := map[uint32]Op{}
	for i := range threadOps {
		op := threadOpsStart + Op(i)
		info := &Ops[op]
		if info.Prefix != 0xFE || !IsAtomic(op) {
			t.Errorf("%s: prefix %#x", info.Name, info.Prefix)
		}
		if prev, dup := seen[info.Code]; dup {
			t.Errorf("%s and %s share code %#x", prev, op, info.Code)
		}
		seen[info.Code] = op
		if got, ok := OpByEncoding(0xFE, info.Code); !ok || got != op {
			t.Errorf("OpByEncoding(0xFE, %#x) = %s, want %s", info.Code, got, op)
		}
		if got, ok := OpByName(info.Name); !ok || got != op {
			t.Errorf("OpByName(%q) = %s, want %s", info.Name, got, op)
		}
	}
	if len(seen) != 67 {
		t.Errorf("%d threads opcodes, want 67", len(seen))
	}
	if IsAtomic(OpI32Load) || IsAtomic(threadOpsStart-1) {
		t.Error("IsAtomic accepts a non-atomic instruction")
	}
}

// TestAtomicWidth pins the access size of each kind of atomic mnemonic.
func TestAtomicWidth(t *testing.T) {
	for _, tt := range []struct {
		op   Op
		want uint64
	}{
		{OpMemoryAtomicNotify, 4}, {OpMemoryAtomicWait32, 4}, {OpMemoryAtomicWait64, 8}, {OpAtomicFence, 0},
		{OpI32AtomicLoad, 4}, {OpI64AtomicLoad, 8}, {OpI64AtomicLoad8U, 1}, {OpI32AtomicStore16, 2},
		{OpI64AtomicStore32, 4}, {OpI64AtomicRmwXchg, 8}, {OpI32AtomicRmw8XorU, 1},
		{OpI64AtomicRmw16CmpxchgU, 2}, {OpI64AtomicRmw32AddU, 4}, {OpI32AtomicRmwCmpxchg, 4},
		{OpI32Load, 0},
	} {
		if got := AtomicWidth(tt.op); got != tt.want {
			t.Errorf("AtomicWidth(%s) = %d, want %d", tt.op, got, tt.want)
		}
	}
}

// TestAtomicWriteOperands: stores, read-modify-writes and cmpxchg write
// memory, with their address that deep on the stack; nothing else does.
func TestAtomicWriteOperands(t *testing.T) {
	for op, want := range map[Op]int{
		OpI32AtomicStore8: 2, OpI64AtomicRmwAdd: 2, OpI64AtomicRmw32CmpxchgU: 3,
		OpI32AtomicLoad: 0, OpMemoryAtomicWait32: 0, OpMemoryAtomicNotify: 0, OpAtomicFence: 0, OpI32Store: 0,
	} {
		if got := AtomicWriteOperands(op); got != want {
			t.Errorf("AtomicWriteOperands(%s) = %d, want %d", op, got, want)
		}
	}
}
