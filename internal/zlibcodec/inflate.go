package zlibcodec

import (
	"bytes"
	"encoding/binary"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"sync"
)

// ---- decompression ----

type zinMsg struct {
	data   []byte
	finish bool
}

// inflater runs a pull-style decoder on a goroutine; process hands it one
// chunk and waits until it wants more input or has finished. Before it
// blocks for input, everything decoded so far is moved to out.
type inflater struct {
	cfg     zconfig
	started bool
	ended   bool
	in      chan zinMsg
	need    chan struct{}
	done    chan struct{}
	out     [][]byte // decoded, not yet handed out
	outLen  int
	err     *zerr
	limit   int
	pause   int  // > 0: hand out the output once it reaches pause bytes
	paused  bool // the last process returned because of pause

	// goroutine side
	cur      []byte // unread input
	finished bool
	primed   bool
	win      []byte // output history (at least the last 32 KiB)
	flushed  int    // win[flushed:] is not in out yet
	sum      hash.Hash32
	total    int64
	tooBig   bool
}

var errZEOF = &zerr{"\x00eof", -5}

// more waits for the next chunk of input; false at the end of input.
func (z *inflater) more() (bool, *zerr) {
	if z.finished {
		return false, nil
	}
	if e := z.flushOut(); e != nil {
		return false, e
	}
	if z.primed {
		z.need <- struct{}{}
	}
	z.primed = true
	m, ok := <-z.in
	if !ok {
		return false, &zerr{"zlib binding closed", -2}
	}
	if len(z.cur) == 0 {
		z.cur = m.data
	} else {
		z.cur = append(z.cur[:len(z.cur):len(z.cur)], m.data...)
	}
	z.finished = m.finish
	return true, nil
}

func (z *inflater) readByte() (byte, *zerr) {
	for len(z.cur) == 0 {
		ok, e := z.more()
		if e != nil {
			return 0, e
		}
		if !ok {
			return 0, errZEOF
		}
	}
	c := z.cur[0]
	z.cur = z.cur[1:]
	return c, nil
}

// peek returns up to n unread bytes without consuming them (fewer only at
// the end of input).
func (z *inflater) peek(n int) ([]byte, *zerr) {
	for len(z.cur) < n {
		ok, e := z.more()
		if e != nil {
			return nil, e
		}
		if !ok {
			break
		}
	}
	if len(z.cur) < n {
		return z.cur, nil
	}
	return z.cur[:n], nil
}

func (z *inflater) readN(n int) ([]byte, *zerr) {
	b, e := z.peek(n)
	if e != nil {
		return nil, e
	}
	if len(b) < n {
		z.cur = z.cur[len(z.cur):]
		return nil, errZEOF
	}
	out := append([]byte(nil), b...)
	z.cur = z.cur[n:]
	return out, nil
}

func (z *inflater) process(in []byte, flush, limit, pause int) ([]byte, *zerr, bool, bool) {
	if z.ended {
		return nil, z.err, true, false
	}
	z.limit, z.pause = limit, pause
	if !z.started {
		z.started = true
		z.in = make(chan zinMsg)
		z.need = make(chan struct{}, 1)
		z.done = make(chan struct{})
		go func() {
			err := z.run()
			if err == nil {
				err = z.flushOut()
			}
			if err == errZEOF {
				err = errZBuf
			}
			z.err = err
			close(z.done)
		}()
	}
	z.in <- zinMsg{in, flush == zFinish}
	select {
	case <-z.need:
	case <-z.done:
		z.ended = true
	}
	out, paused := bytes.Join(z.out, nil), z.paused
	z.out, z.outLen, z.paused = nil, 0, false
	return out, z.err, z.ended, paused
}

func (z *inflater) params(int, int) *zerr { return nil }

func (z *inflater) close() {
	if z.started && !z.ended {
		z.ended = true
		close(z.in)
		<-z.done
	}
}

