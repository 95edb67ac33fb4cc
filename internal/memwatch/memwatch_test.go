package memwatch

import "testing"

func TestRSSReadsThisProcess(t *testing.T) {
	before := RSS()
	if before == 0 {
		t.Skip("no /proc/self/statm")
	}
	b := make([]byte, 64*MiB)
	for i := range b {
		b[i] = 1
	}
	if after := RSS(); after < before+32*MiB {
		t.Fatalf("RSS %d after touching 64 MiB, was %d", after, before)
	}
	_ = b[len(b)-1]
}
