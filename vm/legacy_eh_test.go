package vm

import (
	"errors"
	"testing"
)

func TestLegacyExceptions(t *testing.T) {
	tests := []struct {
		fn   string
		args []Value
		want Value
		exn  Value // the payload of an exception that escapes, if any
	}{
		{fn: "params", args: []Value{I32(41)}, want: I32(42)},
		{fn: "wide-payload", want: I64(8 + 9)},
		{fn: "rethrow-after-call", want: I32(7)},
		{fn: "throw-in-handler", want: I32(8)},
		{fn: "catch-throw-ref", want: I32(3)},
		{fn: "try-table-catches-rethrow", want: I32(4)},
		{fn: "delegate-to-try-table", want: I32(5)},
		{fn: "retry", args: []Value{I32(5)}, want: I32(5)},
		{fn: "nested-handlers", exn: I32(10)},
	}
	inst := loadWat(t, "legacy_eh.wat")
	for _, form := range forms {
		for _, tt := range tests {
			got, err := call(t, inst, form.debug, tt.fn, tt.args...)
			var exn *Exception
			switch {
			case tt.exn.Type.Kind != 0:
				if !errors.As(err, &exn) || len(exn.Payload) != 1 || exn.Payload[0] != tt.exn {
					t.Errorf("%s %s: got %v, %v; want an exception carrying %v", form.name, tt.fn, got, err, tt.exn)
				}
			case err != nil || len(got) != 1 || got[0] != tt.want:
				t.Errorf("%s %s: got %v, %v; want %v", form.name, tt.fn, got, err, tt.want)
			}
		}
	}
}
