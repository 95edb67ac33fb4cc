package cli

import (
	"bytes"
	"strings"
	"testing"
)

func TestRunShowFeatures(t *testing.T) {
	var out, errOut bytes.Buffer
	code := Main([]string{"run", "--show-features", "../examples/simd_dot.wat", "--invoke", "dot"}, nil, &out, &errOut)
	if !strings.Contains(errOut.String(), "simd_dot.wat: uses ") || !strings.Contains(errOut.String(), "SIMD") {
		t.Errorf("exit %d, stderr %q: want the SIMD proposal named", code, errOut.String())
	}
}