// flushOut moves decoded bytes to out and trims the history.
func (z *inflater) flushOut() *zerr {
	if z.flushed < len(z.win) {
		p := z.win[z.flushed:]
		if z.limit > 0 && z.outLen+len(p) > z.limit {
			z.out, z.outLen = nil, 0 // the output is refused whole: free it now
			return errZTooLarge
		}
		if z.sum != nil {
			z.sum.Write(p)
		}
		z.total += int64(len(p))
		// Pieces, not one growing slice: no copies left behind on the
		// way to a large output.
		z.out = append(z.out, append([]byte(nil), p...))
		z.outLen += len(p)
		z.flushed = len(z.win)
	}
	const keep = 32 << 10
	if len(z.win) > 4*keep {
		n := copy(z.win, z.win[len(z.win)-keep:])
		z.win = z.win[:n]
		z.flushed = n
	}
	return nil
}

func (z *inflater) run() *zerr {
	switch z.cfg.mode {
	case zInflateRaw:
		z.win = append(z.win[:0], z.cfg.dict...)
		z.flushed = len(z.win)
		return z.inflate()
	case zInflate:
		return z.zlibMember()
	}
	for {
		gz := true
		if z.cfg.mode == zUnzip {
			b, e := z.peek(2)
			if e != nil {
				return e
			}
			if len(b) < 2 {
				return errZEOF
			}
			gz = b[0] == 0x1f && b[1] == 0x8b
		}
		if !gz {
			return z.zlibMember()
		}
		if e := z.gzipMember(); e != nil {
			return e
		}
		// Another member may follow; a zero byte ends the data (padding).
		b, e := z.peek(1)
		if e != nil {
			return e
		}
		if len(b) == 0 || b[0] == 0 {
			return nil
		}
	}
}

func (z *inflater) zlibMember() *zerr {
	h, e := z.readN(2)
	if e != nil {
		return e
	}
	if (int(h[0])*256+int(h[1]))%31 != 0 {
		return &zerr{"incorrect header check", -3}
	}
	if h[0]&0x0f != 8 {
		return &zerr{"unknown compression method", -3}
	}
	wbits := int(h[0]>>4) + 8
	max := z.cfg.windowBits
	if max == 0 {
		max = 15
	}
	if wbits > 15 || wbits > max {
		return &zerr{"invalid window size", -3}
	}
	z.win, z.flushed = z.win[:0], 0
	if h[1]&0x20 != 0 {
		id, e := z.readN(4)
		if e != nil {
			return e
		}
		if z.cfg.dict == nil {
			return &zerr{"Missing dictionary", 2}
		}
		if binary.BigEndian.Uint32(id) != adler32.Checksum(z.cfg.dict) {
			return &zerr{"Bad dictionary", 2}
		}
		z.win = append(z.win, z.cfg.dict...)
		z.flushed = len(z.win)
	}
	z.sum = adler32.New()
	if e := z.inflate(); e != nil {
		return e
	}
	if e := z.flushOut(); e != nil {
		return e
	}
	t, e := z.readN(4)
	if e != nil {
		return e
	}
	if binary.BigEndian.Uint32(t) != z.sum.Sum32() {
		return &zerr{"incorrect data check", -3}
	}
	return nil
}

