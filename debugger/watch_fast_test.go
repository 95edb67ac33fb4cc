package debugger

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// Memory and global watchpoints stop the fast loop at the same
// instructions, with the same messages, as the debug loop's hook finds them.
func TestFastWatchpointsMatchTheHook(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	tested := 0
	for range 12 {
		src := genProgram(rng)
		if !strings.Contains(src, "i32.store") || !strings.Contains(src, "global.set") {
			continue
		}
		n := 20 + rng.Intn(30)
		addr := uint64(4 * rng.Intn(n))
		var stops [2][]string
		for j, opts := range []Options{{NoHistory: true}, {}} {
			s := NewSession(opts)
			if err := s.LoadSource("gen.wat", []byte(src)); err != nil {
				t.Fatal(err)
			}
			must(t)(s.Invoke("main", []string{fmt.Sprint(n)}))
			if _, err := s.WatchMemory(0, addr, 4); err != nil {
				t.Fatal(err)
			}
			if _, err := s.WatchGlobal("$g"); err != nil {
				t.Fatal(err)
			}
			for snap := s.Snapshot(); snap.State == StateStopped; {
				snap = must(t)(s.Continue())
				if (snap.DebugLoop == "") != (j == 1) {
					t.Fatalf("%+v: debug loop %q", opts, snap.DebugLoop)
				}
				stops[j] = append(stops[j], fmt.Sprintf("%s %d %s %s", snap.Reason, snap.Steps, at(snap), snap.Message))
			}
		}
		if strings.Join(stops[0], "\n") != strings.Join(stops[1], "\n") {
			t.Fatalf("hook:\n%s\nfast loop:\n%s\n%s", strings.Join(stops[0], "\n"), strings.Join(stops[1], "\n"), src)
		}
		tested += len(stops[1])
	}
	if tested < 10 {
		t.Errorf("only %d stops compared", tested)
	}
}
