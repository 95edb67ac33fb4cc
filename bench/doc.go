// Package bench times wasmstep's VM against wazero's interpreter on the
// shared workloads (../shared/bench beside the repository: compute kernels
// exporting run(i32 n) -> i64, listed in workloads.tsv with the n to use and
// the result to expect). BenchmarkSIMD adds a vector workload kept here as
// text, testdata/simd_dot.wat (an i32x4 dot product and an i8x16 byte
// count), checked against a Go reference.
//
// Benchmarks, one sub-benchmark per workload and engine (what `make bench`
// runs):
//
//	go test ./bench -run '^$' -bench . -benchtime 1x
//
// A comparison table, every workload on each engine in the same run (CPU
// time of the call, best of -runs, GOMAXPROCS=1), with the ratio wazero
// time / wasmstep time (above 1: wasmstep is faster) and its geometric mean
// (-v because go test hides a passing test's output); a wasm3 binary on
// PATH adds wasm3's time (a whole process) and the ratio wasm3 / wasmstep:
//
//	go test ./bench -run TestReport -v -args -report
//
// TestGoProgram (-report -v) times the Go program for wasip1 in
// testdata/maps as whole processes the same way and reports its lowered
// bytes per instruction; TestInstructionPairs (-report -v) prints the
// pairs and triples of adjacent instructions executed most often.
//
// TestBigModules (-report -v, also in `make bench`) measures whole processes
// on big modules: CPU time and peak memory of wasmstep run, screenshot and
// wasm2wat on a Go program for wasip1 and a generated module of 200,000
// functions, beside wazero's command line.
//
// Nothing here asserts on time; a wrong result fails.
package bench
