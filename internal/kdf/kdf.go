// Package kdf derives keys with PBKDF2 (RFC 8018) and scrypt (RFC 7914)
// in loops that watch a stop channel, so that a derivation a script asked
// for ends when its isolate is stopped instead of holding a host thread
// (and the isolate's Run) for as long as its parameters say: a script
// chooses the iteration count and the cost, and nothing else bounds the
// time they take.
package kdf

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"hash"
	"math/bits"
)

// ErrStopped is the error of a derivation ended by its stop channel.
var ErrStopped = errors.New("kdf: stopped")

// checkEvery is how many rounds run between two looks at the stop channel
// (a look costs a select; a round of PBKDF2-SHA1 about 200 ns).
const checkEvery = 1 << 12

func stopped(stop <-chan struct{}) bool {
	select {
	case <-stop:
		return true
	default:
		return false
	}
}

// PBKDF2 derives keyLen bytes from password and salt with iter rounds of
// HMAC over h. A nil stop never stops.
func PBKDF2(stop <-chan struct{}, h func() hash.Hash, password, salt []byte, iter, keyLen int) ([]byte, error) {
	if iter < 1 || keyLen < 0 {
		return nil, errors.New("kdf: bad PBKDF2 parameters")
	}
	prf := hmac.New(h, password)
	size := prf.Size()
	out := make([]byte, 0, (keyLen+size-1)/size*size)
	var ctr [4]byte
	u := make([]byte, 0, size)
	for block := uint32(1); len(out) < keyLen; block++ {
		if block%checkEvery == 0 && stopped(stop) {
			return nil, ErrStopped
		}
		binary.BigEndian.PutUint32(ctr[:], block)
		prf.Reset()
		prf.Write(salt)
		prf.Write(ctr[:])
		u = prf.Sum(u[:0])
		t := out[len(out) : len(out)+size]
		out = out[:len(out)+size]
		copy(t, u)
		for n := 1; n < iter; n++ {
			if n%checkEvery == 0 && stopped(stop) {
				return nil, ErrStopped
			}
			prf.Reset()
			prf.Write(u)
			u = prf.Sum(u[:0])
			for i := range t {
				t[i] ^= u[i]
			}
		}
	}
	return out[:keyLen], nil
}

// Scrypt derives keyLen bytes from password and salt with cost N (a power
// of two above 1), block size r and parallelism p. The caller bounds the
// memory (128·r·N bytes, and 128·r·p); a nil stop never stops.
func Scrypt(stop <-chan struct{}, password, salt []byte, N, r, p, keyLen int) ([]byte, error) {
	if N <= 1 || N&(N-1) != 0 || r <= 0 || p <= 0 || uint64(r)*uint64(p) >= 1<<30 ||
		r > (1<<31-1)/128/p || r > (1<<31-1)/256 || N > (1<<31-1)/128/r {
		return nil, errors.New("kdf: bad scrypt parameters")
	}
	b, err := PBKDF2(stop, sha256.New, password, salt, 1, p*128*r)
	if err != nil {
		return nil, err
	}
	words := 32 * r
	x := make([]uint32, words)
	y := make([]uint32, words)
	v := make([]uint32, words*N)
	for lane := 0; lane < p; lane++ {
		chunk := b[lane*128*r : (lane+1)*128*r]
		for i := range x {
			x[i] = binary.LittleEndian.Uint32(chunk[4*i:])
		}
		for i := 0; i < N; i++ {
			if i%checkEvery == 0 && stopped(stop) {
				return nil, ErrStopped
			}
			copy(v[i*words:], x)
			blockMix(x, y, r)
			x, y = y, x
		}
		for i := 0; i < N; i++ {
			if i%checkEvery == 0 && stopped(stop) {
				return nil, ErrStopped
			}
			j := int(uint64(x[words-16])|uint64(x[words-15])<<32) & (N - 1)
			vj := v[j*words : (j+1)*words]
			for k := range x {
				x[k] ^= vj[k]
			}
			blockMix(x, y, r)
			x, y = y, x
		}
		for i, w := range x {
			binary.LittleEndian.PutUint32(chunk[4*i:], w)
		}
	}
	return PBKDF2(stop, sha256.New, password, b, 1, keyLen)
}

// blockMix is scrypt's BlockMix over the 2r 64-byte blocks of in, written
// to out: the even results first, then the odd ones.
func blockMix(in, out []uint32, r int) {
	var t [16]uint32
	copy(t[:], in[(2*r-1)*16:])
	for i := 0; i < 2*r; i++ {
		for k := range t {
			t[k] ^= in[i*16+k]
		}
		salsa208(&t)
		dst := (i/2 + (i%2)*r) * 16
		copy(out[dst:dst+16], t[:])
	}
}

// salsa208 is the Salsa20/8 core (RFC 7914, section 3) in place.
func salsa208(b *[16]uint32) {
	x := *b
	rl := bits.RotateLeft32
	for i := 0; i < 8; i += 2 {
		// columns
		x[4] ^= rl(x[0]+x[12], 7)
		x[8] ^= rl(x[4]+x[0], 9)
		x[12] ^= rl(x[8]+x[4], 13)
		x[0] ^= rl(x[12]+x[8], 18)
		x[9] ^= rl(x[5]+x[1], 7)
		x[13] ^= rl(x[9]+x[5], 9)
		x[1] ^= rl(x[13]+x[9], 13)
		x[5] ^= rl(x[1]+x[13], 18)
		x[14] ^= rl(x[10]+x[6], 7)
		x[2] ^= rl(x[14]+x[10], 9)
		x[6] ^= rl(x[2]+x[14], 13)
		x[10] ^= rl(x[6]+x[2], 18)
		x[3] ^= rl(x[15]+x[11], 7)
		x[7] ^= rl(x[3]+x[15], 9)
		x[11] ^= rl(x[7]+x[3], 13)
		x[15] ^= rl(x[11]+x[7], 18)
		// rows
		x[1] ^= rl(x[0]+x[3], 7)
		x[2] ^= rl(x[1]+x[0], 9)
		x[3] ^= rl(x[2]+x[1], 13)
		x[0] ^= rl(x[3]+x[2], 18)
		x[6] ^= rl(x[5]+x[4], 7)
		x[7] ^= rl(x[6]+x[5], 9)
		x[4] ^= rl(x[7]+x[6], 13)
		x[5] ^= rl(x[4]+x[7], 18)
		x[11] ^= rl(x[10]+x[9], 7)
		x[8] ^= rl(x[11]+x[10], 9)
		x[9] ^= rl(x[8]+x[11], 13)
		x[10] ^= rl(x[9]+x[8], 18)
		x[12] ^= rl(x[15]+x[14], 7)
		x[13] ^= rl(x[12]+x[15], 9)
		x[14] ^= rl(x[13]+x[12], 13)
		x[15] ^= rl(x[14]+x[13], 18)
	}
	for i := range b {
		b[i] += x[i]
	}
}
