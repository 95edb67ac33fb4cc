package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fuzzProgram is what the debugger fuzzer debugs: every function ends
// quickly whatever its arguments, so any command sequence terminates.
const fuzzProgram = `(module
  (type $pair (struct (field (mut i32)) (field v128)))
  (memory (export "mem") 1)
  (global $g (export "g") (mut i32) (i32.const 0))
  (table 2 funcref)
  (elem (i32.const 0) $fact $poke)
  (func $fact (export "fact") (param $n i32) (result i32)
    (if (result i32) (i32.le_u (local.get $n) (i32.const 1))
      (then (i32.const 1))
      (else (i32.mul (local.get $n)
        (call $fact (i32.sub (i32.and (local.get $n) (i32.const 15)) (i32.const 1)))))))
  (func $poke (export "poke") (param $at i32) (result i32)
    (i32.store16 (local.get $at) (i32.const 0x4242))
    (global.set $g (local.get $at))
    (struct.get $pair 0 (struct.new $pair (local.get $at) (v128.const i64x2 1 2))))
  (func (export "trap") (param $x i32) (result i32)
    (i32.div_u (i32.const 7) (local.get $x))))`

// FuzzDebugCommands feeds `wasmstep debug` arbitrary input: any command
// line must get an answer or an error, never a crash or a hang.
func FuzzDebugCommands(f *testing.F) {
	for _, seed := range []string{
		"invoke fact 5\nstep\nnext\nfinish\nback\nrnext\nrcontinue\ncontinue\nquit\n",
		"break x:1\nbreak fuzz.wat:999\nbreak 0\nbreak nope\nenable 99\ndisable 7\ndelete 3\n",
		"watch mem 0 65530 16\nwatch mem 0 0xFFFFFFFFFFFFFFFF 16\ninvoke poke 65534\ncontinue\ninfo\n",
		"watch global g\ninvoke poke 3\ncontinue\nback\nrcontinue\n",
		"invoke trap 0\ncontinue\nstack\nlocals\nframes\nmem 0 0 64\ntable 0\nheap\nlanes i64x2\n",
		"# " + strings.Repeat("x", 70<<10) + "\ninvoke fact 3\n",
		"break " + strings.Repeat("y", (1<<20)+1) + "\ninfo\n",
		"invoke fact 10\nuntil 9\nuntil fuzz.wat:12\nbreak fact+3 2\ncontinue\nrestart\n",
		"invoke\nbreak\nwatch\nmem\ntable 9\nlanes nope\nunknown\n",
		"invoke poke 8\ncontinue\ngoto 3\norigin mem 0 8 2\norigin mem 0 8 2\norigin global g\norigin stack 0\norigin local 0\norigin table 0 1\norigin heap 1 0\ngoto 99999999999\ngoto -1\n",
		"invoke fact 12\nnext\nnext\nnext\nfinish\ngoto 40\norigin local $n\norigin stack 5\norigin mem 9 0\norigin mem 0 0xFFFFFFFFFFFFFFFF 2\n",
	} {
		f.Add(seed)
	}
	dir := f.TempDir()
	wat := filepath.Join(dir, "fuzz.wat")
	if err := os.WriteFile(wat, []byte(fuzzProgram), 0o644); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, script string) {
		var out, errb strings.Builder
		code := Main([]string{"debug", wat, "--max-memory", "256M"}, strings.NewReader(script), &out, &errb)
		if code != exitOK {
			t.Fatalf("exit %d, stderr %q", code, errb.String())
		}
		if strings.Contains(out.String(), "internal error") {
			t.Fatalf("internal error:\n%s", out.String())
		}
	})
}
