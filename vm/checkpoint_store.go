package vm

import (
	"errors"
	"slices"
)

// Store checkpoints: reverse execution by checkpoints plus deterministic
// replay. A debugger takes a StoreState and a ThreadState at the same
// instruction boundary; restoring both and running on repeats the original
// run exactly (host calls replayed through Thread.HostCall), so any earlier
// position is reached by restoring the nearest checkpoint before it and
// stepping forward.
//
// What a StoreState covers, for the instances given to Checkpoint and all
// instances covered by the store's earlier live checkpoints:
//   - memories: size and bytes, by undo logs of 4 KiB pages saved before
//     their first write after the checkpoint (checkpoint_memory.go), so a
//     checkpoint costs the pages written after it, not the memory;
//   - tables (entries and size), globals (values) and the dropped flags of
//     data and element segments: copied, or shared with the previous
//     checkpoint when unchanged (checkpoint_share.go);
//   - GC objects' fields: an undo log of field writes (checkpoint_gc.go).
//
// Live checkpoints form a timeline, oldest first; writes are logged in the
// current one, the checkpoint whose span the machine is in: the latest,
// unless Revisit went back keeping the newer ones as a future
// (checkpoint_redo.go). Restoring a checkpoint undoes the newer ones too
// and releases them; the restored one stays live and can be restored
// again. Releasing one merges its logs into the previous one, so any
// subset can be kept (e.g. thinned out as they age). With no live
// checkpoint nothing is logged and the machine runs at full speed.
//
// Writes outside the machine's view are not tracked: a host function must
// write memory through Memory.WriteAt or Fill, never through Bytes().

// StoreState is a checkpoint of the store's mutable state (Store.Checkpoint).
type StoreState struct {
	store   *Store
	live    bool
	mems    []memMark
	tables  []tableCopy
	globals []globalCopy
	segs    []segmentCopy
	copied  int64 // bytes of the table and segment list copies it made (not shared)
	redone  bool  // mems hold redo logs (checkpoint_redo.go)

	fields     []fieldWrite // GC field writes since the checkpoint
	fieldBytes int64
}

type memMark struct {
	m    *Memory
	undo *memUndo
	redo *memRedo
}

type tableCopy struct {
	t     *Table
	elems []Ref
}

type globalCopy struct {
	g        *Global
	bits, hi uint64
	ref      Ref
}

type segmentCopy struct {
	inst  *Instance
	elems [][]Ref
	datas [][]byte
}

// journal is the store's live checkpoints and what they cover.
type journal struct {
	states  []*StoreState // oldest first
	cur     int           // the checkpoint whose span the machine is in
	loans   map[*Memory]*pageLoans
	seen    map[any]bool // instances, memories, tables and globals covered
	insts   []*Instance
	mems    []*Memory
	tables  []*Table
	globals []*Global
}

func (j *journal) current() *StoreState { return j.states[j.cur] }

// ErrStaleCheckpoint is returned when restoring a checkpoint that was
// released (or made by another store).
var ErrStaleCheckpoint = errors.New("vm: checkpoint was released")

// Checkpoint captures the mutable state of insts (and of the instances
// earlier live checkpoints cover). Valid only while no thread of the store
// is inside an instruction: take it with the thread's Checkpoint, at a
// stop. Memory writes are logged until the checkpoint is released.
func (s *Store) Checkpoint(insts ...*Instance) *StoreState {
	j := s.journal
	if j == nil {
		j = &journal{seen: map[any]bool{}, loans: map[*Memory]*pageLoans{}}
		s.journal = j
	}
	for _, inst := range insts {
		j.cover(inst)
	}
	var prev *StoreState
	if len(j.states) > 0 {
		j.releaseFuture() // taken after the current one, so a future is no longer the run's
		prev = j.current()
	}
	st := &StoreState{store: s, live: true}
	for _, m := range j.mems {
		u := newMemUndo(m)
		if j.loans[m] == nil {
			j.loans[m] = newPageLoans()
		}
		u.loans = j.loans[m]
		m.track(u)
		st.mems = append(st.mems, memMark{m: m, undo: u})
	}
	for i, t := range j.tables {
		var p *tableCopy
		if prev != nil && i < len(prev.tables) {
			p = &prev.tables[i]
		}
		elems, fresh := tableEntries(t, p)
		st.tables = append(st.tables, tableCopy{t, elems})
		if fresh {
			st.copied += 16 * int64(len(elems))
		}
	}
	for _, g := range j.globals {
		st.globals = append(st.globals, globalCopy{g, g.bits, g.hi, g.ref})
	}
	for i, inst := range j.insts {
		var p *segmentCopy
		if prev != nil && i < len(prev.segs) {
			p = &prev.segs[i]
		}
		sc, fresh := segmentLists(inst, p)
		st.segs = append(st.segs, sc)
		if fresh {
			st.copied += 24 * int64(len(sc.elems)+len(sc.datas))
		}
	}
	j.states = append(j.states, st)
	j.cur = len(j.states) - 1
	return st
}

