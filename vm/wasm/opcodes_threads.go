// The threads proposal's rows of the opcode table (prefix 0xFE): atomic
// memory accesses, wait/notify and the fence.

package wasm

// The threads opcodes, in encoding order; they follow the SIMD ones.
const (
	OpMemoryAtomicNotify Op = threadOpsStart + iota
	OpMemoryAtomicWait32
	OpMemoryAtomicWait64
	OpAtomicFence
	OpI32AtomicLoad
	OpI64AtomicLoad
	OpI32AtomicLoad8U
	OpI32AtomicLoad16U
	OpI64AtomicLoad8U
	OpI64AtomicLoad16U
	OpI64AtomicLoad32U
	OpI32AtomicStore
	OpI64AtomicStore
	OpI32AtomicStore8
	OpI32AtomicStore16
	OpI64AtomicStore8
	OpI64AtomicStore16
	OpI64AtomicStore32
	OpI32AtomicRmwAdd
	OpI64AtomicRmwAdd
	OpI32AtomicRmw8AddU
	OpI32AtomicRmw16AddU
	OpI64AtomicRmw8AddU
	OpI64AtomicRmw16AddU
	OpI64AtomicRmw32AddU
	OpI32AtomicRmwSub
	OpI64AtomicRmwSub
	OpI32AtomicRmw8SubU
	OpI32AtomicRmw16SubU
	OpI64AtomicRmw8SubU
	OpI64AtomicRmw16SubU
	OpI64AtomicRmw32SubU
	OpI32AtomicRmwAnd
	OpI64AtomicRmwAnd
	OpI32AtomicRmw8AndU
	OpI32AtomicRmw16AndU
	OpI64AtomicRmw8AndU
	OpI64AtomicRmw16AndU
	OpI64AtomicRmw32AndU
	OpI32AtomicRmwOr
	OpI64AtomicRmwOr
	OpI32AtomicRmw8OrU
	OpI32AtomicRmw16OrU
	OpI64AtomicRmw8OrU
	OpI64AtomicRmw16OrU
	OpI64AtomicRmw32OrU
	OpI32AtomicRmwXor
	OpI64AtomicRmwXor
	OpI32AtomicRmw8XorU
	OpI32AtomicRmw16XorU
	OpI64AtomicRmw8XorU
	OpI64AtomicRmw16XorU
	OpI64AtomicRmw32XorU
	OpI32AtomicRmwXchg
	OpI64AtomicRmwXchg
	OpI32AtomicRmw8XchgU
	OpI32AtomicRmw16XchgU
	OpI64AtomicRmw8XchgU
	OpI64AtomicRmw16XchgU
	OpI64AtomicRmw32XchgU
	OpI32AtomicRmwCmpxchg
	OpI64AtomicRmwCmpxchg
	OpI32AtomicRmw8CmpxchgU
	OpI32AtomicRmw16CmpxchgU
	OpI64AtomicRmw8CmpxchgU
	OpI64AtomicRmw16CmpxchgU
	OpI64AtomicRmw32CmpxchgU
)

// threadOpsStart is the first threads Op: the Op after the last SIMD one.
const threadOpsStart = OpI32x4RelaxedDotI8x16I7x16AddS + 1

