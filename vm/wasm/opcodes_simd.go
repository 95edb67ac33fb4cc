package wasm

// simdOps describes the SIMD and relaxed SIMD opcodes (prefix 0xFD); their
// Op values follow the core ones.
var simdOps []OpInfo