// cover adds an instance and its memories, tables and globals (imported
// ones are shared: each is covered once).
func (j *journal) cover(inst *Instance) {
	if j.seen[inst] {
		return
	}
	j.seen[inst] = true
	j.insts = append(j.insts, inst)
	for _, m := range inst.Mems {
		if !j.seen[m] {
			j.seen[m] = true
			j.mems = append(j.mems, m)
		}
	}
	for _, t := range inst.Tables {
		if !j.seen[t] {
			j.seen[t] = true
			j.tables = append(j.tables, t)
		}
	}
	for _, g := range inst.Globals {
		if !j.seen[g] {
			j.seen[g] = true
			j.globals = append(j.globals, g)
		}
	}
}

// Restore puts back the state st was taken in, which must not be newer
// than the current checkpoint. Newer checkpoints are released; st stays
// live. Same validity as Checkpoint.
func (s *Store) Restore(st *StoreState) error {
	k := s.indexOf(st)
	if k < 0 || k > s.journal.cur {
		return ErrStaleCheckpoint
	}
	j := s.journal
	for i := j.cur; i >= k; i-- {
		j.states[i].rewindSpan()
	}
	j.cur = k
	j.releaseFuture()
	st.putBack()
	j.retrack()
	return nil
}

// Revisit puts back the state st was taken in, older or newer than the
// current checkpoint, keeping the newer checkpoints: going back it makes
// the redo logs of the spans it rewinds from their ends, going forward it
// applies them (checkpoint_redo.go) instead of running. A caller keeps a
// future only where a replay repeats the run exactly: no GC object made
// or written in it (the checkpoints' threads would refer to objects a
// replay makes anew), no other thread. Going forward needs the redo logs
// of every span from the current checkpoint's to st (HasRedo), else
// ErrNoRedo. Same validity as Checkpoint.
func (s *Store) Revisit(st *StoreState) error {
	k := s.indexOf(st)
	if k < 0 {
		return ErrStaleCheckpoint
	}
	j := s.journal
	if k > j.cur {
		for _, x := range j.states[j.cur:k] {
			if !x.redone {
				return ErrNoRedo
			}
		}
		j.current().rewindSpan() // back to its checkpoint, where its redo log starts
		for _, x := range j.states[j.cur:k] {
			x.redo()
		}
	}
	for i := j.cur; i >= k; i-- {
		if i < j.cur {
			j.states[i].captureRedo(j.states[i+1:]) // the machine is at checkpoint i+1: its span's end
		}
		j.states[i].rewindSpan()
	}
	st.putBack()
	j.cur = k
	j.retrack()
	return nil
}

// ErrNoRedo is returned by Revisit going forward across a span without a
// redo log.
var ErrNoRedo = errors.New("vm: no redo log to go forward")

// Advance makes the next checkpoint the current one: the machine ran (a
// deterministic replay) to its position, or a few operations past it.
func (s *Store) Advance() {
	if j := s.journal; j != nil && j.cur+1 < len(j.states) {
		j.cur++
		j.retrack()
	}
}

// rewindSpan undoes what the machine did since st, the current
// checkpoint: its memories' pages and size, its GC field writes.
func (st *StoreState) rewindSpan() {
	for _, mk := range st.mems {
		mk.m.rewind(mk.undo)
		mk.m.truncate(mk.undo.size)
	}
	st.undoFields()
}

// ReleaseFuture releases the checkpoints newer than the current one.
func (s *Store) ReleaseFuture() {
	if s.journal != nil {
		s.journal.releaseFuture()
	}
}

