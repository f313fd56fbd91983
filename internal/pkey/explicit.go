package pkey

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"math/big"

	"golang.org/x/crypto/cryptobyte"
	casn1 "golang.org/x/crypto/cryptobyte/asn1"
)

// EC keys with explicit curve parameters (generateKeyPair's paramEncoding
// 'explicit'). Go's x509 knows only named curves, so explicit parameters
// that describe one of the curves this package supports are swapped for
// its OID on the way in, and the key remembers to write them out again.

var (
	oidPrimeField = asn1.ObjectIdentifier{1, 2, 840, 10045, 1, 1}
	// curveSeeds are the NIST curves' generation seeds, which OpenSSL
	// writes into explicit parameters.
	curveSeeds = map[elliptic.Curve]string{
		elliptic.P224(): "bd71344799d5c7fcdc45b59fa3b9ab8f6a948bc5",
		elliptic.P256(): "c49d360886e704936a6678e1139d26b7819f7e90",
		elliptic.P384(): "a335926aa319a27a1d00896a6773a4827acdac73",
		elliptic.P521(): "d09e8800291cb85396cc6717393284aaa0da64ba",
	}
	curveOIDs = map[elliptic.Curve]asn1.ObjectIdentifier{
		elliptic.P224(): {1, 3, 132, 0, 33},
		elliptic.P256(): {1, 2, 840, 10045, 3, 1, 7},
		elliptic.P384(): {1, 3, 132, 0, 34},
		elliptic.P521(): {1, 3, 132, 0, 35},
	}
)

type fieldID struct {
	Type  asn1.ObjectIdentifier
	Prime *big.Int
}

type curveASN1 struct {
	A, B []byte
	Seed asn1.BitString `asn1:"optional"`
}

type ecParameters struct {
	Version  int
	Field    fieldID
	Curve    curveASN1
	Base     []byte
	Order    *big.Int
	Cofactor *big.Int `asn1:"optional"`
}

// explicitParams is the ECParameters of c.
func explicitParams(c elliptic.Curve) asn1.RawValue {
	p := c.Params()
	size := (p.BitSize + 7) / 8
	a := new(big.Int).Sub(p.P, big.NewInt(3))
	v := ecParameters{
		Version:  1,
		Field:    fieldID{Type: oidPrimeField, Prime: p.P},
		Curve:    curveASN1{A: a.FillBytes(make([]byte, size)), B: p.B.FillBytes(make([]byte, size))},
		Base:     elliptic.Marshal(c, p.Gx, p.Gy), //nolint:staticcheck // encodes the generator, not a key
		Order:    p.N,
		Cofactor: big.NewInt(1),
	}
	if seed, err := hex.DecodeString(curveSeeds[c]); err == nil && len(seed) > 0 {
		v.Curve.Seed = asn1.BitString{Bytes: seed, BitLength: 8 * len(seed)}
	}
	b, _ := asn1.Marshal(v)
	return asn1.RawValue{FullBytes: b}
}

// namedFromExplicit maps explicit parameters to the named curve they
// describe, nil for none.
func namedFromExplicit(raw []byte) elliptic.Curve {
	var v ecParameters
	if rest, err := asn1.Unmarshal(raw, &v); err != nil || len(rest) != 0 || !v.Field.Type.Equal(oidPrimeField) ||
		v.Field.Prime == nil || v.Order == nil {
		return nil
	}
	for c := range curveOIDs {
		p := c.Params()
		a := new(big.Int).Sub(p.P, big.NewInt(3))
		if p.P.Cmp(v.Field.Prime) != 0 || p.N.Cmp(v.Order) != 0 ||
			new(big.Int).SetBytes(v.Curve.A).Cmp(a) != 0 || new(big.Int).SetBytes(v.Curve.B).Cmp(p.B) != 0 {
			continue
		}
		x, y := elliptic.Unmarshal(c, v.Base) //nolint:staticcheck // decodes the generator
		if x != nil && x.Cmp(p.Gx) == 0 && y.Cmp(p.Gy) == 0 {
			return c
		}
	}
	return nil
}

// isExplicit reports whether an EC AlgorithmIdentifier's parameters are a
// SEQUENCE (explicit) rather than an OID.
func isExplicit(params asn1.RawValue) bool {
	return params.Class == asn1.ClassUniversal && params.Tag == asn1.TagSequence
}

// namedAlgo is alg with explicit parameters replaced by the curve's OID.
func namedAlgo(alg pkix.AlgorithmIdentifier) (pkix.AlgorithmIdentifier, bool) {
	if !alg.Algorithm.Equal(oidEC) || !isExplicit(alg.Parameters) {
		return alg, false
	}
	c := namedFromExplicit(alg.Parameters.FullBytes)
	if c == nil {
		return alg, false
	}
	b, _ := asn1.Marshal(curveOIDs[c])
	alg.Parameters = asn1.RawValue{FullBytes: b}
	return alg, true
}

