package host

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"io"
	"sync"

	"github.com/wqnode/wqnode/wasm"
)

// The 'zlib' binding: deflate/inflate engines over Go's compress/flate,
// with the zlib and gzip wrappers done here so that headers, checksums and
// error messages follow zlib's. Each engine lives in a per-isolate handle
// table and processes input chunk by chunk (constant memory for streams).
//
// Contract (modules/zlib.js):
//   create(mode, level, strategy, windowBits, dictionary?) -> id
//     mode: 1 DEFLATE 2 INFLATE 3 GZIP 4 GUNZIP 5 DEFLATERAW 6 INFLATERAW
//     7 UNZIP. windowBits 0 means "from the header" (inflate).
//   process(id, flush, chunk?, limit, cb?) -> result, or undefined and
//     cb(result) later when cb is a function (work runs on a goroutine).
//     result = [output ArrayBuffer, error message or null, errno, ended].
//     limit > 0 stops with message "\x00too large" once output exceeds it.
//   params(id, level, strategy), reset(id), close(id)
//   crc32(bytes, value) -> uint32

const (
	zDeflate    = 1
	zInflate    = 2
	zGzip       = 3
	zGunzip     = 4
	zDeflateRaw = 5
	zInflateRaw = 6
	zUnzip      = 7

	zFinish = 4
)

type zerr struct {
	msg   string
	errno int
}

var (
	errZBuf      = &zerr{"unexpected end of file", -5}
	errZTooLarge = &zerr{"\x00too large", -5}
	errZClosed   = errors.New("zlib: closed")
)

type zengine interface {
	process(in []byte, flush int, limit int) (out []byte, err *zerr, ended bool)
	params(level, strategy int) *zerr
	close()
}

type zhandle struct {
	mu  sync.Mutex
	eng zengine
	cfg zconfig
}

type zconfig struct {
	mode, level, strategy, windowBits int
	dict                              []byte
}

func newZEngine(c zconfig) zengine {
	switch c.mode {
	case zDeflate, zGzip, zDeflateRaw:
		return newDeflater(c)
	}
	return &inflater{cfg: c}
}

func init() {
	bindings["zlib"] = func(iso *Isolate, obj wasm.Value) {
		handles := map[int]*zhandle{}
		next := 0
		get := func(v wasm.Value) *zhandle { return handles[int(v.Number())] }
		iso.fn(obj, "create", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			c := zconfig{
				mode:       int(arg(args, 0).Number()),
				level:      int(arg(args, 1).Number()),
				strategy:   int(arg(args, 2).Number()),
				windowBits: int(arg(args, 3).Number()),
			}
			if b, ok := vm.ViewBytes(arg(args, 4)); ok {
				c.dict = append([]byte{}, b...)
			}
			next++
			handles[next] = &zhandle{eng: newZEngine(c), cfg: c}
			return wasm.MakeInt(int32(next))
		})
		result := func(vm *wasm.VM, out []byte, err *zerr, ended bool) wasm.Value {
			arr := vm.NewArray()
			vm.SetIndex(arr, 0, vm.NewArrayBuffer(out))
			if err != nil {
				vm.SetIndex(arr, 1, vm.NewString(err.msg))
				vm.SetIndex(arr, 2, wasm.MakeInt(int32(err.errno)))
			} else {
				vm.SetIndex(arr, 1, wasm.Null)
				vm.SetIndex(arr, 2, wasm.MakeInt(0))
			}
			vm.SetIndex(arr, 3, wasm.MakeBool(ended))
			return arr
		}
		iso.fn(obj, "process", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			h := get(arg(args, 0))
			if h == nil {
				return vm.ThrowError("Error", "zlib binding closed")
			}
			flush := int(arg(args, 1).Number())
			var in []byte
			if b, ok := vm.ViewBytes(arg(args, 2)); ok {
				in = append([]byte(nil), b...)
			}
			limit := int(arg(args, 3).Number())
			cb := arg(args, 4)
			if !cb.IsObject() {
				h.mu.Lock()
				out, err, ended := h.eng.process(in, flush, limit)
				h.mu.Unlock()
				return result(vm, out, err, ended)
			}
			cb = vm.Dup(cb)
			iso.loop.Ref()
			go func() {
				h.mu.Lock()
				out, err, ended := h.eng.process(in, flush, limit)
				h.mu.Unlock()
				iso.loop.Post(func() {
					iso.loop.Unref()
					iso.callback(cb, result(vm, out, err, ended))
					vm.Free(cb)
				})
			}()
			return wasm.Undefined
		})
		iso.fn(obj, "params", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			h := get(arg(args, 0))
			if h == nil {
				return wasm.Undefined
			}
			h.mu.Lock()
			err := h.eng.params(int(arg(args, 1).Number()), int(arg(args, 2).Number()))
			h.cfg.level, h.cfg.strategy = int(arg(args, 1).Number()), int(arg(args, 2).Number())
			h.mu.Unlock()
			if err != nil {
				return vm.NewString(err.msg)
			}
			return wasm.Undefined
		})
		iso.fn(obj, "reset", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			h := get(arg(args, 0))
			if h == nil {
				return wasm.Undefined
			}
			h.mu.Lock()
			h.eng.close()
			h.eng = newZEngine(h.cfg)
			h.mu.Unlock()
			return wasm.Undefined
		})
		iso.fn(obj, "close", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			id := int(arg(args, 0).Number())
			h := handles[id]
			if h == nil {
				return wasm.Undefined
			}
			delete(handles, id)
			if h.mu.TryLock() {
				h.eng.close()
				h.mu.Unlock()
			} else {
				go func() {
					h.mu.Lock()
					h.eng.close()
					h.mu.Unlock()
				}()
			}
			return wasm.Undefined
		})
		iso.fn(obj, "crc32", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			b, _ := vm.ViewBytes(arg(args, 0))
			v := uint32(int64(arg(args, 1).Number()))
			return wasm.MakeFloat(float64(crc32.Update(v, crc32.IEEETable, b)))
		})
	}
}

