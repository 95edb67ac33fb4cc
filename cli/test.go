package cli

import (
	"fmt"

	"wasmstep/vm/wast"
)

func init() {
	register("test", "test FILE.wast|DIR... [--max-steps N] [--timeout DURATION] [--max-memory SIZE]   run .wast scripts", runTest)
}

// runTest runs scripts and prints each failure, then the totals; the last
// line is "N passed, N failed" so test harnesses can read it.
func runTest(e *env, args []string) int {
	var limits runLimits
	var paths []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		ok, err := limits.parseFlag(a, func() (string, error) {
			if i+1 >= len(args) {
				return "", fmt.Errorf("%s needs a value", a)
			}
			i++
			return args[i], nil
		})
		switch {
		case err != nil:
			fmt.Fprintf(e.stderr, "wasmstep test: %v\n", err)
			return exitError
		case !ok:
			paths = append(paths, a)
		}
	}
	if len(paths) == 0 {
		fmt.Fprintln(e.stderr, "usage: wasmstep test FILE.wast|DIR... [--max-steps N] [--timeout DURATION] [--max-memory SIZE]")
		return exitError
	}
	opts := wast.Options{Output: e.stdout, MaxSteps: limits.maxSteps, Timeout: limits.timeout, MaxMemory: limits.memory()}
	passed, failed, broken := 0, 0, false
	for _, arg := range paths {
		files, err := wast.Scripts(arg)
		if err != nil {
			fmt.Fprintf(e.stderr, "wasmstep: %v\n", err)
			broken = true
			continue
		}
		for _, path := range files {
			res, err := wast.RunFile(path, opts)
			if err != nil {
				// A script rejected as a whole (it does not parse) counts as
				// one failure: its assertions must not vanish from the totals.
				fmt.Fprintln(e.stderr, err)
				failed++
				broken = true
				continue
			}
			for _, f := range res.Failures {
				fmt.Fprintln(e.stdout, f)
			}
			passed += res.Passed
			failed += res.Failed
		}
	}
	fmt.Fprintf(e.stdout, "%d passed, %d failed\n", passed, failed)
	switch {
	case broken:
		return exitError
	case failed > 0:
		return exitTrap
	}
	return exitOK
}
