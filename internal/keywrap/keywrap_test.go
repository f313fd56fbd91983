package keywrap

import (
	"bytes"
	"crypto/aes"
	"encoding/hex"
	"testing"
)

func h(s string) []byte { b, _ := hex.DecodeString(s); return b }

// RFC 3394 section 4.1 and RFC 5649 section 6.
func TestVectors(t *testing.T) {
	b, _ := aes.NewCipher(h("000102030405060708090A0B0C0D0E0F"))
	c, err := Wrap(b, nil, h("00112233445566778899AABBCCDDEEFF"))
	if err != nil || !bytes.Equal(c, h("1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5")) {
		t.Fatalf("wrap %x %v", c, err)
	}
	p, err := Unwrap(b, nil, c)
	if err != nil || !bytes.Equal(p, h("00112233445566778899AABBCCDDEEFF")) {
		t.Fatalf("unwrap %x %v", p, err)
	}
	c[3] ^= 1
	if _, err := Unwrap(b, nil, c); err == nil {
		t.Fatal("tampered unwrap succeeded")
	}
	k, _ := aes.NewCipher(h("5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8"))
	c, _ = WrapPad(k, nil, h("466f7250617369"))
	if !bytes.Equal(c, h("afbeb0f07dfbf5419200f2ccb50bb24f")) {
		t.Fatalf("wrap-pad %x", c)
	}
	c, _ = WrapPad(k, nil, h("c37b7e6492584340bed12207808941155068f738"))
	if !bytes.Equal(c, h("138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a")) {
		t.Fatalf("wrap-pad %x", c)
	}
	p, err = UnwrapPad(k, nil, c)
	if err != nil || !bytes.Equal(p, h("c37b7e6492584340bed12207808941155068f738")) {
		t.Fatalf("unwrap-pad %x %v", p, err)
	}
}

func TestDes3RoundTrip(t *testing.T) {
	key := h("3c08e25be22352910671cfe4ba3652b1220a8a7769b490ba")
	p := bytes.Repeat([]byte("abcdefgh"), 5)
	c, err := Des3Wrap(key, p)
	if err != nil {
		t.Fatal(err)
	}
	q, err := Des3Unwrap(key, c)
	if err != nil || !bytes.Equal(p, q) {
		t.Fatal("round trip", err)
	}
}

func FuzzUnwrap(f *testing.F) {
	f.Add(make([]byte, 24))
	b, _ := aes.NewCipher(make([]byte, 16))
	f.Fuzz(func(t *testing.T, c []byte) {
		Unwrap(b, nil, c)
		UnwrapPad(b, nil, c)
		Des3Unwrap(make([]byte, 24), c)
	})
}
