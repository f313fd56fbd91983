package pkey

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/x509/pkix"
	"encoding/asn1"
	"math/big"

	"golang.org/x/crypto/cryptobyte"
	casn1 "golang.org/x/crypto/cryptobyte/asn1"
)

// secp256k1 (y² = x³ + 7), which OpenSSL has and Go's standard library
// does not: an elliptic.Curve over math/big in affine coordinates, enough
// for crypto/ecdsa's generic code, ECDH and key encodings. Not
// constant-time.

type k1Curve struct{ params *elliptic.CurveParams }

var (
	oidSecp256k1 = asn1.ObjectIdentifier{1, 3, 132, 0, 10}
	secp256k1    = func() *k1Curve {
		h := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 16); return v }
		return &k1Curve{&elliptic.CurveParams{
			P:       h("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f"),
			N:       h("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"),
			B:       big.NewInt(7),
			Gx:      h("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"),
			Gy:      h("483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8"),
			BitSize: 256,
			Name:    "secp256k1",
		}}
	}()
)

// Secp256k1 is the curve.
func Secp256k1() elliptic.Curve { return secp256k1 }

func (c *k1Curve) Params() *elliptic.CurveParams { return c.params }

func (c *k1Curve) IsOnCurve(x, y *big.Int) bool {
	p := c.params.P
	if x.Sign() < 0 || x.Cmp(p) >= 0 || y.Sign() < 0 || y.Cmp(p) >= 0 {
		return false
	}
	l := new(big.Int).Mul(y, y)
	l.Mod(l, p)
	r := new(big.Int).Mul(x, x)
	r.Mul(r, x)
	r.Add(r, c.params.B)
	r.Mod(r, p)
	return l.Cmp(r) == 0
}

// (0, 0) stands for the point at infinity, as crypto/elliptic does.
func isInf(x, y *big.Int) bool { return x.Sign() == 0 && y.Sign() == 0 }

func (c *k1Curve) Add(x1, y1, x2, y2 *big.Int) (*big.Int, *big.Int) {
	p := c.params.P
	if isInf(x1, y1) {
		return new(big.Int).Set(x2), new(big.Int).Set(y2)
	}
	if isInf(x2, y2) {
		return new(big.Int).Set(x1), new(big.Int).Set(y1)
	}
	if x1.Cmp(x2) == 0 {
		if y1.Cmp(y2) == 0 && y1.Sign() != 0 {
			return c.Double(x1, y1)
		}
		return new(big.Int), new(big.Int)
	}
	l := new(big.Int).Sub(y2, y1)
	d := new(big.Int).Sub(x2, x1)
	d.Mod(d, p)
	l.Mul(l, d.ModInverse(d, p))
	l.Mod(l, p)
	return c.finish(l, x1, y1, x2)
}

func (c *k1Curve) finish(l, x1, y1, x2 *big.Int) (*big.Int, *big.Int) {
	p := c.params.P
	x3 := new(big.Int).Mul(l, l)
	x3.Sub(x3, x1)
	x3.Sub(x3, x2)
	x3.Mod(x3, p)
	y3 := new(big.Int).Sub(x1, x3)
	y3.Mul(y3, l)
	y3.Sub(y3, y1)
	y3.Mod(y3, p)
	return x3, y3
}

func (c *k1Curve) Double(x1, y1 *big.Int) (*big.Int, *big.Int) {
	p := c.params.P
	if isInf(x1, y1) || y1.Sign() == 0 {
		return new(big.Int), new(big.Int)
	}
	l := new(big.Int).Mul(x1, x1)
	l.Mul(l, big.NewInt(3))
	d := new(big.Int).Lsh(y1, 1)
	d.Mod(d, p)
	l.Mul(l, d.ModInverse(d, p))
	l.Mod(l, p)
	return c.finish(l, x1, y1, x1)
}

func (c *k1Curve) ScalarMult(x1, y1 *big.Int, k []byte) (*big.Int, *big.Int) {
	x, y := new(big.Int), new(big.Int)
	for _, b := range k {
		for i := 7; i >= 0; i-- {
			x, y = c.Double(x, y)
			if b>>uint(i)&1 == 1 {
				x, y = c.Add(x, y, x1, y1)
			}
		}
	}
	return x, y
}

func (c *k1Curve) ScalarBaseMult(k []byte) (*big.Int, *big.Int) {
	return c.ScalarMult(c.params.Gx, c.params.Gy, k)
}

