package load

import (
	"strings"
	"testing"

	"wasmstep/vm/binary"
	"wasmstep/vm/source"
	"wasmstep/vm/validate"
	"wasmstep/vm/wat"
)

// module assembles a binary module from its sections, each given as its id
// followed by its content.
func module(sections ...[]byte) []byte {
	b := []byte("\x00asm\x01\x00\x00\x00")
	for _, s := range sections {
		b = append(b, s[0], byte(len(s)-1))
		b = append(b, s[1:]...)
	}
	return b
}

var (
	typeVoid  = []byte{1, 1, 0x60, 0, 0}      // one type: [] -> []
	twoFuncs  = []byte{3, 2, 0, 0}            // two functions of type 0
	oneFunc   = []byte{3, 1, 0}               // one function of type 0
	badData   = []byte{11, 5}                 // five data segments in no bytes
	passiveXY = []byte{11, 1, 1, 2, 'x', 'y'} // one passive segment
)

// eager is the outcome of decoding every body at once, then validating:
// what loading a binary module must report, though it reads each body once.
func eager(data []byte) (malformed, invalid error) {
	m, err := binary.Decode(source.NewFileSet().AddBinary("m.wasm", data))
	if err != nil {
		return err, nil
	}
	_, err = validate.Validate(m)
	return nil, err
}

func TestBinaryMalformedWinsOverInvalid(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"invalid body before a malformed one", module(typeVoid, twoFuncs,
			[]byte{10, 2, 4, 0, 0x41, 0, 0x0b, 3, 0, 0x27, 0x0b}), "illegal opcode 27"},
		{"malformed body before a malformed section", module(typeVoid, oneFunc,
			[]byte{10, 1, 3, 0, 0x27, 0x0b}, badData), "illegal opcode 27"},
		{"body longer than its size", module(typeVoid, oneFunc,
			[]byte{10, 1, 3, 0, 0x0b, 0x01}), "section size mismatch"},
		{"data.drop without a data count section", module(typeVoid, oneFunc,
			[]byte{10, 1, 5, 0, 0xfc, 9, 0, 0x0b}, passiveXY), "data count section required"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			malformed, _ := eager(c.data)
			if malformed == nil || !strings.Contains(malformed.Error(), c.want) {
				t.Fatalf("the case is wrong: decoding gives %v, want %q", malformed, c.want)
			}
			_, err := Bytes(source.NewFileSet(), "m.wasm", c.data)
			if err == nil || err.Error() != malformed.Error() {
				t.Errorf("Bytes: %v, want %v", err, malformed)
			}
			cmd := &wat.ModuleCmd{Form: wat.ModuleBinary, Binary: c.data}
			_, parsed, err := ScriptModule(source.NewFileSet(), cmd, "m")
			if parsed || err == nil || err.Error() != malformed.Error() {
				t.Errorf("ScriptModule: parsed %v, %v; want a malformed module: %v", parsed, err, malformed)
			}
		})
	}
}

func TestBinaryInvalidBodyIsInvalid(t *testing.T) {
	data := module(typeVoid, twoFuncs, []byte{10, 2, 2, 0, 0x0b, 4, 0, 0x41, 0, 0x0b})
	malformed, invalid := eager(data)
	if malformed != nil || invalid == nil {
		t.Fatalf("the case is wrong: malformed %v, invalid %v", malformed, invalid)
	}
	cmd := &wat.ModuleCmd{Form: wat.ModuleBinary, Binary: data}
	_, parsed, err := ScriptModule(source.NewFileSet(), cmd, "m")
	if !parsed || err == nil || err.Error() != invalid.Error() {
		t.Errorf("ScriptModule: parsed %v, %v; want the invalid module's %v", parsed, err, invalid)
	}
}

func TestBinaryBodiesReadOnceKeepTheirOpcodes(t *testing.T) {
	data := module(typeVoid, twoFuncs, []byte{10, 2, 2, 0, 0x0b, 3, 0, 0x01, 0x0b})
	m, err := Bytes(source.NewFileSet(), "m.wasm", data)
	if err != nil {
		t.Fatal(err)
	}
	ops := m.Module.UsedOps()
	for i := range m.Module.Funcs {
		f := &m.Module.Funcs[i]
		if f.BodyLen() == 0 || f.BodyLen() != len(f.Body()) {
			t.Errorf("function %d: %d instructions, its body has %d", i, f.BodyLen(), len(f.Body()))
		}
		for _, in := range f.Body() {
			if !ops.Has(in.Op) {
				t.Errorf("function %d uses %s, missing from the module's opcodes", i, in.Op)
			}
		}
	}
}
