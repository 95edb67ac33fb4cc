package binary

import (
	"bytes"
	"testing"

	"wasmstep/vm/source"
)

// TestSuiteRoundTrip decodes every binary module of the suite that must
// decode, encodes it and decodes the result: the two modules must be equal,
// and encoding is canonical (encoding the second gives the same bytes).
func TestSuiteRoundTrip(t *testing.T) {
	var n int
	for _, sm := range suiteBinaryModules(t) {
		if sm.Malformed != "" {
			continue
		}
		n++
		fs := source.NewFileSet()
		m1, err := Decode(fs.AddBinary(sm.Name, sm.Bytes))
		if err != nil {
			t.Errorf("%s: %v", sm.Name, err)
			continue
		}
		enc1, err := Encode(m1)
		if err != nil {
			t.Errorf("%s: encode: %v", sm.Name, err)
			continue
		}
		m2, err := Decode(fs.AddBinary(sm.Name+" (encoded)", enc1))
		if err != nil {
			t.Errorf("%s: decoding the encoding: %v", sm.Name, err)
			continue
		}
		if d := moduleDiff(m1, m2); d != "" {
			t.Errorf("%s: round trip changed the module: %s", sm.Name, d)
			continue
		}
		enc2, err := Encode(m2)
		if err != nil || !bytes.Equal(enc1, enc2) {
			t.Errorf("%s: encoding is not stable (%v)", sm.Name, err)
		}
	}
	t.Logf("round trips: %d binary modules", n)
}