func k1Point(b []byte) (*big.Int, *big.Int, bool) {
	c := secp256k1
	if len(b) == 65 && b[0] == 4 {
		x, y := new(big.Int).SetBytes(b[1:33]), new(big.Int).SetBytes(b[33:])
		return x, y, c.IsOnCurve(x, y)
	}
	if len(b) == 33 && (b[0] == 2 || b[0] == 3) {
		p := c.params.P
		x := new(big.Int).SetBytes(b[1:])
		if x.Cmp(p) >= 0 {
			return nil, nil, false
		}
		y2 := new(big.Int).Mul(x, x)
		y2.Mul(y2, x)
		y2.Add(y2, c.params.B)
		y2.Mod(y2, p)
		y := new(big.Int).ModSqrt(y2, p)
		if y == nil {
			return nil, nil, false
		}
		if y.Bit(0) != uint(b[0]&1) {
			y.Sub(p, y)
		}
		return x, y, true
	}
	return nil, nil, false
}

func k1Marshal(x, y *big.Int) []byte {
	out := make([]byte, 65)
	out[0] = 4
	x.FillBytes(out[1:33])
	y.FillBytes(out[33:])
	return out
}

func isK1Algo(alg pkix.AlgorithmIdentifier) bool {
	var oid asn1.ObjectIdentifier
	if !alg.Algorithm.Equal(oidEC) {
		return false
	}
	if rest, err := asn1.Unmarshal(alg.Parameters.FullBytes, &oid); err != nil || len(rest) != 0 {
		return false
	}
	return oid.Equal(oidSecp256k1)
}

func k1Algo() pkix.AlgorithmIdentifier {
	b, _ := asn1.Marshal(oidSecp256k1)
	return pkix.AlgorithmIdentifier{Algorithm: oidEC, Parameters: asn1.RawValue{FullBytes: b}}
}

// parseK1SEC1 parses a secp256k1 ECPrivateKey (its [0] parameters, when
// present, must name the curve).
func parseK1SEC1(der []byte) (*Key, error) {
	in := cryptobyte.String(der)
	var seq cryptobyte.String
	var version int64
	var priv []byte
	if !in.ReadASN1(&seq, casn1.SEQUENCE) || !in.Empty() || !seq.ReadASN1Integer(&version) || version != 1 ||
		!seq.ReadASN1Bytes(&priv, casn1.OCTET_STRING) || len(priv) > 32 {
		return nil, ErrUnsupported
	}
	var params cryptobyte.String
	var has bool
	if !seq.ReadOptionalASN1(&params, &has, casn1.Tag(0).Constructed().ContextSpecific()) {
		return nil, ErrUnsupported
	}
	if has {
		var oid asn1.ObjectIdentifier
		if !params.ReadASN1ObjectIdentifier(&oid) || !oid.Equal(oidSecp256k1) {
			return nil, ErrUnsupported
		}
	}
	d := new(big.Int).SetBytes(priv)
	if d.Sign() == 0 || d.Cmp(secp256k1.params.N) >= 0 {
		return nil, ErrUnsupported
	}
	k := &ecdsa.PrivateKey{D: d}
	k.Curve = secp256k1
	k.X, k.Y = secp256k1.ScalarBaseMult(d.FillBytes(make([]byte, 32)))
	return &Key{Type: "ec", Priv: k, Pub: &k.PublicKey}, nil
}

func marshalK1SEC1(k *ecdsa.PrivateKey, withParams bool) []byte {
	var b cryptobyte.Builder
	b.AddASN1(casn1.SEQUENCE, func(b *cryptobyte.Builder) {
		b.AddASN1Int64(1)
		b.AddASN1OctetString(k.D.FillBytes(make([]byte, 32)))
		if withParams {
			b.AddASN1(casn1.Tag(0).Constructed().ContextSpecific(), func(b *cryptobyte.Builder) {
				b.AddASN1ObjectIdentifier(oidSecp256k1)
			})
		}
		b.AddASN1(casn1.Tag(1).Constructed().ContextSpecific(), func(b *cryptobyte.Builder) {
			b.AddASN1BitString(k1Marshal(k.X, k.Y))
		})
	})
	return b.BytesOrPanic()
}

func isK1(k *Key) bool {
	pub, ok := k.Pub.(*ecdsa.PublicKey)
	return ok && pub.Curve == elliptic.Curve(secp256k1)
}

// k1ECDH is the x coordinate of d·pub.
func k1ECDH(priv *ecdsa.PrivateKey, pub *ecdsa.PublicKey) []byte {
	x, _ := secp256k1.ScalarMult(pub.X, pub.Y, priv.D.FillBytes(make([]byte, 32)))
	return x.FillBytes(make([]byte, 32))
}
