package pkey

import (
	"crypto/sha3"
	"crypto/subtle"
	"errors"
	"math/big"
)

// X448 (RFC 7748) and Ed448 (RFC 8032), which Go's standard library does
// not have, over math/big. This arithmetic is not constant-time: it gives
// scripts Node's key types, not side-channel resistance.

// Ed448Public and X448Public are the raw public keys (57 and 56 bytes).
type (
	Ed448Public []byte
	X448Public  []byte
)

var (
	p448 = func() *big.Int {
		p := new(big.Int).Lsh(big.NewInt(1), 448)
		p.Sub(p, new(big.Int).Lsh(big.NewInt(1), 224))
		return p.Sub(p, big.NewInt(1))
	}()
	d448 = new(big.Int).Sub(p448, big.NewInt(39081))
	l448 = func() *big.Int {
		l, _ := new(big.Int).SetString("3fffffffffffffffffffffffffffffffffffffffffffffffffffffff7cca23e9c44edb49aed63690216cc2728dc58f552378c292ab5844f3", 16)
		return l
	}()
	edBX  = mustInt("224580040295924300187604334099896036246789641632564134246125461686950415467406032909029192869357953282578032075146446173674602635247710")
	edBY  = mustInt("298819210078481492676017930443930673437544040154080242095928241372331506189835876003536878655418784733982303233503462500531545062832660")
	one   = big.NewInt(1)
	errPt = errors.New("invalid curve448 point")
)

func mustInt(s string) *big.Int {
	v, _ := new(big.Int).SetString(s, 10)
	return v
}

func leInt(b []byte) *big.Int {
	r := make([]byte, len(b))
	for i := range b {
		r[len(b)-1-i] = b[i]
	}
	return new(big.Int).SetBytes(r)
}

func leBytes(v *big.Int, n int) []byte {
	b := v.FillBytes(make([]byte, n))
	for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return b
}

func fmod(v *big.Int) *big.Int { return v.Mod(v, p448) }

// X448 is the RFC 7748 function of a 56-byte scalar and u-coordinate.
func X448(scalar, u []byte) ([]byte, error) {
	if len(scalar) != 56 || len(u) != 56 {
		return nil, errPt
	}
	k := append([]byte{}, scalar...)
	k[0] &= 252
	k[55] |= 128
	kn := leInt(k)
	x1 := fmod(leInt(u))
	x2, z2 := big.NewInt(1), big.NewInt(0)
	x3, z3 := new(big.Int).Set(x1), big.NewInt(1)
	a24 := big.NewInt(39081)
	swap := uint(0)
	t := new(big.Int)
	for i := 447; i >= 0; i-- {
		kt := kn.Bit(i)
		swap ^= kt
		if swap == 1 {
			x2, x3 = x3, x2
			z2, z3 = z3, z2
		}
		swap = kt
		a := fmod(new(big.Int).Add(x2, z2))
		aa := fmod(new(big.Int).Mul(a, a))
		b := fmod(new(big.Int).Sub(x2, z2))
		bb := fmod(new(big.Int).Mul(b, b))
		e := fmod(new(big.Int).Sub(aa, bb))
		c := fmod(new(big.Int).Add(x3, z3))
		d := fmod(new(big.Int).Sub(x3, z3))
		da := fmod(new(big.Int).Mul(d, a))
		cb := fmod(new(big.Int).Mul(c, b))
		t.Add(da, cb)
		x3 = fmod(new(big.Int).Mul(t, t))
		t.Sub(da, cb)
		t.Mul(t, t)
		z3 = fmod(new(big.Int).Mul(x1, t))
		x2 = fmod(new(big.Int).Mul(aa, bb))
		t.Mul(a24, e)
		t.Add(t, aa)
		z2 = fmod(new(big.Int).Mul(e, t))
	}
	if swap == 1 {
		x2, z2 = x3, z3
	}
	inv := new(big.Int).Exp(z2, new(big.Int).Sub(p448, big.NewInt(2)), p448)
	out := leBytes(fmod(new(big.Int).Mul(x2, inv)), 56)
	if subtle.ConstantTimeCompare(out, make([]byte, 56)) == 1 {
		return nil, errPt
	}
	return out, nil
}

// X448Base is scalar·5, the public key of a private scalar.
func X448Base(scalar []byte) ([]byte, error) {
	u := make([]byte, 56)
	u[0] = 5
	return X448(scalar, u)
}

// edPoint is a point of edwards448 in projective coordinates.
type edPoint struct{ x, y, z *big.Int }

func edIdentity() edPoint { return edPoint{big.NewInt(0), big.NewInt(1), big.NewInt(1)} }

func edBase() edPoint { return edPoint{new(big.Int).Set(edBX), new(big.Int).Set(edBY), big.NewInt(1)} }

