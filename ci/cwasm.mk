# C to WebAssembly with DWARF, included by the Makefile: the DWARF tests
# compile small C programs with clang --target=wasm32-wasi and check line
# tables against llvm-dwarfdump. deps-cwasm installs only what is missing.
.PHONY: deps-cwasm examples-c

CWASM_DEBS := clang lld wasi-libc libclang-rt-14-dev-wasm32 llvm

deps-cwasm:
	@missing=""; for p in $(CWASM_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends $$missing; \
	fi

# examples-c rebuilds examples/c/*.wasm from their C sources; the prefix
# map keeps the build machine's directory out of the DWARF, so the
# debugger finds each source next to its module.
CWASM_FLAGS := --target=wasm32-wasi -g -O0 -fdebug-prefix-map=$(CURDIR)/examples/c=.
examples-c: deps-cwasm
	cd examples/c && for c in *.c; do clang $(CWASM_FLAGS) $$c -o $${c%.c}.wasm || exit 1; done
