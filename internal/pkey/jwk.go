package pkey

import (
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"encoding/base64"
	"math/big"
)

var b64 = base64.RawURLEncoding

func b64int(i *big.Int) string { return b64.EncodeToString(i.Bytes()) }

// fixed is i big-endian in exactly n bytes.
func fixed(i *big.Int, n int) string { return b64.EncodeToString(i.FillBytes(make([]byte, n))) }

// JWK is k as a JSON Web Key (the public members only when public is
// true or k has no private half), or an error for a key type JWK cannot
// carry (rsa-pss).
func (k *Key) JWK(public bool) (map[string]string, error) {
	priv := k.IsPrivate() && !public
	m := map[string]string{}
	switch k.Type {
	case "rsa":
		pub := k.Pub.(*rsa.PublicKey)
		m["kty"], m["n"], m["e"] = "RSA", b64int(pub.N), b64int(big.NewInt(int64(pub.E)))
		if priv {
			rk := k.Priv.(*rsa.PrivateKey)
			rk.Precompute()
			m["d"], m["p"], m["q"] = b64int(rk.D), b64int(rk.Primes[0]), b64int(rk.Primes[1])
			m["dp"], m["dq"], m["qi"] = b64int(rk.Precomputed.Dp), b64int(rk.Precomputed.Dq), b64int(rk.Precomputed.Qinv)
		}
	case "ec":
		pub := k.Pub.(*ecdsa.PublicKey)
		if pub.Curve == elliptic.P224() {
			return nil, &Error{Class: "Error", Code: "ERR_CRYPTO_JWK_UNSUPPORTED_CURVE", Message: "Unsupported JWK EC curve: secp224r1."}
		}
		n := (pub.Curve.Params().BitSize + 7) / 8
		m["kty"], m["crv"] = "EC", pub.Curve.Params().Name
		m["x"], m["y"] = fixed(pub.X, n), fixed(pub.Y, n)
		if priv {
			m["d"] = fixed(k.Priv.(*ecdsa.PrivateKey).D, n)
		}
	case "ed25519":
		m["kty"], m["crv"], m["x"] = "OKP", "Ed25519", b64.EncodeToString(k.Pub.(ed25519.PublicKey))
		if priv {
			m["d"] = b64.EncodeToString(k.Priv.(ed25519.PrivateKey).Seed())
		}
	case "x25519":
		m["kty"], m["crv"], m["x"] = "OKP", "X25519", b64.EncodeToString(k.Pub.(*ecdh.PublicKey).Bytes())
		if priv {
			m["d"] = b64.EncodeToString(k.X.Bytes())
		}
	case "ed448", "x448":
		m["kty"], m["crv"] = "OKP", "Ed448"
		var x []byte
		switch pub := k.Pub.(type) {
		case Ed448Public:
			x = pub
		case X448Public:
			m["crv"], x = "X448", pub
		}
		m["x"] = b64.EncodeToString(x)
		if priv {
			m["d"] = b64.EncodeToString(k.Raw)
		}
	default:
		return nil, &Error{Class: "Error", Code: "ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE", Message: "Unsupported JWK Key Type."}
	}
	return m, nil
}

func invalidJWK(kind string) error {
	return &Error{Class: "TypeError", Code: "ERR_CRYPTO_INVALID_JWK", Message: "Invalid JWK " + kind + " key"}
}

