package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLayering keeps the data flowing one way: the machine and its format
// front ends never depend on the debugger, the window or Fyne, and views
// never reach into the machine.
func TestLayering(t *testing.T) {
	rules := []struct {
		pkgs      string
		forbidden []string
	}{
		{"./vm/...", []string{"fyne.io/", "wasmstep/debugger", "wasmstep/ui", "wasmstep/views"}},
		{"./debugger/...", []string{"fyne.io/", "wasmstep/ui", "wasmstep/views"}},
		{"./dap/...", []string{"fyne.io/", "wasmstep/ui", "wasmstep/views"}},
		{"./views/...", []string{"wasmstep/debugger", "wasmstep/ui", "wasmstep/vm/host", "wasmstep/vm/wast"}},
	}
	for _, r := range rules {
		out, err := exec.Command("go", "list", "-tags", "ci", "-deps", r.pkgs).CombinedOutput()
		if err != nil {
			if strings.Contains(string(out), "matched no packages") || strings.Contains(string(out), "no such file") {
				continue
			}
			t.Fatalf("go list %s: %v\n%s", r.pkgs, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, bad := range r.forbidden {
				if strings.HasPrefix(dep, bad) {
					t.Errorf("%s depends on %s", r.pkgs, dep)
				}
			}
		}
	}
}
