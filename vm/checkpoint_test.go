package vm

import (
	"fmt"
	"hash/fnv"
	"math/rand"
	"strings"
	"testing"

	"wasmstep/vm/wasm"
)

// checkpointPrograms mutate every kind of state a checkpoint covers; each
// exports run, which takes no argument and returns an i32.
var checkpointPrograms = map[string]string{
	"memory": `(module
  (memory 1 8)
  (data $d "hello, checkpoints")
  (func $fill (param $n i32)
    (memory.fill (i32.const 70000) (local.get $n) (i32.const 300)))
  (func (export "run") (result i32) (local $i i32)
    (loop $l
      (i32.store (i32.mul (i32.and (local.get $i) (i32.const 15)) (i32.const 4099)) (local.get $i))
      (i64.store8 offset=7 (i32.mul (i32.and (local.get $i) (i32.const 15)) (i32.const 12000)) (i64.extend_i32_u (local.get $i)))
      (if (i32.eq (local.get $i) (i32.const 5))
        (then (drop (memory.grow (i32.const 2)))
              (memory.init $d (i32.const 150000) (i32.const 0) (i32.const 10))
              (data.drop $d)))
      (if (i32.eq (local.get $i) (i32.const 9)) (then (call $fill (local.get $i))))
      (memory.copy (i32.const 65000) (i32.const 0) (i32.const 536))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 300))))
    (i32.add (memory.size) (i32.load (i32.const 65532)))))`,
	"sparse64": `(module
  (memory i64 20000)
  (func (export "run") (result i32) (local $i i64)
    (loop $l
      (i64.store (i64.mul (i64.and (local.get $i) (i64.const 15)) (i64.const 33554432)) (local.get $i))
      (i32.store16 offset=3 (i64.mul (i64.and (local.get $i) (i64.const 15)) (i64.const 70001)) (i32.wrap_i64 (local.get $i)))
      (if (i64.eq (local.get $i) (i64.const 4)) (then (drop (memory.grow (i64.const 3)))))
      (local.set $i (i64.add (local.get $i) (i64.const 1)))
      (br_if $l (i64.lt_u (local.get $i) (i64.const 300))))
    (i32.wrap_i64 (i64.add (memory.size) (i64.load (i64.const 33554432))))))`,
	"gc": `(module
  (type $pt (struct (field $x (mut i32)) (field $next (mut (ref null $pt)))))
  (type $arr (array (mut i64)))
  (type $refs (array (mut (ref null $pt))))
  (global $head (mut (ref null $pt)) (ref.null $pt))
  (func (export "run") (result i32) (local $i i32) (local $a (ref $arr)) (local $r (ref $refs))
    (local.set $a (array.new $arr (i64.const 7) (i32.const 8)))
    (local.set $r (array.new_default $refs (i32.const 4)))
    (loop $l
      (global.set $head (struct.new $pt (local.get $i) (global.get $head)))
      (struct.set $pt $x (global.get $head) (i32.mul (local.get $i) (i32.const 3)))
      (if (i32.gt_u (local.get $i) (i32.const 0))
        (then (struct.set $pt $next (ref.as_non_null (global.get $head)) (array.get $refs (local.get $r) (i32.const 0)))))
      (array.set $refs (local.get $r) (i32.and (local.get $i) (i32.const 3)) (global.get $head))
      (array.set $arr (local.get $a) (i32.and (local.get $i) (i32.const 7)) (i64.extend_i32_u (local.get $i)))
      (array.fill $arr (local.get $a) (i32.const 2) (i64.const 99) (i32.and (local.get $i) (i32.const 3)))
      (array.copy $arr $arr (local.get $a) (i32.const 0) (local.get $a) (i32.const 4) (i32.const 3))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 300))))
    (i32.add (struct.get $pt $x (ref.as_non_null (array.get $refs (local.get $r) (i32.const 1))))
             (i32.wrap_i64 (array.get $arr (local.get $a) (i32.const 1))))))`,
	"tables": `(module
  (type $f (func (result i32)))
  (table $t 2 20 funcref)
  (global $g (mut i64) (i64.const 1))
  (elem $e func $one $two)
  (func $one (type $f) (i32.const 1))
  (func $two (type $f) (i32.const 2))
  (func $rec (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n)) (then (i32.const 0))
      (else (i32.add (local.get $n) (call $rec (i32.sub (local.get $n) (i32.const 1)))))))
  (func (export "run") (result i32) (local $i i32) (local $acc i32)
    (loop $l
      (global.set $g (i64.add (global.get $g) (i64.extend_i32_u (call $rec (local.get $i)))))
      (table.set $t (i32.and (local.get $i) (i32.const 1)) (ref.func $two))
      (if (i32.eq (local.get $i) (i32.const 3))
        (then (drop (table.grow $t (ref.func $one) (i32.const 3)))
              (table.init $t $e (i32.const 3) (i32.const 0) (i32.const 2))
              (elem.drop $e)))
      (local.set $acc (i32.add (local.get $acc)
        (call_indirect $t (type $f) (i32.rem_u (local.get $i) (table.size $t)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 200))))
    (i32.add (local.get $acc) (i32.wrap_i64 (global.get $g)))))`,
	"exceptions": `(module
  (tag $boom (param i32))
  (func $maybe (param $i i32)
    (if (i32.and (local.get $i) (i32.const 1)) (then (throw $boom (local.get $i)))))
  (func (export "run") (result i32) (local $i i32) (local $acc i32)
    (loop $l
      (block $caught (result i32)
        (try_table (catch $boom $caught) (call $maybe (local.get $i)))
        (i32.const 100))
      (local.set $acc (i32.add (local.get $acc)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 300))))
    (local.get $acc)))`,
}

