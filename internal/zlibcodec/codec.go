// Package zlibcodec is zlib's deflate and inflate (RFC 1950, 1951, 1952),
// and brotli (RFC 7932), as Node's zlib binding needs them: streams fed
// chunk by chunk with zlib's flush modes (brotli's operations), zlib's and
// gzip's headers and checksums, output bounded by a limit, and errors with
// zlib's messages and codes. Compression is Go's compress/flate with the
// wrappers done here; decompression is an inflater written here, which
// hands out every byte it has decoded as soon as it runs out of input.
// Brotli is github.com/andybalholm/brotli, fed the same way.
package zlibcodec

import "sync"

// Modes, as Node's zlib constants number them.
const (
	Deflate    = zDeflate
	Inflate    = zInflate
	Gzip       = zGzip
	Gunzip     = zGunzip
	DeflateRaw = zDeflateRaw
	InflateRaw = zInflateRaw
	Unzip      = zUnzip
)

// Config describes a stream: its mode, compression level and strategy,
// window bits (0 for an inflater: from the header) and dictionary.
type Config struct {
	Mode, Level, Strategy, WindowBits int
	Dictionary                        []byte
	// BrotliParams are a brotli stream's parameters by Node's
	// BROTLI_PARAM_* index, -1 where unset.
	BrotliParams []int
}

// Error is a stream's failure: zlib's message and return code (errno).
// TooLarge reports that the output passed the limit given to Process.
type Error struct {
	Message  string
	Errno    int
	TooLarge bool
}

func (e *Error) Error() string { return e.Message }

// Stream is one compression or decompression stream. Its methods may be
// called from any goroutine, one at a time (Close may be called while a
// Process runs: it waits for it).
type Stream struct {
	mu  sync.Mutex
	eng zengine
	cfg zconfig
	// Release, when set, is called once when the stream is closed (the
	// binding's charge for the engine's memory).
	Release func()
}

// New returns a stream for c.
func New(c Config) *Stream {
	cfg := zconfig{mode: c.Mode, level: c.Level, strategy: c.Strategy, windowBits: c.WindowBits,
		dict: append([]byte(nil), c.Dictionary...), brotli: append([]int(nil), c.BrotliParams...)}
	return &Stream{eng: newZEngine(cfg), cfg: cfg}
}

// Result is what one Process call produced.
type Result struct {
	Out   []byte
	Err   *Error
	Ended bool // the stream has ended (or failed)
	// Paused: Out reached the pause size before the input was used up;
	// call Process again (with no new input) for the rest.
	Paused bool
}

// Process feeds in with flush mode flush (Node's Z_NO_FLUSH .. Z_BLOCK).
// limit > 0 fails with TooLarge once the output passes limit bytes;
// pause > 0 returns early (Paused) once the output reaches pause bytes,
// so a stream's output comes in bounded pieces whatever its ratio.
func (s *Stream) Process(in []byte, flush, limit, pause int) Result {
	s.mu.Lock()
	defer s.mu.Unlock()
	out, err, ended, paused := s.eng.process(in, flush, limit, pause)
	r := Result{Out: out, Ended: ended, Paused: paused}
	if err != nil {
		r.Err = &Error{Message: err.msg, Errno: err.errno, TooLarge: err == errZTooLarge}
	}
	return r
}

// Params changes a compressor's level and strategy.
func (s *Stream) Params(level, strategy int) *Error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cfg.level, s.cfg.strategy = level, strategy
	if err := s.eng.params(level, strategy); err != nil {
		return &Error{Message: err.msg, Errno: err.errno}
	}
	return nil
}

// Reset starts the stream over with its configuration.
func (s *Stream) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.eng.close()
	s.eng = newZEngine(s.cfg)
}

// Close releases the stream; it may not be used after.
func (s *Stream) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.eng.close()
	if s.Release != nil {
		s.Release()
		s.Release = nil
	}
	return nil
}

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
)

type zengine interface {
	process(in []byte, flush, limit, pause int) (out []byte, err *zerr, ended, paused bool)
	params(level, strategy int) *zerr
	close()
}

type zconfig struct {
	mode, level, strategy, windowBits int
	dict                              []byte
	brotli                            []int
}

func newZEngine(c zconfig) zengine {
	switch c.mode {
	case zDeflate, zGzip, zDeflateRaw:
		return newDeflater(c)
	case BrotliEncode:
		return newBrotliEncoder(c.brotli)
	case BrotliDecode:
		return newBrotliDecoder()
	}
	return &inflater{cfg: c}
}
