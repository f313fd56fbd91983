package pkey

import (
	"crypto/dsa" //nolint:staticcheck // DSA keys are what Node's 'dsa' key type is
	"crypto/rand"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"math/big"

	"golang.org/x/crypto/cryptobyte"
	casn1 "golang.org/x/crypto/cryptobyte/asn1"
)

// DSA keys (asymmetricKeyType 'dsa') and PKCS#3 Diffie-Hellman keys
// ('dh'): their PKCS#8 and SPKI forms, OpenSSL's traditional "DSA
// PRIVATE KEY", signing, key agreement and generation.

var (
	oidDSA   = asn1.ObjectIdentifier{1, 2, 840, 10040, 4, 1}
	oidDH    = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 3, 1}
	oidX448  = asn1.ObjectIdentifier{1, 3, 101, 111}
	oidEd448 = asn1.ObjectIdentifier{1, 3, 101, 113}
)

// DHPublic is a Diffie-Hellman public key: group (P, G) and value Y.
type DHPublic struct {
	P, G, Y *big.Int
}

// DHPrivate is a Diffie-Hellman private key.
type DHPrivate struct {
	DHPublic
	X *big.Int
}

type dsaParams struct{ P, Q, G *big.Int }

type dhParams struct {
	P, G *big.Int
}

// Bounds on the groups this package generates or accepts, so a script
// cannot make the host search primes or exponentiate for minutes.
const (
	MaxDSABits = 8192
	MaxDHBits  = 10000
	// MaxGenerateDSABits bounds the DSA groups GenerateDSA searches for
	// (FIPS 186-4's largest; the prime search grows steeply with size).
	MaxGenerateDSABits = 3072
)

var errBadParams = ossl("1C800090", "Provider routines", "invalid modulus", "ERR_OSSL_INVALID_MODULUS")

func parseDSAParams(raw asn1.RawValue) (*dsa.Parameters, error) {
	var p dsaParams
	if rest, err := asn1.Unmarshal(raw.FullBytes, &p); err != nil || len(rest) != 0 {
		return nil, ErrUnsupported
	}
	if p.P == nil || p.Q == nil || p.G == nil || p.P.Sign() <= 0 || p.Q.Sign() <= 0 || p.G.Sign() <= 0 ||
		p.P.BitLen() > MaxDSABits || p.Q.BitLen() >= p.P.BitLen() {
		return nil, ErrUnsupported
	}
	return &dsa.Parameters{P: p.P, Q: p.Q, G: p.G}, nil
}

func parseDHParams(raw asn1.RawValue) (*big.Int, *big.Int, error) {
	// DHParameter ::= SEQUENCE { prime, base, privateValueLength OPTIONAL }
	in := cryptobyte.String(raw.FullBytes)
	var seq cryptobyte.String
	p, g := new(big.Int), new(big.Int)
	if !in.ReadASN1(&seq, casn1.SEQUENCE) || !in.Empty() || !seq.ReadASN1Integer(p) || !seq.ReadASN1Integer(g) {
		return nil, nil, ErrUnsupported
	}
	if p.Sign() <= 0 || g.Sign() <= 0 || p.BitLen() > MaxDHBits {
		return nil, nil, ErrUnsupported
	}
	return p, g, nil
}

func readInt(der []byte) (*big.Int, error) {
	in := cryptobyte.String(der)
	v := new(big.Int)
	if !in.ReadASN1Integer(v) || !in.Empty() || v.Sign() <= 0 {
		return nil, ErrUnsupported
	}
	return v, nil
}

