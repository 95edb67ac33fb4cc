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
// replay. Steps counts executed instructions, the same in both forms.
//
// # Instruction accounting
//
// Steps is exact in the fast form at every point it can stop (a pause or
// step-limit poll, a call boundary, a host call, a trap, a throw), at no
// cost per op: Thread.steps is the count less the current frame's
// position, fc.instr[pc] (the first instruction op pc performs), so running
// straight-line ops counts by moving pc. Only what moves the position
// otherwise accounts, each in its handler from its op record:
//   - a branch op (br, br_if, if, else, br_table, br_on_*, the fused
//     compare-and-branch ops) adds its skip when taken (br_table: the
//     target's), the position past its branch instruction less that of the
//     target: t.jumpTo(o) does both (t.jump(o) in a handler that went
//     through a bool helper);
//   - a call op's skip is the position past its call: the callee's count
//     starts there (a function's first op begins at instruction 0);
//   - a return (pop) and a throw take the count past the instruction that
//     left (fc.at) and re-base it on the frame they land in (a catch on its
//     clause's instr); a trap counts its instruction; a host function sees
//     the call instruction counted.
//
// A new handler that does not go straight on (return next(o)) must do the
// same: jump through t.jumpTo(o) with skip set by the lowering's
// fixTarget, call through t.call or t.tailCall with the op's skip, leave
// through t.ret, t.throw or t.trap, and return what t.cont makes of their
// result (which also spends the poll budget, see dispatch.go). A handler
// that calls anything reading t.pc sets it from o.pc first: the fast loop
// does not keep it. Every op a branch or a catch lands on begins at its
// target (the lowering's landings), so the fast loop can stop anywhere it
// polls. instr_count_test.go compares the two forms over the official
// suite and test modules.
//
// For reverse execution, Thread.Checkpoint and Store.Checkpoint capture a
// stopped call and the store's mutable state (memories by undo logs of
// 64 KiB chunks, so a checkpoint costs what is written after it); restoring
// both and replaying host calls repeats the run exactly
// (checkpoint_store.go). Without a live checkpoint nothing is logged.
package vm
