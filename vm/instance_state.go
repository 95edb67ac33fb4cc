package vm

// Stateless reports whether nothing of the instance can change apart from
// its memories: no mutable global, no table, no segment a memory.init or
// table.init could still read (and drop). A checkpoint then needs nothing
// of it but its memories, which others cover (a debugger skips the
// instances of spawned threads that are so).
func (inst *Instance) Stateless() bool {
	for _, g := range inst.Globals {
		if g.Type.Mutable {
			return false
		}
	}
	if len(inst.Tables) > 0 {
		return false
	}
	for _, d := range inst.datas {
		if d != nil {
			return false
		}
	}
	for _, e := range inst.elems {
		if e != nil {
			return false
		}
	}
	return true
}
