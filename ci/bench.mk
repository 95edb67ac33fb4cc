# The machine on a real program, included by the Makefile and run first by
# `make bench`: the Go program for wasip1 (testdata/maps) as whole processes
# beside wazero's interpreter, its lowered bytes per instruction, and the
# pairs and triples of instructions executed, which choose fused operations.
# A wasm3 binary on PATH adds a wasm3 column here and to TestReport's table;
# wasm3 is a reference, not a dependency, so none is installed.
.PHONY: bench-program
bench: bench-program
bench-program:
	CGO_ENABLED=0 $(GO) test -tags ci -count=1 -timeout 60m -run 'TestGoProgram|TestInstructionPairs' -v ./bench/ -args -report
