package zlibcodec

import (
	"bytes"
	"errors"
	"io"
	"reflect"

	"github.com/andybalholm/brotli"
)

// Brotli modes and operations, as Node's zlib constants number them.
const (
	BrotliDecode = 8
	BrotliEncode = 9

	brotliProcess = 0
	brotliFlush   = 1
	brotliFinish  = 2

	brotliParamQuality                       = 1
	brotliParamLGWin                         = 2
	brotliParamDisableLiteralContextModeling = 4
	brotliDecoderParamLargeWindow            = 1
)

// Brotli's error for a stream cut short, as Node reports it (zlib's).
var errBrotliTruncated = &zerr{"unexpected end of file", -5}

// brotliFeed is the decoder's source: the input given so far. Empty, it
// reads (0, nil), which the decoder takes as "no more input yet" and keeps
// its state; at the finish it reads io.EOF.
type brotliFeed struct {
	buf    []byte
	finish bool
}

func (f *brotliFeed) Read(p []byte) (int, error) {
	if len(f.buf) == 0 {
		if f.finish {
			return 0, io.EOF
		}
		return 0, nil
	}
	n := copy(p, f.buf)
	f.buf = f.buf[n:]
	return n, nil
}

type brotliDecoder struct {
	feed  brotliFeed
	r     *brotli.Reader
	ended bool
	chunk []byte
}

func newBrotliDecoder() *brotliDecoder {
	d := &brotliDecoder{chunk: make([]byte, 32<<10)}
	d.r = brotli.NewReader(&d.feed)
	return d
}

func (d *brotliDecoder) process(in []byte, flush, limit, pause int) ([]byte, *zerr, bool, bool) {
	if d.ended {
		return nil, nil, true, false
	}
	d.feed.buf = append(d.feed.buf, in...)
	d.feed.finish = flush == brotliFinish
	var out []byte
	for {
		if pause > 0 && len(out) >= pause {
			return out, nil, false, true
		}
		n, err := d.r.Read(d.chunk)
		out = append(out, d.chunk[:n]...)
		if limit > 0 && len(out) > limit {
			return nil, errZTooLarge, true, false
		}
		switch {
		case err == io.EOF:
			d.ended = true
			return out, nil, true, false
		case err == io.ErrUnexpectedEOF:
			d.ended = true
			return out, errBrotliTruncated, true, false
		case err != nil && err.Error() == "brotli: excessive input":
			// data after the stream's end is dropped, as Node's decoder
			// stops at the end
			d.ended = true
			d.feed.buf = nil
			return out, nil, true, false
		case err != nil:
			d.ended = true
			return out, brotliDecodeError(err), true, false
		case n == 0:
			// needs more input: what was decoded so far is out
			return out, nil, false, false
		}
	}
}

// brotliDecodeError is the decoder's error with its code (negative, as
// Node's BROTLI_DECODER_ERROR_* constants) as the errno.
func brotliDecodeError(err error) *zerr {
	code := -31 // BROTLI_DECODER_ERROR_UNREACHABLE
	if v := reflect.ValueOf(err); v.Kind() == reflect.Int {
		code = int(v.Int())
	}
	return &zerr{"Decompression failed", code}
}

func (d *brotliDecoder) params(int, int) *zerr { return nil }
func (d *brotliDecoder) close()                {}

type brotliEncoder struct {
	out   bytes.Buffer
	w     *brotli.Writer
	ended bool
}

// newBrotliEncoder takes Node's encoder parameters (index: BROTLI_PARAM_*,
// -1 unset). Quality and window are used, clamped as brotli clamps them;
// the others (mode, size hint, block size) only tune the encoder.
func newBrotliEncoder(params []int) *brotliEncoder {
	p := newBrotliParams(params)
	e := &brotliEncoder{}
	e.w = brotli.NewWriterOptions(&e.out, brotli.WriterOptions{Quality: p.quality, LGWin: p.lgwin})
	return e
}

type brotliParams struct{ quality, lgwin int }

func newBrotliParams(params []int) brotliParams {
	p := brotliParams{quality: 11, lgwin: 22}
	if len(params) > brotliParamQuality && params[brotliParamQuality] >= 0 {
		p.quality = min(params[brotliParamQuality], 11)
	}
	if len(params) > brotliParamLGWin && params[brotliParamLGWin] >= 0 {
		p.lgwin = max(min(params[brotliParamLGWin], 24), 10)
	}
	return p
}

func (e *brotliEncoder) process(in []byte, flush, limit, _ int) ([]byte, *zerr, bool, bool) {
	if e.ended {
		return nil, nil, true, false
	}
	if len(in) > 0 {
		if _, err := e.w.Write(in); err != nil {
			e.ended = true
			return nil, &zerr{"Compression failed", -1}, true, false
		}
	}
	switch flush {
	case brotliFlush:
		if err := e.w.Flush(); err != nil {
			e.ended = true
			return nil, &zerr{"Compression failed", -1}, true, false
		}
	case brotliFinish:
		e.ended = true
		if err := e.w.Close(); err != nil {
			return nil, &zerr{"Compression failed", -1}, true, false
		}
	}
	if limit > 0 && e.out.Len() > limit {
		return nil, errZTooLarge, true, false
	}
	out := append([]byte(nil), e.out.Bytes()...)
	e.out.Reset()
	return out, nil, e.ended, false
}

func (e *brotliEncoder) params(int, int) *zerr { return nil }
func (e *brotliEncoder) close()                {}

// HostMemory is about what c's engine holds in host memory: a brotli
// encoder's window and hash tables, a decoder's ring buffer; zlib's are
// small and counted as nothing.
func (c Config) HostMemory() int {
	switch c.Mode {
	case BrotliEncode:
		e := newBrotliParams(c.BrotliParams)
		return 3 << e.lgwin
	case BrotliDecode:
		return 1 << 22
	}
	return 0
}

// ErrInit is a stream that cannot start with its parameters (Node's
// "Initialization failed").
var ErrInit = errors.New("Initialization failed")

// Validate refuses the brotli parameters brotli's own setters refuse: an
// encoder's flag parameter other than 0 or 1, a decoder parameter it does
// not have.
func (c Config) Validate() error {
	for i, v := range c.BrotliParams {
		if v == -1 {
			continue
		}
		switch {
		case c.Mode == BrotliEncode && i == brotliParamDisableLiteralContextModeling && v != 0 && v != 1:
			return ErrInit
		case c.Mode == BrotliDecode && i > brotliDecoderParamLargeWindow:
			return ErrInit
		}
	}
	return nil
}
