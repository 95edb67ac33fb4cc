package debugger

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// writeLogOracle steps a call one instruction at a time in the debug loop
// and records, for each position, which instruction last wrote each
// target so far: the brute-force answer Origin is checked against.
type writeLogOracle struct {
	mem    map[uint64][]uint64 // address (of a 4-byte word) -> positions that wrote it
	global []uint64            // positions of global.set $g
	local  []uint64            // positions of local.set/tee $x in main
	end    uint64
}

func recordWrites(t *testing.T, s *Session, n string) *writeLogOracle {
	t.Helper()
	o := &writeLogOracle{mem: map[uint64][]uint64{}}
	snap := must(t)(s.Invoke("main", []string{n}))
	for snap.State == StateStopped {
		pos, next, depth := snap.Steps, snap.Next.Text, len(snap.Frames)
		if next == "global.set $g" {
			o.global = append(o.global, pos)
		}
		if depth == 1 && (next == "local.set $x" || next == "local.tee $x") {
			o.local = append(o.local, pos)
		}
		snap = must(t)(s.StepInto())
		for _, r := range snap.Memories[0].Written {
			for a := r.Start &^ 3; a < r.End; a += 4 {
				o.mem[a] = append(o.mem[a], pos)
			}
		}
	}
	o.end = snap.Steps
	return o
}

// lastBefore is the last position in ps before at.
func lastBefore(ps []uint64, at uint64) (uint64, bool) {
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i] < at {
			return ps[i], true
		}
	}
	return 0, false
}

func TestOriginMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	found := map[OriginKind]int{}
	for range 10 {
		src := genProgram(rng)
		if !strings.Contains(src, "i32.store") || !strings.Contains(src, "global.set") {
			continue
		}
		n := fmt.Sprint(2 + rng.Intn(20))
		var ss [2]*Session
		for j := range ss {
			ss[j] = NewSession(Options{checkpointEvery: uint64(5 + 20*j)})
			if err := ss[j].LoadSource("gen.wat", []byte(src)); err != nil {
				t.Fatal(err)
			}
		}
		o := recordWrites(t, ss[0], n)
		s := ss[1]
		must(t)(s.Invoke("main", []string{n}))
		must(t)(s.Continue())
		for range 6 {
			at := 1 + uint64(rng.Int63n(int64(o.end-1)))
			addr := uint64(4 * rng.Intn(4))
			for _, q := range []struct {
				q      OriginQuery
				writes []uint64
			}{
				{OriginQuery{Kind: OriginMemory, Mem: 0, Addr: addr + 1, Len: 2}, o.mem[addr]},
				{OriginQuery{Kind: OriginGlobal, Global: "$g"}, o.global},
				{OriginQuery{Kind: OriginLocal, Frame: -1, Local: 2}, o.local},
			} {
				must(t)(s.Goto(at))
				if q.q.Frame == -1 {
					q.q.Frame = len(s.Snapshot().Frames) - 1 // main's frame
				}
				// Asked again at each answer, Origin walks the writes back.
				for want, ok := lastBefore(q.writes, at); ; want, ok = lastBefore(q.writes, want) {
					before := s.call.pos
					snap, err := s.Origin(q.q)
					if !ok {
						if err == nil {
							t.Fatalf("%v at %d: found a write at %d, want none\n%s", q.q, at, snap.Steps, src)
						}
						if after := s.call.pos; after != before {
							t.Fatalf("%v: no write found, and the session moved from %d to %d", q.q, before, after)
						}
						break
					}
					if err != nil || snap.Steps != want || snap.Reason != StopOrigin {
						t.Fatalf("%v from %d: %v %v; want a stop at %d\n%s", q.q, at, err, snap, want, src)
					}
					found[q.q.Kind]++
				}
			}
		}
	}
	if found[OriginMemory] < 10 || found[OriginGlobal] < 10 || found[OriginLocal] < 10 {
		t.Errorf("writes found by kind: %v; the generated programs should give more", found)
	}
	t.Logf("writes found by kind: %v", found)
}

// A stack value's origin is the instruction that pushed it, passing over
// the structured instructions that only carry it; a table slot's is the
// instruction that changed it.
func TestOriginOfStackValuesAndTableSlots(t *testing.T) {
	const src = `(module (table $t 2 funcref) (elem declare func $f)
	  (func $f (export "f") (result i32) (local i32)
	    i32.const 5
	    (block (result i32) i32.const 7)
	    i32.add
	    (table.set $t (i32.const 1) (ref.func $f))
	    local.tee 0))`
	s := NewSession(Options{})
	if err := s.LoadSource("stack.wat", []byte(src)); err != nil {
		t.Fatal(err)
	}
	must(t)(s.Invoke("f", nil))
	must(t)(s.Goto(4)) // before i32.add: 5 7
	for _, c := range []struct {
		q    OriginQuery
		want uint64
	}{
		{OriginQuery{Kind: OriginStack, Stack: 0}, 2}, // i32.const 7, not the block's end
		{OriginQuery{Kind: OriginStack, Stack: 1}, 0},
	} {
		must(t)(s.Goto(4))
		if snap, err := s.Origin(c.q); err != nil || snap.Steps != c.want {
			t.Errorf("%+v: %v %v, want %d", c.q, snap, err, c.want)
		}
	}
	must(t)(s.Goto(8)) // after table.set, before local.tee
	if snap, err := s.Origin(OriginQuery{Kind: OriginTable, Table: 0, Slot: 1}); err != nil || snap.Steps != 7 {
		t.Errorf("table slot: %v %v, want 7", snap, err)
	}
	must(t)(s.Goto(8))
	if snap, err := s.Origin(OriginQuery{Kind: OriginStack, Stack: 0}); err != nil || snap.Steps != 4 {
		t.Errorf("the sum: %v %v, want the i32.add at 4", snap, err)
	}
	if _, err := s.Origin(OriginQuery{Kind: OriginStack, Stack: 3}); err == nil {
		t.Error("a stack value that is not there: no error")
	}
}