// parsePKCS8Other parses the PKCS#8 forms of DSA and DH keys; ok is false
// for other algorithms.
func parsePKCS8Other(p *pkcs8) (*Key, bool, error) {
	switch {
	case p.Algo.Algorithm.Equal(oidEd448), p.Algo.Algorithm.Equal(oidX448):
		var raw []byte
		if rest, err := asn1.Unmarshal(p.Key, &raw); err != nil || len(rest) != 0 {
			return nil, true, ErrUnsupported
		}
		k, err := New448(p.Algo.Algorithm.Equal(oidEd448), raw, true)
		return k, true, err
	case p.Algo.Algorithm.Equal(oidDSA):
		params, err := parseDSAParams(p.Algo.Parameters)
		if err != nil {
			return nil, true, err
		}
		x, err := readInt(p.Key)
		if err != nil || x.Cmp(params.Q) >= 0 {
			return nil, true, ErrUnsupported
		}
		k := &dsa.PrivateKey{PublicKey: dsa.PublicKey{Parameters: *params}, X: x}
		k.Y = new(big.Int).Exp(params.G, x, params.P)
		return &Key{Type: "dsa", DSA: k, Pub: &k.PublicKey}, true, nil
	case p.Algo.Algorithm.Equal(oidDH):
		pr, g, err := parseDHParams(p.Algo.Parameters)
		if err != nil {
			return nil, true, err
		}
		x, err := readInt(p.Key)
		if err != nil || x.Cmp(pr) >= 0 {
			return nil, true, ErrUnsupported
		}
		k := &DHPrivate{DHPublic: DHPublic{P: pr, G: g, Y: new(big.Int).Exp(g, x, pr)}, X: x}
		return &Key{Type: "dh", DH: k, Pub: &k.DHPublic}, true, nil
	}
	return nil, false, nil
}

// parseSPKIOther parses the SPKI forms of DSA and DH keys.
func parseSPKIOther(p *spki) (*Key, bool, error) {
	switch {
	case p.Algo.Algorithm.Equal(oidEd448), p.Algo.Algorithm.Equal(oidX448):
		k, err := New448(p.Algo.Algorithm.Equal(oidEd448), p.Key.RightAlign(), false)
		return k, true, err
	case p.Algo.Algorithm.Equal(oidDSA):
		params, err := parseDSAParams(p.Algo.Parameters)
		if err != nil {
			return nil, true, err
		}
		y, err := readInt(p.Key.RightAlign())
		if err != nil || y.Cmp(params.P) >= 0 {
			return nil, true, ErrUnsupported
		}
		return &Key{Type: "dsa", Pub: &dsa.PublicKey{Parameters: *params, Y: y}}, true, nil
	case p.Algo.Algorithm.Equal(oidDH):
		pr, g, err := parseDHParams(p.Algo.Parameters)
		if err != nil {
			return nil, true, err
		}
		y, err := readInt(p.Key.RightAlign())
		if err != nil || y.Cmp(pr) >= 0 {
			return nil, true, ErrUnsupported
		}
		return &Key{Type: "dh", Pub: &DHPublic{P: pr, G: g, Y: y}}, true, nil
	}
	return nil, false, nil
}

func marshalInt(v *big.Int) []byte {
	b, _ := asn1.Marshal(v)
	return b
}

func (k *Key) otherAlgo() (pkix.AlgorithmIdentifier, *big.Int, bool) {
	switch pub := k.Pub.(type) {
	case Ed448Public:
		return pkix.AlgorithmIdentifier{Algorithm: oidEd448}, nil, true
	case X448Public:
		return pkix.AlgorithmIdentifier{Algorithm: oidX448}, nil, true
	case *dsa.PublicKey:
		b, _ := asn1.Marshal(dsaParams{pub.P, pub.Q, pub.G})
		return pkix.AlgorithmIdentifier{Algorithm: oidDSA, Parameters: asn1.RawValue{FullBytes: b}}, pub.Y, true
	case *DHPublic:
		b, _ := asn1.Marshal(dhParams{pub.P, pub.G})
		return pkix.AlgorithmIdentifier{Algorithm: oidDH, Parameters: asn1.RawValue{FullBytes: b}}, pub.Y, true
	}
	return pkix.AlgorithmIdentifier{}, nil, false
}

// marshalPKCS8Other is the PKCS#8 of a DSA or DH key.
func (k *Key) marshalPKCS8Other() ([]byte, bool, error) {
	alg, _, ok := k.otherAlgo()
	if !ok {
		return nil, false, nil
	}
	if k.Raw != nil {
		inner, _ := asn1.Marshal(k.Raw)
		b, err := asn1.Marshal(pkcs8{Algo: alg, Key: inner})
		return b, true, err
	}
	var x *big.Int
	if k.DSA != nil {
		x = k.DSA.X
	} else if k.DH != nil {
		x = k.DH.X
	}
	b, err := asn1.Marshal(pkcs8{Algo: alg, Key: marshalInt(x)})
	return b, true, err
}

