package vm

// The numeric and memory-access handlers and their tables are generated
// from the opcode table; CI checks the generated files are up to date.
//go:generate go run ./internal/gen
