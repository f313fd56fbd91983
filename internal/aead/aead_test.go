package aead

import (
	"bytes"
	"encoding/hex"
	"testing"
)

func h(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func seq(from, to byte) []byte {
	var b []byte
	for c := from; ; c++ {
		b = append(b, c)
		if c == to {
			return b
		}
	}
}

func TestCCM(t *testing.T) { // RFC 3610, packet vector #1
	key, nonce := seq(0xc0, 0xcf), h("00000003020100A0A1A2A3A4A5")
	aad, msg := seq(0, 7), seq(8, 0x1e)
	ct, tag, err := CCMSeal(key, nonce, aad, msg, 8)
	if err != nil {
		t.Fatal(err)
	}
	want := h("588C979A61C663D2F066D0C2C0F989806D5F6B61DAC38417E8D12CFDF926E0")
	if got := append(ct, tag...); !bytes.Equal(got, want) {
		t.Fatalf("seal: %x", got)
	}
	if p, ok, err := CCMOpen(key, nonce, aad, ct, tag); err != nil || !ok || !bytes.Equal(p, msg) {
		t.Fatal("open", ok, err)
	}
	tag[0] ^= 1
	if _, ok, _ := CCMOpen(key, nonce, aad, ct, tag); ok {
		t.Fatal("bad tag accepted")
	}
}

func TestOCB(t *testing.T) { // RFC 7253, appendix A
	key := seq(0, 15)
	for _, c := range []struct{ n, a, p, want string }{
		{"BBAA99887766554433221100", "", "", "785407BFFFC8AD9EDCC5520AC9111EE6"},
		{"BBAA99887766554433221101", "0001020304050607", "0001020304050607", "6820B3657B6F615A5725BDA0D3B4EB3A257C9AF1F8F03009"},
		{"BBAA99887766554433221104", "000102030405060708090A0B0C0D0E0F", "000102030405060708090A0B0C0D0E0F",
			"571D535B60B277188BE5147170A9A22C3AD7A4FF3835B8C5701C1CCEC8FC3358"},
		{"BBAA99887766554433221107", "000102030405060708090A0B0C0D0E0F1011121314151617", "000102030405060708090A0B0C0D0E0F1011121314151617",
			"1CA2207308C87C010756104D8840CE1952F09673A448A122C92C62241051F57356D7F3C90BB0E07F"},
	} {
		ct, tag, err := OCBSeal(key, h(c.n), h(c.a), h(c.p), 16)
		if err != nil {
			t.Fatal(err)
		}
		if got := append(ct, tag...); !bytes.Equal(got, h(c.want)) {
			t.Fatalf("%s: %X", c.n, got)
		}
		if p, ok, err := OCBOpen(key, h(c.n), h(c.a), ct, tag); err != nil || !ok || !bytes.Equal(p, h(c.p)) {
			t.Fatal("open", c.n, ok, err)
		}
	}
}