// ckRun is one program instantiated in a fresh store, running run.
type ckRun struct {
	inst *Instance
	th   *Thread
}

func startCk(t *testing.T, src string, debug bool) *ckRun {
	t.Helper()
	inst, err := NewStore().Instantiate(validateWat(t, src), nil)
	if err != nil {
		t.Fatal(err)
	}
	th := inst.Store.NewThread()
	th.UseDebugForm(debug)
	if err := th.Start(inst.ExportedFunc("run"), nil); err != nil {
		t.Fatal(err)
	}
	return &ckRun{inst, th}
}

// advance runs at least n more operations, or to the end of the call: one
// by one in the debug form, in the fast form by runs that pause after
// pollInterval operations (at a boundary: deterministic, if coarse).
func (c *ckRun) advance(n uint64, debug bool) {
	target := c.th.Steps() + n
	for c.th.Running() && c.th.Steps() < target {
		if debug {
			c.th.Step()
			continue
		}
		c.th.Pause()
		c.th.Run()
	}
}

// observe describes everything a later run can depend on, with GC objects
// by content (restored runs allocate new ones).
func (c *ckRun) observe() string {
	var b strings.Builder
	th := c.th
	fn, pc := th.At()
	fmt.Fprintf(&b, "steps %d stop %s at %v+%d err %v results %s\n",
		th.Steps(), th.stop, fn, pc, th.Err(), valuesText(th.Results()))
	for i := 0; i < th.Depth() && th.fc != nil; i++ {
		fr := th.Frame(i)
		fmt.Fprintf(&b, "frame %v+%d locals %s stack %s\n", fr.Func, fr.PC, valuesText(fr.Locals), valuesText(fr.Stack))
	}
	for i, m := range c.inst.Mems {
		fmt.Fprintf(&b, "mem %d pages %d hash %x flat %v\n", i, m.Pages(), memoryHash(m), m.Bytes() != nil)
	}
	for i, tb := range c.inst.Tables {
		fmt.Fprintf(&b, "table %d %s\n", i, refsText(tb.Entries()))
	}
	for i, g := range c.inst.Globals {
		fmt.Fprintf(&b, "global %d %s\n", i, valuesText([]Value{g.Get()}))
	}
	for i, d := range c.inst.datas {
		fmt.Fprintf(&b, "data %d dropped %v\n", i, d == nil)
	}
	for i, e := range c.inst.elems {
		fmt.Fprintf(&b, "elem %d dropped %v\n", i, e == nil)
	}
	return b.String()
}

