package num

// Trap says why a numeric instruction trapped. The zero value, NoTrap, means
// it did not.
type Trap uint8

// The numeric traps. String gives the specification's reason text, the one
// the official test suite's assert_trap expects.
const (
	NoTrap Trap = iota
	DivideByZero
	IntegerOverflow
	InvalidConversion
)

func (t Trap) String() string {
	switch t {
	case NoTrap:
		return "no trap"
	case DivideByZero:
		return "integer divide by zero"
	case IntegerOverflow:
		return "integer overflow"
	case InvalidConversion:
		return "invalid conversion to integer"
	}
	return "unknown numeric trap"
}
