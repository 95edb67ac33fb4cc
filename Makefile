# wasmstep — see README.md. `make run` and `make test` work on a fresh Debian machine.
GO        ?= go
BIN       := bin/wasmstep
EXAMPLE   ?= examples/add.wat
# Packages Fyne's GLFW driver needs to build (cgo), a CJK font for sources
# commented in Chinese, and what the real-window test drives.
GUI_DEBS  := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
             libxinerama-dev libxi-dev libxxf86vm-dev fonts-wqy-microhei
export LANG ?= en_US.UTF-8

.PHONY: all build run test test-go test-race lint deps-gui deps-cc bench package clean

all: build

# deps-gui installs only what is missing, so a warm machine skips apt entirely.
deps-gui:
	@missing=""; for p in $(GUI_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends $$missing; \
	fi

# The race detector needs a C compiler.
deps-cc:
	@command -v gcc >/dev/null 2>&1 || { SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends gcc libc6-dev; }

build: deps-gui
	$(GO) build -o $(BIN) .

run: build
	./$(BIN) $(EXAMPLE)

# Tests use Fyne's headless driver (the `ci` tag), which needs no cgo.
lint:
	@fmt=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$fmt" ]; then echo "gofmt needed:"; echo "$$fmt"; exit 1; fi
	CGO_ENABLED=0 $(GO) vet -tags ci ./...

test-go: deps-cwasm
	CGO_ENABLED=0 $(GO) test -tags ci -count=1 -timeout 30m ./...

# The debugger's machine runs on its own goroutine beside the window's, so
# its tests and the window's also run under the race detector (which needs cgo).
test-race: deps-cc deps-cwasm
	CGO_ENABLED=1 $(GO) test -race -tags ci -count=1 -timeout 20m ./debugger/... ./ui/...

# In CI (CI=true) `make test` also drives the real window under Xvfb.
test: lint test-generate test-refcheck test-go test-race test-race-threads test-dap $(if $(filter true,$(CI)),test-gui)

# The window's targets: test-gui, screenshots.
include ci/window.mk
# The DAP server's targets: test-dap, vscode-package.
include ci/dap.mk
# C programs compiled to WebAssembly with DWARF: deps-cwasm, examples-c.
include ci/cwasm.mk
# Shared-memory threads under the race detector: test-race-threads.
include ci/threads.mk
# Generated handlers are up to date with the opcode table: test-generate.
include ci/generate.mk
# The official suites with every op's pointer checked for its kind: test-refcheck.
include ci/refcheck.mk
# The Go program and instruction sequences in `make bench`: bench-program.
include ci/bench.mk

# bench prints wasmstep against wazero's interpreter, workload by workload,
# with the ratios and their geometric mean; then the debugger's own costs
# (a breakpoint that is never hit, a per-instruction subscriber).
bench:
	CGO_ENABLED=0 $(GO) test -tags ci -count=1 -timeout 60m -run 'TestReport|TestBigModules|TestHistoryCosts' -v ./bench/ -args -report
	CGO_ENABLED=0 $(GO) test -tags ci -count=1 -timeout 30m -run '^$$' -bench . ./debugger/
	CGO_ENABLED=0 $(GO) test -tags ci -count=1 -timeout 30m -run '^$$' -bench Stop -benchtime 100x ./ui/

# package builds a desktop bundle (icon, .desktop file, binary) from
# FyneApp.toml with the fyne command of fyne.io/tools at a pinned version,
# run rather than listed in go.mod: as a go.mod tool it would upgrade fyne
# itself to v2.8.1, which needs Wayland headers or a build tag.
FYNE_TOOLS ?= fyne.io/tools/cmd/fyne@v1.7.4
package: deps-gui
	$(GO) run $(FYNE_TOOLS) package -os linux

clean:
	rm -rf bin