func (z *inflater) gzipMember() *zerr {
	hc := crc32.NewIEEE()
	read := func(n int) ([]byte, *zerr) {
		b, e := z.readN(n)
		if e == nil {
			hc.Write(b)
		}
		return b, e
	}
	// Checked in zlib's order, each as soon as its bytes are in.
	h, e := read(2)
	if e != nil {
		return e
	}
	if h[0] != 0x1f || h[1] != 0x8b {
		return &zerr{"incorrect header check", -3}
	}
	if h, e = read(2); e != nil {
		return e
	}
	if h[0] != 8 {
		return &zerr{"unknown compression method", -3}
	}
	flg := h[1]
	if flg&0xe0 != 0 {
		return &zerr{"unknown header flags set", -3}
	}
	if _, e := read(6); e != nil {
		return e
	}
	if flg&4 != 0 { // FEXTRA
		l, e := read(2)
		if e != nil {
			return e
		}
		if _, e := read(int(binary.LittleEndian.Uint16(l))); e != nil {
			return e
		}
	}
	for _, bit := range []byte{8, 16} { // FNAME, FCOMMENT
		if flg&bit != 0 {
			for {
				b, e := read(1)
				if e != nil {
					return e
				}
				if b[0] == 0 {
					break
				}
			}
		}
	}
	if flg&2 != 0 { // FHCRC
		want := uint16(hc.Sum32())
		c, e := read(2)
		if e != nil {
			return e
		}
		if binary.LittleEndian.Uint16(c) != want {
			return &zerr{"header crc mismatch", -3}
		}
	}
	z.win, z.flushed = z.win[:0], 0
	z.sum = crc32.NewIEEE()
	z.total = 0
	if e := z.inflate(); e != nil {
		return e
	}
	if e := z.flushOut(); e != nil {
		return e
	}
	t, e := z.readN(8)
	if e != nil {
		return e
	}
	if binary.LittleEndian.Uint32(t[:4]) != z.sum.Sum32() {
		return &zerr{"incorrect data check", -3}
	}
	if binary.LittleEndian.Uint32(t[4:]) != uint32(z.total) {
		return &zerr{"incorrect length check", -3}
	}
	return nil
}

// ---- the deflate decoder ----

// huff is a canonical Huffman code: counts per length, symbols in code
// order, and a lookup table for codes of up to huffFast bits.
type huff struct {
	count  [16]uint16
	symbol []uint16
	fast   [1 << huffFast]uint16 // symbol<<4 | length; 0: not in table
}

const huffFast = 9

// build makes a code from lengths; ok false when the set is over-subscribed
// or incomplete (an incomplete set is allowed when incomplete is true and
// there is a single code of length 1, as zlib allows).
func (h *huff) build(lengths []uint8, incompleteOK bool) bool {
	h.count = [16]uint16{}
	for _, l := range lengths {
		h.count[l]++
	}
	max := 0
	for l := 15; l > 0; l-- {
		if h.count[l] != 0 {
			max = l
			break
		}
	}
	left := 1
	for l := 1; l <= 15; l++ {
		left <<= 1
		left -= int(h.count[l])
		if left < 0 {
			return false
		}
	}
	var offs [16]uint16
	for l := 1; l < 15; l++ {
		offs[l+1] = offs[l] + h.count[l]
	}
	h.symbol = make([]uint16, len(lengths))
	for s, l := range lengths {
		if l != 0 {
			h.symbol[offs[l]] = uint16(s)
			offs[l]++
		}
	}
	h.fast = [1 << huffFast]uint16{}
	code, idx := 0, 0
	for l := 1; l <= huffFast; l++ {
		for i := 0; i < int(h.count[l]); i++ {
			rev := 0
			for b := 0; b < l; b++ {
				rev |= (code >> b & 1) << (l - 1 - b)
			}
			for r := rev; r < 1<<huffFast; r += 1 << l {
				h.fast[r] = h.symbol[idx]<<4 | uint16(l)
			}
			code++
			idx++
		}
		code <<= 1
	}
	if max == 0 {
		return true
	}
	if left > 0 && !(incompleteOK && max == 1) {
		return false
	}
	return true
}

type bitIn struct {
	z    *inflater
	bits uint64
	nb   uint
}

func (b *bitIn) need(n uint) *zerr {
	for b.nb < n {
		c, e := b.z.readByte()
		if e != nil {
			return e
		}
		b.bits |= uint64(c) << b.nb
		b.nb += 8
	}
	return nil
}

// fill takes in input that is already there, without waiting for more.
func (b *bitIn) fill() {
	z := b.z
	for b.nb <= 56 && len(z.cur) > 0 {
		b.bits |= uint64(z.cur[0]) << b.nb
		z.cur = z.cur[1:]
		b.nb += 8
	}
}

func (b *bitIn) get(n uint) (uint32, *zerr) {
	if e := b.need(n); e != nil {
		return 0, e
	}
	v := uint32(b.bits & (1<<n - 1))
	b.bits >>= n
	b.nb -= n
	return v, nil
}

