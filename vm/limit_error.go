package vm

import (
	"errors"
	"fmt"

	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// declLimitError reports a declaration whose minimum passes one of the
// store's limits: an instantiation error (not a trap: no code ran) at the
// declaration, so the command line prints FILE:LINE:COL or FILE:0xOFFSET
// and exits 2.
func (inst *Instance) declLimitError(pos wasm.Pos, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if f := inst.Module.File; f != nil {
		return &source.Error{Pos: f.Position(pos), Msg: msg}
	}
	return errors.New(msg)
}

// FormatBytes renders a byte count the way limits are written: in the
// largest unit (KiB to TiB) it reaches, whole or with one decimal.
func FormatBytes(n uint64) string {
	for _, u := range []struct {
		shift uint
		name  string
	}{{40, "TiB"}, {30, "GiB"}, {20, "MiB"}, {10, "KiB"}} {
		switch {
		case n < 1<<u.shift:
			continue
		case n&(1<<u.shift-1) == 0:
			return fmt.Sprintf("%d %s", n>>u.shift, u.name)
		}
		return fmt.Sprintf("%.1f %s", float64(n)/float64(uint64(1)<<u.shift), u.name)
	}
	return fmt.Sprintf("%d bytes", n)
}

// memoryCap is the most bytes a memory of type t may have in a store whose
// per-memory limit is maxBytes (0: none): the smaller of that and the
// address space.
func memoryCap(t wasm.MemType, maxBytes uint64) uint64 {
	if limit := memAddressLimit(t); maxBytes == 0 || maxBytes > limit {
		return limit
	}
	return maxBytes
}
