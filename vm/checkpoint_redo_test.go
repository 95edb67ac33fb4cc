package vm

import (
	"errors"
	"math/rand"
	"testing"
)

// TestRevisitKeepsTheFuture: checkpoints along a run, then random travel
// among them with Revisit (back and forward), runs forward to the next
// checkpoint (exactly in the debug form, a few operations past it in the
// fast form) with Advance, and releases (thinning): each checkpoint
// revisited shows the state first seen there, and the run goes on to the
// plain run's end. The GC program is left out: a caller keeps no future
// where GC objects are made or written.
func TestRevisitKeepsTheFuture(t *testing.T) {
	for name, src := range checkpointPrograms {
		if name == "gc" {
			continue
		}
		for _, form := range forms {
			t.Run(name+"/"+form.name, func(t *testing.T) {
				pagesBefore := undoPagesInUse()
				total := totalSteps(t, src, form.debug)
				c := startCk(t, src, form.debug)
				store := c.inst.Store
				var ths []*ThreadState
				var sts []*StoreState
				var at []string
				var pos []uint64
				for range 7 {
					pos = append(pos, c.th.Steps())
					ths = append(ths, c.th.Checkpoint())
					sts = append(sts, store.Checkpoint(c.inst))
					at = append(at, c.observe())
					c.advance(total/8, form.debug)
				}
				cur := len(sts) - 1
				rng := rand.New(rand.NewSource(int64(total)))
				revisits, forward := 0, 0
				for range 60 {
					switch op := rng.Intn(8); {
					case op < 5:
						k := rng.Intn(len(sts))
						err := store.Revisit(sts[k])
						if errors.Is(err, ErrNoRedo) {
							for _, st := range sts[cur:k] {
								if !st.HasRedo() {
									err = nil
								}
							}
							if err != nil {
								t.Fatalf("revisit %d from %d: no redo, yet every span has one", k, cur)
							}
							continue
						}
						if err != nil {
							t.Fatalf("revisit %d: %v", k, err)
						}
						if k > cur {
							forward++
						}
						revisits++
						c.th.Restore(ths[k])
						cur = k
						if got := c.observe(); got != at[k] {
							t.Fatalf("revisited %d:\n%s\nwant\n%s", k, got, at[k])
						}
					case op < 7 && cur+1 < len(sts):
						if n := c.th.Steps(); n < pos[cur+1] {
							c.advance(pos[cur+1]-n, form.debug)
						}
						store.Advance()
						cur++
						if form.debug && c.observe() != at[cur] {
							t.Fatalf("ran to %d:\n%s\nwant\n%s", cur, c.observe(), at[cur])
						}
					case len(sts) > 2:
						k := 1 + rng.Intn(len(sts)-2)
						store.Release(sts[k])
						ths, sts, at, pos = del(ths, k), del(sts, k), del(at, k), del(pos, k)
						if k <= cur {
							cur--
						}
					}
				}
				if forward == 0 || revisits < 10 {
					t.Fatalf("only %d revisits, %d forward", revisits, forward)
				}
				last := len(sts) - 1
				if err := store.Revisit(sts[last]); err != nil && !errors.Is(err, ErrNoRedo) {
					t.Fatal(err)
				} else if err != nil {
					if err := store.Restore(sts[cur]); err != nil {
						t.Fatal(err)
					}
					last = cur
				}
				c.th.Restore(ths[last])
				c.advance(1<<40, form.debug)
				fresh := startCk(t, src, form.debug)
				fresh.advance(1<<40, form.debug)
				if got, want := c.observe(), fresh.observe(); got != want {
					t.Fatalf("final state\n%s\nwant\n%s", got, want)
				}
				// Every page, lent to redo logs or not, goes back when the
				// checkpoints go.
				for i := len(sts) - 1; i >= 0; i-- {
					store.Release(sts[i])
				}
				if n := undoPagesInUse(); n != pagesBefore {
					t.Errorf("%d undo pages in use after releasing every checkpoint, %d before", n, pagesBefore)
				}
			})
		}
	}
}

func del[T any](s []T, k int) []T { return append(s[:k:k], s[k+1:]...) }

func undoPagesInUse() int {
	undoPages.Lock()
	defer undoPages.Unlock()
	return undoPages.inUse
}

// A page its undo log lets go while a redo log refers to it stays until
// the loan ends, then goes back for reuse.
func TestLentPagesGoBackWhenTheLoanEnds(t *testing.T) {
	before := undoPagesInUse()
	loans := newPageLoans()
	b := newUndoPage()
	r := &memRedo{lent: map[uint64]*undoPage{}, loans: loans}
	r.lend(3, b)
	loans.release(b) // the undo log lets it go
	if n := undoPagesInUse(); n != before+1 {
		t.Fatalf("a lent page went back: %d in use, want %d", n, before+1)
	}
	r.giveBack(b)
	if n := undoPagesInUse(); n != before {
		t.Fatalf("the loan ended, the page did not go back: %d in use, want %d", n, before)
	}
	c := newUndoPage() // never lent: back at once
	loans.release(c)
	if n := undoPagesInUse(); n != before {
		t.Fatalf("%d in use, want %d", n, before)
	}
}
