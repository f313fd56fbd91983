package pkey

import (
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"errors"
	"math/big"
)

// MaxGenerateRSABits bounds the RSA keys GenerateRSA makes (prime search
// time grows steeply with size).
const MaxGenerateRSABits = 8192

// GenerateRSA makes an RSA key of bits bits with public exponent e (an
// odd number > 1); pss non-nil makes an rsa-pss key restricted so (a
// zero-value PSSParams means rsa-pss without restrictions).
func GenerateRSA(bits int, e int, pss *PSSParams, unrestricted bool) (*Key, error) {
	if bits < 16 || bits > MaxGenerateRSABits {
		return nil, errors.New("bad modulus length")
	}
	if e < 3 || e%2 == 0 {
		return nil, ossl("1C8000A0", "Provider routines", "bad e value", "ERR_OSSL_BAD_E_VALUE")
	}
	E := big.NewInt(int64(e))
	one := big.NewInt(1)
	for {
		p, err := rand.Prime(randReader, bits-bits/2)
		if err != nil {
			return nil, err
		}
		q, err := rand.Prime(randReader, bits/2)
		if err != nil {
			return nil, err
		}
		if p.Cmp(q) == 0 {
			continue
		}
		n := new(big.Int).Mul(p, q)
		if n.BitLen() != bits {
			continue
		}
		p1, q1 := new(big.Int).Sub(p, one), new(big.Int).Sub(q, one)
		g := new(big.Int).GCD(nil, nil, p1, q1)
		lambda := new(big.Int).Div(new(big.Int).Mul(p1, q1), g)
		d := new(big.Int).ModInverse(E, lambda)
		if d == nil {
			continue
		}
		if p.Cmp(q) < 0 {
			p, q = q, p
		}
		k := &rsa.PrivateKey{PublicKey: rsa.PublicKey{N: n, E: e}, D: d, Primes: []*big.Int{p, q}}
		k.Precompute()
		typ := "rsa"
		if pss != nil || unrestricted {
			typ = "rsa-pss"
		}
		return &Key{Type: typ, Priv: k, Pub: &k.PublicKey, PSS: pss}, nil
	}
}

// GenerateEC makes a key on a named curve (CurveByName's names).
func GenerateEC(curve string) (*Key, error) {
	c := CurveByName(curve)
	if c == nil {
		return nil, errors.New("unknown curve")
	}
	k, err := ecdsa.GenerateKey(c, randReader)
	if err != nil {
		return nil, err
	}
	return &Key{Type: "ec", Priv: k, Pub: &k.PublicKey}, nil
}

// GenerateOKP makes an ed25519 or x25519 key.
func GenerateOKP(typ string) (*Key, error) {
	switch typ {
	case "ed25519":
		pub, priv, err := ed25519.GenerateKey(randReader)
		if err != nil {
			return nil, err
		}
		return &Key{Type: typ, Priv: priv, Pub: pub}, nil
	case "ed448", "x448":
		raw := make([]byte, 57)
		if typ == "x448" {
			raw = raw[:56]
		}
		if _, err := randReader.Read(raw); err != nil {
			return nil, err
		}
		return New448(typ == "ed448", raw, true)
	case "x25519":
		k, err := ecdh.X25519().GenerateKey(randReader)
		if err != nil {
			return nil, err
		}
		return &Key{Type: typ, X: k, Pub: k.PublicKey()}, nil
	}
	return nil, errors.New("unknown key type")
}
