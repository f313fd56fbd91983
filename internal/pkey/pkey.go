package pkey

import (
	"crypto"
	"crypto/dsa" //nolint:staticcheck // Node's 'dsa' keys
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"math/big"
)

// Key is one parsed asymmetric key: Priv is nil for a public key.
type Key struct {
	// Type is Node's asymmetricKeyType: rsa, rsa-pss, dsa, ec, ed25519,
	// x25519, dh.
	Type string
	Priv crypto.Signer // *rsa.PrivateKey, *ecdsa.PrivateKey, ed25519.PrivateKey; nil for x25519
	X    *ecdh.PrivateKey
	DSA  *dsa.PrivateKey  // a dsa private key
	DH   *DHPrivate       // a dh private key
	Raw  []byte           // an ed448 (57-byte seed) or x448 (56-byte scalar) private key
	Pub  crypto.PublicKey // *rsa.PublicKey, *ecdsa.PublicKey, ed25519.PublicKey, *ecdh.PublicKey, *dsa.PublicKey, *DHPublic
	// Explicit marks an ec key whose encodings spell out the curve's
	// parameters instead of naming it.
	Explicit bool
	// PSS holds an rsa-pss key's restrictions, nil when it has none.
	PSS *PSSParams
}

// PSSParams are the restrictions of an RSASSA-PSS key.
type PSSParams struct {
	Hash, MGF1Hash string // OpenSSL digest names
	SaltLength     int
}

// IsPrivate reports whether k holds private material.
func (k *Key) IsPrivate() bool {
	return k.Priv != nil || k.X != nil || k.DSA != nil || k.DH != nil || k.Raw != nil
}

// Public returns the public half of k.
func (k *Key) Public() *Key {
	return &Key{Type: k.Type, Pub: k.Pub, PSS: k.PSS, Explicit: k.Explicit}
}

var (
	oidRSA     = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 1}
	oidRSAPSS  = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 10}
	oidMGF1    = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 8}
	oidEC      = asn1.ObjectIdentifier{1, 2, 840, 10045, 2, 1}
	oidEd25519 = asn1.ObjectIdentifier{1, 3, 101, 112}
	oidX25519  = asn1.ObjectIdentifier{1, 3, 101, 110}
)

// hashOIDs are the digests an RSA-PSS key may name.
var hashOIDs = map[string]asn1.ObjectIdentifier{
	"sha1":       {1, 3, 14, 3, 2, 26},
	"sha224":     {2, 16, 840, 1, 101, 3, 4, 2, 4},
	"sha256":     {2, 16, 840, 1, 101, 3, 4, 2, 1},
	"sha384":     {2, 16, 840, 1, 101, 3, 4, 2, 2},
	"sha512":     {2, 16, 840, 1, 101, 3, 4, 2, 3},
	"sha512-224": {2, 16, 840, 1, 101, 3, 4, 2, 5},
	"sha512-256": {2, 16, 840, 1, 101, 3, 4, 2, 6},
}

func hashByOID(o asn1.ObjectIdentifier) string {
	for n, v := range hashOIDs {
		if v.Equal(o) {
			return n
		}
	}
	return ""
}

type pkcs8 struct {
	Version int
	Algo    pkix.AlgorithmIdentifier
	Key     []byte
}

type spki struct {
	Algo pkix.AlgorithmIdentifier
	Key  asn1.BitString
}

type pssASN1 struct {
	Hash    pkix.AlgorithmIdentifier `asn1:"explicit,tag:0,optional"`
	MGF     pkix.AlgorithmIdentifier `asn1:"explicit,tag:1,optional"`
	Salt    int                      `asn1:"explicit,tag:2,optional,default:20"`
	Trailer int                      `asn1:"explicit,tag:3,optional,default:1"`
}

