// The legacy exception-handling rows of the opcode table: the pre-3.0
// try/catch/catch_all/rethrow/delegate instructions toolchains still emit.
// WebAssembly 3.0 replaced them with try_table and exnref; they are kept
// apart so the 3.0 core table stays exactly the standard's.

package wasm

// The legacy exception opcodes; they follow the threads ones.
const (
	OpTry Op = OpI64AtomicRmw32CmpxchgU + 1 + iota
	OpCatch
	OpRethrow
	OpDelegate
	OpCatchAll
)

// legacyEHOps describes the legacy exception opcodes: legacyEHOps[i] is
// Op(OpTry+i).
var legacyEHOps = []OpInfo{
	OpTry - OpTry:      {Name: "try", Prefix: 0, Code: 0x06, Imm: ImmBlock, Sig: "[t1*] -> [t2*]", Doc: "Begin a block whose exceptions are handled by the catch clauses after it (legacy)."},
	OpCatch - OpTry:    {Name: "catch", Prefix: 0, Code: 0x07, Imm: ImmTag, Sig: "[] -> [t*]", Doc: "Start a handler for the tag's exceptions; it receives their values (legacy)."},
	OpRethrow - OpTry:  {Name: "rethrow", Prefix: 0, Code: 0x09, Imm: ImmLabel, Sig: "[t1*] -> [t2*]", Doc: "Throw again the exception caught by the enclosing catch at this label (legacy)."},
	OpDelegate - OpTry: {Name: "delegate", Prefix: 0, Code: 0x18, Imm: ImmLabel, Sig: "[] -> []", Doc: "End a try whose exceptions go on to the handlers of the label's block (legacy)."},
	OpCatchAll - OpTry: {Name: "catch_all", Prefix: 0, Code: 0x19, Imm: ImmNone, Sig: "[] -> []", Doc: "Start a handler for every exception the try did not catch yet (legacy)."},
}
