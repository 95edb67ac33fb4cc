package wat

import (
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// Script is a parsed .wast file: a sequence of commands.
type Script struct {
	File     *source.File
	Commands []Command
}

// Command is one top-level script command; Pos is where it starts.
type Command interface {
	Pos() source.Pos
}

// ModuleForm says how a script module was written.
type ModuleForm uint8

// Module forms.
const (
	ModuleText   ModuleForm = iota // (module ...fields): Module or Err is set
	ModuleBinary                   // (module binary "..."): Binary holds the bytes
	ModuleQuote                    // (module quote "..."): Quote holds the text for ParseModule
)

// ModuleCmd defines (and, unless Definition, instantiates) a module.
type ModuleCmd struct {
	At         source.Pos
	Name       string // $name without '$', or ""
	Definition bool   // (module definition ...): define without instantiating
	Form       ModuleForm
	Module     *wasm.Module // ModuleText, when it parsed
	Err        error        // ModuleText that failed to parse
	Binary     []byte
	Quote      []byte
}

// InstanceCmd instantiates a module defined earlier: (module instance $i $m).
type InstanceCmd struct {
	At     source.Pos
	Name   string // the instance's name, or ""
	Module string // the definition's name, or "" for the latest
}

// RegisterCmd makes an instance's exports importable under a module name.
type RegisterCmd struct {
	At     source.Pos
	As     string // the import module name
	Module string // the instance's name, or "" for the latest
}

// ActionKind is invoke or get.
type ActionKind uint8

// Action kinds.
const (
	Invoke ActionKind = iota
	Get
)

// Action calls an exported function or reads an exported global.
type Action struct {
	At     source.Pos
	Kind   ActionKind
	Module string // the instance's name, or "" for the latest
	Name   string // the export's name
	Args   []Const
}

// ActionCmd is an action performed for its effect.
type ActionCmd struct{ Action Action }

// AssertReturn expects an action to return values matching the patterns.
type AssertReturn struct {
	At      source.Pos
	Action  Action
	Results []ResultPattern
}

// AssertTrap expects an action, or the instantiation of a module, to trap.
type AssertTrap struct {
	At     source.Pos
	Action *Action    // nil when Module is set
	Module *ModuleCmd // nil when Action is set
	Msg    string
}

// AssertExhaustion expects an action to exhaust the call stack.
type AssertExhaustion struct {
	At     source.Pos
	Action Action
	Msg    string
}

// AssertException expects an action to throw an uncaught exception.
type AssertException struct {
	At     source.Pos
	Action Action
}

// AssertModule expects a module to fail: Kind says at which stage.
type AssertModule struct {
	At     source.Pos
	Kind   AssertModuleKind
	Module *ModuleCmd
	Msg    string
}

// AssertModuleKind is the stage at which an AssertModule expects failure.
type AssertModuleKind uint8

// Failure stages.
const (
	AssertMalformed      AssertModuleKind = iota // parse or decode
	AssertInvalid                                // validation
	AssertUnlinkable                             // linking imports
	AssertUninstantiable                         // running the start function or initializers
)

func (c *ModuleCmd) Pos() source.Pos        { return c.At }
func (c *InstanceCmd) Pos() source.Pos      { return c.At }
func (c *RegisterCmd) Pos() source.Pos      { return c.At }
func (c *ActionCmd) Pos() source.Pos        { return c.Action.At }
func (c *AssertReturn) Pos() source.Pos     { return c.At }
func (c *AssertTrap) Pos() source.Pos       { return c.At }
func (c *AssertExhaustion) Pos() source.Pos { return c.At }
func (c *AssertException) Pos() source.Pos  { return c.At }
func (c *AssertModule) Pos() source.Pos     { return c.At }

// ConstKind is the kind of a script constant.
type ConstKind uint8

// Constant kinds.
const (
	ConstNum     ConstKind = iota // Type is i32, i64, f32, f64 or v128; Bits (and Hi) hold the value
	ConstRefNull                  // (ref.null ht): Heap
	ConstExtern                   // (ref.extern N): a host reference N, as an externref
	ConstHost                     // (ref.host N): a host reference N, as an anyref
)

// Const is an argument or expected value.
type Const struct {
	At   source.Pos
	Kind ConstKind
	Type wasm.ValType // ConstNum
	Bits uint64       // the number's bits; a v128's low 8 bytes
	Hi   uint64       // a v128's high 8 bytes
	Heap wasm.HeapType
	N    uint32 // ConstExtern, ConstHost
}

// PatternKind is the kind of a result pattern.
type PatternKind uint8

// Result pattern kinds.
const (
	PatConst         PatternKind = iota // Const, exactly (bit for bit)
	PatNaNCanonical                     // Type f32/f64: a canonical NaN of either sign
	PatNaNArithmetic                    // Type f32/f64: a NaN with the quiet bit set
	PatRef                              // a non-null reference whose heap type matches Heap (ref.func, ref.struct, ...)
	PatRefNull                          // any null reference ((ref.null) without a heap type)
	PatV128                             // Lanes: one pattern per lane of Shape
	PatEither                           // Alts: any of them
)

// ResultPattern matches one result of an action.
type ResultPattern struct {
	At    source.Pos
	Kind  PatternKind
	Const Const         // PatConst
	Type  wasm.ValType  // PatNaN*: f32 or f64
	Heap  wasm.HeapType // PatRef
	Shape string        // PatV128: i8x16, i16x8, i32x4, i64x2, f32x4, f64x2
	Lanes []ResultPattern
	Alts  []ResultPattern
}