func (k *Key) marshalSPKIOther() ([]byte, bool, error) {
	alg, y, ok := k.otherAlgo()
	if !ok {
		return nil, false, nil
	}
	var yb []byte
	switch pub := k.Pub.(type) {
	case Ed448Public:
		yb = pub
	case X448Public:
		yb = pub
	default:
		yb = marshalInt(y)
	}
	b, err := asn1.Marshal(spki{Algo: alg, Key: asn1.BitString{Bytes: yb, BitLength: 8 * len(yb)}})
	return b, true, err
}

// parseDSATraditional parses OpenSSL's "DSA PRIVATE KEY":
// SEQUENCE { version 0, p, q, g, y, x }.
func parseDSATraditional(der []byte) (*Key, error) {
	var v struct {
		Version       int
		P, Q, G, Y, X *big.Int
	}
	if rest, err := asn1.Unmarshal(der, &v); err != nil || len(rest) != 0 || v.Version != 0 {
		return nil, ErrUnsupported
	}
	for _, n := range []*big.Int{v.P, v.Q, v.G, v.Y, v.X} {
		if n == nil || n.Sign() <= 0 {
			return nil, ErrUnsupported
		}
	}
	if v.P.BitLen() > MaxDSABits || v.Q.BitLen() >= v.P.BitLen() || v.X.Cmp(v.Q) >= 0 {
		return nil, ErrUnsupported
	}
	k := &dsa.PrivateKey{PublicKey: dsa.PublicKey{Parameters: dsa.Parameters{P: v.P, Q: v.Q, G: v.G}, Y: v.Y}, X: v.X}
	return &Key{Type: "dsa", DSA: k, Pub: &k.PublicKey}, nil
}

// dsaDigest is digest cut to the bit length of q (FIPS 186-4 4.6).
func dsaDigest(q *big.Int, digest []byte) []byte {
	n := (q.BitLen() + 7) / 8
	if len(digest) > n {
		digest = digest[:n]
	}
	return digest
}

func signDSA(k *dsa.PrivateKey, digest []byte, p1363 bool) ([]byte, error) {
	r, s, err := dsa.Sign(randReader, k, dsaDigest(k.Q, digest))
	if err != nil {
		return nil, err
	}
	if p1363 {
		n := (k.Q.BitLen() + 7) / 8
		out := make([]byte, 2*n)
		r.FillBytes(out[:n])
		s.FillBytes(out[n:])
		return out, nil
	}
	var b cryptobyte.Builder
	b.AddASN1(casn1.SEQUENCE, func(b *cryptobyte.Builder) {
		b.AddASN1BigInt(r)
		b.AddASN1BigInt(s)
	})
	return b.Bytes()
}

func verifyDSA(pub *dsa.PublicKey, digest, sig []byte, p1363 bool) bool {
	r, s := new(big.Int), new(big.Int)
	if p1363 {
		n := (pub.Q.BitLen() + 7) / 8
		if len(sig) != 2*n {
			return false
		}
		r.SetBytes(sig[:n])
		s.SetBytes(sig[n:])
	} else {
		in := cryptobyte.String(sig)
		var seq cryptobyte.String
		if !in.ReadASN1(&seq, casn1.SEQUENCE) || !in.Empty() || !seq.ReadASN1Integer(r) ||
			!seq.ReadASN1Integer(s) || !seq.Empty() {
			return false
		}
	}
	return dsa.Verify(pub, dsaDigest(pub.Q, digest), r, s)
}

