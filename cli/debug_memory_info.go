package cli

import "fmt"

// infoMemory prints each memory's timeline: its size when the call started
// and every memory.grow up to the current stop, at the call's instruction
// count.
func (r *debugREPL) infoMemory() {
	snap := r.s.Snapshot()
	if snap == nil || len(snap.Memories) == 0 {
		fmt.Fprintln(r.out, "no linear memory")
		return
	}
	for _, m := range snap.Memories {
		fmt.Fprintf(r.out, "memory %d %s  %s\n", m.Index, m.Name, pages(m.Pages))
		if len(m.Timeline) == 0 {
			continue
		}
		fmt.Fprintf(r.out, "  at instruction 0: %s\n", pages(m.Timeline[0].Pages))
		for i, e := range m.Timeline[1:] {
			fmt.Fprintf(r.out, "  at instruction %d: memory.grow %s -> %s\n", e.Step,
				pages(m.Timeline[i].Pages), pages(e.Pages))
		}
		if len(m.Timeline) == 1 {
			fmt.Fprintln(r.out, "  no memory.grow yet")
		}
	}
}

func pages(n uint64) string {
	if n == 1 {
		return "1 page"
	}
	return fmt.Sprintf("%d pages", n)
}
