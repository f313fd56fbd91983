package zlibcodec

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"io"
	"testing"
)

const zFinishFlush = 4

func roundTrip(t testing.TB, mode, unmode int, in []byte) []byte {
	t.Helper()
	c := New(Config{Mode: mode, Level: -1, WindowBits: 15})
	defer c.Close()
	r := c.Process(in, zFinishFlush, 0, 0)
	if r.Err != nil || !r.Ended {
		t.Fatalf("compress mode %d: %v ended %v", mode, r.Err, r.Ended)
	}
	d := New(Config{Mode: unmode, WindowBits: 15})
	defer d.Close()
	r2 := d.Process(r.Out, zFinishFlush, 0, 0)
	if r2.Err != nil {
		t.Fatalf("decompress mode %d: %v", unmode, r2.Err)
	}
	return r2.Out
}

func TestRoundTrip(t *testing.T) {
	in := bytes.Repeat([]byte("the quick brown fox jumps over the lazy dog "), 5000)
	for _, m := range [][2]int{{Deflate, Inflate}, {Gzip, Gunzip}, {DeflateRaw, InflateRaw}, {Gzip, Unzip}, {Deflate, Unzip}} {
		if out := roundTrip(t, m[0], m[1], in); !bytes.Equal(out, in) {
			t.Fatalf("modes %v: %d bytes back of %d", m, len(out), len(in))
		}
	}
}

// What Go's own compressors write, the inflater reads.
func TestInflatesStdlib(t *testing.T) {
	in := bytes.Repeat([]byte{1, 2, 3, 4, 5, 250}, 30000)
	var zb, gb bytes.Buffer
	zw := zlib.NewWriter(&zb)
	zw.Write(in)
	zw.Close()
	gw := gzip.NewWriter(&gb)
	gw.Write(in)
	gw.Close()
	for _, c := range []struct {
		mode int
		data []byte
	}{{Inflate, zb.Bytes()}, {Gunzip, gb.Bytes()}, {Unzip, gb.Bytes()}} {
		s := New(Config{Mode: c.mode})
		r := s.Process(c.data, zFinishFlush, 0, 0)
		s.Close()
		if r.Err != nil || !bytes.Equal(r.Out, in) {
			t.Fatalf("mode %d: %v, %d bytes", c.mode, r.Err, len(r.Out))
		}
	}
}

// What the deflater writes, Go's readers read.
func TestStdlibInflates(t *testing.T) {
	in := bytes.Repeat([]byte("abcdefgh"), 10000)
	s := New(Config{Mode: Gzip, Level: 9, WindowBits: 15})
	r := s.Process(in, zFinishFlush, 0, 0)
	s.Close()
	gr, err := gzip.NewReader(bytes.NewReader(r.Out))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(gr)
	if err != nil || !bytes.Equal(out, in) {
		t.Fatalf("%v, %d bytes", err, len(out))
	}
}

// zlib's messages and codes for bad input.
func TestErrors(t *testing.T) {
	s := New(Config{Mode: Inflate})
	r := s.Process([]byte("not zlib at all"), zFinishFlush, 0, 0)
	s.Close()
	if r.Err == nil || r.Err.Message != "incorrect header check" || r.Err.Errno != -3 {
		t.Fatalf("got %+v", r.Err)
	}
	s = New(Config{Mode: Gunzip})
	full := roundTripInput(t)
	r = s.Process(full[:len(full)/2], zFinishFlush, 0, 0)
	s.Close()
	if r.Err == nil || r.Err.Message != "unexpected end of file" || r.Err.Errno != -5 {
		t.Fatalf("truncated: got %+v", r.Err)
	}
}

func roundTripInput(t *testing.T) []byte {
	var gb bytes.Buffer
	gw := gzip.NewWriter(&gb)
	gw.Write(bytes.Repeat([]byte("xyz"), 1000))
	gw.Close()
	return gb.Bytes()
}

// A bomb: the limit refuses the output before it is all held; pause hands
// it out in bounded pieces.
func TestLimitAndPause(t *testing.T) {
	var gb bytes.Buffer
	gw, _ := gzip.NewWriterLevel(&gb, gzip.BestCompression)
	gw.Write(make([]byte, 64<<20))
	gw.Close()
	s := New(Config{Mode: Gunzip})
	r := s.Process(gb.Bytes(), zFinishFlush, 1<<20, 0)
	s.Close()
	if r.Err == nil || !r.Err.TooLarge || len(r.Out) > 1<<20 {
		t.Fatalf("limit: %+v, %d bytes", r.Err, len(r.Out))
	}
	s = New(Config{Mode: Gunzip})
	defer s.Close()
	total, calls := 0, 0
	in := gb.Bytes()
	for {
		r := s.Process(in, zFinishFlush, 0, 1<<20)
		in = nil
		calls++
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		if len(r.Out) > 2<<20 {
			t.Fatalf("a piece of %d bytes", len(r.Out))
		}
		total += len(r.Out)
		if r.Ended || !r.Paused {
			break
		}
	}
	if total != 64<<20 || calls < 32 {
		t.Fatalf("%d bytes in %d calls", total, calls)
	}
}

// FuzzInflate: any input, in any mode, ends in output or zlib's error,
// never a panic or a hang, and never past the limit.
func FuzzInflate(f *testing.F) {
	f.Add([]byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}, uint8(0))
	f.Add(roundTripInputF(), uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, m uint8) {
		mode := []int{Inflate, Gunzip, InflateRaw, Unzip}[m%4]
		s := New(Config{Mode: mode})
		defer s.Close()
		half := len(data) / 2
		r := s.Process(data[:half], 0, 1<<16, 0)
		if len(r.Out) > 1<<16 {
			t.Fatalf("%d bytes past the limit", len(r.Out))
		}
		if !r.Ended {
			r = s.Process(data[half:], zFinishFlush, 1<<16, 0)
			if len(r.Out) > 1<<16 {
				t.Fatalf("%d bytes past the limit", len(r.Out))
			}
		}
	})
}

// FuzzRoundTrip: what the deflater writes, the inflater reads back.
func FuzzRoundTrip(f *testing.F) {
	f.Add([]byte("hello"), uint8(6))
	f.Fuzz(func(t *testing.T, in []byte, level uint8) {
		c := New(Config{Mode: Deflate, Level: int(level % 10), WindowBits: 15})
		r := c.Process(in, zFinishFlush, 0, 0)
		c.Close()
		d := New(Config{Mode: Inflate})
		r2 := d.Process(r.Out, zFinishFlush, 0, 0)
		d.Close()
		if r2.Err != nil || !bytes.Equal(r2.Out, in) {
			t.Fatalf("%v: %d bytes back of %d", r2.Err, len(r2.Out), len(in))
		}
	})
}

func roundTripInputF() []byte {
	var gb bytes.Buffer
	gw := gzip.NewWriter(&gb)
	gw.Write([]byte("seed"))
	gw.Close()
	return gb.Bytes()
}
