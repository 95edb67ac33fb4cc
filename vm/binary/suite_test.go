package binary

import (
	"strings"
	"testing"

	"wasmstep/vm/source"
)

func decodeBytes(name string, b []byte) error {
	_, err := Decode(source.NewFileSet().AddBinary(name, b))
	return err
}

// TestSuiteMalformed decodes every assert_malformed binary module of the
// suite: each must be rejected, with the suite's message in the error.
func TestSuiteMalformed(t *testing.T) {
	var total, accepted, wrongMsg int
	for _, sm := range suiteBinaryModules(t) {
		if sm.Malformed == "" {
			continue
		}
		total++
		err := decodeBytes(sm.Name, sm.Bytes)
		switch {
		case err == nil:
			accepted++
			t.Errorf("%s: accepted, want %q", sm.Name, sm.Malformed)
		case !strings.Contains(err.Error(), sm.Malformed):
			wrongMsg++
			t.Errorf("%s: got %q, want %q", sm.Name, err, sm.Malformed)
		}
	}
	t.Logf("malformed binary modules: %d, rejected %d, with the suite's message %d",
		total, total-accepted, total-accepted-wrongMsg)
}
