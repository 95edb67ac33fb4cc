package binary

import (
	"testing"

	"wasmstep/vm/source"
)

// FuzzDecode checks that the decoder never panics or hangs, and that what it
// accepts the encoder writes back to an equal module.
func FuzzDecode(f *testing.F) {
	for _, sm := range suiteBinaryModules(f) {
		f.Add(sm.Bytes)
	}
	for _, b := range robustSeeds() {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		fs := source.NewFileSet()
		m1, err := Decode(fs.AddBinary("fuzz.wasm", b))
		if err != nil {
			return
		}
		enc, err := Encode(m1)
		if err != nil {
			t.Fatalf("encode of a decoded module: %v", err)
		}
		m2, err := Decode(fs.AddBinary("enc.wasm", enc))
		if err != nil {
			t.Fatalf("decoding the encoding: %v", err)
		}
		if d := moduleDiff(m1, m2); d != "" {
			t.Fatalf("round trip changed the module: %s", d)
		}
	})
}
