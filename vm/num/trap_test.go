package num

import "testing"

func TestTrapString(t *testing.T) {
	tests := []struct {
		trap Trap
		want string
	}{
		{NoTrap, "no trap"},
		{DivideByZero, "integer divide by zero"},
		{IntegerOverflow, "integer overflow"},
		{InvalidConversion, "invalid conversion to integer"},
		{Trap(200), "unknown numeric trap"},
	}
	for _, tc := range tests {
		if got := tc.trap.String(); got != tc.want {
			t.Errorf("Trap(%d).String() = %q, want %q", tc.trap, got, tc.want)
		}
	}
}
