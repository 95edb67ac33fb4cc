//go:build !linux

package vm

// Elsewhere reservations are not mapped: mapReserve refuses, and a flat
// memory's bytes are a Go slice (memory_reserve.go).

func mapReserve(n uint64) []byte { return nil }
func mapCommit(b []byte) bool    { return false }
func mapDecommit(b []byte)       {}
func mapRelease(b []byte)        {}
