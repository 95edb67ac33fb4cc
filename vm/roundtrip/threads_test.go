package roundtrip

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wasmstep/internal/testsuite"
	"wasmstep/vm/source"
	"wasmstep/vm/wat"
)

// TestThreadsRoundTrips round-trips every valid module of the threads
// proposal's scripts, the ones inside (thread ...) commands too, through
// the binary and the printed text.
func TestThreadsRoundTrips(t *testing.T) {
	dir := testsuite.Threads(t)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var viaBinary, viaText tally
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".wast") {
			continue
		}
		src, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		fs := source.NewFileSet()
		script, err := wat.ParseScript(fs, e.Name(), src)
		if err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		for _, mc := range threadModules(script.Commands) {
			name := fs.Position(mc.At).String()
			if mc.Err != nil {
				t.Errorf("%s: parse: %v", name, mc.Err)
				continue
			}
			viaBinary.count(binaryRoundTrip(t, fs, name, mc.Module))
			viaText.count(textRoundTrip(t, fs, name, mc.Module))
		}
	}
	if viaBinary.total == 0 {
		t.Fatal("no modules found")
	}
	t.Logf("via binary %v, via text %v", viaBinary, viaText)
}

// threadModules lists the valid text modules of cmds and of the threads
// among them.
func threadModules(cmds []wat.Command) []*wat.ModuleCmd {
	var out []*wat.ModuleCmd
	for _, cmd := range cmds {
		if th, ok := cmd.(*wat.ThreadCmd); ok {
			out = append(out, threadModules(th.Commands)...)
			continue
		}
		if mc := validModule(cmd); mc != nil && mc.Form == wat.ModuleText {
			out = append(out, mc)
		}
	}
	return out
}
