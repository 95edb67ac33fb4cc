# The machine's numeric and memory-access handlers are generated from the
# opcode table (vm/internal/gen). test-generate fails when `go generate`
# would change the tree: a generated file edited by hand, or a table change
# whose files were not regenerated.
.PHONY: test-generate
test-generate:
	@git rev-parse --is-inside-work-tree >/dev/null
	@before=$$(git status --porcelain -- vm; git diff -- vm | sha256sum); \
	$(GO) generate ./vm/... || exit 1; \
	after=$$(git status --porcelain -- vm; git diff -- vm | sha256sum); \
	if [ "$$before" != "$$after" ]; then \
		echo "go generate ./vm/... changed the tree; commit its output:"; git status --short -- vm; exit 1; \
	fi