func parsePSSParams(raw asn1.RawValue) (*PSSParams, error) {
	if len(raw.FullBytes) == 0 || raw.Tag == asn1.TagNull {
		return nil, nil
	}
	var p pssASN1
	if rest, err := asn1.Unmarshal(raw.FullBytes, &p); err != nil || len(rest) != 0 {
		return nil, ErrUnsupported
	}
	out := &PSSParams{Hash: "sha1", MGF1Hash: "sha1", SaltLength: p.Salt}
	if len(p.Hash.Algorithm) > 0 {
		if out.Hash = hashByOID(p.Hash.Algorithm); out.Hash == "" {
			return nil, ErrUnsupported
		}
	}
	if len(p.MGF.Algorithm) > 0 {
		var h pkix.AlgorithmIdentifier
		if !p.MGF.Algorithm.Equal(oidMGF1) {
			return nil, ErrUnsupported
		}
		if _, err := asn1.Unmarshal(p.MGF.Parameters.FullBytes, &h); err != nil {
			return nil, ErrUnsupported
		}
		if out.MGF1Hash = hashByOID(h.Algorithm); out.MGF1Hash == "" {
			return nil, ErrUnsupported
		}
	}
	if p.Salt < 0 {
		return nil, ErrUnsupported
	}
	return out, nil
}

func (p *PSSParams) marshal() asn1.RawValue {
	if p == nil {
		return asn1.RawValue{}
	}
	var v pssASN1
	alg := func(n string) pkix.AlgorithmIdentifier {
		return pkix.AlgorithmIdentifier{Algorithm: hashOIDs[n], Parameters: asn1.NullRawValue}
	}
	if p.Hash != "sha1" {
		v.Hash = alg(p.Hash)
	}
	if p.MGF1Hash != "sha1" {
		inner, _ := asn1.Marshal(alg(p.MGF1Hash))
		v.MGF = pkix.AlgorithmIdentifier{Algorithm: oidMGF1, Parameters: asn1.RawValue{FullBytes: inner}}
	}
	v.Salt = p.SaltLength
	v.Trailer = 1
	b, _ := asn1.Marshal(v)
	return asn1.RawValue{FullBytes: b}
}

// ParsePKCS8 parses a PrivateKeyInfo.
func ParsePKCS8(der []byte) (*Key, error) {
	var p pkcs8
	if rest, err := asn1.Unmarshal(der, &p); err != nil || len(rest) != 0 {
		return nil, ErrUnsupported
	}
	if p.Algo.Algorithm.Equal(oidRSAPSS) {
		params, err := parsePSSParams(p.Algo.Parameters)
		if err != nil {
			return nil, err
		}
		rk, err := x509.ParsePKCS1PrivateKey(p.Key)
		if err != nil {
			return nil, ErrUnsupported
		}
		return &Key{Type: "rsa-pss", Priv: rk, Pub: &rk.PublicKey, PSS: params}, nil
	}
	if k, ok, err := parsePKCS8Other(&p); ok {
		return k, err
	}
	if k, ok, err := parseExplicitPKCS8(&p); ok {
		return k, err
	}
	if isK1Algo(p.Algo) {
		return parseK1SEC1(p.Key)
	}
	k, err := x509.ParsePKCS8PrivateKey(der)
	if err != nil {
		return nil, ErrUnsupported
	}
	return fromPrivate(k)
}

func fromPrivate(k any) (*Key, error) {
	switch k := k.(type) {
	case *rsa.PrivateKey:
		return &Key{Type: "rsa", Priv: k, Pub: &k.PublicKey}, nil
	case *ecdsa.PrivateKey:
		if curveName(k.Curve) == "" {
			return nil, ErrUnsupported
		}
		return &Key{Type: "ec", Priv: k, Pub: &k.PublicKey}, nil
	case ed25519.PrivateKey:
		return &Key{Type: "ed25519", Priv: k, Pub: k.Public()}, nil
	case *ecdh.PrivateKey:
		if k.Curve() != ecdh.X25519() {
			return nil, ErrUnsupported
		}
		return &Key{Type: "x25519", X: k, Pub: k.PublicKey()}, nil
	}
	return nil, ErrUnsupported
}