func valuesText(vs []Value) string {
	var parts []string
	for _, v := range vs {
		if v.Type.Kind == wasm.KindRef {
			parts = append(parts, refText(v.Ref, 4))
		} else {
			parts = append(parts, fmt.Sprintf("%x:%x", v.Bits, v.Hi))
		}
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func refsText(rs []Ref) string {
	var parts []string
	for _, r := range rs {
		parts = append(parts, refText(r, 4))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// refText prints an object's content down to depth levels.
func refText(r Ref, depth int) string {
	switch o := r.(type) {
	case nil:
		return "null"
	case *Struct:
		if depth == 0 {
			return "struct…"
		}
		return fmt.Sprintf("struct%v%s", o.Fields, refsTextDepth(o.Refs, depth-1))
	case *Array:
		if depth == 0 {
			return "array…"
		}
		return fmt.Sprintf("array%v%s", o.Elems, refsTextDepth(o.Refs, depth-1))
	case *Function:
		return o.String()
	}
	return fmt.Sprintf("%T:%v", r, r)
}

func refsTextDepth(rs []Ref, depth int) string {
	var parts []string
	for _, r := range rs {
		parts = append(parts, refText(r, depth))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// totalSteps is how many operations a full run of the program takes.
func totalSteps(t *testing.T, src string, debug bool) uint64 {
	c := startCk(t, src, debug)
	c.advance(1<<40, debug)
	if c.th.stop != StopDone {
		t.Fatalf("reference run: %s %v", c.th.stop, c.th.Err())
	}
	return c.th.Steps()
}

// TestCheckpointReplay: run n steps, checkpoint, run m more, restore, run m
// again: the state must be the same both times, and the same as a fresh
// run of n+m steps; then running on gives the results of a plain run.
func TestCheckpointReplay(t *testing.T) {
	for name, src := range checkpointPrograms {
		for _, form := range forms {
			t.Run(name+"/"+form.name, func(t *testing.T) {
				total := totalSteps(t, src, form.debug)
				rng := rand.New(rand.NewSource(int64(total)))
				for trial := 0; trial < 12; trial++ {
					n := uint64(rng.Int63n(int64(total)))
					if trial < 3 { // include the start, before memory.grow and the drops
						n = uint64(trial) * total / 100
					}
					m := uint64(rng.Int63n(int64(total-n) + 1))
					checkReplay(t, src, form.debug, n, m)
				}
			})
		}
	}
}

func checkReplay(t *testing.T, src string, debug bool, n, m uint64) {
	t.Helper()
	c := startCk(t, src, debug)
	c.advance(n, debug)
	ts, ss := c.th.Checkpoint(), c.inst.Store.Checkpoint(c.inst)
	at := c.observe()
	c.advance(m, debug)
	first := c.observe()
	if err := c.inst.Store.Restore(ss); err != nil {
		t.Fatal(err)
	}
	c.th.Restore(ts)
	if got := c.observe(); got != at {
		t.Fatalf("n=%d m=%d: restored\n%s\nwant\n%s", n, m, got, at)
	}
	c.advance(m, debug)
	if again := c.observe(); again != first {
		t.Fatalf("n=%d m=%d: after restore\n%s\nwant\n%s", n, m, again, first)
	}
	fresh := startCk(t, src, debug)
	fresh.advance(n, debug)
	fresh.advance(m, debug)
	if want := fresh.observe(); want != first {
		t.Fatalf("n=%d m=%d: checkpointed run\n%s\nfresh run\n%s", n, m, first, want)
	}
	c.advance(1<<40, debug)
	fresh.advance(1<<40, debug)
	if got, want := c.observe(), fresh.observe(); got != want {
		t.Fatalf("n=%d m=%d: final state\n%s\nwant\n%s", n, m, got, want)
	}
	c.inst.Store.Release(ss)
}

// memoryHash hashes the non-zero chunks of a memory with their indices
// (sparse memories are too big to read whole).
func memoryHash(m *Memory) uint64 {
	h := fnv.New64a()
	buf := make([]byte, chunkSize)
	var zero chunk
	for c := uint64(0); c < m.Size()>>chunkBits; c++ {
		if m.chunks != nil && m.chunks[c] == nil {
			continue
		}
		m.ReadAt(buf, c<<chunkBits)
		if string(buf) != string(zero[:]) {
			fmt.Fprintf(h, "%d:", c)
			h.Write(buf)
		}
	}
	return h.Sum64()
}

// TestNestedCheckpoints: checkpoints at three points; releasing the middle
// one merges its logs, restoring the oldest undoes the newest too, and each
// restored point replays to the states first seen after it.
func TestNestedCheckpoints(t *testing.T) {
	for name, src := range checkpointPrograms {
		for _, form := range forms {
			t.Run(name+"/"+form.name, func(t *testing.T) {
				total := totalSteps(t, src, form.debug)
				step := total / 4
				c := startCk(t, src, form.debug)
				store := c.inst.Store
				var threads []*ThreadState
				var stores []*StoreState
				var at, seen []string // the state at each checkpoint and step/2 operations later
				for k := 0; k < 3; k++ {
					c.advance(step, form.debug)
					threads = append(threads, c.th.Checkpoint())
					stores = append(stores, store.Checkpoint(c.inst))
					at = append(at, c.observe())
					c.advance(step/2, form.debug)
					seen = append(seen, c.observe())
				}
				store.Release(stores[1])
				if stores[1].Live() || store.Restore(stores[1]) == nil {
					t.Fatal("released checkpoint still restorable")
				}
				for _, k := range []int{2, 0, 0} {
					if err := store.Restore(stores[k]); err != nil {
						t.Fatalf("restore %d: %v", k, err)
					}
					c.th.Restore(threads[k])
					if got := c.observe(); got != at[k] {
						t.Fatalf("restored %d:\n%s\nwant\n%s", k, got, at[k])
					}
					c.advance(step/2, form.debug)
					if got := c.observe(); got != seen[k] {
						t.Fatalf("after restoring %d:\n%s\nwant\n%s", k, got, seen[k])
					}
				}
				if stores[2].Live() {
					t.Fatal("a checkpoint newer than the restored one is still live")
				}
				store.Release(stores[0])
				if store.journal != nil || len(c.inst.Mems) > 0 && c.inst.Mems[0].undo != nil {
					t.Fatal("releasing the last checkpoint left tracking on")
				}
			})
		}
	}
}

// TestWrittenChunks: the chunks a checkpoint reports are those written
// after it, within its size.
func TestWrittenChunks(t *testing.T) {
	inst, err := NewStore().Instantiate(validateWat(t, `(module (memory 4)
  (func (export "run") (result i32)
    (i32.store (i32.const 70000) (i32.const 1))
    (memory.fill (i32.const 196600) (i32.const 9) (i32.const 20))
    (drop (memory.grow (i32.const 1)))
    (i32.store (i32.const 262150) (i32.const 1))
    (i32.const 0)))`), nil)
	if err != nil {
		t.Fatal(err)
	}
	st := inst.Store.Checkpoint(inst)
	if _, err := inst.Store.Invoke(inst.ExportedFunc("run")); err != nil {
		t.Fatal(err)
	}
	m := inst.Mems[0]
	if got := fmt.Sprint(st.Written(m)); got != "[1 2 3]" {
		t.Fatalf("written chunks %s, want [1 2 3]", got)
	}
	if st.Bytes() < 3*undoSize {
		t.Fatalf("checkpoint holds %d bytes, want at least three pages", st.Bytes())
	}
	if err := inst.Store.Restore(st); err != nil || m.Pages() != 4 {
		t.Fatalf("restore: %v, %d pages", err, m.Pages())
	}
	var b [4]byte
	m.ReadAt(b[:], 70000)
	if b != [4]byte{} {
		t.Fatalf("byte at 70000 not restored: %v", b)
	}
}
