package pkey

import (
	"bytes"
	"encoding/hex"
	"math/big"
	"testing"
)

func hx(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func TestCurve448Constants(t *testing.T) {
	l := new(big.Int).Lsh(big.NewInt(1), 446)
	l.Sub(l, mustInt("13818066809895115352007386748515426880336692474882178609894547503885"))
	if l.Cmp(l448) != 0 {
		t.Fatal("L")
	}
	b := edBase()
	xx := fmod(new(big.Int).Mul(b.x, b.x))
	yy := fmod(new(big.Int).Mul(b.y, b.y))
	lhs := fmod(new(big.Int).Add(xx, yy))
	rhs := fmod(new(big.Int).Add(one, fmod(new(big.Int).Mul(d448, fmod(new(big.Int).Mul(xx, yy))))))
	if lhs.Cmp(rhs) != 0 {
		t.Fatal("B not on the curve")
	}
	if !b.mul(l448).equal(edIdentity()) {
		t.Fatal("L·B is not the identity")
	}
}

func TestX448(t *testing.T) { // RFC 7748 5.2
	out, err := X448(hx("3d262fddf9ec8e88495266fea19a34d28882acef045104d0d1aae121700a779c984c24f8cdd78fbff44943eba368f54b29259a4f1c600ad3"),
		hx("06fce640fa3487bfda5f6cf2d5263f8aad88334cbd07437f020f08f9814dc031ddbdc38c19c6da2583fa5429db94ada18aa7a7fb4ef8a086"))
	if err != nil || !bytes.Equal(out, hx("ce3e4ff95a60dc6697da1db1d85e6afbdf79b50a2412d7546d5f239fe14fbaadeb445fc66a01b0779d98223961111e21766282f73dd96b6f")) {
		t.Fatalf("%x %v", out, err)
	}
}

func TestEd448(t *testing.T) { // RFC 8032 7.4, "Blank"
	seed := hx("6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3528c8a3fcc2f044e39a3fc5b94492f8f032e7549a20098f95b")
	pub := ed448PublicOf(seed)
	if !bytes.Equal(pub, hx("5fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778edf124769b46c7061bd6783df1e50f6cd1fa1abeafe8256180")) {
		t.Fatalf("public %x", pub)
	}
	sig := Ed448Sign(seed, nil)
	want := hx("533a37f6bbe457251f023c0d88f976ae2dfb504a843e34d2074fd823d41a591f2b233f034f628281f2fd7a22ddd47d7828c59bd0a21bfd3980ff0d2028d4b18a9df63e006c5d1c2d345b925d8dc00b4104852db99ac5c7cdda8530a113a0f4dbb61149f05a7363268c71d95808ff2e652600")
	if !bytes.Equal(sig, want) {
		t.Fatalf("sig %x", sig)
	}
	if !Ed448Verify(pub, nil, sig) || Ed448Verify(pub, []byte{1}, sig) {
		t.Fatal("verify")
	}
}

func TestSecp256k1(t *testing.T) {
	c := secp256k1
	p := c.Params()
	if !c.IsOnCurve(p.Gx, p.Gy) {
		t.Fatal("G not on the curve")
	}
	if x, y := c.ScalarBaseMult(p.N.Bytes()); !isInf(x, y) {
		t.Fatal("N·G is not infinity")
	}
	k, err := GenerateEC("secp256k1")
	if err != nil {
		t.Fatal(err)
	}
	digest := make([]byte, 32)
	sig, err := Sign(k, "sha256", digest, nil, SignOpts{})
	if err != nil {
		t.Fatal(err)
	}
	der, err := k.MarshalPKCS8()
	if err != nil {
		t.Fatal(err)
	}
	k2, err := ParsePKCS8(der)
	if err != nil || !Equal(k, k2) {
		t.Fatal("pkcs8 round trip", err)
	}
	pub, err := k.MarshalSPKI()
	if err != nil {
		t.Fatal(err)
	}
	pk, err := ParseSPKI(pub)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := Verify(pk, "sha256", digest, nil, sig, SignOpts{}); !ok || err != nil {
		t.Fatal("verify", err)
	}
}
