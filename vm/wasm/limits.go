package wasm

// MaxFuncLocals bounds the locals a function declares (parameters not
// included), the limit browsers use. The binary decoder and the text
// parser apply the same bound, so a module loads in both forms or in
// neither.
const MaxFuncLocals = 50000