// giveBack returns whole unused bytes to the input and drops the rest.
func (b *bitIn) giveBack() {
	b.bits >>= b.nb % 8
	b.nb -= b.nb % 8
	if b.nb == 0 {
		return
	}
	back := make([]byte, 0, b.nb/8+uint(len(b.z.cur)))
	for b.nb > 0 {
		back = append(back, byte(b.bits))
		b.bits >>= 8
		b.nb -= 8
	}
	b.z.cur = append(back, b.z.cur...)
}

func (b *bitIn) decode(h *huff) (int, bool, *zerr) {
	if b.nb < huffFast {
		b.fill()
	}
	if b.nb >= huffFast {
		if e := h.fast[b.bits&(1<<huffFast-1)]; e != 0 {
			l := uint(e & 15)
			b.bits >>= l
			b.nb -= l
			return int(e >> 4), true, nil
		}
	}
	code, first, index := 0, 0, 0
	for l := 1; l <= 15; l++ {
		bit, e := b.get(1)
		if e != nil {
			return 0, false, e
		}
		code |= int(bit)
		count := int(h.count[l])
		if code-count < first {
			return int(h.symbol[index+code-first]), true, nil
		}
		index += count
		first += count
		first <<= 1
		code <<= 1
	}
	return 0, false, nil
}

var (
	lenBase   = [...]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lenExtra  = [...]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase  = [...]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra = [...]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
	clOrder   = [...]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

	fixedLit, fixedDist huff
	fixedOnce           sync.Once
)

func fixedCodes() (*huff, *huff) {
	fixedOnce.Do(func() {
		var l [288]uint8
		for i := range l {
			switch {
			case i < 144:
				l[i] = 8
			case i < 256:
				l[i] = 9
			case i < 280:
				l[i] = 7
			default:
				l[i] = 8
			}
		}
		fixedLit.build(l[:], false)
		var d [32]uint8
		for i := range d {
			d[i] = 5
		}
		fixedDist.build(d[:], false)
	})
	return &fixedLit, &fixedDist
}

// put appends decoded bytes to the history.
func (z *inflater) put(p []byte) *zerr {
	z.win = append(z.win, p...)
	return z.afterPut(len(p))
}

func (z *inflater) afterPut(n int) *zerr {
	if len(z.win)-z.flushed >= 64<<10 {
		if e := z.flushOut(); e != nil {
			return e
		}
		if z.pause > 0 && z.outLen >= z.pause {
			return z.yield()
		}
	}
	return nil
}

// yield hands the output decoded so far to the caller before the input
// is used up, and waits to be called again (with more input or none).
func (z *inflater) yield() *zerr {
	z.paused = true
	z.need <- struct{}{}
	m, ok := <-z.in
	if !ok {
		return &zerr{"zlib binding closed", -2}
	}
	if len(m.data) > 0 {
		z.cur = append(z.cur[:len(z.cur):len(z.cur)], m.data...)
	}
	z.finished = z.finished || m.finish
	return nil
}

// inflate decodes one deflate stream, leaving the input just after it.
func (z *inflater) inflate() *zerr {
	b := &bitIn{z: z}
	for {
		final, e := b.get(1)
		if e != nil {
			return e
		}
		typ, e := b.get(2)
		if e != nil {
			return e
		}
		switch typ {
		case 0:
			b.bits >>= b.nb % 8
			b.nb -= b.nb % 8
			v, e := b.get(32)
			if e != nil {
				return e
			}
			if uint16(v) != ^uint16(v>>16) {
				return &zerr{"invalid stored block lengths", -3}
			}
			n := int(uint16(v))
			for n > 0 && b.nb > 0 {
				c, _ := b.get(8)
				z.win = append(z.win, byte(c))
				n--
				if e := z.afterPut(1); e != nil {
					return e
				}
			}
			for n > 0 {
				if len(z.cur) == 0 {
					ok, e := z.more()
					if e != nil {
						return e
					}
					if !ok {
						return errZEOF
					}
					continue
				}
				k := min(n, len(z.cur))
				if e := z.put(z.cur[:k]); e != nil {
					return e
				}
				z.cur = z.cur[k:]
				n -= k
			}
		case 1:
			lit, dist := fixedCodes()
			if e := z.codes(b, lit, dist); e != nil {
				return e
			}
		case 2:
			lit, dist, e := z.dynamic(b)
			if e != nil {
				return e
			}
			if e := z.codes(b, lit, dist); e != nil {
				return e
			}
		default:
			return &zerr{"invalid block type", -3}
		}
		if final == 1 {
			b.giveBack()
			return nil
		}
	}
}

