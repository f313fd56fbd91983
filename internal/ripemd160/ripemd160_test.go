package ripemd160

import (
	"bytes"
	"encoding/hex"
	"strings"
	"testing"
)

// The test vectors of the RIPEMD-160 paper.
var vectors = []struct{ in, out string }{
	{"", "9c1185a5c5e9fc54612808977ee8f548b2258d31"},
	{"a", "0bdc9d2d256b3ee9daae347be6f4dc835a467ffe"},
	{"abc", "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc"},
	{"message digest", "5d0689ef49d2fae572b881b123a85ffa21595f36"},
	{"abcdefghijklmnopqrstuvwxyz", "f71c27109c692c1b56bbdceb5b9d2865b3708dbc"},
	{"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "12a053384a9c0c88e405a06c27dcf49ada62eb2b"},
	{"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "b0e20b6e3116640286ed3a87a5713079b21f5189"},
	{strings.Repeat("1234567890", 8), "9b752e45573d4b39f4dbd3323cab82bf63326bfb"},
	{strings.Repeat("a", 1000000), "52783243c1697bdbe16d37f97f68f08325dc1528"},
}

func TestVectors(t *testing.T) {
	for _, v := range vectors {
		d := New()
		d.Write([]byte(v.in))
		if got := hex.EncodeToString(d.Sum(nil)); got != v.out {
			t.Errorf("%.20q: got %s want %s", v.in, got, v.out)
		}
	}
}

// Writing in pieces, saving and restoring the state between them, gives
// the digest of the whole.
func TestMarshalSplit(t *testing.T) {
	in := []byte(strings.Repeat("The quick brown fox. ", 50))
	for cut := 0; cut <= len(in); cut += 37 {
		d := New()
		d.Write(in[:cut])
		st, err := d.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		d2 := New()
		if err := d2.UnmarshalBinary(st); err != nil {
			t.Fatal(err)
		}
		d2.Write(in[cut:])
		whole := New()
		whole.Write(in)
		if !bytes.Equal(d2.Sum(nil), whole.Sum(nil)) {
			t.Fatalf("cut %d: digests differ", cut)
		}
	}
}

func TestUnmarshalBad(t *testing.T) {
	if New().UnmarshalBinary([]byte("short")) == nil {
		t.Fatal("a short state was accepted")
	}
}

// FuzzSplit: any split of any input, with the state saved at the split,
// gives the digest of the whole; a state of any bytes never panics.
func FuzzSplit(f *testing.F) {
	f.Add([]byte("abc"), uint(1))
	f.Add(bytes.Repeat([]byte{0xff}, 130), uint(64))
	f.Fuzz(func(t *testing.T, in []byte, cut uint) {
		c := int(cut % uint(len(in)+1))
		d := New()
		d.Write(in[:c])
		st, _ := d.MarshalBinary()
		d2 := New()
		if err := d2.UnmarshalBinary(st); err != nil {
			t.Fatal(err)
		}
		d2.Write(in[c:])
		w := New()
		w.Write(in)
		if !bytes.Equal(d2.Sum(nil), w.Sum(nil)) {
			t.Fatal("digests differ")
		}
		New().UnmarshalBinary(in)
	})
}
