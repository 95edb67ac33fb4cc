package dap

import (
	"encoding/base64"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	godap "github.com/google/go-dap"

	"wasmstep/debugger"
)

// maxRead bounds one readMemory or evaluate of bytes.
const maxRead = 1 << 20

// memoryRef names memory i of Snapshot.Memories, "mem:I", or an address in
// it, "mem:I@0xADDR"; readMemory's offset counts from there.
func memoryRef(i int) string { return fmt.Sprintf("mem:%d", i) }

func memoryAddrRef(i int, addr uint64) string { return fmt.Sprintf("mem:%d@0x%x", i, addr) }

// memoryOf reads a memory reference: the memory and the base address.
func (srv *Server) memoryOf(ref string) (debugger.Memory, uint64, error) {
	mems := srv.s.Snapshot().Memories
	idx, at, hasAt := strings.Cut(strings.TrimPrefix(ref, "mem:"), "@")
	i, err := strconv.Atoi(idx)
	var base uint64
	if err == nil && hasAt {
		base, err = strconv.ParseUint(at, 0, 64)
	}
	if !strings.HasPrefix(ref, "mem:") || err != nil || i < 0 || i >= len(mems) {
		return debugger.Memory{}, 0, fmt.Errorf("no memory %q (memories are mem:0 to mem:%d)", ref, len(mems)-1)
	}
	return mems[i], base, nil
}

func (srv *Server) onReadMemory(req *godap.ReadMemoryRequest) {
	m, base, err := srv.memoryOf(req.Arguments.MemoryReference)
	addr := int64(base) + int64(req.Arguments.Offset)
	if err == nil && (addr < 0 || req.Arguments.Count < 0 || req.Arguments.Count > maxRead) {
		err = fmt.Errorf("read %d bytes at %d: want a count from 0 to %d at a non-negative address", req.Arguments.Count, addr, maxRead)
	}
	if err != nil {
		srv.fail(req, err)
		return
	}
	buf := make([]byte, req.Arguments.Count)
	got := srv.s.ReadMemory(m.Module, m.Index, uint64(addr), buf)
	srv.send(&godap.ReadMemoryResponse{Response: srv.response(req), Body: godap.ReadMemoryResponseBody{
		Address:         formatAddr(uint64(addr)),
		Data:            base64.StdEncoding.EncodeToString(buf[:got]),
		UnreadableBytes: len(buf) - got,
	}})
}

// memExpr is `mem[IDX][ADDR]`, optionally `as i32|i64|f32|f64|bytes [N]`.
var memExpr = regexp.MustCompile(`^mem\[\s*(\d+)\s*\]\[\s*(0[xX][0-9a-fA-F]+|\d+)\s*\](?:\s+as\s+(i32|i64|f32|f64|bytes)(?:\s+(\d+))?)?$`)

var errMemSyntax = errors.New("write mem[IDX][ADDR], optionally followed by as i32|i64|f32|f64|bytes [N]")

// memRead is a parsed memory expression.
type memRead struct {
	mem  int
	addr uint64
	as   string
	n    int // bytes read
}

func parseMemExpr(e string) (memRead, bool, error) {
	sub := memExpr.FindStringSubmatch(strings.TrimSpace(e))
	if sub == nil {
		if strings.HasPrefix(strings.TrimSpace(e), "mem[") {
			return memRead{}, true, errMemSyntax
		}
		return memRead{}, false, nil
	}
	r := memRead{as: "i32", n: 4}
	var err error
	if r.mem, err = strconv.Atoi(sub[1]); err != nil {
		return r, true, fmt.Errorf("bad memory index %q", sub[1])
	}
	if r.addr, err = strconv.ParseUint(sub[2], 0, 64); err != nil {
		return r, true, fmt.Errorf("bad address %q", sub[2])
	}
	if sub[3] != "" {
		r.as = sub[3]
	}
	switch r.as {
	case "i64", "f64":
		r.n = 8
	case "bytes":
		r.n = 16
		if sub[4] != "" {
			if r.n, err = strconv.Atoi(sub[4]); err != nil || r.n < 1 || r.n > 4096 {
				return r, true, fmt.Errorf("bytes %s: want 1 to 4096", sub[4])
			}
		}
	}
	if sub[4] != "" && r.as != "bytes" {
		return r, true, fmt.Errorf("only bytes takes a count")
	}
	return r, true, nil
}