// ---- compression ----

type deflater struct {
	cfg     zconfig
	buf     bytes.Buffer
	fw      *flate.Writer
	started bool
	ended   bool
	sum     hash.Hash32
	size    uint32
	window  []byte // the last 32 KiB of input, to carry over on params()
	level   int
	strat   int
}

func newDeflater(c zconfig) *deflater {
	d := &deflater{cfg: c, level: c.level, strat: c.strategy}
	switch c.mode {
	case zDeflate:
		d.sum = adler32.New()
	case zGzip:
		d.sum = crc32.NewIEEE()
	}
	return d
}

func goLevel(level, strategy int) int {
	if strategy == 2 { // Z_HUFFMAN_ONLY
		return flate.HuffmanOnly
	}
	if level < 0 || level > 9 {
		return flate.DefaultCompression
	}
	return level
}

func (d *deflater) newWriter(dict []byte) {
	var err error
	if dict != nil {
		d.fw, err = flate.NewWriterDict(&d.buf, goLevel(d.level, d.strat), dict)
	} else {
		d.fw, err = flate.NewWriter(&d.buf, goLevel(d.level, d.strat))
	}
	if err != nil {
		d.fw, _ = flate.NewWriter(&d.buf, flate.DefaultCompression)
	}
}

func (d *deflater) start() {
	d.started = true
	lvl := d.level
	if lvl < 0 {
		lvl = 6
	}
	switch d.cfg.mode {
	case zDeflate:
		cmf := byte(0x78)
		var fl byte
		switch {
		case d.strat >= 2 || lvl < 2:
			fl = 0
		case lvl < 6:
			fl = 1
		case lvl == 6:
			fl = 2
		default:
			fl = 3
		}
		flg := fl << 6
		if d.cfg.dict != nil {
			flg |= 0x20
		}
		flg += byte(31 - (int(cmf)*256+int(flg))%31)
		d.buf.Write([]byte{cmf, flg})
		if d.cfg.dict != nil {
			binary.Write(&d.buf, binary.BigEndian, adler32.Checksum(d.cfg.dict))
		}
		d.newWriter(d.cfg.dict)
	case zGzip:
		xfl := byte(0)
		if lvl == 9 {
			xfl = 2
		} else if d.strat >= 2 || lvl < 2 {
			xfl = 4
		}
		d.buf.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
		d.newWriter(nil)
	default:
		d.newWriter(d.cfg.dict)
	}
}

func (d *deflater) process(in []byte, flush int, _ int) ([]byte, *zerr, bool) {
	if d.ended {
		return nil, nil, true
	}
	if !d.started {
		d.start()
	}
	if len(in) > 0 {
		d.fw.Write(in)
		if d.sum != nil {
			d.sum.Write(in)
		}
		d.size += uint32(len(in))
		d.remember(in)
	}
	switch flush {
	case 0:
	case zFinish:
		d.fw.Close()
		switch d.cfg.mode {
		case zDeflate:
			binary.Write(&d.buf, binary.BigEndian, d.sum.Sum32())
		case zGzip:
			binary.Write(&d.buf, binary.LittleEndian, d.sum.Sum32())
			binary.Write(&d.buf, binary.LittleEndian, d.size)
		}
		d.ended = true
	default:
		d.fw.Flush()
	}
	out := append([]byte(nil), d.buf.Bytes()...)
	d.buf.Reset()
	return out, nil, d.ended
}