// releaseFuture releases the checkpoints newer than the current one.
func (j *journal) releaseFuture() {
	j.current().DropRedo()
	for _, newer := range j.states[j.cur+1:] {
		newer.live = false
		newer.dropLogs()
	}
	clear(j.states[j.cur+1:]) // released states must not stay reachable
	j.states = j.states[:j.cur+1]
}

// putBack restores what st copied and the memories' sizes.
func (st *StoreState) putBack() {
	for _, mk := range st.mems {
		mk.m.truncate(mk.undo.size)
	}
	for _, tc := range st.tables {
		old := len(tc.t.elems)
		if cap(tc.t.elems) >= len(tc.elems) {
			tc.t.elems = tc.t.elems[:len(tc.elems)]
		} else {
			tc.t.elems = make([]Ref, len(tc.elems))
		}
		copy(tc.t.elems, tc.elems)
		if old > len(tc.elems) {
			clear(tc.t.elems[len(tc.elems):old]) // Grow reuses the capacity
		}
	}
	for _, gc := range st.globals {
		gc.g.bits, gc.g.hi, gc.g.ref = gc.bits, gc.hi, gc.ref
	}
	for _, sc := range st.segs {
		copy(sc.inst.elems, sc.elems)
		copy(sc.inst.datas, sc.datas)
	}
}

// Release drops st: its memory is freed and its logs are merged into the
// previous live checkpoint. Releasing the last live checkpoint stops all
// logging. Releasing a released checkpoint does nothing.
func (s *Store) Release(st *StoreState) {
	k := s.indexOf(st)
	if k < 0 {
		return
	}
	j := s.journal
	if k == 0 && j.cur == 0 {
		j.releaseFuture() // no checkpoint before the machine is left to reach it from
	}
	if k > 0 {
		prev := j.states[k-1]
		prev.mergeRedo(st)
		for i, mk := range prev.mems {
			mk.undo.absorb(st.mems[i].undo)
		}
		prev.fields = append(prev.fields, st.fields...)
		prev.fieldBytes += st.fieldBytes
	} else {
		st.dropLogs()
	}
	st.live = false
	j.states = slices.Delete(j.states, k, k+1) // clears the tail: no stale state stays reachable
	if k <= j.cur && j.cur > 0 {
		j.cur-- // a current one released: its span joins the previous one's
	}
	if len(j.states) == 0 {
		for _, m := range j.mems {
			m.track(nil)
		}
		s.journal = nil
		return
	}
	j.retrack()
}

// dropLogs gives the pages of a released st's memory logs back for reuse.
func (st *StoreState) dropLogs() {
	st.DropRedo()
	for _, mk := range st.mems {
		mk.undo.drop()
	}
}

// retrack points every memory's log at the current checkpoint.
func (j *journal) retrack() {
	for _, m := range j.mems {
		m.track(nil)
	}
	for _, mk := range j.current().mems {
		mk.m.track(mk.undo)
	}
}

func (s *Store) indexOf(st *StoreState) int {
	if st == nil || !st.live || st.store != s || s.journal == nil {
		return -1
	}
	for i, x := range s.journal.states {
		if x == st {
			return i
		}
	}
	return -1
}

// Live reports whether st can still be restored.
func (st *StoreState) Live() bool { return st.live }

// Bytes returns the memory st holds: table copies, saved pages (redo logs
// too) and logged field writes. It grows as the program writes after the
// checkpoint.
func (st *StoreState) Bytes() int64 {
	n := st.copied + st.fieldBytes + int64(24*len(st.globals)) + st.RedoBytes()
	for _, mk := range st.mems {
		n += mk.undo.bytes
	}
	return n
}

// Written returns, in increasing order, the 64 KiB chunks of m (chunk c:
// bytes [c<<16, (c+1)<<16)) written since st while it is the latest
// checkpoint, within m's size at st (growth beyond it shows in Size).
// After a restore to st it still lists the chunks written before it.
func (st *StoreState) Written(m *Memory) []uint64 {
	for _, mk := range st.mems {
		if mk.m == m {
			var cs []uint64
			for p := range mk.undo.pre {
				cs = append(cs, p>>(chunkBits-undoBits))
			}
			slices.Sort(cs)
			return slices.Compact(cs)
		}
	}
	return nil
}