// ParseSPKI parses a SubjectPublicKeyInfo.
func ParseSPKI(der []byte) (*Key, error) {
	var p spki
	if rest, err := asn1.Unmarshal(der, &p); err != nil || len(rest) != 0 {
		return nil, ErrUnsupported
	}
	if p.Algo.Algorithm.Equal(oidRSAPSS) {
		params, err := parsePSSParams(p.Algo.Parameters)
		if err != nil {
			return nil, err
		}
		rk, err := x509.ParsePKCS1PublicKey(p.Key.RightAlign())
		if err != nil {
			return nil, ErrUnsupported
		}
		return &Key{Type: "rsa-pss", Pub: rk, PSS: params}, nil
	}
	if k, ok, err := parseSPKIOther(&p); ok {
		return k, err
	}
	if k, ok, err := parseExplicitSPKI(&p); ok {
		return k, err
	}
	if isK1Algo(p.Algo) {
		x, y, ok := k1Point(p.Key.RightAlign())
		if !ok {
			return nil, ErrUnsupported
		}
		return &Key{Type: "ec", Pub: &ecdsa.PublicKey{Curve: secp256k1, X: x, Y: y}}, nil
	}
	k, err := x509.ParsePKIXPublicKey(der)
	if err != nil {
		return nil, ErrUnsupported
	}
	return fromPublic(k)
}

func fromPublic(k any) (*Key, error) {
	switch k := k.(type) {
	case *rsa.PublicKey:
		return &Key{Type: "rsa", Pub: k}, nil
	case *ecdsa.PublicKey:
		if curveName(k.Curve) == "" {
			return nil, ErrUnsupported
		}
		return &Key{Type: "ec", Pub: k}, nil
	case ed25519.PublicKey:
		return &Key{Type: "ed25519", Pub: k}, nil
	case *ecdh.PublicKey:
		if k.Curve() != ecdh.X25519() {
			return nil, ErrUnsupported
		}
		return &Key{Type: "x25519", Pub: k}, nil
	}
	return nil, ErrUnsupported
}

// MarshalPKCS8 is k's private key as a PrivateKeyInfo.
func (k *Key) MarshalPKCS8() ([]byte, error) {
	if !k.IsPrivate() {
		return nil, errors.New("not a private key")
	}
	if k.Type == "rsa-pss" {
		alg := pkix.AlgorithmIdentifier{Algorithm: oidRSAPSS}
		if k.PSS != nil {
			alg.Parameters = k.PSS.marshal()
		}
		return asn1.Marshal(pkcs8{Algo: alg, Key: x509.MarshalPKCS1PrivateKey(k.Priv.(*rsa.PrivateKey))})
	}
	if k.X != nil {
		return x509.MarshalPKCS8PrivateKey(k.X)
	}
	if b, ok, err := k.marshalPKCS8Other(); ok {
		return b, err
	}
	if isK1(k) {
		return asn1.Marshal(pkcs8{Algo: k1Algo(), Key: marshalK1SEC1(k.Priv.(*ecdsa.PrivateKey), false)})
	}
	if k.Explicit {
		der, err := x509.MarshalPKCS8PrivateKey(k.Priv)
		return withAlgo(der, err, k.explicitAlgo(), func(p *pkcs8) *pkix.AlgorithmIdentifier { return &p.Algo })
	}
	return x509.MarshalPKCS8PrivateKey(k.Priv)
}

