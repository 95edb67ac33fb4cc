// The opcode table for everything but SIMD: one row per instruction, read by
// the parser, decoder, validator, printer, lowering and the UI.

package wasm

// The opcodes of WebAssembly 3.0, in encoding order. OpInvalid is the zero Op.
const (
	OpInvalid Op = iota
	OpUnreachable
	OpNop
	OpBlock
	OpLoop
	OpIf
	OpElse
	OpThrow
	OpThrowRef
	OpEnd
	OpBr
	OpBrIf
	OpBrTable
	OpReturn
	OpCall
	OpCallIndirect
	OpReturnCall
	OpReturnCallIndirect
	OpCallRef
	OpReturnCallRef
	OpDrop
	OpSelect
	OpSelectT
	OpTryTable
	OpLocalGet
	OpLocalSet
	OpLocalTee
	OpGlobalGet
	OpGlobalSet
	OpTableGet
	OpTableSet
	OpI32Load
	OpI64Load
	OpF32Load
	OpF64Load
	OpI32Load8S
	OpI32Load8U
	OpI32Load16S
	OpI32Load16U
	OpI64Load8S
	OpI64Load8U
	OpI64Load16S
	OpI64Load16U
	OpI64Load32S
	OpI64Load32U
	OpI32Store
	OpI64Store
	OpF32Store
	OpF64Store
	OpI32Store8
	OpI32Store16
	OpI64Store8
	OpI64Store16
	OpI64Store32
	OpMemorySize
	OpMemoryGrow
	OpI32Const
	OpI64Const
	OpF32Const
	OpF64Const
	OpI32Eqz
	OpI32Eq
	OpI32Ne
	OpI32LtS
	OpI32LtU
	OpI32GtS
	OpI32GtU
	OpI32LeS
	OpI32LeU
	OpI32GeS
	OpI32GeU
	OpI64Eqz
	OpI64Eq
	OpI64Ne
	OpI64LtS
	OpI64LtU
	OpI64GtS
	OpI64GtU
	OpI64LeS
	OpI64LeU
	OpI64GeS
	OpI64GeU
	OpF32Eq
	OpF32Ne
	OpF32Lt
	OpF32Gt
	OpF32Le
	OpF32Ge
	OpF64Eq
	OpF64Ne
	OpF64Lt
	OpF64Gt
	OpF64Le
	OpF64Ge
	OpI32Clz
	OpI32Ctz
	OpI32Popcnt
	OpI32Add
	OpI32Sub
	OpI32Mul
	OpI32DivS
	OpI32DivU
	OpI32RemS
	OpI32RemU
	OpI32And
	OpI32Or
	OpI32Xor
	OpI32Shl
	OpI32ShrS
	OpI32ShrU
	OpI32Rotl
	OpI32Rotr
	OpI64Clz
	OpI64Ctz
	OpI64Popcnt
	OpI64Add
	OpI64Sub
	OpI64Mul
	OpI64DivS
	OpI64DivU
	OpI64RemS
	OpI64RemU
	OpI64And
	OpI64Or
	OpI64Xor
	OpI64Shl
	OpI64ShrS
	OpI64ShrU
	OpI64Rotl
	OpI64Rotr
	OpF32Abs
	OpF32Neg
	OpF32Ceil
	OpF32Floor
	OpF32Trunc
	OpF32Nearest
	OpF32Sqrt
	OpF32Add
	OpF32Sub
	OpF32Mul
	OpF32Div
	OpF32Min
	OpF32Max
	OpF32Copysign
	OpF64Abs
	OpF64Neg
	OpF64Ceil
	OpF64Floor
	OpF64Trunc
	OpF64Nearest
	OpF64Sqrt
	OpF64Add
	OpF64Sub
	OpF64Mul
	OpF64Div
	OpF64Min
	OpF64Max
	OpF64Copysign
	OpI32WrapI64
	OpI32TruncF32S
	OpI32TruncF32U
	OpI32TruncF64S
	OpI32TruncF64U
	OpI64ExtendI32S
	OpI64ExtendI32U
	OpI64TruncF32S
	OpI64TruncF32U
	OpI64TruncF64S
	OpI64TruncF64U
	OpF32ConvertI32S
	OpF32ConvertI32U
	OpF32ConvertI64S
	OpF32ConvertI64U
	OpF32DemoteF64
	OpF64ConvertI32S
	OpF64ConvertI32U
	OpF64ConvertI64S
	OpF64ConvertI64U
	OpF64PromoteF32
	OpI32ReinterpretF32
	OpI64ReinterpretF64
	OpF32ReinterpretI32
	OpF64ReinterpretI64
	OpI32Extend8S
	OpI32Extend16S
	OpI64Extend8S
	OpI64Extend16S
	OpI64Extend32S
	OpRefNull
	OpRefIsNull
	OpRefFunc
	OpRefEq
	OpRefAsNonNull
	OpBrOnNull
	OpBrOnNonNull
	OpStructNew
	OpStructNewDefault
	OpStructGet
	OpStructGetS
	OpStructGetU
	OpStructSet
	OpArrayNew
	OpArrayNewDefault
	OpArrayNewFixed
	OpArrayNewData
	OpArrayNewElem
	OpArrayGet
	OpArrayGetS
	OpArrayGetU
	OpArraySet
	OpArrayLen
	OpArrayFill
	OpArrayCopy
	OpArrayInitData
	OpArrayInitElem
	OpRefTest
	OpRefCast
	OpBrOnCast
	OpBrOnCastFail
	OpAnyConvertExtern
	OpExternConvertAny
	OpRefI31
	OpI31GetS
	OpI31GetU
	OpI32TruncSatF32S
	OpI32TruncSatF32U
	OpI32TruncSatF64S
	OpI32TruncSatF64U
	OpI64TruncSatF32S
	OpI64TruncSatF32U
	OpI64TruncSatF64S
	OpI64TruncSatF64U
	OpMemoryInit
	OpDataDrop
	OpMemoryCopy
	OpMemoryFill
	OpTableInit
	OpElemDrop
	OpTableCopy
	OpTableGrow
	OpTableSize
	OpTableFill
	numCoreOps
)

