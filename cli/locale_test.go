package cli

import (
	"bytes"
	"os"
	"os/exec"
	"testing"
)

// Under LANG=C.UTF-8 (Debian containers, CI) a headless command writes its
// program's output and nothing else: no "Fyne error: Error parsing user
// locale C" from the window toolkit's start-up. The test binary runs itself
// with that locale, since start-up happens once per process.
func TestHeadlessCommandsAreQuietUnderCLocale(t *testing.T) {
	if os.Getenv("WASMSTEP_LOCALE_CHILD") == "1" {
		os.Exit(Main([]string{"run", "testdata/debug/fact.wat", "--invoke", "fact", "5"}, os.Stdin, os.Stdout, os.Stderr))
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestHeadlessCommandsAreQuietUnderCLocale$")
	cmd.Env = append(os.Environ(), "WASMSTEP_LOCALE_CHILD=1", "LANG=C.UTF-8", "LC_ALL=", "LC_MESSAGES=", "LANGUAGE=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %s", err, stderr.String())
	}
	if stdout.String() != "i32:120\n" || stderr.Len() != 0 {
		t.Errorf("stdout %q, stderr %q; want only the result", stdout.String(), stderr.String())
	}
}
