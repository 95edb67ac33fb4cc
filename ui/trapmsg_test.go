package ui

import (
	"strings"
	"testing"

	"wasmstep/vm"
)

// Every trap reason the machine names has a Chinese translation, and the
// detail after a reason is kept.
func TestTrapReasonsAreTranslated(t *testing.T) {
	zh := readTranslations(t, "base.zh_Hans.json")
	for k := vm.TrapKind(0); k < 64; k++ {
		if r := k.String(); !strings.HasPrefix(r, "trap ") && zh[trapKey(r)] == "" {
			t.Errorf("trap reason %q has no Chinese translation", r)
		}
	}
	if got := trapText("out of bounds memory access (in $f at instruction 3)"); got != "out of bounds memory access (in $f at instruction 3)" {
		t.Errorf("trapText kept %q", got)
	}
}