func (d *deflater) remember(in []byte) {
	const w = 32 << 10
	if len(in) >= w {
		d.window = append(d.window[:0], in[len(in)-w:]...)
		return
	}
	d.window = append(d.window, in...)
	if len(d.window) > 2*w {
		d.window = append(d.window[:0], d.window[len(d.window)-w:]...)
	}
}

// params flushes what is pending and continues with a new level and
// strategy (the output stays one valid stream; the window carries over).
func (d *deflater) params(level, strategy int) *zerr {
	if level == d.level && strategy == d.strat {
		return nil
	}
	d.level, d.strat = level, strategy
	if !d.started || d.ended {
		return nil
	}
	d.fw.Flush()
	win := d.window
	if len(win) > 32<<10 {
		win = win[len(win)-32<<10:]
	}
	d.newWriter(append([]byte{}, win...))
	return nil
}

func (d *deflater) close() {}

// ---- decompression ----

type zinMsg struct {
	data   []byte
	finish bool
}

// inflater runs Go's decompressor on a goroutine that pulls input through
// a feeder; process hands it one chunk and waits until it wants more input
// or has finished.
type inflater struct {
	cfg     zconfig
	started bool
	ended   bool
	in      chan zinMsg
	need    chan struct{}
	done    chan struct{}
	out     []byte
	err     *zerr
	limit   int

	// goroutine side
	cur      []byte
	finished bool
	primed   bool
}

func (z *inflater) Read(p []byte) (int, error) {
	for len(z.cur) == 0 {
		if z.finished {
			return 0, io.EOF
		}
		if z.primed {
			z.need <- struct{}{}
		}
		z.primed = true
		m, ok := <-z.in
		if !ok {
			return 0, errZClosed
		}
		z.cur, z.finished = m.data, m.finish
	}
	n := copy(p, z.cur)
	z.cur = z.cur[n:]
	return n, nil
}

func (z *inflater) process(in []byte, flush int, limit int) ([]byte, *zerr, bool) {
	if z.ended {
		return nil, z.err, true
	}
	z.limit = limit
	if !z.started {
		z.started = true
		z.in = make(chan zinMsg)
		z.need = make(chan struct{}, 1)
		z.done = make(chan struct{})
		go func() {
			z.err = z.run(bufio.NewReaderSize(z, 16<<10))
			close(z.done)
		}()
	}
	z.in <- zinMsg{in, flush == zFinish}
	select {
	case <-z.need:
	case <-z.done:
		z.ended = true
	}
	out := z.out
	z.out = nil
	return out, z.err, z.ended
}

func (z *inflater) params(int, int) *zerr { return nil }

func (z *inflater) close() {
	if z.started && !z.ended {
		z.ended = true
		close(z.in)
		<-z.done
	}
}

func (z *inflater) emit(p []byte) *zerr {
	z.out = append(z.out, p...)
	if z.limit > 0 && len(z.out) > z.limit {
		return errZTooLarge
	}
	return nil
}

func (z *inflater) run(br *bufio.Reader) *zerr {
	switch z.cfg.mode {
	case zInflateRaw:
		return z.inflate(br, z.cfg.dict, nil)
	case zInflate:
		return z.zlibMember(br)
	}
	for {
		gz := true
		if z.cfg.mode == zUnzip {
			b, err := br.Peek(2)
			if err != nil {
				return zReadErr(err)
			}
			gz = b[0] == 0x1f && b[1] == 0x8b
		}
		if !gz {
			return z.zlibMember(br)
		}
		if err := z.gzipMember(br); err != nil {
			return err
		}
		// Another member may follow; a zero byte ends the data (padding).
		b, err := br.Peek(1)
		if err != nil || b[0] == 0 {
			if err == errZClosed {
				return zReadErr(err)
			}
			return nil
		}
	}
}

func zReadErr(err error) *zerr {
	if err == errZClosed {
		return &zerr{"zlib binding closed", -2}
	}
	return errZBuf
}

