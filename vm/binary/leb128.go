package binary

// LEB128 as the specification restricts it: an N-bit integer takes at most
// ceil(N/7) bytes, and the unused bits of the last byte must be zero
// (unsigned) or copies of the sign bit (signed).

const (
	errTooLong  = "integer representation too long"
	errTooLarge = "integer too large"
)

// Most integers of a body take one byte: uleb and sleb read those inline
// (every width read is at least 8 bits, so one byte is never too large).
// An error leaves the reader at the end, so they need not check r.err.

// uleb reads an unsigned integer of the given bit width.
func (r *reader) uleb(bits int) uint64 {
	if p := r.pos; p < len(r.buf) && r.buf[p] < 0x80 {
		r.pos = p + 1
		return uint64(r.buf[p])
	}
	return r.ulebLong(bits)
}

func (r *reader) ulebLong(bits int) uint64 {
	start := r.pos
	last := (bits+6)/7 - 1
	var v uint64
	for i := 0; ; i++ {
		if r.pos >= len(r.buf) {
			r.pastEnd()
			return 0
		}
		b := r.buf[r.pos]
		r.pos++
		if i == last {
			if b&0x80 != 0 {
				r.failAt(start, errTooLong)
				return 0
			}
			if b>>(bits-7*i) != 0 {
				r.failAt(start, errTooLarge)
				return 0
			}
		}
		v |= uint64(b&0x7f) << (7 * i)
		if b&0x80 == 0 {
			return v
		}
	}
}

// sleb reads a signed integer of the given bit width.
func (r *reader) sleb(bits int) int64 {
	if p := r.pos; p < len(r.buf) && r.buf[p] < 0x80 {
		r.pos = p + 1
		return int64(r.buf[p]<<1) << 56 >> 57 // bit 6 is the sign
	}
	return r.slebLong(bits)
}

func (r *reader) slebLong(bits int) int64 {
	start := r.pos
	last := (bits+6)/7 - 1
	var v int64
	for i := 0; ; i++ {
		if r.pos >= len(r.buf) {
			r.pastEnd()
			return 0
		}
		b := r.buf[r.pos]
		r.pos++
		if i == last {
			if b&0x80 != 0 {
				r.failAt(start, errTooLong)
				return 0
			}
			signAndUnused := b >> (bits - 7*i - 1)
			if signAndUnused != 0 && signAndUnused != 0x7f>>(bits-7*i-1) {
				r.failAt(start, errTooLarge)
				return 0
			}
		}
		v |= int64(b&0x7f) << (7 * i)
		if b&0x80 == 0 {
			if shift := 7 * (i + 1); shift < 64 && b&0x40 != 0 {
				v |= -1 << shift
			}
			return v
		}
	}
}

func (r *reader) u32() uint32 { return uint32(r.uleb(32)) }
func (r *reader) u64() uint64 { return r.uleb(64) }
func (r *reader) s32() int32  { return int32(r.sleb(32)) }
func (r *reader) s33() int64  { return r.sleb(33) }
func (r *reader) s64() int64  { return r.sleb(64) }

// appendULEB appends v in the shortest unsigned LEB128 form.
func appendULEB(b []byte, v uint64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// appendSLEB appends v in the shortest signed LEB128 form.
func appendSLEB(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