// MarshalSPKI is k's public key as a SubjectPublicKeyInfo.
func (k *Key) MarshalSPKI() ([]byte, error) {
	if k.Type == "rsa-pss" {
		alg := pkix.AlgorithmIdentifier{Algorithm: oidRSAPSS}
		if k.PSS != nil {
			alg.Parameters = k.PSS.marshal()
		}
		b := x509.MarshalPKCS1PublicKey(k.Pub.(*rsa.PublicKey))
		return asn1.Marshal(spki{Algo: alg, Key: asn1.BitString{Bytes: b, BitLength: 8 * len(b)}})
	}
	if b, ok, err := k.marshalSPKIOther(); ok {
		return b, err
	}
	if isK1(k) {
		pub := k.Pub.(*ecdsa.PublicKey)
		b := k1Marshal(pub.X, pub.Y)
		return asn1.Marshal(spki{Algo: k1Algo(), Key: asn1.BitString{Bytes: b, BitLength: 8 * len(b)}})
	}
	if k.Explicit {
		der, err := x509.MarshalPKIXPublicKey(k.Pub)
		return withAlgo(der, err, k.explicitAlgo(), func(p *spki) *pkix.AlgorithmIdentifier { return &p.Algo })
	}
	return x509.MarshalPKIXPublicKey(k.Pub)
}

// withAlgo re-encodes der (a PKCS#8 or SPKI structure T, with err from
// making it) with its algorithm identifier replaced by algo.
func withAlgo[T any](der []byte, err error, algo pkix.AlgorithmIdentifier, field func(*T) *pkix.AlgorithmIdentifier) ([]byte, error) {
	var p T
	if err == nil {
		_, err = asn1.Unmarshal(der, &p)
	}
	if err != nil {
		return nil, err
	}
	*field(&p) = algo
	return asn1.Marshal(p)
}

// Canonical is k's canonical DER: PKCS#8 for a private key, SPKI for a
// public one.
func (k *Key) Canonical() ([]byte, error) {
	if k.IsPrivate() {
		return k.MarshalPKCS8()
	}
	return k.MarshalSPKI()
}

// FromCanonical parses what Canonical returned.
func FromCanonical(der []byte, private bool) (*Key, error) {
	if private {
		return ParsePKCS8(der)
	}
	return ParseSPKI(der)
}

// curveName is OpenSSL's name of an EC curve, "" for one Node's keys do
// not use.
func curveName(c elliptic.Curve) string {
	switch c {
	case elliptic.P224():
		return "secp224r1"
	case elliptic.P256():
		return "prime256v1"
	case elliptic.P384():
		return "secp384r1"
	case elliptic.P521():
		return "secp521r1"
	case elliptic.Curve(secp256k1):
		return "secp256k1"
	}
	return ""
}

// CurveByName maps the names Node accepts for a named curve.
func CurveByName(name string) elliptic.Curve {
	switch name {
	case "P-224", "secp224r1":
		return elliptic.P224()
	case "P-256", "prime256v1", "secp256r1":
		return elliptic.P256()
	case "P-384", "secp384r1":
		return elliptic.P384()
	case "P-521", "secp521r1":
		return elliptic.P521()
	case "secp256k1":
		return secp256k1
	}
	return nil
}

// Details are Node's asymmetricKeyDetails (publicExponent as a decimal
// string, for the JS side to make a BigInt).
func (k *Key) Details() map[string]any {
	d := map[string]any{}
	switch pub := k.Pub.(type) {
	case *rsa.PublicKey:
		d["modulusLength"] = pub.N.BitLen()
		d["publicExponent"] = big.NewInt(int64(pub.E)).String()
		if k.PSS != nil {
			d["hashAlgorithm"] = k.PSS.Hash
			d["mgf1HashAlgorithm"] = k.PSS.MGF1Hash
			d["saltLength"] = k.PSS.SaltLength
		}
	case *ecdsa.PublicKey:
		d["namedCurve"] = curveName(pub.Curve)
	case *dsa.PublicKey:
		d["modulusLength"] = pub.P.BitLen()
		d["divisorLength"] = pub.Q.BitLen()
	}
	return d
}

// MaxRSABits bounds the RSA moduli this package generates or accepts
// from a JWK: RSA work grows with the cube of the size, and a script
// must not pin the host for minutes.
const MaxRSABits = 16384
