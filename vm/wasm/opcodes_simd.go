// The SIMD and relaxed SIMD rows of the opcode table (prefix 0xFD).

package wasm

// The SIMD opcodes, in encoding order; they follow the core ones.
const (
	OpV128Load Op = numCoreOps + iota
	OpV128Load8x8S
	OpV128Load8x8U
	OpV128Load16x4S
	OpV128Load16x4U
	OpV128Load32x2S
	OpV128Load32x2U
	OpV128Load8Splat
	OpV128Load16Splat
	OpV128Load32Splat
	OpV128Load64Splat
	OpV128Store
	OpV128Const
	OpI8x16Shuffle
	OpI8x16Swizzle
	OpI8x16Splat
	OpI16x8Splat
	OpI32x4Splat
	OpI64x2Splat
	OpF32x4Splat
	OpF64x2Splat
	OpI8x16ExtractLaneS
	OpI8x16ExtractLaneU
	OpI8x16ReplaceLane
	OpI16x8ExtractLaneS
	OpI16x8ExtractLaneU
	OpI16x8ReplaceLane
	OpI32x4ExtractLane
	OpI32x4ReplaceLane
	OpI64x2ExtractLane
	OpI64x2ReplaceLane
	OpF32x4ExtractLane
	OpF32x4ReplaceLane
	OpF64x2ExtractLane
	OpF64x2ReplaceLane
	OpI8x16Eq
	OpI8x16Ne
	OpI8x16LtS
	OpI8x16LtU
	OpI8x16GtS
	OpI8x16GtU
	OpI8x16LeS
	OpI8x16LeU
	OpI8x16GeS
	OpI8x16GeU
	OpI16x8Eq
	OpI16x8Ne
	OpI16x8LtS
	OpI16x8LtU
	OpI16x8GtS
	OpI16x8GtU
	OpI16x8LeS
	OpI16x8LeU
	OpI16x8GeS
	OpI16x8GeU
	OpI32x4Eq
	OpI32x4Ne
	OpI32x4LtS
	OpI32x4LtU
	OpI32x4GtS
	OpI32x4GtU
	OpI32x4LeS
	OpI32x4LeU
	OpI32x4GeS
	OpI32x4GeU
	OpF32x4Eq
	OpF32x4Ne
	OpF32x4Lt
	OpF32x4Gt
	OpF32x4Le
	OpF32x4Ge
	OpF64x2Eq
	OpF64x2Ne
	OpF64x2Lt
	OpF64x2Gt
	OpF64x2Le
	OpF64x2Ge
	OpV128Not
	OpV128And
	OpV128Andnot
	OpV128Or
	OpV128Xor
	OpV128Bitselect
	OpV128AnyTrue
	OpV128Load8Lane
	OpV128Load16Lane
	OpV128Load32Lane
	OpV128Load64Lane
	OpV128Store8Lane
	OpV128Store16Lane
	OpV128Store32Lane
	OpV128Store64Lane
	OpV128Load32Zero
	OpV128Load64Zero
	OpF32x4DemoteF64x2Zero
	OpF64x2PromoteLowF32x4
	OpI8x16Abs
	OpI8x16Neg
	OpI8x16Popcnt
	OpI8x16AllTrue
	OpI8x16Bitmask
	OpI8x16NarrowI16x8S
	OpI8x16NarrowI16x8U
	OpF32x4Ceil
	OpF32x4Floor
	OpF32x4Trunc
	OpF32x4Nearest
	OpI8x16Shl
	OpI8x16ShrS
	OpI8x16ShrU
	OpI8x16Add
	OpI8x16AddSatS
	OpI8x16AddSatU
	OpI8x16Sub
	OpI8x16SubSatS
	OpI8x16SubSatU
	OpF64x2Ceil
	OpF64x2Floor
	OpI8x16MinS
	OpI8x16MinU
	OpI8x16MaxS
	OpI8x16MaxU
	OpF64x2Trunc
	OpI8x16AvgrU
	OpI16x8ExtaddPairwiseI8x16S
	OpI16x8ExtaddPairwiseI8x16U
	OpI32x4ExtaddPairwiseI16x8S
	OpI32x4ExtaddPairwiseI16x8U
	OpI16x8Abs
	OpI16x8Neg
	OpI16x8Q15mulrSatS
	OpI16x8AllTrue
	OpI16x8Bitmask
	OpI16x8NarrowI32x4S
	OpI16x8NarrowI32x4U
	OpI16x8ExtendLowI8x16S
	OpI16x8ExtendHighI8x16S
	OpI16x8ExtendLowI8x16U
	OpI16x8ExtendHighI8x16U
	OpI16x8Shl
	OpI16x8ShrS
	OpI16x8ShrU
	OpI16x8Add
	OpI16x8AddSatS
	OpI16x8AddSatU
	OpI16x8Sub
	OpI16x8SubSatS
	OpI16x8SubSatU
	OpF64x2Nearest
	OpI16x8Mul
	OpI16x8MinS
	OpI16x8MinU
	OpI16x8MaxS
	OpI16x8MaxU
	OpI16x8AvgrU
	OpI16x8ExtmulLowI8x16S
	OpI16x8ExtmulHighI8x16S
	OpI16x8ExtmulLowI8x16U
	OpI16x8ExtmulHighI8x16U
	OpI32x4Abs
	OpI32x4Neg
	OpI32x4AllTrue
	OpI32x4Bitmask
	OpI32x4ExtendLowI16x8S
	OpI32x4ExtendHighI16x8S
	OpI32x4ExtendLowI16x8U
	OpI32x4ExtendHighI16x8U
	OpI32x4Shl
	OpI32x4ShrS
	OpI32x4ShrU
	OpI32x4Add
	OpI32x4Sub
	OpI32x4Mul
	OpI32x4MinS
	OpI32x4MinU
	OpI32x4MaxS
	OpI32x4MaxU
	OpI32x4DotI16x8S
	OpI32x4ExtmulLowI16x8S
	OpI32x4ExtmulHighI16x8S
	OpI32x4ExtmulLowI16x8U
	OpI32x4ExtmulHighI16x8U
	OpI64x2Abs
	OpI64x2Neg
	OpI64x2AllTrue
	OpI64x2Bitmask
	OpI64x2ExtendLowI32x4S
	OpI64x2ExtendHighI32x4S
	OpI64x2ExtendLowI32x4U
	OpI64x2ExtendHighI32x4U
	OpI64x2Shl
	OpI64x2ShrS
	OpI64x2ShrU
	OpI64x2Add
	OpI64x2Sub
	OpI64x2Mul
	OpI64x2Eq
	OpI64x2Ne
	OpI64x2LtS
	OpI64x2GtS
	OpI64x2LeS
	OpI64x2GeS
	OpI64x2ExtmulLowI32x4S
	OpI64x2ExtmulHighI32x4S
	OpI64x2ExtmulLowI32x4U
	OpI64x2ExtmulHighI32x4U
	OpF32x4Abs
	OpF32x4Neg
	OpF32x4Sqrt
	OpF32x4Add
	OpF32x4Sub
	OpF32x4Mul
	OpF32x4Div
	OpF32x4Min
	OpF32x4Max
	OpF32x4Pmin
	OpF32x4Pmax
	OpF64x2Abs
	OpF64x2Neg
	OpF64x2Sqrt
	OpF64x2Add
	OpF64x2Sub
	OpF64x2Mul
	OpF64x2Div
	OpF64x2Min
	OpF64x2Max
	OpF64x2Pmin
	OpF64x2Pmax
	OpI32x4TruncSatF32x4S
	OpI32x4TruncSatF32x4U
	OpF32x4ConvertI32x4S
	OpF32x4ConvertI32x4U
	OpI32x4TruncSatF64x2SZero
	OpI32x4TruncSatF64x2UZero
	OpF64x2ConvertLowI32x4S
	OpF64x2ConvertLowI32x4U
	OpI8x16RelaxedSwizzle
	OpI32x4RelaxedTruncF32x4S
	OpI32x4RelaxedTruncF32x4U
	OpI32x4RelaxedTruncF64x2SZero
	OpI32x4RelaxedTruncF64x2UZero
	OpF32x4RelaxedMadd
	OpF32x4RelaxedNmadd
	OpF64x2RelaxedMadd
	OpF64x2RelaxedNmadd
	OpI8x16RelaxedLaneselect
	OpI16x8RelaxedLaneselect
	OpI32x4RelaxedLaneselect
	OpI64x2RelaxedLaneselect
	OpF32x4RelaxedMin
	OpF32x4RelaxedMax
	OpF64x2RelaxedMin
	OpF64x2RelaxedMax
	OpI16x8RelaxedQ15mulrS
	OpI16x8RelaxedDotI8x16I7x16S
	OpI32x4RelaxedDotI8x16I7x16AddS
)

