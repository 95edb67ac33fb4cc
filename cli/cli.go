// Package cli implements wasmstep's command line: each command is a function
// from arguments and standard streams to an exit status, so tests drive the
// commands exactly as users do.
package cli

import (
	"fmt"
	"io"
	"sort"
	"strings"

	_ "cleanlocale" // before Fyne's start-up reads the locale
)

// Exit statuses shared by every command (the README's contract).
const (
	exitOK    = 0
	exitTrap  = 1 // a trap or failed assertion
	exitError = 2 // usage, load, parse, validation or link error
)

// env is what a command may touch of the process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

type command struct {
	run   func(e *env, args []string) int
	usage string
}

var commands = map[string]command{}

func register(name, usage string, run func(e *env, args []string) int) {
	commands[name] = command{run: run, usage: usage}
}

// openWindow starts the GUI; it is set by the file that links the window in,
// so the headless commands do not depend on it.
var openWindow func(e *env, files []string) int

// Main runs the command line and returns the exit status.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) > 0 {
		switch args[0] {
		case "help", "-h", "-help", "--help":
			printUsage(stdout)
			return exitOK
		}
		if c, ok := commands[args[0]]; ok {
			return c.run(e, args[1:])
		}
		if strings.HasPrefix(args[0], "-") {
			fmt.Fprintf(stderr, "wasmstep: unknown flag %s\n", args[0])
			printUsage(stderr)
			return exitError
		}
	}
	if openWindow == nil {
		fmt.Fprintln(stderr, "wasmstep: this build has no window")
		return exitError
	}
	return openWindow(e, args)
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: wasmstep [FILE... [--invoke NAME [ARG...]]]   open the window")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "       wasmstep %s\n", commands[n].usage)
	}
	fmt.Fprintln(w, maxMemoryHelp())
	fmt.Fprintln(w, historyHelp())
}
