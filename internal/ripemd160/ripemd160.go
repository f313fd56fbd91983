// Package ripemd160 is RIPEMD-160 (Dobbertin, Bosselaers, Preneel, 1996),
// a hash.Hash whose state can be saved and restored (encoding's
// BinaryMarshaler and BinaryUnmarshaler), as crypto's Hash.copy() needs.
package ripemd160

import (
	"encoding/binary"
	"io"
	"math/bits"
)

// Digest is RIPEMD-160 (Dobbertin, Bosselaers, Preneel), with the
// state serialization the other hashes have.
type Digest struct {
	h   [5]uint32
	x   [64]byte
	nx  int
	len uint64
}

// New returns a RIPEMD-160 hash, whose state MarshalBinary and
// UnmarshalBinary save and restore.
func New() *Digest {
	d := &Digest{}
	d.Reset()
	return d
}

// Reset restores the initial state.
func (d *Digest) Reset() {
	d.h = [5]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}
	d.nx, d.len = 0, 0
}

// Size is the digest size, 20 bytes.
func (d *Digest) Size() int { return 20 }

// BlockSize is 64 bytes.
func (d *Digest) BlockSize() int { return 64 }

// Write adds p to the hashed input; it never fails.
func (d *Digest) Write(p []byte) (int, error) {
	n := len(p)
	d.len += uint64(n)
	if d.nx > 0 {
		c := copy(d.x[d.nx:], p)
		d.nx += c
		p = p[c:]
		if d.nx == 64 {
			d.block(d.x[:])
			d.nx = 0
		}
	}
	for len(p) >= 64 {
		d.block(p[:64])
		p = p[64:]
	}
	d.nx += copy(d.x[d.nx:], p)
	return n, nil
}

// Sum appends the digest of the input so far to in.
func (d *Digest) Sum(in []byte) []byte {
	c := *d
	var pad [72]byte
	pad[0] = 0x80
	k := (55 - int(c.len%64) + 64) % 64
	binary.LittleEndian.PutUint64(pad[k+1:], c.len<<3)
	c.Write(pad[:k+9])
	out := make([]byte, 20)
	for i, v := range c.h {
		binary.LittleEndian.PutUint32(out[4*i:], v)
	}
	return append(in, out...)
}

// MarshalBinary saves the state.
func (d *Digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 4+20+64+8)
	b = append(b, "rmd\x01"...)
	for _, v := range d.h {
		b = binary.BigEndian.AppendUint32(b, v)
	}
	b = append(b, d.x[:]...)
	b = binary.BigEndian.AppendUint64(b, d.len)
	return b, nil
}

// UnmarshalBinary restores a state MarshalBinary saved.
func (d *Digest) UnmarshalBinary(b []byte) error {
	if len(b) != 4+20+64+8 || string(b[:4]) != "rmd\x01" {
		return io.ErrUnexpectedEOF
	}
	for i := range d.h {
		d.h[i] = binary.BigEndian.Uint32(b[4+4*i:])
	}
	copy(d.x[:], b[24:88])
	d.len = binary.BigEndian.Uint64(b[88:])
	d.nx = int(d.len % 64)
	return nil
}

var (
	rmdR = [80]uint8{
		0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
		7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8,
		3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12,
		1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2,
		4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13}
	rmdR2 = [80]uint8{
		5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12,
		6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2,
		15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13,
		8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14,
		12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11}
	rmdS = [80]uint8{
		11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8,
		7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12,
		11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5,
		11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12,
		9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6}
	rmdS2 = [80]uint8{
		8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6,
		9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11,
		9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5,
		15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8,
		8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11}
	rmdK  = [5]uint32{0, 0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xa953fd4e}
	rmdK2 = [5]uint32{0x50a28be6, 0x5c4dd124, 0x6d703ef3, 0x7a6d76e9, 0}
)

func rmdF(j int, x, y, z uint32) uint32 {
	switch j / 16 {
	case 0:
		return x ^ y ^ z
	case 1:
		return (x & y) | (^x & z)
	case 2:
		return (x | ^y) ^ z
	case 3:
		return (x & z) | (y &^ z)
	}
	return x ^ (y | ^z)
}

func (d *Digest) block(p []byte) {
	var x [16]uint32
	for i := range x {
		x[i] = binary.LittleEndian.Uint32(p[4*i:])
	}
	a, b, c, dd, e := d.h[0], d.h[1], d.h[2], d.h[3], d.h[4]
	a2, b2, c2, d2, e2 := a, b, c, dd, e
	for j := 0; j < 80; j++ {
		t := bits.RotateLeft32(a+rmdF(j, b, c, dd)+x[rmdR[j]]+rmdK[j/16], int(rmdS[j])) + e
		a, e, dd, c, b = e, dd, bits.RotateLeft32(c, 10), b, t
		t = bits.RotateLeft32(a2+rmdF(79-j, b2, c2, d2)+x[rmdR2[j]]+rmdK2[j/16], int(rmdS2[j])) + e2
		a2, e2, d2, c2, b2 = e2, d2, bits.RotateLeft32(c2, 10), b2, t
	}
	t := d.h[1] + c + d2
	d.h[1] = d.h[2] + dd + e2
	d.h[2] = d.h[3] + e + a2
	d.h[3] = d.h[4] + a + b2
	d.h[4] = d.h[0] + b + c2
	d.h[0] = t
}