// simdOps describes the SIMD and relaxed SIMD opcodes: simdOps[i] is
// Op(numCoreOps+i).
var simdOps = []OpInfo{
	OpV128Load - numCoreOps:                      {Name: "v128.load", Prefix: 0xFD, Code: 0x00, Imm: ImmMemArg, Sig: "[addr] -> [v128]", Doc: "Load 16 bytes from memory as a v128."},
	OpV128Load8x8S - numCoreOps:                  {Name: "v128.load8x8_s", Prefix: 0xFD, Code: 0x01, Imm: ImmMemArg, Sig: "[addr] -> [v128]", Doc: "Load 8 8-bit integers and sign-extend each to a 16-bit lane."},
	OpV128Load8x8U - numCoreOps:                  {Name: "v128.load8x8_u", Prefix: 0xFD, Code: 0x02, Imm: ImmMemArg, Sig: "[addr] -> [v128]", Doc: "Load 8 8-bit integers and zero-extend each to a 16-bit lane."},
	OpV128Load16x4S - numCoreOps:                 {Name: "v128.load16x4_s", Prefix: 0xFD, Code: 0x03, Imm: ImmMemArg, Sig: "[addr] -> [v128]", Doc: "Load 4 16-bit integers and sign-extend each to a 32-bit lane."},
	OpV128Load16x4U - numCoreOps:                 {Name: "v128.load16x4_u", Prefix: 0xFD, Code: 0x04, Imm: ImmMemArg, Sig: "[addr] -> [v128]", Doc: "Load 4 16-bit integers and zero-extend each to a 32-bit lane."},
	OpV128Load32x2S - numCoreOps:                 {Name: "v128.load32x2_s", Prefix: 0xFD, Code: 0x05, Imm: ImmMemArg, Sig: "[addr] -> [v128]", Doc: "Load 2 32-bit integers and sign-extend each to a 64-bit lane."},
	OpV128Load32x2U - numCoreOps:                 {Name: "v128.load32x2_u", Prefix: 0xFD, Code: 0x06, Imm: ImmMemArg, Sig: "[addr] -> [v128]", Doc: "Load 2 32-bit integers and zero-extend each to a 64-bit lane."},
	OpV128Load8Splat - numCoreOps:                {Name: "v128.load8_splat", Prefix: 0xFD, Code: 0x07, Imm: ImmMemArg, Sig: "[addr] -> [v128]", Doc: "Load one 8-bit value and copy it into every 8-bit lane."},
	OpV128Load16Splat - numCoreOps:               {Name: "v128.load16_splat", Prefix: 0xFD, Code: 0x08, Imm: ImmMemArg, Sig: "[addr] -> [v128]", Doc: "Load one 16-bit value and copy it into every 16-bit lane."},
	OpV128Load32Splat - numCoreOps:               {Name: "v128.load32_splat", Prefix: 0xFD, Code: 0x09, Imm: ImmMemArg, Sig: "[addr] -> [v128]", Doc: "Load one 32-bit value and copy it into every 32-bit lane."},
	OpV128Load64Splat - numCoreOps:               {Name: "v128.load64_splat", Prefix: 0xFD, Code: 0x0A, Imm: ImmMemArg, Sig: "[addr] -> [v128]", Doc: "Load one 64-bit value and copy it into every 64-bit lane."},
	OpV128Store - numCoreOps:                     {Name: "v128.store", Prefix: 0xFD, Code: 0x0B, Imm: ImmMemArg, Sig: "[addr v128] -> []", Doc: "Store a v128 as 16 bytes."},
	OpV128Const - numCoreOps:                     {Name: "v128.const", Prefix: 0xFD, Code: 0x0C, Imm: ImmV128, Sig: "[] -> [v128]", Doc: "Push a 128-bit constant."},
	OpI8x16Shuffle - numCoreOps:                  {Name: "i8x16.shuffle", Prefix: 0xFD, Code: 0x0D, Imm: ImmShuffle, Sig: "[v128 v128] -> [v128]", Doc: "Pick each of the 16 result bytes from the 32 bytes of both operands by the immediate indices."},
	OpI8x16Swizzle - numCoreOps:                  {Name: "i8x16.swizzle", Prefix: 0xFD, Code: 0x0E, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Pick each result byte from the first operand by the index in the second; indices past 15 give 0."},
	OpI8x16Splat - numCoreOps:                    {Name: "i8x16.splat", Prefix: 0xFD, Code: 0x0F, Imm: ImmNone, Sig: "[i32] -> [v128]", Doc: "Copy a scalar into every lane of a i8x16 vector."},
	OpI16x8Splat - numCoreOps:                    {Name: "i16x8.splat", Prefix: 0xFD, Code: 0x10, Imm: ImmNone, Sig: "[i32] -> [v128]", Doc: "Copy a scalar into every lane of a i16x8 vector."},
	OpI32x4Splat - numCoreOps:                    {Name: "i32x4.splat", Prefix: 0xFD, Code: 0x11, Imm: ImmNone, Sig: "[i32] -> [v128]", Doc: "Copy a scalar into every lane of a i32x4 vector."},
	OpI64x2Splat - numCoreOps:                    {Name: "i64x2.splat", Prefix: 0xFD, Code: 0x12, Imm: ImmNone, Sig: "[i64] -> [v128]", Doc: "Copy a scalar into every lane of a i64x2 vector."},
	OpF32x4Splat - numCoreOps:                    {Name: "f32x4.splat", Prefix: 0xFD, Code: 0x13, Imm: ImmNone, Sig: "[f32] -> [v128]", Doc: "Copy a scalar into every lane of a f32x4 vector."},
	OpF64x2Splat - numCoreOps:                    {Name: "f64x2.splat", Prefix: 0xFD, Code: 0x14, Imm: ImmNone, Sig: "[f64] -> [v128]", Doc: "Copy a scalar into every lane of a f64x2 vector."},
	OpI8x16ExtractLaneS - numCoreOps:             {Name: "i8x16.extract_lane_s", Prefix: 0xFD, Code: 0x15, Imm: ImmLane, Sig: "[v128] -> [i32]", Doc: "Read the lane the immediate names sign-extended to i32."},
	OpI8x16ExtractLaneU - numCoreOps:             {Name: "i8x16.extract_lane_u", Prefix: 0xFD, Code: 0x16, Imm: ImmLane, Sig: "[v128] -> [i32]", Doc: "Read the lane the immediate names zero-extended to i32."},
	OpI8x16ReplaceLane - numCoreOps:              {Name: "i8x16.replace_lane", Prefix: 0xFD, Code: 0x17, Imm: ImmLane, Sig: "[v128 i32] -> [v128]", Doc: "Replace the lane the immediate names with a scalar."},
	OpI16x8ExtractLaneS - numCoreOps:             {Name: "i16x8.extract_lane_s", Prefix: 0xFD, Code: 0x18, Imm: ImmLane, Sig: "[v128] -> [i32]", Doc: "Read the lane the immediate names sign-extended to i32."},
	OpI16x8ExtractLaneU - numCoreOps:             {Name: "i16x8.extract_lane_u", Prefix: 0xFD, Code: 0x19, Imm: ImmLane, Sig: "[v128] -> [i32]", Doc: "Read the lane the immediate names zero-extended to i32."},
	OpI16x8ReplaceLane - numCoreOps:              {Name: "i16x8.replace_lane", Prefix: 0xFD, Code: 0x1A, Imm: ImmLane, Sig: "[v128 i32] -> [v128]", Doc: "Replace the lane the immediate names with a scalar."},
	OpI32x4ExtractLane - numCoreOps:              {Name: "i32x4.extract_lane", Prefix: 0xFD, Code: 0x1B, Imm: ImmLane, Sig: "[v128] -> [i32]", Doc: "Read the lane the immediate names."},
	OpI32x4ReplaceLane - numCoreOps:              {Name: "i32x4.replace_lane", Prefix: 0xFD, Code: 0x1C, Imm: ImmLane, Sig: "[v128 i32] -> [v128]", Doc: "Replace the lane the immediate names with a scalar."},
	OpI64x2ExtractLane - numCoreOps:              {Name: "i64x2.extract_lane", Prefix: 0xFD, Code: 0x1D, Imm: ImmLane, Sig: "[v128] -> [i64]", Doc: "Read the lane the immediate names."},
	OpI64x2ReplaceLane - numCoreOps:              {Name: "i64x2.replace_lane", Prefix: 0xFD, Code: 0x1E, Imm: ImmLane, Sig: "[v128 i64] -> [v128]", Doc: "Replace the lane the immediate names with a scalar."},
	OpF32x4ExtractLane - numCoreOps:              {Name: "f32x4.extract_lane", Prefix: 0xFD, Code: 0x1F, Imm: ImmLane, Sig: "[v128] -> [f32]", Doc: "Read the lane the immediate names."},
	OpF32x4ReplaceLane - numCoreOps:              {Name: "f32x4.replace_lane", Prefix: 0xFD, Code: 0x20, Imm: ImmLane, Sig: "[v128 f32] -> [v128]", Doc: "Replace the lane the immediate names with a scalar."},
	OpF64x2ExtractLane - numCoreOps:              {Name: "f64x2.extract_lane", Prefix: 0xFD, Code: 0x21, Imm: ImmLane, Sig: "[v128] -> [f64]", Doc: "Read the lane the immediate names."},
	OpF64x2ReplaceLane - numCoreOps:              {Name: "f64x2.replace_lane", Prefix: 0xFD, Code: 0x22, Imm: ImmLane, Sig: "[v128 f64] -> [v128]", Doc: "Replace the lane the immediate names with a scalar."},
	OpI8x16Eq - numCoreOps:                       {Name: "i8x16.eq", Prefix: 0xFD, Code: 0x23, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is equal to the second's, else zero."},
	OpI8x16Ne - numCoreOps:                       {Name: "i8x16.ne", Prefix: 0xFD, Code: 0x24, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is not equal to the second's, else zero."},
	OpI8x16LtS - numCoreOps:                      {Name: "i8x16.lt_s", Prefix: 0xFD, Code: 0x25, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is less than the second's (signed), else zero."},
	OpI8x16LtU - numCoreOps:                      {Name: "i8x16.lt_u", Prefix: 0xFD, Code: 0x26, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is less than the second's (unsigned), else zero."},
	OpI8x16GtS - numCoreOps:                      {Name: "i8x16.gt_s", Prefix: 0xFD, Code: 0x27, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is greater than the second's (signed), else zero."},
	OpI8x16GtU - numCoreOps:                      {Name: "i8x16.gt_u", Prefix: 0xFD, Code: 0x28, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is greater than the second's (unsigned), else zero."},
	OpI8x16LeS - numCoreOps:                      {Name: "i8x16.le_s", Prefix: 0xFD, Code: 0x29, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at most the second's (signed), else zero."},
	OpI8x16LeU - numCoreOps:                      {Name: "i8x16.le_u", Prefix: 0xFD, Code: 0x2A, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at most the second's (unsigned), else zero."},
	OpI8x16GeS - numCoreOps:                      {Name: "i8x16.ge_s", Prefix: 0xFD, Code: 0x2B, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at least the second's (signed), else zero."},
	OpI8x16GeU - numCoreOps:                      {Name: "i8x16.ge_u", Prefix: 0xFD, Code: 0x2C, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at least the second's (unsigned), else zero."},
	OpI16x8Eq - numCoreOps:                       {Name: "i16x8.eq", Prefix: 0xFD, Code: 0x2D, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is equal to the second's, else zero."},
	OpI16x8Ne - numCoreOps:                       {Name: "i16x8.ne", Prefix: 0xFD, Code: 0x2E, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is not equal to the second's, else zero."},
	OpI16x8LtS - numCoreOps:                      {Name: "i16x8.lt_s", Prefix: 0xFD, Code: 0x2F, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is less than the second's (signed), else zero."},
	OpI16x8LtU - numCoreOps:                      {Name: "i16x8.lt_u", Prefix: 0xFD, Code: 0x30, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is less than the second's (unsigned), else zero."},
	OpI16x8GtS - numCoreOps:                      {Name: "i16x8.gt_s", Prefix: 0xFD, Code: 0x31, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is greater than the second's (signed), else zero."},
	OpI16x8GtU - numCoreOps:                      {Name: "i16x8.gt_u", Prefix: 0xFD, Code: 0x32, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is greater than the second's (unsigned), else zero."},
	OpI16x8LeS - numCoreOps:                      {Name: "i16x8.le_s", Prefix: 0xFD, Code: 0x33, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at most the second's (signed), else zero."},
	OpI16x8LeU - numCoreOps:                      {Name: "i16x8.le_u", Prefix: 0xFD, Code: 0x34, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at most the second's (unsigned), else zero."},
	OpI16x8GeS - numCoreOps:                      {Name: "i16x8.ge_s", Prefix: 0xFD, Code: 0x35, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at least the second's (signed), else zero."},
	OpI16x8GeU - numCoreOps:                      {Name: "i16x8.ge_u", Prefix: 0xFD, Code: 0x36, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at least the second's (unsigned), else zero."},
	OpI32x4Eq - numCoreOps:                       {Name: "i32x4.eq", Prefix: 0xFD, Code: 0x37, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is equal to the second's, else zero."},
	OpI32x4Ne - numCoreOps:                       {Name: "i32x4.ne", Prefix: 0xFD, Code: 0x38, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is not equal to the second's, else zero."},
	OpI32x4LtS - numCoreOps:                      {Name: "i32x4.lt_s", Prefix: 0xFD, Code: 0x39, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is less than the second's (signed), else zero."},
	OpI32x4LtU - numCoreOps:                      {Name: "i32x4.lt_u", Prefix: 0xFD, Code: 0x3A, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is less than the second's (unsigned), else zero."},
	OpI32x4GtS - numCoreOps:                      {Name: "i32x4.gt_s", Prefix: 0xFD, Code: 0x3B, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is greater than the second's (signed), else zero."},
	OpI32x4GtU - numCoreOps:                      {Name: "i32x4.gt_u", Prefix: 0xFD, Code: 0x3C, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is greater than the second's (unsigned), else zero."},
	OpI32x4LeS - numCoreOps:                      {Name: "i32x4.le_s", Prefix: 0xFD, Code: 0x3D, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at most the second's (signed), else zero."},
	OpI32x4LeU - numCoreOps:                      {Name: "i32x4.le_u", Prefix: 0xFD, Code: 0x3E, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at most the second's (unsigned), else zero."},
	OpI32x4GeS - numCoreOps:                      {Name: "i32x4.ge_s", Prefix: 0xFD, Code: 0x3F, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at least the second's (signed), else zero."},
	OpI32x4GeU - numCoreOps:                      {Name: "i32x4.ge_u", Prefix: 0xFD, Code: 0x40, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at least the second's (unsigned), else zero."},
	OpF32x4Eq - numCoreOps:                       {Name: "f32x4.eq", Prefix: 0xFD, Code: 0x41, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is equal to the second's, else zero."},
	OpF32x4Ne - numCoreOps:                       {Name: "f32x4.ne", Prefix: 0xFD, Code: 0x42, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is not equal to the second's, else zero."},
	OpF32x4Lt - numCoreOps:                       {Name: "f32x4.lt", Prefix: 0xFD, Code: 0x43, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is less than the second's, else zero."},
	OpF32x4Gt - numCoreOps:                       {Name: "f32x4.gt", Prefix: 0xFD, Code: 0x44, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is greater than the second's, else zero."},
	OpF32x4Le - numCoreOps:                       {Name: "f32x4.le", Prefix: 0xFD, Code: 0x45, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at most the second's, else zero."},
	OpF32x4Ge - numCoreOps:                       {Name: "f32x4.ge", Prefix: 0xFD, Code: 0x46, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at least the second's, else zero."},
	OpF64x2Eq - numCoreOps:                       {Name: "f64x2.eq", Prefix: 0xFD, Code: 0x47, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is equal to the second's, else zero."},
	OpF64x2Ne - numCoreOps:                       {Name: "f64x2.ne", Prefix: 0xFD, Code: 0x48, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is not equal to the second's, else zero."},
	OpF64x2Lt - numCoreOps:                       {Name: "f64x2.lt", Prefix: 0xFD, Code: 0x49, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is less than the second's, else zero."},
	OpF64x2Gt - numCoreOps:                       {Name: "f64x2.gt", Prefix: 0xFD, Code: 0x4A, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is greater than the second's, else zero."},
	OpF64x2Le - numCoreOps:                       {Name: "f64x2.le", Prefix: 0xFD, Code: 0x4B, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at most the second's, else zero."},
	OpF64x2Ge - numCoreOps:                       {Name: "f64x2.ge", Prefix: 0xFD, Code: 0x4C, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at least the second's, else zero."},
	OpV128Not - numCoreOps:                       {Name: "v128.not", Prefix: 0xFD, Code: 0x4D, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Invert every bit."},
	OpV128And - numCoreOps:                       {Name: "v128.and", Prefix: 0xFD, Code: 0x4E, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Bitwise and."},
	OpV128Andnot - numCoreOps:                    {Name: "v128.andnot", Prefix: 0xFD, Code: 0x4F, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Bitwise and of the first operand with the complement of the second."},
	OpV128Or - numCoreOps:                        {Name: "v128.or", Prefix: 0xFD, Code: 0x50, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Bitwise or."},
	OpV128Xor - numCoreOps:                       {Name: "v128.xor", Prefix: 0xFD, Code: 0x51, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Bitwise exclusive or."},
	OpV128Bitselect - numCoreOps:                 {Name: "v128.bitselect", Prefix: 0xFD, Code: 0x52, Imm: ImmNone, Sig: "[v128 v128 v128] -> [v128]", Doc: "Take each bit from the first operand where the third (the mask) has a 1, else from the second."},
	OpV128AnyTrue - numCoreOps:                   {Name: "v128.any_true", Prefix: 0xFD, Code: 0x53, Imm: ImmNone, Sig: "[v128] -> [i32]", Doc: "1 if any bit is set, else 0."},
	OpV128Load8Lane - numCoreOps:                 {Name: "v128.load8_lane", Prefix: 0xFD, Code: 0x54, Imm: ImmMemArgLane, Sig: "[addr v128] -> [v128]", Doc: "Load 8 bits from memory into the 8-bit lane the immediate names, keeping the others."},
	OpV128Load16Lane - numCoreOps:                {Name: "v128.load16_lane", Prefix: 0xFD, Code: 0x55, Imm: ImmMemArgLane, Sig: "[addr v128] -> [v128]", Doc: "Load 16 bits from memory into the 16-bit lane the immediate names, keeping the others."},
	OpV128Load32Lane - numCoreOps:                {Name: "v128.load32_lane", Prefix: 0xFD, Code: 0x56, Imm: ImmMemArgLane, Sig: "[addr v128] -> [v128]", Doc: "Load 32 bits from memory into the 32-bit lane the immediate names, keeping the others."},
	OpV128Load64Lane - numCoreOps:                {Name: "v128.load64_lane", Prefix: 0xFD, Code: 0x57, Imm: ImmMemArgLane, Sig: "[addr v128] -> [v128]", Doc: "Load 64 bits from memory into the 64-bit lane the immediate names, keeping the others."},
	OpV128Store8Lane - numCoreOps:                {Name: "v128.store8_lane", Prefix: 0xFD, Code: 0x58, Imm: ImmMemArgLane, Sig: "[addr v128] -> []", Doc: "Store the 8-bit lane the immediate names."},
	OpV128Store16Lane - numCoreOps:               {Name: "v128.store16_lane", Prefix: 0xFD, Code: 0x59, Imm: ImmMemArgLane, Sig: "[addr v128] -> []", Doc: "Store the 16-bit lane the immediate names."},
	OpV128Store32Lane - numCoreOps:               {Name: "v128.store32_lane", Prefix: 0xFD, Code: 0x5A, Imm: ImmMemArgLane, Sig: "[addr v128] -> []", Doc: "Store the 32-bit lane the immediate names."},
	OpV128Store64Lane - numCoreOps:               {Name: "v128.store64_lane", Prefix: 0xFD, Code: 0x5B, Imm: ImmMemArgLane, Sig: "[addr v128] -> []", Doc: "Store the 64-bit lane the immediate names."},
	OpV128Load32Zero - numCoreOps:                {Name: "v128.load32_zero", Prefix: 0xFD, Code: 0x5C, Imm: ImmMemArg, Sig: "[addr] -> [v128]", Doc: "Load 32 bits into the lowest lane and zero the rest."},
	OpV128Load64Zero - numCoreOps:                {Name: "v128.load64_zero", Prefix: 0xFD, Code: 0x5D, Imm: ImmMemArg, Sig: "[addr] -> [v128]", Doc: "Load 64 bits into the low half and zero the high half."},
	OpF32x4DemoteF64x2Zero - numCoreOps:          {Name: "f32x4.demote_f64x2_zero", Prefix: 0xFD, Code: 0x5E, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Round the two f64 lanes to f32 into the low lanes; the high two lanes become 0."},
	OpF64x2PromoteLowF32x4 - numCoreOps:          {Name: "f64x2.promote_low_f32x4", Prefix: 0xFD, Code: 0x5F, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Widen the two low f32 lanes to f64."},
	OpI8x16Abs - numCoreOps:                      {Name: "i8x16.abs", Prefix: 0xFD, Code: 0x60, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Absolute value of each signed lane (the minimum value stays as it is)."},
	OpI8x16Neg - numCoreOps:                      {Name: "i8x16.neg", Prefix: 0xFD, Code: 0x61, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Negate each lane, wrapping."},
	OpI8x16Popcnt - numCoreOps:                   {Name: "i8x16.popcnt", Prefix: 0xFD, Code: 0x62, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Count the set bits of each byte."},
	OpI8x16AllTrue - numCoreOps:                  {Name: "i8x16.all_true", Prefix: 0xFD, Code: 0x63, Imm: ImmNone, Sig: "[v128] -> [i32]", Doc: "1 if every lane is non-zero, else 0."},
	OpI8x16Bitmask - numCoreOps:                  {Name: "i8x16.bitmask", Prefix: 0xFD, Code: 0x64, Imm: ImmNone, Sig: "[v128] -> [i32]", Doc: "Gather the top bit of each lane into the low bits of an i32."},
	OpI8x16NarrowI16x8S - numCoreOps:             {Name: "i8x16.narrow_i16x8_s", Prefix: 0xFD, Code: 0x65, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Narrow the i16 lanes of both operands to bytes, saturating as signed."},
	OpI8x16NarrowI16x8U - numCoreOps:             {Name: "i8x16.narrow_i16x8_u", Prefix: 0xFD, Code: 0x66, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Narrow the i16 lanes of both operands to bytes, saturating as unsigned."},
	OpF32x4Ceil - numCoreOps:                     {Name: "f32x4.ceil", Prefix: 0xFD, Code: 0x67, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Round each lane up."},
	OpF32x4Floor - numCoreOps:                    {Name: "f32x4.floor", Prefix: 0xFD, Code: 0x68, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Round each lane down."},
	OpF32x4Trunc - numCoreOps:                    {Name: "f32x4.trunc", Prefix: 0xFD, Code: 0x69, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Round each lane toward zero."},
	OpF32x4Nearest - numCoreOps:                  {Name: "f32x4.nearest", Prefix: 0xFD, Code: 0x6A, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Round each lane to the nearest integer, ties to even."},
	OpI8x16Shl - numCoreOps:                      {Name: "i8x16.shl", Prefix: 0xFD, Code: 0x6B, Imm: ImmNone, Sig: "[v128 i32] -> [v128]", Doc: "Shift each lane left by the scalar modulo 8."},
	OpI8x16ShrS - numCoreOps:                     {Name: "i8x16.shr_s", Prefix: 0xFD, Code: 0x6C, Imm: ImmNone, Sig: "[v128 i32] -> [v128]", Doc: "Shift each lane right, keeping the sign, by the scalar modulo 8."},
	OpI8x16ShrU - numCoreOps:                     {Name: "i8x16.shr_u", Prefix: 0xFD, Code: 0x6D, Imm: ImmNone, Sig: "[v128 i32] -> [v128]", Doc: "Shift each lane right, filling with zeros, by the scalar modulo 8."},
	OpI8x16Add - numCoreOps:                      {Name: "i8x16.add", Prefix: 0xFD, Code: 0x6E, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Add lane by lane, wrapping."},
	OpI8x16AddSatS - numCoreOps:                  {Name: "i8x16.add_sat_s", Prefix: 0xFD, Code: 0x6F, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Add signed lanes, clamping to the lane's range."},
	OpI8x16AddSatU - numCoreOps:                  {Name: "i8x16.add_sat_u", Prefix: 0xFD, Code: 0x70, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Add unsigned lanes, clamping to the lane's range."},
	OpI8x16Sub - numCoreOps:                      {Name: "i8x16.sub", Prefix: 0xFD, Code: 0x71, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Subtract lane by lane, wrapping."},
	OpI8x16SubSatS - numCoreOps:                  {Name: "i8x16.sub_sat_s", Prefix: 0xFD, Code: 0x72, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Subtract signed lanes, clamping to the lane's range."},
	OpI8x16SubSatU - numCoreOps:                  {Name: "i8x16.sub_sat_u", Prefix: 0xFD, Code: 0x73, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Subtract unsigned lanes, clamping at 0 and the maximum."},
	OpF64x2Ceil - numCoreOps:                     {Name: "f64x2.ceil", Prefix: 0xFD, Code: 0x74, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Round each lane up."},
	OpF64x2Floor - numCoreOps:                    {Name: "f64x2.floor", Prefix: 0xFD, Code: 0x75, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Round each lane down."},
	OpI8x16MinS - numCoreOps:                     {Name: "i8x16.min_s", Prefix: 0xFD, Code: 0x76, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Smaller of each pair of signed lanes."},
	OpI8x16MinU - numCoreOps:                     {Name: "i8x16.min_u", Prefix: 0xFD, Code: 0x77, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Smaller of each pair of unsigned lanes."},
	OpI8x16MaxS - numCoreOps:                     {Name: "i8x16.max_s", Prefix: 0xFD, Code: 0x78, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Larger of each pair of signed lanes."},
	OpI8x16MaxU - numCoreOps:                     {Name: "i8x16.max_u", Prefix: 0xFD, Code: 0x79, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Larger of each pair of unsigned lanes."},
	OpF64x2Trunc - numCoreOps:                    {Name: "f64x2.trunc", Prefix: 0xFD, Code: 0x7A, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Round each lane toward zero."},
	OpI8x16AvgrU - numCoreOps:                    {Name: "i8x16.avgr_u", Prefix: 0xFD, Code: 0x7B, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Unsigned average of each pair of lanes, rounding up."},
	OpI16x8ExtaddPairwiseI8x16S - numCoreOps:     {Name: "i16x8.extadd_pairwise_i8x16_s", Prefix: 0xFD, Code: 0x7C, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Add adjacent pairs of signed bytes into i16 lanes."},
	OpI16x8ExtaddPairwiseI8x16U - numCoreOps:     {Name: "i16x8.extadd_pairwise_i8x16_u", Prefix: 0xFD, Code: 0x7D, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Add adjacent pairs of unsigned bytes into i16 lanes."},
	OpI32x4ExtaddPairwiseI16x8S - numCoreOps:     {Name: "i32x4.extadd_pairwise_i16x8_s", Prefix: 0xFD, Code: 0x7E, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Add adjacent pairs of signed i16 lanes into i32 lanes."},
	OpI32x4ExtaddPairwiseI16x8U - numCoreOps:     {Name: "i32x4.extadd_pairwise_i16x8_u", Prefix: 0xFD, Code: 0x7F, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Add adjacent pairs of unsigned i16 lanes into i32 lanes."},
	OpI16x8Abs - numCoreOps:                      {Name: "i16x8.abs", Prefix: 0xFD, Code: 0x80, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Absolute value of each signed lane (the minimum value stays as it is)."},
	OpI16x8Neg - numCoreOps:                      {Name: "i16x8.neg", Prefix: 0xFD, Code: 0x81, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Negate each lane, wrapping."},
	OpI16x8Q15mulrSatS - numCoreOps:              {Name: "i16x8.q15mulr_sat_s", Prefix: 0xFD, Code: 0x82, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply Q15 fixed-point lanes, rounding and saturating."},
	OpI16x8AllTrue - numCoreOps:                  {Name: "i16x8.all_true", Prefix: 0xFD, Code: 0x83, Imm: ImmNone, Sig: "[v128] -> [i32]", Doc: "1 if every lane is non-zero, else 0."},
	OpI16x8Bitmask - numCoreOps:                  {Name: "i16x8.bitmask", Prefix: 0xFD, Code: 0x84, Imm: ImmNone, Sig: "[v128] -> [i32]", Doc: "Gather the top bit of each lane into the low bits of an i32."},
	OpI16x8NarrowI32x4S - numCoreOps:             {Name: "i16x8.narrow_i32x4_s", Prefix: 0xFD, Code: 0x85, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Narrow the i32 lanes of both operands to i16, saturating as signed."},
	OpI16x8NarrowI32x4U - numCoreOps:             {Name: "i16x8.narrow_i32x4_u", Prefix: 0xFD, Code: 0x86, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Narrow the i32 lanes of both operands to i16, saturating as unsigned."},
	OpI16x8ExtendLowI8x16S - numCoreOps:          {Name: "i16x8.extend_low_i8x16_s", Prefix: 0xFD, Code: 0x87, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Sign-extend the low half of the narrower lanes to double width."},
	OpI16x8ExtendHighI8x16S - numCoreOps:         {Name: "i16x8.extend_high_i8x16_s", Prefix: 0xFD, Code: 0x88, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Sign-extend the high half of the narrower lanes to double width."},
	OpI16x8ExtendLowI8x16U - numCoreOps:          {Name: "i16x8.extend_low_i8x16_u", Prefix: 0xFD, Code: 0x89, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Zero-extend the low half of the narrower lanes to double width."},
	OpI16x8ExtendHighI8x16U - numCoreOps:         {Name: "i16x8.extend_high_i8x16_u", Prefix: 0xFD, Code: 0x8A, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Zero-extend the high half of the narrower lanes to double width."},
	OpI16x8Shl - numCoreOps:                      {Name: "i16x8.shl", Prefix: 0xFD, Code: 0x8B, Imm: ImmNone, Sig: "[v128 i32] -> [v128]", Doc: "Shift each lane left by the scalar modulo 16."},
	OpI16x8ShrS - numCoreOps:                     {Name: "i16x8.shr_s", Prefix: 0xFD, Code: 0x8C, Imm: ImmNone, Sig: "[v128 i32] -> [v128]", Doc: "Shift each lane right, keeping the sign, by the scalar modulo 16."},
	OpI16x8ShrU - numCoreOps:                     {Name: "i16x8.shr_u", Prefix: 0xFD, Code: 0x8D, Imm: ImmNone, Sig: "[v128 i32] -> [v128]", Doc: "Shift each lane right, filling with zeros, by the scalar modulo 16."},
	OpI16x8Add - numCoreOps:                      {Name: "i16x8.add", Prefix: 0xFD, Code: 0x8E, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Add lane by lane, wrapping."},
	OpI16x8AddSatS - numCoreOps:                  {Name: "i16x8.add_sat_s", Prefix: 0xFD, Code: 0x8F, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Add signed lanes, clamping to the lane's range."},
	OpI16x8AddSatU - numCoreOps:                  {Name: "i16x8.add_sat_u", Prefix: 0xFD, Code: 0x90, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Add unsigned lanes, clamping to the lane's range."},
	OpI16x8Sub - numCoreOps:                      {Name: "i16x8.sub", Prefix: 0xFD, Code: 0x91, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Subtract lane by lane, wrapping."},
	OpI16x8SubSatS - numCoreOps:                  {Name: "i16x8.sub_sat_s", Prefix: 0xFD, Code: 0x92, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Subtract signed lanes, clamping to the lane's range."},
	OpI16x8SubSatU - numCoreOps:                  {Name: "i16x8.sub_sat_u", Prefix: 0xFD, Code: 0x93, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Subtract unsigned lanes, clamping at 0 and the maximum."},
	OpF64x2Nearest - numCoreOps:                  {Name: "f64x2.nearest", Prefix: 0xFD, Code: 0x94, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Round each lane to the nearest integer, ties to even."},
	OpI16x8Mul - numCoreOps:                      {Name: "i16x8.mul", Prefix: 0xFD, Code: 0x95, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply lane by lane, keeping the low bits."},
	OpI16x8MinS - numCoreOps:                     {Name: "i16x8.min_s", Prefix: 0xFD, Code: 0x96, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Smaller of each pair of signed lanes."},
	OpI16x8MinU - numCoreOps:                     {Name: "i16x8.min_u", Prefix: 0xFD, Code: 0x97, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Smaller of each pair of unsigned lanes."},
	OpI16x8MaxS - numCoreOps:                     {Name: "i16x8.max_s", Prefix: 0xFD, Code: 0x98, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Larger of each pair of signed lanes."},
	OpI16x8MaxU - numCoreOps:                     {Name: "i16x8.max_u", Prefix: 0xFD, Code: 0x99, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Larger of each pair of unsigned lanes."},
	OpI16x8AvgrU - numCoreOps:                    {Name: "i16x8.avgr_u", Prefix: 0xFD, Code: 0x9B, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Unsigned average of each pair of lanes, rounding up."},
	OpI16x8ExtmulLowI8x16S - numCoreOps:          {Name: "i16x8.extmul_low_i8x16_s", Prefix: 0xFD, Code: 0x9C, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply the low half of the lanes sign-extended to double width."},
	OpI16x8ExtmulHighI8x16S - numCoreOps:         {Name: "i16x8.extmul_high_i8x16_s", Prefix: 0xFD, Code: 0x9D, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply the high half of the lanes sign-extended to double width."},
	OpI16x8ExtmulLowI8x16U - numCoreOps:          {Name: "i16x8.extmul_low_i8x16_u", Prefix: 0xFD, Code: 0x9E, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply the low half of the lanes zero-extended to double width."},
	OpI16x8ExtmulHighI8x16U - numCoreOps:         {Name: "i16x8.extmul_high_i8x16_u", Prefix: 0xFD, Code: 0x9F, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply the high half of the lanes zero-extended to double width."},
	OpI32x4Abs - numCoreOps:                      {Name: "i32x4.abs", Prefix: 0xFD, Code: 0xA0, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Absolute value of each signed lane (the minimum value stays as it is)."},
	OpI32x4Neg - numCoreOps:                      {Name: "i32x4.neg", Prefix: 0xFD, Code: 0xA1, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Negate each lane, wrapping."},
	OpI32x4AllTrue - numCoreOps:                  {Name: "i32x4.all_true", Prefix: 0xFD, Code: 0xA3, Imm: ImmNone, Sig: "[v128] -> [i32]", Doc: "1 if every lane is non-zero, else 0."},
	OpI32x4Bitmask - numCoreOps:                  {Name: "i32x4.bitmask", Prefix: 0xFD, Code: 0xA4, Imm: ImmNone, Sig: "[v128] -> [i32]", Doc: "Gather the top bit of each lane into the low bits of an i32."},
	OpI32x4ExtendLowI16x8S - numCoreOps:          {Name: "i32x4.extend_low_i16x8_s", Prefix: 0xFD, Code: 0xA7, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Sign-extend the low half of the narrower lanes to double width."},
	OpI32x4ExtendHighI16x8S - numCoreOps:         {Name: "i32x4.extend_high_i16x8_s", Prefix: 0xFD, Code: 0xA8, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Sign-extend the high half of the narrower lanes to double width."},
	OpI32x4ExtendLowI16x8U - numCoreOps:          {Name: "i32x4.extend_low_i16x8_u", Prefix: 0xFD, Code: 0xA9, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Zero-extend the low half of the narrower lanes to double width."},
	OpI32x4ExtendHighI16x8U - numCoreOps:         {Name: "i32x4.extend_high_i16x8_u", Prefix: 0xFD, Code: 0xAA, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Zero-extend the high half of the narrower lanes to double width."},
	OpI32x4Shl - numCoreOps:                      {Name: "i32x4.shl", Prefix: 0xFD, Code: 0xAB, Imm: ImmNone, Sig: "[v128 i32] -> [v128]", Doc: "Shift each lane left by the scalar modulo 32."},
	OpI32x4ShrS - numCoreOps:                     {Name: "i32x4.shr_s", Prefix: 0xFD, Code: 0xAC, Imm: ImmNone, Sig: "[v128 i32] -> [v128]", Doc: "Shift each lane right, keeping the sign, by the scalar modulo 32."},
	OpI32x4ShrU - numCoreOps:                     {Name: "i32x4.shr_u", Prefix: 0xFD, Code: 0xAD, Imm: ImmNone, Sig: "[v128 i32] -> [v128]", Doc: "Shift each lane right, filling with zeros, by the scalar modulo 32."},
	OpI32x4Add - numCoreOps:                      {Name: "i32x4.add", Prefix: 0xFD, Code: 0xAE, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Add lane by lane, wrapping."},
	OpI32x4Sub - numCoreOps:                      {Name: "i32x4.sub", Prefix: 0xFD, Code: 0xB1, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Subtract lane by lane, wrapping."},
	OpI32x4Mul - numCoreOps:                      {Name: "i32x4.mul", Prefix: 0xFD, Code: 0xB5, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply lane by lane, keeping the low bits."},
	OpI32x4MinS - numCoreOps:                     {Name: "i32x4.min_s", Prefix: 0xFD, Code: 0xB6, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Smaller of each pair of signed lanes."},
	OpI32x4MinU - numCoreOps:                     {Name: "i32x4.min_u", Prefix: 0xFD, Code: 0xB7, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Smaller of each pair of unsigned lanes."},
	OpI32x4MaxS - numCoreOps:                     {Name: "i32x4.max_s", Prefix: 0xFD, Code: 0xB8, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Larger of each pair of signed lanes."},
	OpI32x4MaxU - numCoreOps:                     {Name: "i32x4.max_u", Prefix: 0xFD, Code: 0xB9, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Larger of each pair of unsigned lanes."},
	OpI32x4DotI16x8S - numCoreOps:                {Name: "i32x4.dot_i16x8_s", Prefix: 0xFD, Code: 0xBA, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply signed i16 lanes and add adjacent products into i32 lanes."},
	OpI32x4ExtmulLowI16x8S - numCoreOps:          {Name: "i32x4.extmul_low_i16x8_s", Prefix: 0xFD, Code: 0xBC, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply the low half of the lanes sign-extended to double width."},
	OpI32x4ExtmulHighI16x8S - numCoreOps:         {Name: "i32x4.extmul_high_i16x8_s", Prefix: 0xFD, Code: 0xBD, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply the high half of the lanes sign-extended to double width."},
	OpI32x4ExtmulLowI16x8U - numCoreOps:          {Name: "i32x4.extmul_low_i16x8_u", Prefix: 0xFD, Code: 0xBE, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply the low half of the lanes zero-extended to double width."},
	OpI32x4ExtmulHighI16x8U - numCoreOps:         {Name: "i32x4.extmul_high_i16x8_u", Prefix: 0xFD, Code: 0xBF, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply the high half of the lanes zero-extended to double width."},
	OpI64x2Abs - numCoreOps:                      {Name: "i64x2.abs", Prefix: 0xFD, Code: 0xC0, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Absolute value of each signed lane (the minimum value stays as it is)."},
	OpI64x2Neg - numCoreOps:                      {Name: "i64x2.neg", Prefix: 0xFD, Code: 0xC1, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Negate each lane, wrapping."},
	OpI64x2AllTrue - numCoreOps:                  {Name: "i64x2.all_true", Prefix: 0xFD, Code: 0xC3, Imm: ImmNone, Sig: "[v128] -> [i32]", Doc: "1 if every lane is non-zero, else 0."},
	OpI64x2Bitmask - numCoreOps:                  {Name: "i64x2.bitmask", Prefix: 0xFD, Code: 0xC4, Imm: ImmNone, Sig: "[v128] -> [i32]", Doc: "Gather the top bit of each lane into the low bits of an i32."},
	OpI64x2ExtendLowI32x4S - numCoreOps:          {Name: "i64x2.extend_low_i32x4_s", Prefix: 0xFD, Code: 0xC7, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Sign-extend the low half of the narrower lanes to double width."},
	OpI64x2ExtendHighI32x4S - numCoreOps:         {Name: "i64x2.extend_high_i32x4_s", Prefix: 0xFD, Code: 0xC8, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Sign-extend the high half of the narrower lanes to double width."},
	OpI64x2ExtendLowI32x4U - numCoreOps:          {Name: "i64x2.extend_low_i32x4_u", Prefix: 0xFD, Code: 0xC9, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Zero-extend the low half of the narrower lanes to double width."},
	OpI64x2ExtendHighI32x4U - numCoreOps:         {Name: "i64x2.extend_high_i32x4_u", Prefix: 0xFD, Code: 0xCA, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Zero-extend the high half of the narrower lanes to double width."},
	OpI64x2Shl - numCoreOps:                      {Name: "i64x2.shl", Prefix: 0xFD, Code: 0xCB, Imm: ImmNone, Sig: "[v128 i32] -> [v128]", Doc: "Shift each lane left by the scalar modulo 64."},
	OpI64x2ShrS - numCoreOps:                     {Name: "i64x2.shr_s", Prefix: 0xFD, Code: 0xCC, Imm: ImmNone, Sig: "[v128 i32] -> [v128]", Doc: "Shift each lane right, keeping the sign, by the scalar modulo 64."},
	OpI64x2ShrU - numCoreOps:                     {Name: "i64x2.shr_u", Prefix: 0xFD, Code: 0xCD, Imm: ImmNone, Sig: "[v128 i32] -> [v128]", Doc: "Shift each lane right, filling with zeros, by the scalar modulo 64."},
	OpI64x2Add - numCoreOps:                      {Name: "i64x2.add", Prefix: 0xFD, Code: 0xCE, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Add lane by lane, wrapping."},
	OpI64x2Sub - numCoreOps:                      {Name: "i64x2.sub", Prefix: 0xFD, Code: 0xD1, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Subtract lane by lane, wrapping."},
	OpI64x2Mul - numCoreOps:                      {Name: "i64x2.mul", Prefix: 0xFD, Code: 0xD5, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply lane by lane, keeping the low bits."},
	OpI64x2Eq - numCoreOps:                       {Name: "i64x2.eq", Prefix: 0xFD, Code: 0xD6, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is equal to the second's, else zero."},
	OpI64x2Ne - numCoreOps:                       {Name: "i64x2.ne", Prefix: 0xFD, Code: 0xD7, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is not equal to the second's, else zero."},
	OpI64x2LtS - numCoreOps:                      {Name: "i64x2.lt_s", Prefix: 0xFD, Code: 0xD8, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is less than the second's (signed), else zero."},
	OpI64x2GtS - numCoreOps:                      {Name: "i64x2.gt_s", Prefix: 0xFD, Code: 0xD9, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is greater than the second's (signed), else zero."},
	OpI64x2LeS - numCoreOps:                      {Name: "i64x2.le_s", Prefix: 0xFD, Code: 0xDA, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at most the second's (signed), else zero."},
	OpI64x2GeS - numCoreOps:                      {Name: "i64x2.ge_s", Prefix: 0xFD, Code: 0xDB, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Set each lane to all ones where the first operand's lane is at least the second's (signed), else zero."},
	OpI64x2ExtmulLowI32x4S - numCoreOps:          {Name: "i64x2.extmul_low_i32x4_s", Prefix: 0xFD, Code: 0xDC, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply the low half of the lanes sign-extended to double width."},
	OpI64x2ExtmulHighI32x4S - numCoreOps:         {Name: "i64x2.extmul_high_i32x4_s", Prefix: 0xFD, Code: 0xDD, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply the high half of the lanes sign-extended to double width."},
	OpI64x2ExtmulLowI32x4U - numCoreOps:          {Name: "i64x2.extmul_low_i32x4_u", Prefix: 0xFD, Code: 0xDE, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply the low half of the lanes zero-extended to double width."},
	OpI64x2ExtmulHighI32x4U - numCoreOps:         {Name: "i64x2.extmul_high_i32x4_u", Prefix: 0xFD, Code: 0xDF, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply the high half of the lanes zero-extended to double width."},
	OpF32x4Abs - numCoreOps:                      {Name: "f32x4.abs", Prefix: 0xFD, Code: 0xE0, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Clear the sign bit of each lane."},
	OpF32x4Neg - numCoreOps:                      {Name: "f32x4.neg", Prefix: 0xFD, Code: 0xE1, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Flip the sign bit of each lane."},
	OpF32x4Sqrt - numCoreOps:                     {Name: "f32x4.sqrt", Prefix: 0xFD, Code: 0xE3, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Square root of each lane."},
	OpF32x4Add - numCoreOps:                      {Name: "f32x4.add", Prefix: 0xFD, Code: 0xE4, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Add lane by lane."},
	OpF32x4Sub - numCoreOps:                      {Name: "f32x4.sub", Prefix: 0xFD, Code: 0xE5, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Subtract lane by lane."},
	OpF32x4Mul - numCoreOps:                      {Name: "f32x4.mul", Prefix: 0xFD, Code: 0xE6, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply lane by lane."},
	OpF32x4Div - numCoreOps:                      {Name: "f32x4.div", Prefix: 0xFD, Code: 0xE7, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Divide lane by lane."},
	OpF32x4Min - numCoreOps:                      {Name: "f32x4.min", Prefix: 0xFD, Code: 0xE8, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Smaller of each pair of lanes; NaN if either is NaN, and -0 below +0."},
	OpF32x4Max - numCoreOps:                      {Name: "f32x4.max", Prefix: 0xFD, Code: 0xE9, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Larger of each pair of lanes; NaN if either is NaN, and +0 above -0."},
	OpF32x4Pmin - numCoreOps:                     {Name: "f32x4.pmin", Prefix: 0xFD, Code: 0xEA, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Pseudo-minimum: the second lane if it is less than the first, else the first."},
	OpF32x4Pmax - numCoreOps:                     {Name: "f32x4.pmax", Prefix: 0xFD, Code: 0xEB, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Pseudo-maximum: the second lane if the first is less than it, else the first."},
	OpF64x2Abs - numCoreOps:                      {Name: "f64x2.abs", Prefix: 0xFD, Code: 0xEC, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Clear the sign bit of each lane."},
	OpF64x2Neg - numCoreOps:                      {Name: "f64x2.neg", Prefix: 0xFD, Code: 0xED, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Flip the sign bit of each lane."},
	OpF64x2Sqrt - numCoreOps:                     {Name: "f64x2.sqrt", Prefix: 0xFD, Code: 0xEF, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Square root of each lane."},
	OpF64x2Add - numCoreOps:                      {Name: "f64x2.add", Prefix: 0xFD, Code: 0xF0, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Add lane by lane."},
	OpF64x2Sub - numCoreOps:                      {Name: "f64x2.sub", Prefix: 0xFD, Code: 0xF1, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Subtract lane by lane."},
	OpF64x2Mul - numCoreOps:                      {Name: "f64x2.mul", Prefix: 0xFD, Code: 0xF2, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply lane by lane."},
	OpF64x2Div - numCoreOps:                      {Name: "f64x2.div", Prefix: 0xFD, Code: 0xF3, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Divide lane by lane."},
	OpF64x2Min - numCoreOps:                      {Name: "f64x2.min", Prefix: 0xFD, Code: 0xF4, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Smaller of each pair of lanes; NaN if either is NaN, and -0 below +0."},
	OpF64x2Max - numCoreOps:                      {Name: "f64x2.max", Prefix: 0xFD, Code: 0xF5, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Larger of each pair of lanes; NaN if either is NaN, and +0 above -0."},
	OpF64x2Pmin - numCoreOps:                     {Name: "f64x2.pmin", Prefix: 0xFD, Code: 0xF6, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Pseudo-minimum: the second lane if it is less than the first, else the first."},
	OpF64x2Pmax - numCoreOps:                     {Name: "f64x2.pmax", Prefix: 0xFD, Code: 0xF7, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Pseudo-maximum: the second lane if the first is less than it, else the first."},
	OpI32x4TruncSatF32x4S - numCoreOps:           {Name: "i32x4.trunc_sat_f32x4_s", Prefix: 0xFD, Code: 0xF8, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Truncate each f32 lane to a signed i32, saturating; NaN gives 0."},
	OpI32x4TruncSatF32x4U - numCoreOps:           {Name: "i32x4.trunc_sat_f32x4_u", Prefix: 0xFD, Code: 0xF9, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Truncate each f32 lane to an unsigned i32, saturating; NaN gives 0."},
	OpF32x4ConvertI32x4S - numCoreOps:            {Name: "f32x4.convert_i32x4_s", Prefix: 0xFD, Code: 0xFA, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Convert each signed i32 lane to f32."},
	OpF32x4ConvertI32x4U - numCoreOps:            {Name: "f32x4.convert_i32x4_u", Prefix: 0xFD, Code: 0xFB, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Convert each unsigned i32 lane to f32."},
	OpI32x4TruncSatF64x2SZero - numCoreOps:       {Name: "i32x4.trunc_sat_f64x2_s_zero", Prefix: 0xFD, Code: 0xFC, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Truncate the two f64 lanes to signed i32 in the low lanes, saturating; the high lanes become 0."},
	OpI32x4TruncSatF64x2UZero - numCoreOps:       {Name: "i32x4.trunc_sat_f64x2_u_zero", Prefix: 0xFD, Code: 0xFD, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Truncate the two f64 lanes to unsigned i32 in the low lanes, saturating; the high lanes become 0."},
	OpF64x2ConvertLowI32x4S - numCoreOps:         {Name: "f64x2.convert_low_i32x4_s", Prefix: 0xFD, Code: 0xFE, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Convert the two low signed i32 lanes to f64."},
	OpF64x2ConvertLowI32x4U - numCoreOps:         {Name: "f64x2.convert_low_i32x4_u", Prefix: 0xFD, Code: 0xFF, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Convert the two low unsigned i32 lanes to f64."},
	OpI8x16RelaxedSwizzle - numCoreOps:           {Name: "i8x16.relaxed_swizzle", Prefix: 0xFD, Code: 0x100, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Relaxed swizzle: like swizzle for indices below 16 (here exactly swizzle)."},
	OpI32x4RelaxedTruncF32x4S - numCoreOps:       {Name: "i32x4.relaxed_trunc_f32x4_s", Prefix: 0xFD, Code: 0x101, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Relaxed truncation of f32 lanes to signed i32 (here exactly trunc_sat)."},
	OpI32x4RelaxedTruncF32x4U - numCoreOps:       {Name: "i32x4.relaxed_trunc_f32x4_u", Prefix: 0xFD, Code: 0x102, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Relaxed truncation of f32 lanes to unsigned i32 (here exactly trunc_sat)."},
	OpI32x4RelaxedTruncF64x2SZero - numCoreOps:   {Name: "i32x4.relaxed_trunc_f64x2_s_zero", Prefix: 0xFD, Code: 0x103, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Relaxed truncation of f64 lanes to signed i32, high lanes 0 (here exactly trunc_sat)."},
	OpI32x4RelaxedTruncF64x2UZero - numCoreOps:   {Name: "i32x4.relaxed_trunc_f64x2_u_zero", Prefix: 0xFD, Code: 0x104, Imm: ImmNone, Sig: "[v128] -> [v128]", Doc: "Relaxed truncation of f64 lanes to unsigned i32, high lanes 0 (here exactly trunc_sat)."},
	OpF32x4RelaxedMadd - numCoreOps:              {Name: "f32x4.relaxed_madd", Prefix: 0xFD, Code: 0x105, Imm: ImmNone, Sig: "[v128 v128 v128] -> [v128]", Doc: "a*b+c per lane, fused or not (here not: two roundings)."},
	OpF32x4RelaxedNmadd - numCoreOps:             {Name: "f32x4.relaxed_nmadd", Prefix: 0xFD, Code: 0x106, Imm: ImmNone, Sig: "[v128 v128 v128] -> [v128]", Doc: "-(a*b)+c per lane, fused or not (here not: two roundings)."},
	OpF64x2RelaxedMadd - numCoreOps:              {Name: "f64x2.relaxed_madd", Prefix: 0xFD, Code: 0x107, Imm: ImmNone, Sig: "[v128 v128 v128] -> [v128]", Doc: "a*b+c per lane, fused or not (here not: two roundings)."},
	OpF64x2RelaxedNmadd - numCoreOps:             {Name: "f64x2.relaxed_nmadd", Prefix: 0xFD, Code: 0x108, Imm: ImmNone, Sig: "[v128 v128 v128] -> [v128]", Doc: "-(a*b)+c per lane, fused or not (here not: two roundings)."},
	OpI8x16RelaxedLaneselect - numCoreOps:        {Name: "i8x16.relaxed_laneselect", Prefix: 0xFD, Code: 0x109, Imm: ImmNone, Sig: "[v128 v128 v128] -> [v128]", Doc: "Pick lanes of the first or second operand by a lane mask (here bit by bit, as bitselect)."},
	OpI16x8RelaxedLaneselect - numCoreOps:        {Name: "i16x8.relaxed_laneselect", Prefix: 0xFD, Code: 0x10A, Imm: ImmNone, Sig: "[v128 v128 v128] -> [v128]", Doc: "Pick lanes of the first or second operand by a lane mask (here bit by bit, as bitselect)."},
	OpI32x4RelaxedLaneselect - numCoreOps:        {Name: "i32x4.relaxed_laneselect", Prefix: 0xFD, Code: 0x10B, Imm: ImmNone, Sig: "[v128 v128 v128] -> [v128]", Doc: "Pick lanes of the first or second operand by a lane mask (here bit by bit, as bitselect)."},
	OpI64x2RelaxedLaneselect - numCoreOps:        {Name: "i64x2.relaxed_laneselect", Prefix: 0xFD, Code: 0x10C, Imm: ImmNone, Sig: "[v128 v128 v128] -> [v128]", Doc: "Pick lanes of the first or second operand by a lane mask (here bit by bit, as bitselect)."},
	OpF32x4RelaxedMin - numCoreOps:               {Name: "f32x4.relaxed_min", Prefix: 0xFD, Code: 0x10D, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Minimum per lane, NaN and signed zero handling relaxed (here exactly min)."},
	OpF32x4RelaxedMax - numCoreOps:               {Name: "f32x4.relaxed_max", Prefix: 0xFD, Code: 0x10E, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Maximum per lane, NaN and signed zero handling relaxed (here exactly max)."},
	OpF64x2RelaxedMin - numCoreOps:               {Name: "f64x2.relaxed_min", Prefix: 0xFD, Code: 0x10F, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Minimum per lane, NaN and signed zero handling relaxed (here exactly min)."},
	OpF64x2RelaxedMax - numCoreOps:               {Name: "f64x2.relaxed_max", Prefix: 0xFD, Code: 0x110, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Maximum per lane, NaN and signed zero handling relaxed (here exactly max)."},
	OpI16x8RelaxedQ15mulrS - numCoreOps:          {Name: "i16x8.relaxed_q15mulr_s", Prefix: 0xFD, Code: 0x111, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Q15 rounding multiply, overflow relaxed (here exactly q15mulr_sat_s)."},
	OpI16x8RelaxedDotI8x16I7x16S - numCoreOps:    {Name: "i16x8.relaxed_dot_i8x16_i7x16_s", Prefix: 0xFD, Code: 0x112, Imm: ImmNone, Sig: "[v128 v128] -> [v128]", Doc: "Multiply byte lanes and add adjacent products into i16 lanes, saturating (second operand taken as signed)."},
	OpI32x4RelaxedDotI8x16I7x16AddS - numCoreOps: {Name: "i32x4.relaxed_dot_i8x16_i7x16_add_s", Prefix: 0xFD, Code: 0x113, Imm: ImmNone, Sig: "[v128 v128 v128] -> [v128]", Doc: "Multiply byte lanes, add groups of four products and add the third operand's i32 lanes."},
}
