// Package vm is the WebAssembly 3.0 machine: the store and its objects
// (instances, functions, memories, tables, globals, tags, GC objects), the
// instantiation of validated modules, and an interpreter of threaded code
// built for a debugger.
//
// # Embedding
//
//	store := vm.NewStore()
//	inst, err := store.Instantiate(info, imports) // info from validate.Validate; imports in import order
//	res, err := store.Invoke(inst.ExportedFunc("run"), vm.I32(36))
//
// Errors of a call are values: *Trap (Kind, its specification text from
// Reason, the function and the instruction index), *Exception (an
// exception no handler caught: its tag and payload), *InternalError (a Go
// panic inside the machine, recovered at its boundary; a bug). Linking
// fails with *LinkError ("unknown import", "incompatible import type").
// Host functions are Go functions (NewHostFunc) that see the caller's
// instance and memories through a CallContext.
//
// # Machine
//
// Each function is lowered once, on its first call, into a flat slice of
// operations: a handler and its resolved immediates (frame slots,
// constants, branch pcs, the memory, global or callee). Every operand stack
// position has a fixed frame slot (locals + height, known from validation),
// so the operand stack at any boundary is a plain slice of the frame; a
// parallel slice of references keeps GC objects, function references,
// externrefs and exceptions visible to Go's collector. A v128 takes two
// slots.
//
// A function has two forms over the same slot layout: the debug form, one
// op per instruction (pc = index in wasm.Func.Body), and the fast form,
// which reads locals and constants in place, retargets results into
// locals, fuses compares with br_if and if, folds an i32.add of a constant
// into the access that uses it as its address and a load into the
// arithmetic that takes it as its right operand, and drops block, loop, end
// and nop. Maps relate the two at the boundaries they share, where a frame can
// move from one to the other (return addresses, branch targets, every point
// the fast loop can stop at).
//
// Calls push frames on an explicit stack: no Go recursion per wasm call.
// Deep recursion traps with "call stack exhausted" (Store.MaxCallDepth).
// Store.MaxSteps bounds the work of an Invoke: its operations plus, for
// bulk operations, a share of their length (bulk_budget.go). Tables and GC
// arrays are capped by Store.MaxTableEntries and Store.MaxArrayBytes.
// Memories are flat up to 1 GiB and sparse (64 KiB chunks allocated on
// first write) beyond, so a memory64 with a huge minimum costs only the
// pages touched.
//
// # Debugging
//
// A Thread runs one call at a time on one goroutine: Start sets up a call
// without running it; Run resumes it in the fast loop, which looks at the
// pause flag (Pause, safe from any goroutine) every pollInterval ops;
// RunDebug resumes it in the debug loop, calling a Hook before every
// instruction; Step runs exactly one instruction. Breakpoints
// (Function.SetBreakpoint) replace the op at an instruction by a stop op,
// and a function with breakpoints runs its debug form, so the rest of the
// program runs as fast as without them. Frame, Depth and At inspect the
// stopped call stack: function, next instruction, locals and the operand
// stack with the types validation recorded. Host calls are the only source
// of nondeterminism; Thread.HostCall intercepts them for recording and
// replay. Steps counts executed ops (instructions in the debug form).
//
// For reverse execution, Thread.Checkpoint and Store.Checkpoint capture a
// stopped call and the store's mutable state (memories by undo logs of
// 64 KiB chunks, so a checkpoint costs what is written after it); restoring
// both and replaying host calls repeats the run exactly
// (checkpoint_store.go). Without a live checkpoint nothing is logged.
package vm