// FromJWK imports a JSON Web Key (kty and crv already checked by the
// caller to be among RSA, EC and OKP); private asks for the private key.
func FromJWK(m map[string]string, private bool) (*Key, error) {
	dec := func(name string) ([]byte, bool) {
		s, ok := m[name]
		if !ok {
			return nil, false
		}
		b, err := b64.DecodeString(trimPad(s))
		return b, err == nil
	}
	num := func(name string) (*big.Int, bool) {
		b, ok := dec(name)
		if !ok || len(b) == 0 {
			return nil, false
		}
		return new(big.Int).SetBytes(b), true
	}
	switch m["kty"] {
	case "RSA":
		n, ok1 := num("n")
		e, ok2 := num("e")
		if !ok1 || !ok2 || !e.IsInt64() || e.Int64() > 1<<31-1 || e.Int64() < 3 || n.BitLen() > MaxRSABits {
			return nil, invalidJWK("RSA")
		}
		pub := &rsa.PublicKey{N: n, E: int(e.Int64())}
		if !private {
			return &Key{Type: "rsa", Pub: pub}, nil
		}
		d, ok1 := num("d")
		p, ok2 := num("p")
		q, ok3 := num("q")
		if !ok1 || !ok2 || !ok3 {
			return nil, invalidJWK("RSA")
		}
		rk := &rsa.PrivateKey{PublicKey: *pub, D: d, Primes: []*big.Int{p, q}}
		if rk.Validate() != nil {
			return nil, invalidJWK("RSA")
		}
		rk.Precompute()
		return &Key{Type: "rsa", Priv: rk, Pub: &rk.PublicKey}, nil
	case "EC":
		c := CurveByName(m["crv"])
		if c == nil {
			return nil, invalidJWK("EC")
		}
		x, ok1 := num("x")
		y, ok2 := num("y")
		if !ok1 || !ok2 || !c.IsOnCurve(x, y) { //nolint:staticcheck // validating a point given as coordinates
			return nil, invalidJWK("EC")
		}
		pub := &ecdsa.PublicKey{Curve: c, X: x, Y: y}
		if !private {
			return &Key{Type: "ec", Pub: pub}, nil
		}
		d, ok := num("d")
		if !ok || d.Sign() <= 0 || d.Cmp(c.Params().N) >= 0 {
			return nil, invalidJWK("EC")
		}
		px, py := c.ScalarBaseMult(d.FillBytes(make([]byte, (c.Params().BitSize+7)/8))) //nolint:staticcheck
		if px.Cmp(x) != 0 || py.Cmp(y) != 0 {
			return nil, invalidJWK("EC")
		}
		ek := &ecdsa.PrivateKey{PublicKey: *pub, D: d}
		return &Key{Type: "ec", Priv: ek, Pub: &ek.PublicKey}, nil
	case "OKP":
		x, ok := dec("x")
		if !ok {
			return nil, invalidJWK("OKP")
		}
		switch m["crv"] {
		case "Ed25519":
			if len(x) != ed25519.PublicKeySize {
				return nil, invalidJWK("OKP")
			}
			if !private {
				return &Key{Type: "ed25519", Pub: ed25519.PublicKey(x)}, nil
			}
			d, ok := dec("d")
			if !ok || len(d) != ed25519.SeedSize {
				return nil, invalidJWK("OKP")
			}
			sk := ed25519.NewKeyFromSeed(d)
			return &Key{Type: "ed25519", Priv: sk, Pub: sk.Public()}, nil
		case "Ed448", "X448":
			ed := m["crv"] == "Ed448"
			pub, err := New448(ed, x, false)
			if err != nil {
				return nil, invalidJWK("OKP")
			}
			if !private {
				return pub, nil
			}
			d, ok := dec("d")
			if !ok {
				return nil, invalidJWK("OKP")
			}
			k, err := New448(ed, d, true)
			if err != nil || !Equal(k.Public(), pub) {
				return nil, invalidJWK("OKP")
			}
			return k, nil
		case "X25519":
			pk, err := ecdh.X25519().NewPublicKey(x)
			if err != nil {
				return nil, invalidJWK("OKP")
			}
			if !private {
				return &Key{Type: "x25519", Pub: pk}, nil
			}
			d, ok := dec("d")
			if !ok {
				return nil, invalidJWK("OKP")
			}
			sk, err := ecdh.X25519().NewPrivateKey(d)
			if err != nil {
				return nil, invalidJWK("OKP")
			}
			return &Key{Type: "x25519", X: sk, Pub: sk.PublicKey()}, nil
		}
	}
	return nil, invalidJWK(m["kty"])
}

func trimPad(s string) string {
	for len(s) > 0 && s[len(s)-1] == '=' {
		s = s[:len(s)-1]
	}
	return s
}