// coreOps describes every non-SIMD opcode.
var coreOps = [...]OpInfo{
	OpUnreachable:        {Name: "unreachable", Prefix: 0, Code: 0x00, Imm: ImmNone, Sig: "[t1*] -> [t2*]", Doc: "Trap immediately: this code should never run."},
	OpNop:                {Name: "nop", Prefix: 0, Code: 0x01, Imm: ImmNone, Sig: "[] -> []", Doc: "Do nothing."},
	OpBlock:              {Name: "block", Prefix: 0, Code: 0x02, Imm: ImmBlock, Sig: "[t1*] -> [t2*]", Doc: "Begin a block; a branch to it jumps forward to its end."},
	OpLoop:               {Name: "loop", Prefix: 0, Code: 0x03, Imm: ImmBlock, Sig: "[t1*] -> [t2*]", Doc: "Begin a loop; a branch to it jumps back to its start."},
	OpIf:                 {Name: "if", Prefix: 0, Code: 0x04, Imm: ImmBlock, Sig: "[t1* i32] -> [t2*]", Doc: "Pop a condition; run the then-arm if it is non-zero, else the else-arm."},
	OpElse:               {Name: "else", Prefix: 0, Code: 0x05, Imm: ImmNone, Sig: "[] -> []", Doc: "Start the else-arm of an if."},
	OpThrow:              {Name: "throw", Prefix: 0, Code: 0x08, Imm: ImmTag, Sig: "[t1* t*] -> [t2*]", Doc: "Throw an exception with the tag's values."},
	OpThrowRef:           {Name: "throw_ref", Prefix: 0, Code: 0x0A, Imm: ImmNone, Sig: "[t1* exnref] -> [t2*]", Doc: "Rethrow a caught exception reference."},
	OpEnd:                {Name: "end", Prefix: 0, Code: 0x0B, Imm: ImmNone, Sig: "[] -> []", Doc: "End a block, loop, if, try, try_table or function."},
	OpBr:                 {Name: "br", Prefix: 0, Code: 0x0C, Imm: ImmLabel, Sig: "[t1* t*] -> [t2*]", Doc: "Branch to a label unconditionally."},
	OpBrIf:               {Name: "br_if", Prefix: 0, Code: 0x0D, Imm: ImmLabel, Sig: "[t* i32] -> [t*]", Doc: "Pop a condition; branch to the label if it is non-zero."},
	OpBrTable:            {Name: "br_table", Prefix: 0, Code: 0x0E, Imm: ImmBrTable, Sig: "[t1* t* i32] -> [t2*]", Doc: "Pop an index; branch to the label it selects, or to the default."},
	OpReturn:             {Name: "return", Prefix: 0, Code: 0x0F, Imm: ImmNone, Sig: "[t1* t*] -> [t2*]", Doc: "Return from the function with its results."},
	OpCall:               {Name: "call", Prefix: 0, Code: 0x10, Imm: ImmFunc, Sig: "[t1*] -> [t2*]", Doc: "Call a function by index."},
	OpCallIndirect:       {Name: "call_indirect", Prefix: 0, Code: 0x11, Imm: ImmCallIndirect, Sig: "[t1* addr] -> [t2*]", Doc: "Pop a table index and call the function stored there, checking its type."},
	OpReturnCall:         {Name: "return_call", Prefix: 0, Code: 0x12, Imm: ImmFunc, Sig: "[t1*] -> [t2*]", Doc: "Tail call: replace this frame with a call to a function."},
	OpReturnCallIndirect: {Name: "return_call_indirect", Prefix: 0, Code: 0x13, Imm: ImmCallIndirect, Sig: "[t1* addr] -> [t2*]", Doc: "Tail call through a table entry."},
	OpCallRef:            {Name: "call_ref", Prefix: 0, Code: 0x14, Imm: ImmType, Sig: "[t1* (ref null $t)] -> [t2*]", Doc: "Call the function reference on top of the stack."},
	OpReturnCallRef:      {Name: "return_call_ref", Prefix: 0, Code: 0x15, Imm: ImmType, Sig: "[t1* (ref null $t)] -> [t2*]", Doc: "Tail call through a function reference."},
	OpDrop:               {Name: "drop", Prefix: 0, Code: 0x1A, Imm: ImmNone, Sig: "[t] -> []", Doc: "Throw away the top value."},
	OpSelect:             {Name: "select", Prefix: 0, Code: 0x1B, Imm: ImmNone, Sig: "[t t i32] -> [t]", Doc: "Pop a condition; keep the first value if it is non-zero, else the second."},
	OpSelectT:            {Name: "select", Prefix: 0, Code: 0x1C, Imm: ImmSelectT, Sig: "[t t i32] -> [t]", Doc: "Typed select: keep the first value if the condition is non-zero, else the second."},
	OpTryTable:           {Name: "try_table", Prefix: 0, Code: 0x1F, Imm: ImmTryTable, Sig: "[t1*] -> [t2*]", Doc: "Begin a block whose exceptions are caught by its catch clauses."},
	OpLocalGet:           {Name: "local.get", Prefix: 0, Code: 0x20, Imm: ImmLocal, Sig: "[] -> [t]", Doc: "Push the value of a local variable."},
	OpLocalSet:           {Name: "local.set", Prefix: 0, Code: 0x21, Imm: ImmLocal, Sig: "[t] -> []", Doc: "Pop a value into a local variable."},
	OpLocalTee:           {Name: "local.tee", Prefix: 0, Code: 0x22, Imm: ImmLocal, Sig: "[t] -> [t]", Doc: "Copy the top value into a local variable, keeping it on the stack."},
	OpGlobalGet:          {Name: "global.get", Prefix: 0, Code: 0x23, Imm: ImmGlobal, Sig: "[] -> [t]", Doc: "Push the value of a global variable."},
	OpGlobalSet:          {Name: "global.set", Prefix: 0, Code: 0x24, Imm: ImmGlobal, Sig: "[t] -> []", Doc: "Pop a value into a mutable global variable."},
	OpTableGet:           {Name: "table.get", Prefix: 0, Code: 0x25, Imm: ImmTable, Sig: "[addr] -> [t]", Doc: "Read a reference from a table."},
	OpTableSet:           {Name: "table.set", Prefix: 0, Code: 0x26, Imm: ImmTable, Sig: "[addr t] -> []", Doc: "Write a reference into a table."},
	OpI32Load:            {Name: "i32.load", Prefix: 0, Code: 0x28, Imm: ImmMemArg, Sig: "[addr] -> [i32]", Doc: "Load 4 bytes from memory as an i32."},
	OpI64Load:            {Name: "i64.load", Prefix: 0, Code: 0x29, Imm: ImmMemArg, Sig: "[addr] -> [i64]", Doc: "Load 8 bytes from memory as an i64."},
	OpF32Load:            {Name: "f32.load", Prefix: 0, Code: 0x2A, Imm: ImmMemArg, Sig: "[addr] -> [f32]", Doc: "Load 4 bytes from memory as an f32."},
	OpF64Load:            {Name: "f64.load", Prefix: 0, Code: 0x2B, Imm: ImmMemArg, Sig: "[addr] -> [f64]", Doc: "Load 8 bytes from memory as an f64."},
	OpI32Load8S:          {Name: "i32.load8_s", Prefix: 0, Code: 0x2C, Imm: ImmMemArg, Sig: "[addr] -> [i32]", Doc: "Load 1 byte and sign-extend it to i32."},
	OpI32Load8U:          {Name: "i32.load8_u", Prefix: 0, Code: 0x2D, Imm: ImmMemArg, Sig: "[addr] -> [i32]", Doc: "Load 1 byte and zero-extend it to i32."},
	OpI32Load16S:         {Name: "i32.load16_s", Prefix: 0, Code: 0x2E, Imm: ImmMemArg, Sig: "[addr] -> [i32]", Doc: "Load 2 bytes and sign-extend them to i32."},
	OpI32Load16U:         {Name: "i32.load16_u", Prefix: 0, Code: 0x2F, Imm: ImmMemArg, Sig: "[addr] -> [i32]", Doc: "Load 2 bytes and zero-extend them to i32."},
	OpI64Load8S:          {Name: "i64.load8_s", Prefix: 0, Code: 0x30, Imm: ImmMemArg, Sig: "[addr] -> [i64]", Doc: "Load 1 byte and sign-extend it to i64."},
	OpI64Load8U:          {Name: "i64.load8_u", Prefix: 0, Code: 0x31, Imm: ImmMemArg, Sig: "[addr] -> [i64]", Doc: "Load 1 byte and zero-extend it to i64."},
	OpI64Load16S:         {Name: "i64.load16_s", Prefix: 0, Code: 0x32, Imm: ImmMemArg, Sig: "[addr] -> [i64]", Doc: "Load 2 bytes and sign-extend them to i64."},
	OpI64Load16U:         {Name: "i64.load16_u", Prefix: 0, Code: 0x33, Imm: ImmMemArg, Sig: "[addr] -> [i64]", Doc: "Load 2 bytes and zero-extend them to i64."},
	OpI64Load32S:         {Name: "i64.load32_s", Prefix: 0, Code: 0x34, Imm: ImmMemArg, Sig: "[addr] -> [i64]", Doc: "Load 4 bytes and sign-extend them to i64."},
	OpI64Load32U:         {Name: "i64.load32_u", Prefix: 0, Code: 0x35, Imm: ImmMemArg, Sig: "[addr] -> [i64]", Doc: "Load 4 bytes and zero-extend them to i64."},
	OpI32Store:           {Name: "i32.store", Prefix: 0, Code: 0x36, Imm: ImmMemArg, Sig: "[addr i32] -> []", Doc: "Store an i32 as 4 bytes."},
	OpI64Store:           {Name: "i64.store", Prefix: 0, Code: 0x37, Imm: ImmMemArg, Sig: "[addr i64] -> []", Doc: "Store an i64 as 8 bytes."},
	OpF32Store:           {Name: "f32.store", Prefix: 0, Code: 0x38, Imm: ImmMemArg, Sig: "[addr f32] -> []", Doc: "Store an f32 as 4 bytes."},
	OpF64Store:           {Name: "f64.store", Prefix: 0, Code: 0x39, Imm: ImmMemArg, Sig: "[addr f64] -> []", Doc: "Store an f64 as 8 bytes."},
	OpI32Store8:          {Name: "i32.store8", Prefix: 0, Code: 0x3A, Imm: ImmMemArg, Sig: "[addr i32] -> []", Doc: "Store the low byte of an i32."},
	OpI32Store16:         {Name: "i32.store16", Prefix: 0, Code: 0x3B, Imm: ImmMemArg, Sig: "[addr i32] -> []", Doc: "Store the low 2 bytes of an i32."},
	OpI64Store8:          {Name: "i64.store8", Prefix: 0, Code: 0x3C, Imm: ImmMemArg, Sig: "[addr i64] -> []", Doc: "Store the low byte of an i64."},
	OpI64Store16:         {Name: "i64.store16", Prefix: 0, Code: 0x3D, Imm: ImmMemArg, Sig: "[addr i64] -> []", Doc: "Store the low 2 bytes of an i64."},
	OpI64Store32:         {Name: "i64.store32", Prefix: 0, Code: 0x3E, Imm: ImmMemArg, Sig: "[addr i64] -> []", Doc: "Store the low 4 bytes of an i64."},
	OpMemorySize:         {Name: "memory.size", Prefix: 0, Code: 0x3F, Imm: ImmMem, Sig: "[] -> [addr]", Doc: "Push the memory's size in 64 KiB pages."},
	OpMemoryGrow:         {Name: "memory.grow", Prefix: 0, Code: 0x40, Imm: ImmMem, Sig: "[addr] -> [addr]", Doc: "Grow the memory by some pages; push the old size, or -1 on failure."},
	OpI32Const:           {Name: "i32.const", Prefix: 0, Code: 0x41, Imm: ImmI32, Sig: "[] -> [i32]", Doc: "Push a constant i32."},
	OpI64Const:           {Name: "i64.const", Prefix: 0, Code: 0x42, Imm: ImmI64, Sig: "[] -> [i64]", Doc: "Push a constant i64."},
	OpF32Const:           {Name: "f32.const", Prefix: 0, Code: 0x43, Imm: ImmF32, Sig: "[] -> [f32]", Doc: "Push a constant f32."},
	OpF64Const:           {Name: "f64.const", Prefix: 0, Code: 0x44, Imm: ImmF64, Sig: "[] -> [f64]", Doc: "Push a constant f64."},
	OpI32Eqz:             {Name: "i32.eqz", Prefix: 0, Code: 0x45, Imm: ImmNone, Sig: "[i32] -> [i32]", Doc: "1 if the value is zero, else 0."},
	OpI32Eq:              {Name: "i32.eq", Prefix: 0, Code: 0x46, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "1 if the two values are equal, else 0."},
	OpI32Ne:              {Name: "i32.ne", Prefix: 0, Code: 0x47, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "1 if the two values differ, else 0."},
	OpI32LtS:             {Name: "i32.lt_s", Prefix: 0, Code: 0x48, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Signed less than."},
	OpI32LtU:             {Name: "i32.lt_u", Prefix: 0, Code: 0x49, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Unsigned less than."},
	OpI32GtS:             {Name: "i32.gt_s", Prefix: 0, Code: 0x4A, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Signed greater than."},
	OpI32GtU:             {Name: "i32.gt_u", Prefix: 0, Code: 0x4B, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Unsigned greater than."},
	OpI32LeS:             {Name: "i32.le_s", Prefix: 0, Code: 0x4C, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Signed less than or equal."},
	OpI32LeU:             {Name: "i32.le_u", Prefix: 0, Code: 0x4D, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Unsigned less than or equal."},
	OpI32GeS:             {Name: "i32.ge_s", Prefix: 0, Code: 0x4E, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Signed greater than or equal."},
	OpI32GeU:             {Name: "i32.ge_u", Prefix: 0, Code: 0x4F, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Unsigned greater than or equal."},
	OpI64Eqz:             {Name: "i64.eqz", Prefix: 0, Code: 0x50, Imm: ImmNone, Sig: "[i64] -> [i32]", Doc: "1 if the value is zero, else 0."},
	OpI64Eq:              {Name: "i64.eq", Prefix: 0, Code: 0x51, Imm: ImmNone, Sig: "[i64 i64] -> [i32]", Doc: "1 if the two values are equal, else 0."},
	OpI64Ne:              {Name: "i64.ne", Prefix: 0, Code: 0x52, Imm: ImmNone, Sig: "[i64 i64] -> [i32]", Doc: "1 if the two values differ, else 0."},
	OpI64LtS:             {Name: "i64.lt_s", Prefix: 0, Code: 0x53, Imm: ImmNone, Sig: "[i64 i64] -> [i32]", Doc: "Signed less than."},
	OpI64LtU:             {Name: "i64.lt_u", Prefix: 0, Code: 0x54, Imm: ImmNone, Sig: "[i64 i64] -> [i32]", Doc: "Unsigned less than."},
	OpI64GtS:             {Name: "i64.gt_s", Prefix: 0, Code: 0x55, Imm: ImmNone, Sig: "[i64 i64] -> [i32]", Doc: "Signed greater than."},
	OpI64GtU:             {Name: "i64.gt_u", Prefix: 0, Code: 0x56, Imm: ImmNone, Sig: "[i64 i64] -> [i32]", Doc: "Unsigned greater than."},
	OpI64LeS:             {Name: "i64.le_s", Prefix: 0, Code: 0x57, Imm: ImmNone, Sig: "[i64 i64] -> [i32]", Doc: "Signed less than or equal."},
	OpI64LeU:             {Name: "i64.le_u", Prefix: 0, Code: 0x58, Imm: ImmNone, Sig: "[i64 i64] -> [i32]", Doc: "Unsigned less than or equal."},
	OpI64GeS:             {Name: "i64.ge_s", Prefix: 0, Code: 0x59, Imm: ImmNone, Sig: "[i64 i64] -> [i32]", Doc: "Signed greater than or equal."},
	OpI64GeU:             {Name: "i64.ge_u", Prefix: 0, Code: 0x5A, Imm: ImmNone, Sig: "[i64 i64] -> [i32]", Doc: "Unsigned greater than or equal."},
	OpF32Eq:              {Name: "f32.eq", Prefix: 0, Code: 0x5B, Imm: ImmNone, Sig: "[f32 f32] -> [i32]", Doc: "1 if equal (NaN is never equal)."},
	OpF32Ne:              {Name: "f32.ne", Prefix: 0, Code: 0x5C, Imm: ImmNone, Sig: "[f32 f32] -> [i32]", Doc: "1 if not equal (true when either is NaN)."},
	OpF32Lt:              {Name: "f32.lt", Prefix: 0, Code: 0x5D, Imm: ImmNone, Sig: "[f32 f32] -> [i32]", Doc: "Less than."},
	OpF32Gt:              {Name: "f32.gt", Prefix: 0, Code: 0x5E, Imm: ImmNone, Sig: "[f32 f32] -> [i32]", Doc: "Greater than."},
	OpF32Le:              {Name: "f32.le", Prefix: 0, Code: 0x5F, Imm: ImmNone, Sig: "[f32 f32] -> [i32]", Doc: "Less than or equal."},
	OpF32Ge:              {Name: "f32.ge", Prefix: 0, Code: 0x60, Imm: ImmNone, Sig: "[f32 f32] -> [i32]", Doc: "Greater than or equal."},
	OpF64Eq:              {Name: "f64.eq", Prefix: 0, Code: 0x61, Imm: ImmNone, Sig: "[f64 f64] -> [i32]", Doc: "1 if equal (NaN is never equal)."},
	OpF64Ne:              {Name: "f64.ne", Prefix: 0, Code: 0x62, Imm: ImmNone, Sig: "[f64 f64] -> [i32]", Doc: "1 if not equal (true when either is NaN)."},
	OpF64Lt:              {Name: "f64.lt", Prefix: 0, Code: 0x63, Imm: ImmNone, Sig: "[f64 f64] -> [i32]", Doc: "Less than."},
	OpF64Gt:              {Name: "f64.gt", Prefix: 0, Code: 0x64, Imm: ImmNone, Sig: "[f64 f64] -> [i32]", Doc: "Greater than."},
	OpF64Le:              {Name: "f64.le", Prefix: 0, Code: 0x65, Imm: ImmNone, Sig: "[f64 f64] -> [i32]", Doc: "Less than or equal."},
	OpF64Ge:              {Name: "f64.ge", Prefix: 0, Code: 0x66, Imm: ImmNone, Sig: "[f64 f64] -> [i32]", Doc: "Greater than or equal."},
	OpI32Clz:             {Name: "i32.clz", Prefix: 0, Code: 0x67, Imm: ImmNone, Sig: "[i32] -> [i32]", Doc: "Count leading zero bits."},
	OpI32Ctz:             {Name: "i32.ctz", Prefix: 0, Code: 0x68, Imm: ImmNone, Sig: "[i32] -> [i32]", Doc: "Count trailing zero bits."},
	OpI32Popcnt:          {Name: "i32.popcnt", Prefix: 0, Code: 0x69, Imm: ImmNone, Sig: "[i32] -> [i32]", Doc: "Count the one bits."},
	OpI32Add:             {Name: "i32.add", Prefix: 0, Code: 0x6A, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Add, wrapping around on overflow."},
	OpI32Sub:             {Name: "i32.sub", Prefix: 0, Code: 0x6B, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Subtract, wrapping around on overflow."},
	OpI32Mul:             {Name: "i32.mul", Prefix: 0, Code: 0x6C, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Multiply, keeping the low 32 bits."},
	OpI32DivS:            {Name: "i32.div_s", Prefix: 0, Code: 0x6D, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Signed division; traps on zero or overflow."},
	OpI32DivU:            {Name: "i32.div_u", Prefix: 0, Code: 0x6E, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Unsigned division; traps on zero."},
	OpI32RemS:            {Name: "i32.rem_s", Prefix: 0, Code: 0x6F, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Signed remainder; traps on zero."},
	OpI32RemU:            {Name: "i32.rem_u", Prefix: 0, Code: 0x70, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Unsigned remainder; traps on zero."},
	OpI32And:             {Name: "i32.and", Prefix: 0, Code: 0x71, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Bitwise and."},
	OpI32Or:              {Name: "i32.or", Prefix: 0, Code: 0x72, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Bitwise or."},
	OpI32Xor:             {Name: "i32.xor", Prefix: 0, Code: 0x73, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Bitwise exclusive or."},
	OpI32Shl:             {Name: "i32.shl", Prefix: 0, Code: 0x74, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Shift left (by the count mod 32)."},
	OpI32ShrS:            {Name: "i32.shr_s", Prefix: 0, Code: 0x75, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Arithmetic shift right (keeps the sign)."},
	OpI32ShrU:            {Name: "i32.shr_u", Prefix: 0, Code: 0x76, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Logical shift right (fills with zeros)."},
	OpI32Rotl:            {Name: "i32.rotl", Prefix: 0, Code: 0x77, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Rotate left."},
	OpI32Rotr:            {Name: "i32.rotr", Prefix: 0, Code: 0x78, Imm: ImmNone, Sig: "[i32 i32] -> [i32]", Doc: "Rotate right."},
	OpI64Clz:             {Name: "i64.clz", Prefix: 0, Code: 0x79, Imm: ImmNone, Sig: "[i64] -> [i64]", Doc: "Count leading zero bits."},
	OpI64Ctz:             {Name: "i64.ctz", Prefix: 0, Code: 0x7A, Imm: ImmNone, Sig: "[i64] -> [i64]", Doc: "Count trailing zero bits."},
	OpI64Popcnt:          {Name: "i64.popcnt", Prefix: 0, Code: 0x7B, Imm: ImmNone, Sig: "[i64] -> [i64]", Doc: "Count the one bits."},
	OpI64Add:             {Name: "i64.add", Prefix: 0, Code: 0x7C, Imm: ImmNone, Sig: "[i64 i64] -> [i64]", Doc: "Add, wrapping around on overflow."},
	OpI64Sub:             {Name: "i64.sub", Prefix: 0, Code: 0x7D, Imm: ImmNone, Sig: "[i64 i64] -> [i64]", Doc: "Subtract, wrapping around on overflow."},
	OpI64Mul:             {Name: "i64.mul", Prefix: 0, Code: 0x7E, Imm: ImmNone, Sig: "[i64 i64] -> [i64]", Doc: "Multiply, keeping the low 64 bits."},
	OpI64DivS:            {Name: "i64.div_s", Prefix: 0, Code: 0x7F, Imm: ImmNone, Sig: "[i64 i64] -> [i64]", Doc: "Signed division; traps on zero or overflow."},
	OpI64DivU:            {Name: "i64.div_u", Prefix: 0, Code: 0x80, Imm: ImmNone, Sig: "[i64 i64] -> [i64]", Doc: "Unsigned division; traps on zero."},
	OpI64RemS:            {Name: "i64.rem_s", Prefix: 0, Code: 0x81, Imm: ImmNone, Sig: "[i64 i64] -> [i64]", Doc: "Signed remainder; traps on zero."},
	OpI64RemU:            {Name: "i64.rem_u", Prefix: 0, Code: 0x82, Imm: ImmNone, Sig: "[i64 i64] -> [i64]", Doc: "Unsigned remainder; traps on zero."},
	OpI64And:             {Name: "i64.and", Prefix: 0, Code: 0x83, Imm: ImmNone, Sig: "[i64 i64] -> [i64]", Doc: "Bitwise and."},
	OpI64Or:              {Name: "i64.or", Prefix: 0, Code: 0x84, Imm: ImmNone, Sig: "[i64 i64] -> [i64]", Doc: "Bitwise or."},
	OpI64Xor:             {Name: "i64.xor", Prefix: 0, Code: 0x85, Imm: ImmNone, Sig: "[i64 i64] -> [i64]", Doc: "Bitwise exclusive or."},
	OpI64Shl:             {Name: "i64.shl", Prefix: 0, Code: 0x86, Imm: ImmNone, Sig: "[i64 i64] -> [i64]", Doc: "Shift left (by the count mod 64)."},
	OpI64ShrS:            {Name: "i64.shr_s", Prefix: 0, Code: 0x87, Imm: ImmNone, Sig: "[i64 i64] -> [i64]", Doc: "Arithmetic shift right (keeps the sign)."},
	OpI64ShrU:            {Name: "i64.shr_u", Prefix: 0, Code: 0x88, Imm: ImmNone, Sig: "[i64 i64] -> [i64]", Doc: "Logical shift right (fills with zeros)."},
	OpI64Rotl:            {Name: "i64.rotl", Prefix: 0, Code: 0x89, Imm: ImmNone, Sig: "[i64 i64] -> [i64]", Doc: "Rotate left."},
	OpI64Rotr:            {Name: "i64.rotr", Prefix: 0, Code: 0x8A, Imm: ImmNone, Sig: "[i64 i64] -> [i64]", Doc: "Rotate right."},
	OpF32Abs:             {Name: "f32.abs", Prefix: 0, Code: 0x8B, Imm: ImmNone, Sig: "[f32] -> [f32]", Doc: "Absolute value (clears the sign bit)."},
	OpF32Neg:             {Name: "f32.neg", Prefix: 0, Code: 0x8C, Imm: ImmNone, Sig: "[f32] -> [f32]", Doc: "Negate (flips the sign bit)."},
	OpF32Ceil:            {Name: "f32.ceil", Prefix: 0, Code: 0x8D, Imm: ImmNone, Sig: "[f32] -> [f32]", Doc: "Round up to an integer."},
	OpF32Floor:           {Name: "f32.floor", Prefix: 0, Code: 0x8E, Imm: ImmNone, Sig: "[f32] -> [f32]", Doc: "Round down to an integer."},
	OpF32Trunc:           {Name: "f32.trunc", Prefix: 0, Code: 0x8F, Imm: ImmNone, Sig: "[f32] -> [f32]", Doc: "Round toward zero to an integer."},
	OpF32Nearest:         {Name: "f32.nearest", Prefix: 0, Code: 0x90, Imm: ImmNone, Sig: "[f32] -> [f32]", Doc: "Round to the nearest integer, ties to even."},
	OpF32Sqrt:            {Name: "f32.sqrt", Prefix: 0, Code: 0x91, Imm: ImmNone, Sig: "[f32] -> [f32]", Doc: "Square root."},
	OpF32Add:             {Name: "f32.add", Prefix: 0, Code: 0x92, Imm: ImmNone, Sig: "[f32 f32] -> [f32]", Doc: "Add."},
	OpF32Sub:             {Name: "f32.sub", Prefix: 0, Code: 0x93, Imm: ImmNone, Sig: "[f32 f32] -> [f32]", Doc: "Subtract."},
	OpF32Mul:             {Name: "f32.mul", Prefix: 0, Code: 0x94, Imm: ImmNone, Sig: "[f32 f32] -> [f32]", Doc: "Multiply."},
	OpF32Div:             {Name: "f32.div", Prefix: 0, Code: 0x95, Imm: ImmNone, Sig: "[f32 f32] -> [f32]", Doc: "Divide."},
	OpF32Min:             {Name: "f32.min", Prefix: 0, Code: 0x96, Imm: ImmNone, Sig: "[f32 f32] -> [f32]", Doc: "Minimum (NaN if either is NaN; -0 < +0)."},
	OpF32Max:             {Name: "f32.max", Prefix: 0, Code: 0x97, Imm: ImmNone, Sig: "[f32 f32] -> [f32]", Doc: "Maximum (NaN if either is NaN; -0 < +0)."},
	OpF32Copysign:        {Name: "f32.copysign", Prefix: 0, Code: 0x98, Imm: ImmNone, Sig: "[f32 f32] -> [f32]", Doc: "The first value with the sign of the second."},
	OpF64Abs:             {Name: "f64.abs", Prefix: 0, Code: 0x99, Imm: ImmNone, Sig: "[f64] -> [f64]", Doc: "Absolute value (clears the sign bit)."},
	OpF64Neg:             {Name: "f64.neg", Prefix: 0, Code: 0x9A, Imm: ImmNone, Sig: "[f64] -> [f64]", Doc: "Negate (flips the sign bit)."},
	OpF64Ceil:            {Name: "f64.ceil", Prefix: 0, Code: 0x9B, Imm: ImmNone, Sig: "[f64] -> [f64]", Doc: "Round up to an integer."},
	OpF64Floor:           {Name: "f64.floor", Prefix: 0, Code: 0x9C, Imm: ImmNone, Sig: "[f64] -> [f64]", Doc: "Round down to an integer."},
	OpF64Trunc:           {Name: "f64.trunc", Prefix: 0, Code: 0x9D, Imm: ImmNone, Sig: "[f64] -> [f64]", Doc: "Round toward zero to an integer."},
	OpF64Nearest:         {Name: "f64.nearest", Prefix: 0, Code: 0x9E, Imm: ImmNone, Sig: "[f64] -> [f64]", Doc: "Round to the nearest integer, ties to even."},
	OpF64Sqrt:            {Name: "f64.sqrt", Prefix: 0, Code: 0x9F, Imm: ImmNone, Sig: "[f64] -> [f64]", Doc: "Square root."},
	OpF64Add:             {Name: "f64.add", Prefix: 0, Code: 0xA0, Imm: ImmNone, Sig: "[f64 f64] -> [f64]", Doc: "Add."},
	OpF64Sub:             {Name: "f64.sub", Prefix: 0, Code: 0xA1, Imm: ImmNone, Sig: "[f64 f64] -> [f64]", Doc: "Subtract."},
	OpF64Mul:             {Name: "f64.mul", Prefix: 0, Code: 0xA2, Imm: ImmNone, Sig: "[f64 f64] -> [f64]", Doc: "Multiply."},
	OpF64Div:             {Name: "f64.div", Prefix: 0, Code: 0xA3, Imm: ImmNone, Sig: "[f64 f64] -> [f64]", Doc: "Divide."},
	OpF64Min:             {Name: "f64.min", Prefix: 0, Code: 0xA4, Imm: ImmNone, Sig: "[f64 f64] -> [f64]", Doc: "Minimum (NaN if either is NaN; -0 < +0)."},
	OpF64Max:             {Name: "f64.max", Prefix: 0, Code: 0xA5, Imm: ImmNone, Sig: "[f64 f64] -> [f64]", Doc: "Maximum (NaN if either is NaN; -0 < +0)."},
	OpF64Copysign:        {Name: "f64.copysign", Prefix: 0, Code: 0xA6, Imm: ImmNone, Sig: "[f64 f64] -> [f64]", Doc: "The first value with the sign of the second."},
	OpI32WrapI64:         {Name: "i32.wrap_i64", Prefix: 0, Code: 0xA7, Imm: ImmNone, Sig: "[i64] -> [i32]", Doc: "Keep the low 32 bits of an i64."},
	OpI32TruncF32S:       {Name: "i32.trunc_f32_s", Prefix: 0, Code: 0xA8, Imm: ImmNone, Sig: "[f32] -> [i32]", Doc: "Truncate an f32 to a signed i32; traps if out of range or NaN."},
	OpI32TruncF32U:       {Name: "i32.trunc_f32_u", Prefix: 0, Code: 0xA9, Imm: ImmNone, Sig: "[f32] -> [i32]", Doc: "Truncate an f32 to an unsigned i32; traps if out of range or NaN."},
	OpI32TruncF64S:       {Name: "i32.trunc_f64_s", Prefix: 0, Code: 0xAA, Imm: ImmNone, Sig: "[f64] -> [i32]", Doc: "Truncate an f64 to a signed i32; traps if out of range or NaN."},
	OpI32TruncF64U:       {Name: "i32.trunc_f64_u", Prefix: 0, Code: 0xAB, Imm: ImmNone, Sig: "[f64] -> [i32]", Doc: "Truncate an f64 to an unsigned i32; traps if out of range or NaN."},
	OpI64ExtendI32S:      {Name: "i64.extend_i32_s", Prefix: 0, Code: 0xAC, Imm: ImmNone, Sig: "[i32] -> [i64]", Doc: "Sign-extend an i32 to i64."},
	OpI64ExtendI32U:      {Name: "i64.extend_i32_u", Prefix: 0, Code: 0xAD, Imm: ImmNone, Sig: "[i32] -> [i64]", Doc: "Zero-extend an i32 to i64."},
	OpI64TruncF32S:       {Name: "i64.trunc_f32_s", Prefix: 0, Code: 0xAE, Imm: ImmNone, Sig: "[f32] -> [i64]", Doc: "Truncate an f32 to a signed i64; traps if out of range or NaN."},
	OpI64TruncF32U:       {Name: "i64.trunc_f32_u", Prefix: 0, Code: 0xAF, Imm: ImmNone, Sig: "[f32] -> [i64]", Doc: "Truncate an f32 to an unsigned i64; traps if out of range or NaN."},
	OpI64TruncF64S:       {Name: "i64.trunc_f64_s", Prefix: 0, Code: 0xB0, Imm: ImmNone, Sig: "[f64] -> [i64]", Doc: "Truncate an f64 to a signed i64; traps if out of range or NaN."},
	OpI64TruncF64U:       {Name: "i64.trunc_f64_u", Prefix: 0, Code: 0xB1, Imm: ImmNone, Sig: "[f64] -> [i64]", Doc: "Truncate an f64 to an unsigned i64; traps if out of range or NaN."},
	OpF32ConvertI32S:     {Name: "f32.convert_i32_s", Prefix: 0, Code: 0xB2, Imm: ImmNone, Sig: "[i32] -> [f32]", Doc: "Convert a signed i32 to the nearest f32."},
	OpF32ConvertI32U:     {Name: "f32.convert_i32_u", Prefix: 0, Code: 0xB3, Imm: ImmNone, Sig: "[i32] -> [f32]", Doc: "Convert an unsigned i32 to the nearest f32."},
	OpF32ConvertI64S:     {Name: "f32.convert_i64_s", Prefix: 0, Code: 0xB4, Imm: ImmNone, Sig: "[i64] -> [f32]", Doc: "Convert a signed i64 to the nearest f32."},
	OpF32ConvertI64U:     {Name: "f32.convert_i64_u", Prefix: 0, Code: 0xB5, Imm: ImmNone, Sig: "[i64] -> [f32]", Doc: "Convert an unsigned i64 to the nearest f32."},
	OpF32DemoteF64:       {Name: "f32.demote_f64", Prefix: 0, Code: 0xB6, Imm: ImmNone, Sig: "[f64] -> [f32]", Doc: "Round an f64 to the nearest f32."},
	OpF64ConvertI32S:     {Name: "f64.convert_i32_s", Prefix: 0, Code: 0xB7, Imm: ImmNone, Sig: "[i32] -> [f64]", Doc: "Convert a signed i32 to f64 (exact)."},
	OpF64ConvertI32U:     {Name: "f64.convert_i32_u", Prefix: 0, Code: 0xB8, Imm: ImmNone, Sig: "[i32] -> [f64]", Doc: "Convert an unsigned i32 to f64 (exact)."},
	OpF64ConvertI64S:     {Name: "f64.convert_i64_s", Prefix: 0, Code: 0xB9, Imm: ImmNone, Sig: "[i64] -> [f64]", Doc: "Convert a signed i64 to the nearest f64."},
	OpF64ConvertI64U:     {Name: "f64.convert_i64_u", Prefix: 0, Code: 0xBA, Imm: ImmNone, Sig: "[i64] -> [f64]", Doc: "Convert an unsigned i64 to the nearest f64."},
	OpF64PromoteF32:      {Name: "f64.promote_f32", Prefix: 0, Code: 0xBB, Imm: ImmNone, Sig: "[f32] -> [f64]", Doc: "Widen an f32 to f64 (exact)."},
	OpI32ReinterpretF32:  {Name: "i32.reinterpret_f32", Prefix: 0, Code: 0xBC, Imm: ImmNone, Sig: "[f32] -> [i32]", Doc: "The same 32 bits, read as an i32."},
	OpI64ReinterpretF64:  {Name: "i64.reinterpret_f64", Prefix: 0, Code: 0xBD, Imm: ImmNone, Sig: "[f64] -> [i64]", Doc: "The same 64 bits, read as an i64."},
	OpF32ReinterpretI32:  {Name: "f32.reinterpret_i32", Prefix: 0, Code: 0xBE, Imm: ImmNone, Sig: "[i32] -> [f32]", Doc: "The same 32 bits, read as an f32."},
	OpF64ReinterpretI64:  {Name: "f64.reinterpret_i64", Prefix: 0, Code: 0xBF, Imm: ImmNone, Sig: "[i64] -> [f64]", Doc: "The same 64 bits, read as an f64."},
	OpI32Extend8S:        {Name: "i32.extend8_s", Prefix: 0, Code: 0xC0, Imm: ImmNone, Sig: "[i32] -> [i32]", Doc: "Sign-extend the low 8 bits."},
	OpI32Extend16S:       {Name: "i32.extend16_s", Prefix: 0, Code: 0xC1, Imm: ImmNone, Sig: "[i32] -> [i32]", Doc: "Sign-extend the low 16 bits."},
	OpI64Extend8S:        {Name: "i64.extend8_s", Prefix: 0, Code: 0xC2, Imm: ImmNone, Sig: "[i64] -> [i64]", Doc: "Sign-extend the low 8 bits."},
	OpI64Extend16S:       {Name: "i64.extend16_s", Prefix: 0, Code: 0xC3, Imm: ImmNone, Sig: "[i64] -> [i64]", Doc: "Sign-extend the low 16 bits."},
	OpI64Extend32S:       {Name: "i64.extend32_s", Prefix: 0, Code: 0xC4, Imm: ImmNone, Sig: "[i64] -> [i64]", Doc: "Sign-extend the low 32 bits."},
	OpRefNull:            {Name: "ref.null", Prefix: 0, Code: 0xD0, Imm: ImmHeapType, Sig: "[] -> [(ref null ht)]", Doc: "Push a null reference of a heap type."},
	OpRefIsNull:          {Name: "ref.is_null", Prefix: 0, Code: 0xD1, Imm: ImmNone, Sig: "[ref] -> [i32]", Doc: "1 if the reference is null, else 0."},
	OpRefFunc:            {Name: "ref.func", Prefix: 0, Code: 0xD2, Imm: ImmFunc, Sig: "[] -> [(ref $t)]", Doc: "Push a reference to a function."},
	OpRefEq:              {Name: "ref.eq", Prefix: 0, Code: 0xD3, Imm: ImmNone, Sig: "[eqref eqref] -> [i32]", Doc: "1 if two references point to the same object."},
	OpRefAsNonNull:       {Name: "ref.as_non_null", Prefix: 0, Code: 0xD4, Imm: ImmNone, Sig: "[(ref null ht)] -> [(ref ht)]", Doc: "Trap if the reference is null; otherwise keep it."},
	OpBrOnNull:           {Name: "br_on_null", Prefix: 0, Code: 0xD5, Imm: ImmLabel, Sig: "[t* (ref null ht)] -> [t* (ref ht)]", Doc: "Branch if the reference is null; otherwise keep it."},
	OpBrOnNonNull:        {Name: "br_on_non_null", Prefix: 0, Code: 0xD6, Imm: ImmLabel, Sig: "[t* (ref null ht)] -> [t*]", Doc: "Branch with the reference if it is not null."},
	OpStructNew:          {Name: "struct.new", Prefix: 0xFB, Code: 0, Imm: ImmType, Sig: "[t*] -> [(ref $t)]", Doc: "Allocate a struct from its field values."},
	OpStructNewDefault:   {Name: "struct.new_default", Prefix: 0xFB, Code: 1, Imm: ImmType, Sig: "[] -> [(ref $t)]", Doc: "Allocate a struct with every field zero or null."},
	OpStructGet:          {Name: "struct.get", Prefix: 0xFB, Code: 2, Imm: ImmField, Sig: "[(ref null $t)] -> [t]", Doc: "Read a struct field."},
	OpStructGetS:         {Name: "struct.get_s", Prefix: 0xFB, Code: 3, Imm: ImmField, Sig: "[(ref null $t)] -> [i32]", Doc: "Read a packed struct field, sign-extended."},
	OpStructGetU:         {Name: "struct.get_u", Prefix: 0xFB, Code: 4, Imm: ImmField, Sig: "[(ref null $t)] -> [i32]", Doc: "Read a packed struct field, zero-extended."},
	OpStructSet:          {Name: "struct.set", Prefix: 0xFB, Code: 5, Imm: ImmField, Sig: "[(ref null $t) t] -> []", Doc: "Write a mutable struct field."},
	OpArrayNew:           {Name: "array.new", Prefix: 0xFB, Code: 6, Imm: ImmType, Sig: "[t i32] -> [(ref $t)]", Doc: "Allocate an array of a length, every element the given value."},
	OpArrayNewDefault:    {Name: "array.new_default", Prefix: 0xFB, Code: 7, Imm: ImmType, Sig: "[i32] -> [(ref $t)]", Doc: "Allocate an array of a length, every element zero or null."},
	OpArrayNewFixed:      {Name: "array.new_fixed", Prefix: 0xFB, Code: 8, Imm: ImmArrayFixed, Sig: "[t*] -> [(ref $t)]", Doc: "Allocate an array from a fixed number of values."},
	OpArrayNewData:       {Name: "array.new_data", Prefix: 0xFB, Code: 9, Imm: ImmArrayData, Sig: "[i32 i32] -> [(ref $t)]", Doc: "Allocate an array from bytes of a data segment."},
	OpArrayNewElem:       {Name: "array.new_elem", Prefix: 0xFB, Code: 10, Imm: ImmArrayElem, Sig: "[i32 i32] -> [(ref $t)]", Doc: "Allocate an array from references of an element segment."},
	OpArrayGet:           {Name: "array.get", Prefix: 0xFB, Code: 11, Imm: ImmType, Sig: "[(ref null $t) i32] -> [t]", Doc: "Read an array element."},
	OpArrayGetS:          {Name: "array.get_s", Prefix: 0xFB, Code: 12, Imm: ImmType, Sig: "[(ref null $t) i32] -> [i32]", Doc: "Read a packed array element, sign-extended."},
	OpArrayGetU:          {Name: "array.get_u", Prefix: 0xFB, Code: 13, Imm: ImmType, Sig: "[(ref null $t) i32] -> [i32]", Doc: "Read a packed array element, zero-extended."},
	OpArraySet:           {Name: "array.set", Prefix: 0xFB, Code: 14, Imm: ImmType, Sig: "[(ref null $t) i32 t] -> []", Doc: "Write an array element."},
	OpArrayLen:           {Name: "array.len", Prefix: 0xFB, Code: 15, Imm: ImmNone, Sig: "[arrayref] -> [i32]", Doc: "Push the length of an array."},
	OpArrayFill:          {Name: "array.fill", Prefix: 0xFB, Code: 16, Imm: ImmType, Sig: "[(ref null $t) i32 t i32] -> []", Doc: "Set a range of array elements to one value."},
	OpArrayCopy:          {Name: "array.copy", Prefix: 0xFB, Code: 17, Imm: ImmArrayCopy, Sig: "[(ref null $t1) i32 (ref null $t2) i32 i32] -> []", Doc: "Copy a range of elements between arrays."},
	OpArrayInitData:      {Name: "array.init_data", Prefix: 0xFB, Code: 18, Imm: ImmArrayData, Sig: "[(ref null $t) i32 i32 i32] -> []", Doc: "Copy bytes of a data segment into an array."},
	OpArrayInitElem:      {Name: "array.init_elem", Prefix: 0xFB, Code: 19, Imm: ImmArrayElem, Sig: "[(ref null $t) i32 i32 i32] -> []", Doc: "Copy references of an element segment into an array."},
	OpRefTest:            {Name: "ref.test", Prefix: 0xFB, Code: 20, Imm: ImmRefType, Sig: "[ref] -> [i32]", Doc: "1 if the reference has the given type, else 0."},
	OpRefCast:            {Name: "ref.cast", Prefix: 0xFB, Code: 22, Imm: ImmRefType, Sig: "[ref] -> [(ref rt)]", Doc: "Trap unless the reference has the given type."},
	OpBrOnCast:           {Name: "br_on_cast", Prefix: 0xFB, Code: 24, Imm: ImmBrOnCast, Sig: "[t* rt1] -> [t* (rt1 - rt2)]", Doc: "Branch with the reference if it has the target type."},
	OpBrOnCastFail:       {Name: "br_on_cast_fail", Prefix: 0xFB, Code: 25, Imm: ImmBrOnCast, Sig: "[t* rt1] -> [t* rt2]", Doc: "Branch with the reference if it does not have the target type."},
	OpAnyConvertExtern:   {Name: "any.convert_extern", Prefix: 0xFB, Code: 26, Imm: ImmNone, Sig: "[externref] -> [anyref]", Doc: "Turn an external reference into an internal one."},
	OpExternConvertAny:   {Name: "extern.convert_any", Prefix: 0xFB, Code: 27, Imm: ImmNone, Sig: "[anyref] -> [externref]", Doc: "Turn an internal reference into an external one."},
	OpRefI31:             {Name: "ref.i31", Prefix: 0xFB, Code: 28, Imm: ImmNone, Sig: "[i32] -> [(ref i31)]", Doc: "Box the low 31 bits of an i32 as an unboxed scalar reference."},
	OpI31GetS:            {Name: "i31.get_s", Prefix: 0xFB, Code: 29, Imm: ImmNone, Sig: "[i31ref] -> [i32]", Doc: "Read an i31 reference, sign-extended."},
	OpI31GetU:            {Name: "i31.get_u", Prefix: 0xFB, Code: 30, Imm: ImmNone, Sig: "[i31ref] -> [i32]", Doc: "Read an i31 reference, zero-extended."},
	OpI32TruncSatF32S:    {Name: "i32.trunc_sat_f32_s", Prefix: 0xFC, Code: 0, Imm: ImmNone, Sig: "[f32] -> [i32]", Doc: "Truncate an f32 to a signed i32, saturating instead of trapping."},
	OpI32TruncSatF32U:    {Name: "i32.trunc_sat_f32_u", Prefix: 0xFC, Code: 1, Imm: ImmNone, Sig: "[f32] -> [i32]", Doc: "Truncate an f32 to an unsigned i32, saturating instead of trapping."},
	OpI32TruncSatF64S:    {Name: "i32.trunc_sat_f64_s", Prefix: 0xFC, Code: 2, Imm: ImmNone, Sig: "[f64] -> [i32]", Doc: "Truncate an f64 to a signed i32, saturating instead of trapping."},
	OpI32TruncSatF64U:    {Name: "i32.trunc_sat_f64_u", Prefix: 0xFC, Code: 3, Imm: ImmNone, Sig: "[f64] -> [i32]", Doc: "Truncate an f64 to an unsigned i32, saturating instead of trapping."},
	OpI64TruncSatF32S:    {Name: "i64.trunc_sat_f32_s", Prefix: 0xFC, Code: 4, Imm: ImmNone, Sig: "[f32] -> [i64]", Doc: "Truncate an f32 to a signed i64, saturating instead of trapping."},
	OpI64TruncSatF32U:    {Name: "i64.trunc_sat_f32_u", Prefix: 0xFC, Code: 5, Imm: ImmNone, Sig: "[f32] -> [i64]", Doc: "Truncate an f32 to an unsigned i64, saturating instead of trapping."},
	OpI64TruncSatF64S:    {Name: "i64.trunc_sat_f64_s", Prefix: 0xFC, Code: 6, Imm: ImmNone, Sig: "[f64] -> [i64]", Doc: "Truncate an f64 to a signed i64, saturating instead of trapping."},
	OpI64TruncSatF64U:    {Name: "i64.trunc_sat_f64_u", Prefix: 0xFC, Code: 7, Imm: ImmNone, Sig: "[f64] -> [i64]", Doc: "Truncate an f64 to an unsigned i64, saturating instead of trapping."},
	OpMemoryInit:         {Name: "memory.init", Prefix: 0xFC, Code: 8, Imm: ImmMemInit, Sig: "[addr i32 i32] -> []", Doc: "Copy bytes from a data segment into memory."},
	OpDataDrop:           {Name: "data.drop", Prefix: 0xFC, Code: 9, Imm: ImmData, Sig: "[] -> []", Doc: "Discard a data segment's bytes."},
	OpMemoryCopy:         {Name: "memory.copy", Prefix: 0xFC, Code: 10, Imm: ImmTwoMems, Sig: "[addr addr addr] -> []", Doc: "Copy a range of bytes, within or between memories."},
	OpMemoryFill:         {Name: "memory.fill", Prefix: 0xFC, Code: 11, Imm: ImmMem, Sig: "[addr i32 addr] -> []", Doc: "Set a range of bytes to one value."},
	OpTableInit:          {Name: "table.init", Prefix: 0xFC, Code: 12, Imm: ImmTableInit, Sig: "[addr i32 i32] -> []", Doc: "Copy references from an element segment into a table."},
	OpElemDrop:           {Name: "elem.drop", Prefix: 0xFC, Code: 13, Imm: ImmElem, Sig: "[] -> []", Doc: "Discard an element segment's references."},
	OpTableCopy:          {Name: "table.copy", Prefix: 0xFC, Code: 14, Imm: ImmTwoTables, Sig: "[addr addr addr] -> []", Doc: "Copy a range of table entries, within or between tables."},
	OpTableGrow:          {Name: "table.grow", Prefix: 0xFC, Code: 15, Imm: ImmTable, Sig: "[t addr] -> [addr]", Doc: "Grow a table by some entries; push the old size, or -1 on failure."},
	OpTableSize:          {Name: "table.size", Prefix: 0xFC, Code: 16, Imm: ImmTable, Sig: "[] -> [addr]", Doc: "Push the table's size."},
	OpTableFill:          {Name: "table.fill", Prefix: 0xFC, Code: 17, Imm: ImmTable, Sig: "[addr t addr] -> []", Doc: "Set a range of table entries to one reference."},
}