func (z *inflater) dynamic(b *bitIn) (*huff, *huff, *zerr) {
	v, e := b.get(14)
	if e != nil {
		return nil, nil, e
	}
	nlen := int(v&31) + 257
	ndist := int(v>>5&31) + 1
	ncode := int(v>>10) + 4
	if nlen > 286 || ndist > 30 {
		return nil, nil, &zerr{"too many length or distance symbols", -3}
	}
	var cl [19]uint8
	for i := 0; i < ncode; i++ {
		x, e := b.get(3)
		if e != nil {
			return nil, nil, e
		}
		cl[clOrder[i]] = uint8(x)
	}
	var clh huff
	if !clh.build(cl[:], false) {
		return nil, nil, &zerr{"invalid code lengths set", -3}
	}
	lengths := make([]uint8, nlen+ndist)
	for i := 0; i < nlen+ndist; {
		sym, ok, e := b.decode(&clh)
		if e != nil {
			return nil, nil, e
		}
		if !ok {
			return nil, nil, &zerr{"invalid code lengths set", -3}
		}
		if sym < 16 {
			lengths[i] = uint8(sym)
			i++
			continue
		}
		var rep uint32
		var val uint8
		switch sym {
		case 16:
			if i == 0 {
				return nil, nil, &zerr{"invalid bit length repeat", -3}
			}
			val = lengths[i-1]
			x, e := b.get(2)
			if e != nil {
				return nil, nil, e
			}
			rep = 3 + x
		case 17:
			x, e := b.get(3)
			if e != nil {
				return nil, nil, e
			}
			rep = 3 + x
		default:
			x, e := b.get(7)
			if e != nil {
				return nil, nil, e
			}
			rep = 11 + x
		}
		if i+int(rep) > nlen+ndist {
			return nil, nil, &zerr{"invalid bit length repeat", -3}
		}
		for ; rep > 0; rep-- {
			lengths[i] = val
			i++
		}
	}
	if lengths[256] == 0 {
		return nil, nil, &zerr{"invalid code -- missing end-of-block", -3}
	}
	lit, dist := &huff{}, &huff{}
	if !lit.build(lengths[:nlen], true) {
		return nil, nil, &zerr{"invalid literal/lengths set", -3}
	}
	if !dist.build(lengths[nlen:], true) {
		return nil, nil, &zerr{"invalid distances set", -3}
	}
	return lit, dist, nil
}

func (z *inflater) codes(b *bitIn, lit, dist *huff) *zerr {
	for {
		sym, ok, e := b.decode(lit)
		if e != nil {
			return e
		}
		if !ok || sym > 285 {
			return &zerr{"invalid literal/length code", -3}
		}
		if sym < 256 {
			z.win = append(z.win, byte(sym))
			if e := z.afterPut(1); e != nil {
				return e
			}
			continue
		}
		if sym == 256 {
			return nil
		}
		sym -= 257
		x, e := b.get(uint(lenExtra[sym]))
		if e != nil {
			return e
		}
		n := int(lenBase[sym]) + int(x)
		ds, ok, e := b.decode(dist)
		if e != nil {
			return e
		}
		if !ok || ds > 29 {
			return &zerr{"invalid distance code", -3}
		}
		x, e = b.get(uint(distExtra[ds]))
		if e != nil {
			return e
		}
		d := int(distBase[ds]) + int(x)
		if d > len(z.win) {
			return &zerr{"invalid distance too far back", -3}
		}
		from := len(z.win) - d
		for i := 0; i < n; i++ {
			z.win = append(z.win, z.win[from+i])
		}
		if e := z.afterPut(n); e != nil {
			return e
		}
	}
}
