package fuzz

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"wasmstep/internal/testsuite"
	"wasmstep/vm/binary"
	"wasmstep/vm/source"
	"wasmstep/vm/wat"
)

// maxSeedBytes leaves out the few huge suite modules: the fuzzer minimises
// and mutates small inputs far faster, and the small ones cover the same code.
const maxSeedBytes = 16 << 10

// suiteModules returns every module command of the suite's scripts (the
// core and the legacy exception tests), those inside assertions included:
// malformed, invalid and trapping modules are the interesting seeds.
func suiteModules(tb testing.TB) []*wat.ModuleCmd {
	tb.Helper()
	var mods []*wat.ModuleCmd
	for _, dir := range []string{testsuite.Core(tb), testsuite.Legacy(tb), testsuite.Threads(tb)} {
		mods = append(mods, scriptModules(tb, dir)...)
	}
	return mods
}

// scriptModules returns the module commands of the scripts below dir.
func scriptModules(tb testing.TB, dir string) []*wat.ModuleCmd {
	var mods []*wat.ModuleCmd
	err := filepath.WalkDir(dir, func(path string, de os.DirEntry, err error) error {
		if err != nil || de.IsDir() || filepath.Ext(path) != ".wast" {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		script, err := wat.ParseScript(source.NewFileSet(), path, src)
		if err != nil {
			return nil // the parser's own tests report scripts it cannot read
		}
		for _, c := range withThreads(script.Commands) {
			switch c := c.(type) {
			case *wat.ModuleCmd:
				mods = append(mods, c)
			case *wat.AssertModule:
				mods = append(mods, c.Module)
			case *wat.AssertTrap:
				if c.Module != nil {
					mods = append(mods, c.Module)
				}
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return mods
}

// binarySeeds returns the suite's modules in binary form: binary modules as
// written, text and quoted ones that parse encoded.
func binarySeeds(tb testing.TB) [][]byte {
	var seeds [][]byte
	for _, c := range suiteModules(tb) {
		switch c.Form {
		case wat.ModuleBinary:
			seeds = append(seeds, c.Binary)
		case wat.ModuleText, wat.ModuleQuote:
			m := c.Module
			if c.Form == wat.ModuleQuote {
				m, _ = wat.ParseModule(source.NewFileSet(), "quote.wat", c.Quote)
			}
			if m == nil {
				continue
			}
			if b, err := binary.Encode(m); err == nil {
				seeds = append(seeds, b)
			}
		}
	}
	return distinctSmall(seeds)
}

// textSeeds returns the suite's modules in text form: quoted ones as
// written, text and binary ones that decode printed.
func textSeeds(tb testing.TB) [][]byte {
	var seeds [][]byte
	for _, c := range suiteModules(tb) {
		switch c.Form {
		case wat.ModuleQuote:
			seeds = append(seeds, c.Quote)
		case wat.ModuleText, wat.ModuleBinary:
			m := c.Module
			if c.Form == wat.ModuleBinary {
				m, _ = binary.Decode(source.NewFileSet().AddBinary("seed.wasm", c.Binary))
			}
			if m == nil {
				continue
			}
			var buf bytes.Buffer
			if err := wat.Print(&buf, m); err == nil {
				seeds = append(seeds, buf.Bytes())
			}
		}
	}
	return distinctSmall(seeds)
}

// distinctSmall drops duplicates and seeds above maxSeedBytes.
func distinctSmall(seeds [][]byte) [][]byte {
	seen := map[string]bool{}
	var out [][]byte
	for _, s := range seeds {
		if len(s) > maxSeedBytes || seen[string(s)] {
			continue
		}
		seen[string(s)] = true
		out = append(out, s)
	}
	return out
}

// withThreads lists cmds with the commands of the (thread ...) among them.
func withThreads(cmds []wat.Command) []wat.Command {
	var out []wat.Command
	for _, c := range cmds {
		out = append(out, c)
		if th, ok := c.(*wat.ThreadCmd); ok {
			out = append(out, withThreads(th.Commands)...)
		}
	}
	return out
}
