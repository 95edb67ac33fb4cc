package vm

// opRethrow throws again the exception a legacy catch kept in r[b].
func opRethrow(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	exn, _ := t.r[o.b].(*Exception)
	if exn == nil {
		return t.cont(t.trap(TrapNullExceptionReference))
	}
	return t.cont(t.throw(exn))
}
