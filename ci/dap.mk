# The Debug Adapter Protocol targets, included by the Makefile: a real DAP
# client drives `wasmstep dap` (test-dap), and the VS Code extension is
# packaged (vscode-package). npm installs only when node_modules is missing,
# from the committed package-lock.json.
.PHONY: deps-node deps-dap test-dap vscode-package

DAP_BIN := bin/wasmstep-headless
VSCODE  := editors/vscode

deps-node:
	@command -v npm >/dev/null 2>&1 || { SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends nodejs npm; }

deps-dap: deps-node
	@[ -d ci/dap/node_modules ] || (cd ci/dap && npm ci --no-audit --no-fund)

# The adapter is the headless build (no cgo): the protocol needs no window.
test-dap: deps-dap
	CGO_ENABLED=0 $(GO) build -tags ci -o $(DAP_BIN) .
	node ci/dap/client.js $(DAP_BIN)

# vscode-package writes editors/vscode/wasmstep-VERSION.vsix with vsce.
vscode-package: deps-node
	@[ -d $(VSCODE)/node_modules ] || (cd $(VSCODE) && npm ci --no-audit --no-fund)
	cd $(VSCODE) && npx vsce package --allow-missing-repository
