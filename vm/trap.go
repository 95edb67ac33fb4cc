package vm

import (
	"fmt"
)

// TrapKind classifies a trap; its String is the specification's reason text,
// the one the official suite's assert_trap expects.
type TrapKind uint8

// Trap kinds.
const (
	TrapUnreachable TrapKind = iota + 1
	TrapIntegerDivideByZero
	TrapIntegerOverflow
	TrapInvalidConversion
	TrapOutOfBoundsMemory
	TrapOutOfBoundsTable
	TrapOutOfBoundsArray
	TrapUndefinedElement
	TrapUninitializedElement
	TrapIndirectCallTypeMismatch
	TrapNullFunctionReference
	TrapNullStructureReference
	TrapNullArrayReference
	TrapNullI31Reference
	TrapNullReference
	TrapCastFailure
	TrapNullExceptionReference
	TrapCallStackExhausted
	TrapStepLimit
	TrapHost               // a host function returned an error; see Trap.Cause
	TrapAllocationTooLarge // a GC allocation passed Store.MaxArrayBytes
	TrapUnalignedAtomic
	TrapExpectedSharedMemory // memory.atomic.wait on an unshared memory
	TrapOutOfMemory          // the store's memory budget is spent; see Trap.Cause
)

var trapReasons = [...]string{
	TrapUnreachable:              "unreachable",
	TrapIntegerDivideByZero:      "integer divide by zero",
	TrapIntegerOverflow:          "integer overflow",
	TrapInvalidConversion:        "invalid conversion to integer",
	TrapOutOfBoundsMemory:        "out of bounds memory access",
	TrapOutOfBoundsTable:         "out of bounds table access",
	TrapOutOfBoundsArray:         "out of bounds array access",
	TrapUndefinedElement:         "undefined element",
	TrapUninitializedElement:     "uninitialized element",
	TrapIndirectCallTypeMismatch: "indirect call type mismatch",
	TrapNullFunctionReference:    "null function reference",
	TrapNullStructureReference:   "null structure reference",
	TrapNullArrayReference:       "null array reference",
	TrapNullI31Reference:         "null i31 reference",
	TrapNullReference:            "null reference",
	TrapCastFailure:              "cast failure",
	TrapNullExceptionReference:   "null exception reference",
	TrapCallStackExhausted:       "call stack exhausted",
	TrapStepLimit:                "step limit exceeded",
	TrapHost:                     "host function failed",
	TrapAllocationTooLarge:       "out of memory: allocation too large",
	TrapUnalignedAtomic:          "unaligned atomic",
	TrapExpectedSharedMemory:     "expected shared memory",
	TrapOutOfMemory:              "out of memory",
}

func (k TrapKind) String() string {
	if int(k) < len(trapReasons) && trapReasons[k] != "" {
		return trapReasons[k]
	}
	return fmt.Sprintf("trap %d", uint8(k))
}

// Trap is a WebAssembly trap. Func and PC locate the instruction that
// trapped (PC is an index into the function's wasm.Func.Body; -1 when the
// trap happened outside any function, e.g. in a segment initialiser).
type Trap struct {
	Kind  TrapKind
	Func  *Function
	PC    int
	Cause error // the host function's error, for TrapHost
}

// Reason returns the specification's text for the trap.
func (t *Trap) Reason() string {
	if (t.Kind == TrapHost || t.Kind == TrapOutOfMemory) && t.Cause != nil {
		return t.Cause.Error()
	}
	return t.Kind.String()
}

func (t *Trap) Error() string {
	if t.Func == nil {
		return t.Reason()
	}
	return fmt.Sprintf("%s (in %s at instruction %d)", t.Reason(), t.Func, t.PC)
}

// Unwrap gives the host error of a TrapHost.
func (t *Trap) Unwrap() error { return t.Cause }

// InternalError reports a bug in the machine (a recovered Go panic); the
// thread that raised it cannot continue.
type InternalError struct {
	Panic any
	Stack string
}

func (e *InternalError) Error() string {
	return fmt.Sprintf("internal error in the VM: %v", e.Panic)
}

// LinkError is an instantiation failure before any code ran: a missing or
// mistyped import. Msg contains the specification's text ("unknown import",
// "incompatible import type").
type LinkError struct {
	Msg    string
	Module string
	Name   string
}

func (e *LinkError) Error() string {
	if e.Module == "" && e.Name == "" {
		return e.Msg
	}
	return fmt.Sprintf("%s: %q %q", e.Msg, e.Module, e.Name)
}
