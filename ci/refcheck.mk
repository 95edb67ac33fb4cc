# An op carries what it works on as one untyped pointer (vm/code_ref.go).
# Built with the refcheck tag, every read checks the kind the lowering set,
# so running the official suites that way checks every lowering against its
# handler; the ordinary build pays nothing for it.
.PHONY: test-refcheck
test-refcheck:
	CGO_ENABLED=0 $(GO) test -tags ci,refcheck -count=1 -timeout 20m ./vm/wast/
	CGO_ENABLED=0 $(GO) test -tags ci,refcheck -count=1 -run RefKind ./vm/
