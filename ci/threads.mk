# The threads runtime runs WebAssembly threads on goroutines that share
# memory: its tests (atomics, wait/notify, wasi-threads programs) also run
# under the race detector, which needs cgo.
.PHONY: test-race-threads
test-race-threads: deps-cc
	CGO_ENABLED=1 $(GO) test -race -tags ci -count=1 -timeout 20m \
		-run 'Atomic|Wait|Thread|ProcExit|Deadlock' ./vm/ ./vm/host/ ./cli/