// threadOps describes the threads opcodes: threadOps[i] is
// Op(threadOpsStart+i).
var threadOps = []OpInfo{
	OpMemoryAtomicNotify - threadOpsStart:     {Name: "memory.atomic.notify", Prefix: 0xFE, Code: 0x00, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Wake up to the given number of threads waiting on the address; push how many woke."},
	OpMemoryAtomicWait32 - threadOpsStart:     {Name: "memory.atomic.wait32", Prefix: 0xFE, Code: 0x01, Imm: ImmMemArg, Sig: "[addr i32 i64] -> [i32]", Doc: "If the i32 at the address equals the expected value, sleep until notified or the timeout (ns, negative: forever); push 0 woken, 1 not equal, 2 timed out."},
	OpMemoryAtomicWait64 - threadOpsStart:     {Name: "memory.atomic.wait64", Prefix: 0xFE, Code: 0x02, Imm: ImmMemArg, Sig: "[addr i64 i64] -> [i32]", Doc: "If the i64 at the address equals the expected value, sleep until notified or the timeout (ns, negative: forever); push 0 woken, 1 not equal, 2 timed out."},
	OpAtomicFence - threadOpsStart:            {Name: "atomic.fence", Prefix: 0xFE, Code: 0x03, Imm: ImmZeroByte, Sig: "[] -> []", Doc: "Order memory accesses: none before it may be seen after it by another thread."},
	OpI32AtomicLoad - threadOpsStart:          {Name: "i32.atomic.load", Prefix: 0xFE, Code: 0x10, Imm: ImmMemArg, Sig: "[addr] -> [i32]", Doc: "Atomically load 4 bytes as an i32."},
	OpI64AtomicLoad - threadOpsStart:          {Name: "i64.atomic.load", Prefix: 0xFE, Code: 0x11, Imm: ImmMemArg, Sig: "[addr] -> [i64]", Doc: "Atomically load 8 bytes as an i64."},
	OpI32AtomicLoad8U - threadOpsStart:        {Name: "i32.atomic.load8_u", Prefix: 0xFE, Code: 0x12, Imm: ImmMemArg, Sig: "[addr] -> [i32]", Doc: "Atomically load 1 byte and zero-extend to i32."},
	OpI32AtomicLoad16U - threadOpsStart:       {Name: "i32.atomic.load16_u", Prefix: 0xFE, Code: 0x13, Imm: ImmMemArg, Sig: "[addr] -> [i32]", Doc: "Atomically load 2 bytes and zero-extend to i32."},
	OpI64AtomicLoad8U - threadOpsStart:        {Name: "i64.atomic.load8_u", Prefix: 0xFE, Code: 0x14, Imm: ImmMemArg, Sig: "[addr] -> [i64]", Doc: "Atomically load 1 byte and zero-extend to i64."},
	OpI64AtomicLoad16U - threadOpsStart:       {Name: "i64.atomic.load16_u", Prefix: 0xFE, Code: 0x15, Imm: ImmMemArg, Sig: "[addr] -> [i64]", Doc: "Atomically load 2 bytes and zero-extend to i64."},
	OpI64AtomicLoad32U - threadOpsStart:       {Name: "i64.atomic.load32_u", Prefix: 0xFE, Code: 0x16, Imm: ImmMemArg, Sig: "[addr] -> [i64]", Doc: "Atomically load 4 bytes and zero-extend to i64."},
	OpI32AtomicStore - threadOpsStart:         {Name: "i32.atomic.store", Prefix: 0xFE, Code: 0x17, Imm: ImmMemArg, Sig: "[addr i32] -> []", Doc: "Atomically store an i32 as 4 bytes."},
	OpI64AtomicStore - threadOpsStart:         {Name: "i64.atomic.store", Prefix: 0xFE, Code: 0x18, Imm: ImmMemArg, Sig: "[addr i64] -> []", Doc: "Atomically store an i64 as 8 bytes."},
	OpI32AtomicStore8 - threadOpsStart:        {Name: "i32.atomic.store8", Prefix: 0xFE, Code: 0x19, Imm: ImmMemArg, Sig: "[addr i32] -> []", Doc: "Atomically store the low 1 byte of an i32."},
	OpI32AtomicStore16 - threadOpsStart:       {Name: "i32.atomic.store16", Prefix: 0xFE, Code: 0x1A, Imm: ImmMemArg, Sig: "[addr i32] -> []", Doc: "Atomically store the low 2 bytes of an i32."},
	OpI64AtomicStore8 - threadOpsStart:        {Name: "i64.atomic.store8", Prefix: 0xFE, Code: 0x1B, Imm: ImmMemArg, Sig: "[addr i64] -> []", Doc: "Atomically store the low 1 byte of an i64."},
	OpI64AtomicStore16 - threadOpsStart:       {Name: "i64.atomic.store16", Prefix: 0xFE, Code: 0x1C, Imm: ImmMemArg, Sig: "[addr i64] -> []", Doc: "Atomically store the low 2 bytes of an i64."},
	OpI64AtomicStore32 - threadOpsStart:       {Name: "i64.atomic.store32", Prefix: 0xFE, Code: 0x1D, Imm: ImmMemArg, Sig: "[addr i64] -> []", Doc: "Atomically store the low 4 bytes of an i64."},
	OpI32AtomicRmwAdd - threadOpsStart:        {Name: "i32.atomic.rmw.add", Prefix: 0xFE, Code: 0x1E, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically add the operand to the 4 bytes at the address; push the old value."},
	OpI64AtomicRmwAdd - threadOpsStart:        {Name: "i64.atomic.rmw.add", Prefix: 0xFE, Code: 0x1F, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically add the operand to the 8 bytes at the address; push the old value."},
	OpI32AtomicRmw8AddU - threadOpsStart:      {Name: "i32.atomic.rmw8.add_u", Prefix: 0xFE, Code: 0x20, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically add the operand to the 1 byte at the address; push the old value, zero-extended to i32."},
	OpI32AtomicRmw16AddU - threadOpsStart:     {Name: "i32.atomic.rmw16.add_u", Prefix: 0xFE, Code: 0x21, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically add the operand to the 2 bytes at the address; push the old value, zero-extended to i32."},
	OpI64AtomicRmw8AddU - threadOpsStart:      {Name: "i64.atomic.rmw8.add_u", Prefix: 0xFE, Code: 0x22, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically add the operand to the 1 byte at the address; push the old value, zero-extended to i64."},
	OpI64AtomicRmw16AddU - threadOpsStart:     {Name: "i64.atomic.rmw16.add_u", Prefix: 0xFE, Code: 0x23, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically add the operand to the 2 bytes at the address; push the old value, zero-extended to i64."},
	OpI64AtomicRmw32AddU - threadOpsStart:     {Name: "i64.atomic.rmw32.add_u", Prefix: 0xFE, Code: 0x24, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically add the operand to the 4 bytes at the address; push the old value, zero-extended to i64."},
	OpI32AtomicRmwSub - threadOpsStart:        {Name: "i32.atomic.rmw.sub", Prefix: 0xFE, Code: 0x25, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically subtract the operand from the 4 bytes at the address; push the old value."},
	OpI64AtomicRmwSub - threadOpsStart:        {Name: "i64.atomic.rmw.sub", Prefix: 0xFE, Code: 0x26, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically subtract the operand from the 8 bytes at the address; push the old value."},
	OpI32AtomicRmw8SubU - threadOpsStart:      {Name: "i32.atomic.rmw8.sub_u", Prefix: 0xFE, Code: 0x27, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically subtract the operand from the 1 byte at the address; push the old value, zero-extended to i32."},
	OpI32AtomicRmw16SubU - threadOpsStart:     {Name: "i32.atomic.rmw16.sub_u", Prefix: 0xFE, Code: 0x28, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically subtract the operand from the 2 bytes at the address; push the old value, zero-extended to i32."},
	OpI64AtomicRmw8SubU - threadOpsStart:      {Name: "i64.atomic.rmw8.sub_u", Prefix: 0xFE, Code: 0x29, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically subtract the operand from the 1 byte at the address; push the old value, zero-extended to i64."},
	OpI64AtomicRmw16SubU - threadOpsStart:     {Name: "i64.atomic.rmw16.sub_u", Prefix: 0xFE, Code: 0x2A, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically subtract the operand from the 2 bytes at the address; push the old value, zero-extended to i64."},
	OpI64AtomicRmw32SubU - threadOpsStart:     {Name: "i64.atomic.rmw32.sub_u", Prefix: 0xFE, Code: 0x2B, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically subtract the operand from the 4 bytes at the address; push the old value, zero-extended to i64."},
	OpI32AtomicRmwAnd - threadOpsStart:        {Name: "i32.atomic.rmw.and", Prefix: 0xFE, Code: 0x2C, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically AND the operand into the 4 bytes at the address; push the old value."},
	OpI64AtomicRmwAnd - threadOpsStart:        {Name: "i64.atomic.rmw.and", Prefix: 0xFE, Code: 0x2D, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically AND the operand into the 8 bytes at the address; push the old value."},
	OpI32AtomicRmw8AndU - threadOpsStart:      {Name: "i32.atomic.rmw8.and_u", Prefix: 0xFE, Code: 0x2E, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically AND the operand into the 1 byte at the address; push the old value, zero-extended to i32."},
	OpI32AtomicRmw16AndU - threadOpsStart:     {Name: "i32.atomic.rmw16.and_u", Prefix: 0xFE, Code: 0x2F, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically AND the operand into the 2 bytes at the address; push the old value, zero-extended to i32."},
	OpI64AtomicRmw8AndU - threadOpsStart:      {Name: "i64.atomic.rmw8.and_u", Prefix: 0xFE, Code: 0x30, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically AND the operand into the 1 byte at the address; push the old value, zero-extended to i64."},
	OpI64AtomicRmw16AndU - threadOpsStart:     {Name: "i64.atomic.rmw16.and_u", Prefix: 0xFE, Code: 0x31, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically AND the operand into the 2 bytes at the address; push the old value, zero-extended to i64."},
	OpI64AtomicRmw32AndU - threadOpsStart:     {Name: "i64.atomic.rmw32.and_u", Prefix: 0xFE, Code: 0x32, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically AND the operand into the 4 bytes at the address; push the old value, zero-extended to i64."},
	OpI32AtomicRmwOr - threadOpsStart:         {Name: "i32.atomic.rmw.or", Prefix: 0xFE, Code: 0x33, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically OR the operand into the 4 bytes at the address; push the old value."},
	OpI64AtomicRmwOr - threadOpsStart:         {Name: "i64.atomic.rmw.or", Prefix: 0xFE, Code: 0x34, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically OR the operand into the 8 bytes at the address; push the old value."},
	OpI32AtomicRmw8OrU - threadOpsStart:       {Name: "i32.atomic.rmw8.or_u", Prefix: 0xFE, Code: 0x35, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically OR the operand into the 1 byte at the address; push the old value, zero-extended to i32."},
	OpI32AtomicRmw16OrU - threadOpsStart:      {Name: "i32.atomic.rmw16.or_u", Prefix: 0xFE, Code: 0x36, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically OR the operand into the 2 bytes at the address; push the old value, zero-extended to i32."},
	OpI64AtomicRmw8OrU - threadOpsStart:       {Name: "i64.atomic.rmw8.or_u", Prefix: 0xFE, Code: 0x37, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically OR the operand into the 1 byte at the address; push the old value, zero-extended to i64."},
	OpI64AtomicRmw16OrU - threadOpsStart:      {Name: "i64.atomic.rmw16.or_u", Prefix: 0xFE, Code: 0x38, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically OR the operand into the 2 bytes at the address; push the old value, zero-extended to i64."},
	OpI64AtomicRmw32OrU - threadOpsStart:      {Name: "i64.atomic.rmw32.or_u", Prefix: 0xFE, Code: 0x39, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically OR the operand into the 4 bytes at the address; push the old value, zero-extended to i64."},
	OpI32AtomicRmwXor - threadOpsStart:        {Name: "i32.atomic.rmw.xor", Prefix: 0xFE, Code: 0x3A, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically XOR the operand into the 4 bytes at the address; push the old value."},
	OpI64AtomicRmwXor - threadOpsStart:        {Name: "i64.atomic.rmw.xor", Prefix: 0xFE, Code: 0x3B, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically XOR the operand into the 8 bytes at the address; push the old value."},
	OpI32AtomicRmw8XorU - threadOpsStart:      {Name: "i32.atomic.rmw8.xor_u", Prefix: 0xFE, Code: 0x3C, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically XOR the operand into the 1 byte at the address; push the old value, zero-extended to i32."},
	OpI32AtomicRmw16XorU - threadOpsStart:     {Name: "i32.atomic.rmw16.xor_u", Prefix: 0xFE, Code: 0x3D, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically XOR the operand into the 2 bytes at the address; push the old value, zero-extended to i32."},
	OpI64AtomicRmw8XorU - threadOpsStart:      {Name: "i64.atomic.rmw8.xor_u", Prefix: 0xFE, Code: 0x3E, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically XOR the operand into the 1 byte at the address; push the old value, zero-extended to i64."},
	OpI64AtomicRmw16XorU - threadOpsStart:     {Name: "i64.atomic.rmw16.xor_u", Prefix: 0xFE, Code: 0x3F, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically XOR the operand into the 2 bytes at the address; push the old value, zero-extended to i64."},
	OpI64AtomicRmw32XorU - threadOpsStart:     {Name: "i64.atomic.rmw32.xor_u", Prefix: 0xFE, Code: 0x40, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically XOR the operand into the 4 bytes at the address; push the old value, zero-extended to i64."},
	OpI32AtomicRmwXchg - threadOpsStart:       {Name: "i32.atomic.rmw.xchg", Prefix: 0xFE, Code: 0x41, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically swap the 4 bytes at the address with the operand; push the old value."},
	OpI64AtomicRmwXchg - threadOpsStart:       {Name: "i64.atomic.rmw.xchg", Prefix: 0xFE, Code: 0x42, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically swap the 8 bytes at the address with the operand; push the old value."},
	OpI32AtomicRmw8XchgU - threadOpsStart:     {Name: "i32.atomic.rmw8.xchg_u", Prefix: 0xFE, Code: 0x43, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically swap the 1 byte at the address with the operand; push the old value, zero-extended to i32."},
	OpI32AtomicRmw16XchgU - threadOpsStart:    {Name: "i32.atomic.rmw16.xchg_u", Prefix: 0xFE, Code: 0x44, Imm: ImmMemArg, Sig: "[addr i32] -> [i32]", Doc: "Atomically swap the 2 bytes at the address with the operand; push the old value, zero-extended to i32."},
	OpI64AtomicRmw8XchgU - threadOpsStart:     {Name: "i64.atomic.rmw8.xchg_u", Prefix: 0xFE, Code: 0x45, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically swap the 1 byte at the address with the operand; push the old value, zero-extended to i64."},
	OpI64AtomicRmw16XchgU - threadOpsStart:    {Name: "i64.atomic.rmw16.xchg_u", Prefix: 0xFE, Code: 0x46, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically swap the 2 bytes at the address with the operand; push the old value, zero-extended to i64."},
	OpI64AtomicRmw32XchgU - threadOpsStart:    {Name: "i64.atomic.rmw32.xchg_u", Prefix: 0xFE, Code: 0x47, Imm: ImmMemArg, Sig: "[addr i64] -> [i64]", Doc: "Atomically swap the 4 bytes at the address with the operand; push the old value, zero-extended to i64."},
	OpI32AtomicRmwCmpxchg - threadOpsStart:    {Name: "i32.atomic.rmw.cmpxchg", Prefix: 0xFE, Code: 0x48, Imm: ImmMemArg, Sig: "[addr i32 i32] -> [i32]", Doc: "Atomically: if the 4 bytes at the address equal the expected value, write the replacement; push the old value."},
	OpI64AtomicRmwCmpxchg - threadOpsStart:    {Name: "i64.atomic.rmw.cmpxchg", Prefix: 0xFE, Code: 0x49, Imm: ImmMemArg, Sig: "[addr i64 i64] -> [i64]", Doc: "Atomically: if the 8 bytes at the address equal the expected value, write the replacement; push the old value."},
	OpI32AtomicRmw8CmpxchgU - threadOpsStart:  {Name: "i32.atomic.rmw8.cmpxchg_u", Prefix: 0xFE, Code: 0x4A, Imm: ImmMemArg, Sig: "[addr i32 i32] -> [i32]", Doc: "Atomically: if the 1 byte at the address equal the expected value, write the replacement; push the old value, zero-extended to i32."},
	OpI32AtomicRmw16CmpxchgU - threadOpsStart: {Name: "i32.atomic.rmw16.cmpxchg_u", Prefix: 0xFE, Code: 0x4B, Imm: ImmMemArg, Sig: "[addr i32 i32] -> [i32]", Doc: "Atomically: if the 2 bytes at the address equal the expected value, write the replacement; push the old value, zero-extended to i32."},
	OpI64AtomicRmw8CmpxchgU - threadOpsStart:  {Name: "i64.atomic.rmw8.cmpxchg_u", Prefix: 0xFE, Code: 0x4C, Imm: ImmMemArg, Sig: "[addr i64 i64] -> [i64]", Doc: "Atomically: if the 1 byte at the address equal the expected value, write the replacement; push the old value, zero-extended to i64."},
	OpI64AtomicRmw16CmpxchgU - threadOpsStart: {Name: "i64.atomic.rmw16.cmpxchg_u", Prefix: 0xFE, Code: 0x4D, Imm: ImmMemArg, Sig: "[addr i64 i64] -> [i64]", Doc: "Atomically: if the 2 bytes at the address equal the expected value, write the replacement; push the old value, zero-extended to i64."},
	OpI64AtomicRmw32CmpxchgU - threadOpsStart: {Name: "i64.atomic.rmw32.cmpxchg_u", Prefix: 0xFE, Code: 0x4E, Imm: ImmMemArg, Sig: "[addr i64 i64] -> [i64]", Doc: "Atomically: if the 4 bytes at the address equal the expected value, write the replacement; push the old value, zero-extended to i64."},
}

// IsAtomic reports whether op is one of the threads proposal's instructions.
func IsAtomic(op Op) bool {
	return op >= threadOpsStart && int(op-threadOpsStart) < len(threadOps)
}

// AtomicWidth returns how many bytes an atomic access reads or writes,
// which is also the only alignment it may declare; 0 for atomic.fence and
// every non-atomic instruction.
func AtomicWidth(op Op) uint64 {
	if !IsAtomic(op) {
		return 0
	}
	return uint64(Ops[op].Access.Width)
}

// AtomicWriteOperands returns how many operands an atomic instruction that
// writes memory (a store, read-modify-write or cmpxchg) pops, its address
// the deepest; 0 for one that does not write.
func AtomicWriteOperands(op Op) int {
	if !IsAtomic(op) || !Ops[op].WritesMemory {
		return 0
	}
	return len(Ops[op].Params(false))
}
