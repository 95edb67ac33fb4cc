package host

import (
	"encoding/binary"
	"io"
	"math"
	"time"
)

// Arguments and environment are NUL-terminated strings in one buffer, with
// an array of pointers to them.

func argsSizesGet(c *wasiCall) errno { return stringsSizes(c, c.w.cfg.Args) }
func argsGet(c *wasiCall) errno      { return stringsGet(c, c.w.cfg.Args) }
func environSizesGet(c *wasiCall) errno {
	return stringsSizes(c, c.w.cfg.Env)
}
func environGet(c *wasiCall) errno { return stringsGet(c, c.w.cfg.Env) }

func stringsSizes(c *wasiCall, list []string) errno {
	size := 0
	for _, s := range list {
		size += len(s) + 1
	}
	return result(c.putU32(c.u32(0), uint32(len(list))) && c.putU32(c.u32(1), uint32(size)))
}

func stringsGet(c *wasiCall, list []string) errno {
	ptrs, buf := c.u32(0), c.u32(1)
	for i, s := range list {
		if !c.putU32(ptrs+uint32(4*i), buf) || !c.write(buf, append([]byte(s), 0)) {
			return errFault
		}
		buf += uint32(len(s) + 1)
	}
	return errSuccess
}

// Clock ids.
const (
	clockRealtime  = 0
	clockMonotonic = 1
	clockProcess   = 2
	clockThread    = 3
)

func clockResGet(c *wasiCall) errno {
	if c.u32(0) > clockThread {
		return errInval
	}
	return result(c.putU64(c.u32(1), 1000))
}

func clockTimeGet(c *wasiCall) errno {
	t, ok := c.w.now(c.u32(0))
	if !ok {
		return errInval
	}
	return result(c.putU64(c.u32(2), t))
}

// now reads a clock in nanoseconds.
func (w *WASI) now(id uint32) (uint64, bool) {
	switch id {
	case clockRealtime:
		return uint64(time.Now().UnixNano()), true
	case clockMonotonic, clockProcess, clockThread:
		return uint64(time.Since(w.start).Nanoseconds()), true
	}
	return 0, false
}

// randomGet fills the buffer in pieces, after checking it lies in memory.
func randomGet(c *wasiCall) errno {
	ptr, n := c.u32(0), c.u32(1)
	if c.mem == nil || uint64(ptr)+uint64(n) > c.mem.Size() {
		return errFault
	}
	b := make([]byte, min(n, ioPiece))
	for n > 0 {
		k := min(n, ioPiece)
		if _, err := io.ReadFull(c.w.rand, b[:k]); err != nil {
			return errIO
		}
		if !c.write(ptr, b[:k]) {
			return errFault
		}
		ptr, n = ptr+k, n-k
	}
	return errSuccess
}

// Subscription and event layouts of poll_oneoff.
const (
	subscriptionSize = 48
	eventSize        = 32
	eventClock       = 0
	eventFdRead      = 1
	eventFdWrite     = 2
	subAbstime       = 1
)

// pollOneoff is minimal: file descriptors are always ready, and clock
// subscriptions sleep until the earliest one is due, which is how Go's
// runtime sleeps.
func pollOneoff(c *wasiCall) errno {
	in, out, n := c.u32(0), c.u32(1), c.u32(2)
	if n == 0 || n > 1<<16 {
		return errInval
	}
	subs, ok := c.read(in, n*subscriptionSize)
	if !ok {
		return errFault
	}
	var events []byte
	earliest := uint64(0)
	var clockSubs [][]byte
	for i := uint32(0); i < n; i++ {
		sub := subs[i*subscriptionSize : (i+1)*subscriptionSize]
		switch sub[8] {
		case eventClock:
			clockSubs = append(clockSubs, sub)
			if d := c.w.clockDelay(sub); len(clockSubs) == 1 || d < earliest {
				earliest = d
			}
		case eventFdRead, eventFdWrite:
			events = append(events, pollEvent(sub, errSuccess)...)
		}
	}
	if len(events) == 0 {
		if !c.w.sleep(earliest) {
			return errIntr // as poll(2) reports a signal; the caller is being stopped
		}
		for _, sub := range clockSubs {
			if c.w.clockDelay(sub) <= earliest {
				events = append(events, pollEvent(sub, errSuccess)...)
			}
		}
	}
	return result(c.write(out, events) && c.putU32(c.u32(3), uint32(len(events)/eventSize)))
}

// clockDelay returns how long a clock subscription waits, from now.
func (w *WASI) clockDelay(sub []byte) uint64 {
	timeout := binary.LittleEndian.Uint64(sub[24:])
	if binary.LittleEndian.Uint16(sub[40:])&subAbstime == 0 {
		return timeout
	}
	now, ok := w.now(binary.LittleEndian.Uint32(sub[16:]))
	if !ok || timeout <= now {
		return 0
	}
	return timeout - now
}

func pollEvent(sub []byte, e errno) []byte {
	ev := make([]byte, eventSize)
	copy(ev[0:8], sub[0:8]) // userdata
	binary.LittleEndian.PutUint16(ev[8:], uint16(e))
	ev[10] = sub[8]
	return ev
}

// sleep waits ns nanoseconds, or until the configuration's Interrupt
// fires (then it returns false).
func (w *WASI) sleep(ns uint64) bool {
	if ns == 0 {
		return true
	}
	t := time.NewTimer(time.Duration(min(ns, math.MaxInt64)))
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-w.cfg.Interrupt:
		return false
	}
}
