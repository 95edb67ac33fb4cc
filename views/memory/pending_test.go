package memory

import (
	"strings"
	"testing"
)

// partMem is a memory whose bytes from held on are not at hand yet.
type partMem struct{ size, held uint64 }

func (m partMem) Size() uint64 { return m.size }

func (m partMem) ReadAt(p []byte, addr uint64) int {
	n := 0
	for ; n < len(p) && addr+uint64(n) < min(m.size, m.held); n++ {
		p[n] = 0x5a
	}
	return n
}

// Rows whose bytes are not at hand show pending marks, and so do the
// values at a cursor on them, until the window has the bytes and redraws.
func TestRowsNotAtHandArePending(t *testing.T) {
	v, _ := newTestView(t)
	m := testModel()
	src := &partMem{size: 65536, held: 0x20}
	m.Memories[0].Source, m.Memories[0].Written = src, nil
	v.Update(m)
	p := v.panes[0]
	rows := gridTexts(t, p)
	if !hasRow(rows, "00000010", "5a 5a") || !hasRow(rows, "00000020", "·· ··") {
		t.Fatalf("rows 0x10 (at hand) and 0x20 (pending):\n%s", strings.Join(rows, "\n"))
	}
	p.setCursor(0x20)
	if got := p.readout.Text; !strings.Contains(got, "i32 …") {
		t.Errorf("readout on a pending byte: %q", got)
	}
	src.held = 0x100
	v.Redraw()
	if rows := gridTexts(t, p); !hasRow(rows, "00000020", "5a 5a") {
		t.Errorf("row 0x20 after the bytes arrived:\n%s", strings.Join(rows, "\n"))
	}
	if got := p.readout.Text; !strings.Contains(got, "i32 1515870810") {
		t.Errorf("readout after the bytes arrived: %q", got)
	}
}

// hasRow reports whether the row labelled addr is drawn with a text that
// starts with prefix (after its blanks).
func hasRow(texts []string, addr, prefix string) bool {
	for i, x := range texts {
		if x != addr {
			continue
		}
		for _, y := range texts[i+1 : min(i+3, len(texts))] {
			if strings.HasPrefix(strings.TrimSpace(y), prefix) {
				return true
			}
		}
	}
	return false
}
