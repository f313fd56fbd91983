package zlibcodec

import (
	"bytes"
	"testing"
)

func brotliRoundTrip(t *testing.T, data []byte, chunk int) {
	t.Helper()
	enc := New(Config{Mode: BrotliEncode, BrotliParams: []int{-1, 5, -1}})
	r := enc.Process(data, brotliFinish, 0, 0)
	if r.Err != nil || !r.Ended {
		t.Fatalf("encode: %+v", r.Err)
	}
	dec := New(Config{Mode: BrotliDecode})
	var got []byte
	comp := r.Out
	for i := 0; i < len(comp); i += chunk {
		end := min(i+chunk, len(comp))
		flush := brotliProcess
		if end == len(comp) {
			flush = brotliFinish
		}
		r := dec.Process(comp[i:end], flush, 0, 0)
		if r.Err != nil {
			t.Fatalf("decode at %d: %s", i, r.Err.Message)
		}
		got = append(got, r.Out...)
	}
	if !bytes.Equal(got, data) {
		t.Fatalf("round trip: %d bytes back of %d", len(got), len(data))
	}
}

func TestBrotliChunked(t *testing.T) {
	data := bytes.Repeat([]byte("brotli streams in pieces "), 4000)
	for _, chunk := range []int{1, 7, 1000, 1 << 20} {
		brotliRoundTrip(t, data, chunk)
	}
}

func TestBrotliErrors(t *testing.T) {
	dec := New(Config{Mode: BrotliDecode})
	if r := dec.Process([]byte("garbage"), brotliFinish, 0, 0); r.Err == nil || r.Err.Errno >= 0 || r.Err.Errno == -5 {
		t.Fatalf("garbage: %+v", r.Err)
	}
	enc := New(Config{Mode: BrotliEncode})
	comp := enc.Process([]byte("hello, hello, hello"), brotliFinish, 0, 0).Out
	dec = New(Config{Mode: BrotliDecode})
	if r := dec.Process(comp[:len(comp)/2], brotliFinish, 0, 0); r.Err == nil || r.Err.Errno != -5 {
		t.Fatalf("truncated: %+v", r.Err)
	}
}

// A small input that expands without end comes out in bounded pieces
// (pause) and fails past the limit.
func TestBrotliBombBounded(t *testing.T) {
	enc := New(Config{Mode: BrotliEncode})
	comp := enc.Process(make([]byte, 8<<20), brotliFinish, 0, 0).Out
	dec := New(Config{Mode: BrotliDecode})
	r := dec.Process(comp, brotliFinish, 0, 1<<20)
	if !r.Paused || len(r.Out) > 1<<20+64<<10 {
		t.Fatalf("pause: paused=%v out=%d", r.Paused, len(r.Out))
	}
	dec = New(Config{Mode: BrotliDecode})
	if r := dec.Process(comp, brotliFinish, 1<<20, 0); r.Err == nil || !r.Err.TooLarge {
		t.Fatalf("limit: %+v", r.Err)
	}
}

func TestBrotliValidate(t *testing.T) {
	bad := []Config{
		{Mode: BrotliEncode, BrotliParams: []int{-1, -1, -1, -1, 42}},
		{Mode: BrotliDecode, BrotliParams: []int{-1, -1, -1, -1, -1, 1}},
	}
	for _, c := range bad {
		if c.Validate() == nil {
			t.Fatalf("%+v accepted", c)
		}
	}
	if (Config{Mode: BrotliEncode, BrotliParams: []int{0, 100, 5}}).Validate() != nil {
		t.Fatal("encoder values are clamped, not refused")
	}
}