// add is RFC 8032's (complete) addition on edwards448.
func (p edPoint) add(q edPoint) edPoint {
	a := fmod(new(big.Int).Mul(p.z, q.z))
	b := fmod(new(big.Int).Mul(a, a))
	c := fmod(new(big.Int).Mul(p.x, q.x))
	d := fmod(new(big.Int).Mul(p.y, q.y))
	e := fmod(new(big.Int).Mul(d448, fmod(new(big.Int).Mul(c, d))))
	f := fmod(new(big.Int).Sub(b, e))
	g := fmod(new(big.Int).Add(b, e))
	h := fmod(new(big.Int).Mul(new(big.Int).Add(p.x, p.y), new(big.Int).Add(q.x, q.y)))
	x := fmod(new(big.Int).Mul(a, fmod(new(big.Int).Mul(f, new(big.Int).Sub(new(big.Int).Sub(h, c), d)))))
	y := fmod(new(big.Int).Mul(a, fmod(new(big.Int).Mul(g, new(big.Int).Sub(d, c)))))
	z := fmod(new(big.Int).Mul(f, g))
	return edPoint{x, y, z}
}

func (p edPoint) mul(k *big.Int) edPoint {
	r := edIdentity()
	for i := k.BitLen() - 1; i >= 0; i-- {
		r = r.add(r)
		if k.Bit(i) == 1 {
			r = r.add(p)
		}
	}
	return r
}

func (p edPoint) equal(q edPoint) bool {
	a := fmod(new(big.Int).Mul(p.x, q.z))
	b := fmod(new(big.Int).Mul(q.x, p.z))
	c := fmod(new(big.Int).Mul(p.y, q.z))
	d := fmod(new(big.Int).Mul(q.y, p.z))
	return a.Cmp(b) == 0 && c.Cmp(d) == 0
}

func (p edPoint) encode() []byte {
	inv := new(big.Int).ModInverse(p.z, p448)
	x := fmod(new(big.Int).Mul(p.x, inv))
	y := fmod(new(big.Int).Mul(p.y, inv))
	out := leBytes(y, 57)
	if x.Bit(0) == 1 {
		out[56] |= 0x80
	}
	return out
}

func edDecode(b []byte) (edPoint, error) {
	if len(b) != 57 || b[56]&0x7f != 0 {
		return edPoint{}, errPt
	}
	sign := b[56] >> 7
	yb := append([]byte{}, b[:56]...)
	y := leInt(yb)
	if y.Cmp(p448) >= 0 {
		return edPoint{}, errPt
	}
	yy := fmod(new(big.Int).Mul(y, y))
	u := fmod(new(big.Int).Sub(yy, one))
	v := fmod(new(big.Int).Sub(fmod(new(big.Int).Mul(d448, yy)), one))
	vi := new(big.Int).ModInverse(v, p448)
	if vi == nil {
		return edPoint{}, errPt
	}
	x2 := fmod(new(big.Int).Mul(u, vi))
	e := new(big.Int).Add(p448, one)
	e.Rsh(e, 2)
	x := new(big.Int).Exp(x2, e, p448)
	if fmod(new(big.Int).Mul(x, x)).Cmp(x2) != 0 {
		return edPoint{}, errPt
	}
	if x.Sign() == 0 && sign == 1 {
		return edPoint{}, errPt
	}
	if uint8(x.Bit(0)) != sign {
		x.Sub(p448, x)
	}
	return edPoint{x, y, big.NewInt(1)}, nil
}

func shake114(parts ...[]byte) []byte {
	h := sha3.NewSHAKE256()
	for _, p := range parts {
		h.Write(p)
	}
	out := make([]byte, 114)
	h.Read(out)
	return out
}

func dom4() []byte { return append([]byte("SigEd448"), 0, 0) }

func ed448Expand(seed []byte) (*big.Int, []byte) {
	h := shake114(seed)
	s := append([]byte{}, h[:57]...)
	s[0] &= 0xfc
	s[56] = 0
	s[55] |= 0x80
	return leInt(s), h[57:]
}

// Ed448Public is the public key of a 57-byte private key.
func ed448PublicOf(seed []byte) []byte {
	s, _ := ed448Expand(seed)
	return edBase().mul(s).encode()
}

// Ed448Sign is a pure Ed448 signature with an empty context.
func Ed448Sign(seed, msg []byte) []byte {
	s, prefix := ed448Expand(seed)
	a := edBase().mul(s).encode()
	r := new(big.Int).Mod(leInt(shake114(dom4(), prefix, msg)), l448)
	rp := edBase().mul(r).encode()
	k := new(big.Int).Mod(leInt(shake114(dom4(), rp, a, msg)), l448)
	sv := new(big.Int).Mul(k, s)
	sv.Add(sv, r)
	sv.Mod(sv, l448)
	return append(rp, leBytes(sv, 57)...)
}

// Ed448Verify checks a pure Ed448 signature with an empty context.
func Ed448Verify(pub, msg, sig []byte) bool {
	if len(sig) != 114 || len(pub) != 57 {
		return false
	}
	a, err := edDecode(pub)
	if err != nil {
		return false
	}
	r, err := edDecode(sig[:57])
	if err != nil {
		return false
	}
	s := leInt(sig[57:])
	if s.Cmp(l448) >= 0 {
		return false
	}
	k := new(big.Int).Mod(leInt(shake114(dom4(), sig[:57], pub, msg)), l448)
	four := big.NewInt(4)
	lhs := edBase().mul(s).mul(four)
	rhs := r.add(a.mul(k)).mul(four)
	return lhs.equal(rhs)
}