// parseExplicitPKCS8 parses a PKCS#8 EC key with explicit parameters; ok
// is false for anything else.
func parseExplicitPKCS8(p *pkcs8) (*Key, bool, error) {
	alg, ok := namedAlgo(p.Algo)
	if !ok {
		return nil, false, nil
	}
	inner, _, err := namedSEC1(p.Key)
	if err != nil {
		return nil, true, ErrUnsupported
	}
	der, err := asn1.Marshal(pkcs8{Version: p.Version, Algo: alg, Key: inner})
	if err != nil {
		return nil, true, ErrUnsupported
	}
	pk, err := x509.ParsePKCS8PrivateKey(der)
	if err != nil {
		return nil, true, ErrUnsupported
	}
	k, err := fromPrivate(pk)
	if k != nil {
		k.Explicit = true
	}
	return k, true, err
}

func parseExplicitSPKI(p *spki) (*Key, bool, error) {
	alg, ok := namedAlgo(p.Algo)
	if !ok {
		return nil, false, nil
	}
	der, err := asn1.Marshal(spki{Algo: alg, Key: p.Key})
	if err != nil {
		return nil, true, ErrUnsupported
	}
	pk, err := x509.ParsePKIXPublicKey(der)
	if err != nil {
		return nil, true, ErrUnsupported
	}
	k, err := fromPublic(pk)
	if k != nil {
		k.Explicit = true
	}
	return k, true, err
}

// sec1WithParams rewrites an ECPrivateKey's [0] parameters with
// replace(the parameters' DER) (nil: keep them).
func sec1WithParams(der []byte, replace func([]byte) ([]byte, error)) ([]byte, error) {
	in := cryptobyte.String(der)
	var seq cryptobyte.String
	var version int64
	var priv []byte
	if !in.ReadASN1(&seq, casn1.SEQUENCE) || !in.Empty() || !seq.ReadASN1Integer(&version) ||
		!seq.ReadASN1Bytes(&priv, casn1.OCTET_STRING) {
		return nil, ErrUnsupported
	}
	var params, pub cryptobyte.String
	var hasParams, hasPub bool
	tag0 := casn1.Tag(0).Constructed().ContextSpecific()
	tag1 := casn1.Tag(1).Constructed().ContextSpecific()
	if !seq.ReadOptionalASN1(&params, &hasParams, tag0) || !seq.ReadOptionalASN1(&pub, &hasPub, tag1) || !seq.Empty() {
		return nil, ErrUnsupported
	}
	np, err := replace(params)
	if err != nil {
		return nil, err
	}
	var b cryptobyte.Builder
	b.AddASN1(casn1.SEQUENCE, func(b *cryptobyte.Builder) {
		b.AddASN1Int64(version)
		b.AddASN1OctetString(priv)
		if len(np) > 0 {
			b.AddASN1(tag0, func(b *cryptobyte.Builder) { b.AddBytes(np) })
		}
		if hasPub {
			b.AddASN1(tag1, func(b *cryptobyte.Builder) { b.AddBytes(pub) })
		}
	})
	return b.Bytes()
}

// namedSEC1 is an ECPrivateKey with explicit parameters (if any) named;
// explicit reports whether they were.
func namedSEC1(der []byte) ([]byte, bool, error) {
	explicit := false
	out, err := sec1WithParams(der, func(p []byte) ([]byte, error) {
		if len(p) == 0 || p[0] != 0x30 {
			return p, nil
		}
		c := namedFromExplicit(p)
		if c == nil {
			return nil, ErrUnsupported
		}
		explicit = true
		return asn1.Marshal(curveOIDs[c])
	})
	return out, explicit, err
}

// ParseSEC1 parses an ECPrivateKey, named or explicit.
func ParseSEC1(der []byte) (*Key, error) {
	named, explicit, err := namedSEC1(der)
	if err != nil {
		return nil, err
	}
	pk, err := x509.ParseECPrivateKey(named)
	if err != nil {
		return parseK1SEC1(der)
	}
	k, err := fromPrivate(pk)
	if k != nil && explicit {
		k.Explicit = true
	}
	return k, err
}

// MarshalSEC1 is an EC private key as an ECPrivateKey, with explicit
// parameters for a key that had them.
func (k *Key) MarshalSEC1() ([]byte, error) {
	ek := k.Priv.(*ecdsa.PrivateKey)
	if isK1(k) {
		return marshalK1SEC1(ek, true), nil
	}
	der, err := x509.MarshalECPrivateKey(ek)
	if err != nil || !k.Explicit {
		return der, err
	}
	return sec1WithParams(der, func([]byte) ([]byte, error) {
		return explicitParams(ek.Curve).FullBytes, nil
	})
}

// explicitAlgo is the ecPublicKey AlgorithmIdentifier with k's curve
// spelled out.
func (k *Key) explicitAlgo() pkix.AlgorithmIdentifier {
	return pkix.AlgorithmIdentifier{Algorithm: oidEC, Parameters: explicitParams(k.Pub.(*ecdsa.PublicKey).Curve)}
}
