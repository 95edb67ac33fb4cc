//go:build refcheck

package vm

import (
	"strings"
	"testing"
)

// Built with refcheck, reading a ref as another kind than it was set with
// panics, naming both.
func TestRefKindChecked(t *testing.T) {
	o := op{ref: refTo(&Table{})}
	if o.table() == nil {
		t.Fatal("the table read back as nil")
	}
	if (&op{}).memory() != nil {
		t.Fatal("a nil ref read back as a memory")
	}
	defer func() {
		msg, _ := recover().(string)
		if !strings.Contains(msg, "vm.Memory") || !strings.Contains(msg, "vm.Table") {
			t.Errorf("reading a table as a memory: panic %q, want one naming both kinds", msg)
		}
	}()
	o.memory()
}
