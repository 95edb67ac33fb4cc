package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"wasmstep/vm"
)

// trapText translates a trap's reason, which the machine writes in English
// ("integer divide by zero"), keeping any detail after it. The keys are
// "trap." and the reason, from the machine's own list.
func trapText(msg string) string {
	for k := vm.TrapKind(0); k < vm.TrapKind(64); k++ {
		reason := k.String()
		if strings.HasPrefix(reason, "trap ") { // past the named kinds
			continue
		}
		if rest, ok := strings.CutPrefix(msg, reason); ok {
			return lang.X(trapKey(reason), reason) + rest
		}
	}
	return msg
}

// trapKey is the translation key of a trap reason.
func trapKey(reason string) string { return "trap." + reason }
