package vm

// opRethrow throws again the exception a legacy catch kept in r[b].
func opRethrow(t *Thread, o *op) bool {
	exn, _ := t.r[o.b].(*Exception)
	if exn == nil {
		return t.trap(TrapNullExceptionReference)
	}
	return t.throw(exn)
}
