package dap

import godap "github.com/google/go-dap"

// Exception filters: a trap or an exception that escapes the invoked call
// stops the program where it happened when its filter is on; off, the
// program ends as `wasmstep run` would.
const (
	filterTrap     = "trap"
	filterUncaught = "uncaught"
)

type exceptionFilters struct{ trap, uncaught bool }

func defaultFilters() exceptionFilters { return exceptionFilters{trap: true, uncaught: true} }

// capabilities says what the Session can do, and nothing more: no
// conditions (breakpoints count hits but evaluate nothing), no writes to
// memory or variables, no log points.
func capabilities() godap.Capabilities {
	return godap.Capabilities{
		SupportsConfigurationDoneRequest:  true,
		SupportsFunctionBreakpoints:       true,
		SupportsHitConditionalBreakpoints: true,
		SupportsEvaluateForHovers:         true,
		ExceptionBreakpointFilters: []godap.ExceptionBreakpointsFilter{
			{Filter: filterTrap, Label: "Traps", Description: "Stop at an instruction that traps", Default: true},
			{Filter: filterUncaught, Label: "Uncaught exceptions", Description: "Stop where an exception escapes the invoked call", Default: true},
		},
		SupportsStepBack:               true,
		SupportsSteppingGranularity:    true,
		SupportsRestartRequest:         true,
		SupportsLoadedSourcesRequest:   true,
		SupportsTerminateRequest:       true,
		SupportsDataBreakpoints:        true,
		SupportsReadMemoryRequest:      true,
		SupportsDisassembleRequest:     true,
		SupportsInstructionBreakpoints: true,
	}
}