func (z *inflater) zlibMember(br *bufio.Reader) *zerr {
	var h [2]byte
	if _, err := io.ReadFull(br, h[:]); err != nil {
		return zReadErr(err)
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
	var dict []byte
	if h[1]&0x20 != 0 {
		var id [4]byte
		if _, err := io.ReadFull(br, id[:]); err != nil {
			return zReadErr(err)
		}
		if z.cfg.dict == nil {
			return &zerr{"Missing dictionary", 2}
		}
		if binary.BigEndian.Uint32(id[:]) != adler32.Checksum(z.cfg.dict) {
			return &zerr{"Bad dictionary", -3}
		}
		dict = z.cfg.dict
	}
	sum := adler32.New()
	if err := z.inflate(br, dict, sum); err != nil {
		return err
	}
	var t [4]byte
	if _, err := io.ReadFull(br, t[:]); err != nil {
		return zReadErr(err)
	}
	if binary.BigEndian.Uint32(t[:]) != sum.Sum32() {
		return &zerr{"incorrect data check", -3}
	}
	return nil
}

func (z *inflater) gzipMember(br *bufio.Reader) *zerr {
	hc := crc32.NewIEEE()
	read := func(n int) ([]byte, *zerr) {
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, zReadErr(err)
		}
		hc.Write(b)
		return b, nil
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
	sum := crc32.NewIEEE()
	n, err := z.inflateCount(br, sum)
	if err != nil {
		return err
	}
	var t [8]byte
	if _, err := io.ReadFull(br, t[:]); err != nil {
		return zReadErr(err)
	}
	if binary.LittleEndian.Uint32(t[:4]) != sum.Sum32() {
		return &zerr{"incorrect data check", -3}
	}
	if binary.LittleEndian.Uint32(t[4:]) != uint32(n) {
		return &zerr{"incorrect length check", -3}
	}
	return nil
}

func (z *inflater) inflate(br *bufio.Reader, dict []byte, sum hash.Hash32) *zerr {
	_, err := z.inflateDict(br, dict, sum)
	return err
}

func (z *inflater) inflateCount(br *bufio.Reader, sum hash.Hash32) (int64, *zerr) {
	return z.inflateDict(br, nil, sum)
}

// recReader passes bytes through and keeps the first few of a deflate
// stream, to name the error zlib would report for a corrupt block header.
type recReader struct {
	br   *bufio.Reader
	head []byte
}

func (r *recReader) ReadByte() (byte, error) {
	c, err := r.br.ReadByte()
	if err == nil && len(r.head) < 64 {
		r.head = append(r.head, c)
	}
	return c, err
}

func (r *recReader) Read(p []byte) (int, error) {
	n, err := r.br.Read(p)
	if room := 64 - len(r.head); room > 0 {
		if room > n {
			room = n
		}
		r.head = append(r.head, p[:room]...)
	}
	return n, err
}

func (z *inflater) inflateDict(br *bufio.Reader, dict []byte, sum hash.Hash32) (int64, *zerr) {
	rr := &recReader{br: br}
	fr := flate.NewReaderDict(rr, dict)
	buf := make([]byte, 32<<10)
	var total int64
	for {
		n, err := fr.Read(buf)
		if n > 0 {
			total += int64(n)
			if sum != nil {
				sum.Write(buf[:n])
			}
			if e := z.emit(buf[:n]); e != nil {
				return total, e
			}
		}
		if err == io.EOF {
			return total, nil
		}
		if err != nil {
			var ce flate.CorruptInputError
			if errors.As(err, &ce) {
				return total, &zerr{diagnoseDeflate(rr.head, int64(ce)), -3}
			}
			var re *flate.ReadError
			if errors.As(err, &re) && re.Err == errZClosed {
				return total, zReadErr(errZClosed)
			}
			if err == errZClosed {
				return total, zReadErr(err)
			}
			return total, errZBuf
		}
	}
}

// diagnoseDeflate names a corrupt deflate stream's error as zlib does,
// from the first block's header when that is where the fault lies.
func diagnoseDeflate(head []byte, off int64) string {
	var bits uint64
	nb := uint(0)
	pos := 0
	need := func(n uint) bool {
		for nb < n {
			if pos >= len(head) {
				return false
			}
			bits |= uint64(head[pos]) << nb
			pos++
			nb += 8
		}
		return true
	}
	take := func(n uint) uint64 {
		v := bits & (1<<n - 1)
		bits >>= n
		nb -= n
		return v
	}
	if !need(3) {
		return "invalid block type"
	}
	take(1)
	switch take(2) {
	case 3:
		return "invalid block type"
	case 0:
		bits, nb = 0, 0
		if pos+4 <= len(head) {
			l := binary.LittleEndian.Uint16(head[pos:])
			nl := binary.LittleEndian.Uint16(head[pos+2:])
			if l != ^nl {
				return "invalid stored block lengths"
			}
		}
	case 2:
		if need(10) {
			hlit := take(5) + 257
			hdist := take(5) + 1
			if hlit > 286 || hdist > 30 {
				return "too many length or distance symbols"
			}
		}
		if off < 40 {
			return "invalid code lengths set"
		}
	}
	return "invalid distance too far back"
}