// GenerateDSA makes a DSA key with a modulus of bits bits and a subgroup
// of qbits bits (0: OpenSSL 3's default, 224).
func GenerateDSA(bits, qbits int, stop func() bool) (*Key, error) {
	if qbits <= 0 {
		qbits = 224
	}
	if bits < 512 || bits > MaxGenerateDSABits || qbits < 160 || qbits >= bits || qbits > 512 {
		return nil, &Error{Class: "RangeError", Code: "ERR_OUT_OF_RANGE",
			Message: "DSA key sizes this runtime generates: modulusLength 512 to 3072, divisorLength 160 to 512"}
	}
	q, err := rand.Prime(randReader, qbits)
	if err != nil {
		return nil, err
	}
	one := big.NewInt(1)
	twoQ := new(big.Int).Lsh(q, 1)
	limit := new(big.Int).Lsh(one, uint(bits))
	rem := new(big.Int)
	for i := 0; ; i++ {
		if stop != nil && i%64 == 0 && stop() {
			return nil, errors.New("cancelled")
		}
		p, err := rand.Int(randReader, limit)
		if err != nil {
			return nil, err
		}
		p.SetBit(p, bits-1, 1)
		rem.Mod(p, twoQ)
		rem.Sub(rem, one)
		p.Sub(p, rem)
		if p.BitLen() == bits && p.ProbablyPrime(20) {
			return dsaFromPQ(p, q)
		}
	}
}

func dsaFromPQ(p, q *big.Int) (*Key, error) {
	one := big.NewInt(1)
	e := new(big.Int).Div(new(big.Int).Sub(p, one), q)
	g := new(big.Int)
	for h := int64(2); ; h++ {
		g.Exp(big.NewInt(h), e, p)
		if g.Cmp(one) != 0 {
			break
		}
	}
	k := &dsa.PrivateKey{PublicKey: dsa.PublicKey{Parameters: dsa.Parameters{P: p, Q: q, G: g}}}
	if err := dsa.GenerateKey(k, randReader); err != nil {
		return nil, err
	}
	return &Key{Type: "dsa", DSA: k, Pub: &k.PublicKey}, nil
}

// GenerateDH makes a Diffie-Hellman key in group (p, g).
func GenerateDH(p, g *big.Int) (*Key, error) {
	if p.Sign() <= 0 || p.BitLen() > MaxDHBits || p.BitLen() < 2 || g.Cmp(big.NewInt(1)) <= 0 {
		return nil, errBadParams
	}
	max := new(big.Int).Sub(p, big.NewInt(2))
	for {
		x, err := rand.Int(randReader, max)
		if err != nil {
			return nil, err
		}
		if x.Sign() == 0 {
			continue
		}
		k := &DHPrivate{DHPublic: DHPublic{P: p, G: g, Y: new(big.Int).Exp(g, x, p)}, X: x}
		return &Key{Type: "dh", DH: k, Pub: &k.DHPublic}, nil
	}
}

var errMismatchedParams = ossl("1C8000CB", "Provider routines", "mismatching domain parameters", "ERR_OSSL_MISMATCHING_DOMAIN_PARAMETERS")

// deriveDH is peer^x mod p, left-padded to p's size.
func deriveDH(priv *DHPrivate, pub *DHPublic) ([]byte, error) {
	if priv.P.Cmp(pub.P) != 0 || priv.G.Cmp(pub.G) != 0 {
		return nil, errMismatchedParams
	}
	s := new(big.Int).Exp(pub.Y, priv.X, priv.P)
	return s.FillBytes(make([]byte, (priv.P.BitLen()+7)/8)), nil
}

// New448 makes an ed448 (ed true) or x448 key from its raw private or
// public bytes.
func New448(ed bool, raw []byte, private bool) (*Key, error) {
	typ, size := "x448", 56
	if ed {
		typ, size = "ed448", 57
	}
	if len(raw) != size {
		return nil, ErrUnsupported
	}
	raw = append([]byte{}, raw...)
	if !private {
		if ed {
			if _, err := edDecode(raw); err != nil {
				return nil, ErrUnsupported
			}
			return &Key{Type: typ, Pub: Ed448Public(raw)}, nil
		}
		return &Key{Type: typ, Pub: X448Public(raw)}, nil
	}
	if ed {
		return &Key{Type: typ, Raw: raw, Pub: Ed448Public(ed448PublicOf(raw))}, nil
	}
	pub, err := X448Base(raw)
	if err != nil {
		return nil, ErrUnsupported
	}
	return &Key{Type: typ, Raw: raw, Pub: X448Public(pub)}, nil
}
