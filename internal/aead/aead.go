// Package aead is AES in CCM (RFC 3610, NIST SP 800-38C) and OCB (RFC
// 7253) mode, the two authenticated modes OpenSSL offers and Go's standard
// library does not. Both work on a whole message: Seal returns the
// ciphertext and the tag, Open the plaintext or ok false.
package aead

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/subtle"
	"encoding/binary"
	"errors"
	"math/bits"
)

// ErrParams is a nonce, tag or message length the mode does not allow.
var ErrParams = errors.New("aead: invalid parameters")

// CCMSeal encrypts msg with nonce (7..13 bytes) and a tag of tagLen
// (4..16, even) bytes.
func CCMSeal(key, nonce, aad, msg []byte, tagLen int) (ct, tag []byte, err error) {
	b, err := ccmCheck(key, nonce, len(msg), tagLen)
	if err != nil {
		return nil, nil, err
	}
	mac := ccmMAC(b, nonce, aad, msg, tagLen)
	ct = make([]byte, len(msg))
	s0 := ccmCTR(b, nonce, ct, msg)
	subtle.XORBytes(mac, mac, s0[:tagLen])
	return ct, mac, nil
}

// CCMOpen decrypts ct and checks tag.
func CCMOpen(key, nonce, aad, ct, tag []byte) ([]byte, bool, error) {
	b, err := ccmCheck(key, nonce, len(ct), len(tag))
	if err != nil {
		return nil, false, err
	}
	msg := make([]byte, len(ct))
	s0 := ccmCTR(b, nonce, msg, ct)
	mac := ccmMAC(b, nonce, aad, msg, len(tag))
	subtle.XORBytes(mac, mac, s0[:len(tag)])
	if subtle.ConstantTimeCompare(mac, tag) != 1 {
		return nil, false, nil
	}
	return msg, true, nil
}

func ccmCheck(key, nonce []byte, n, tagLen int) (cipher.Block, error) {
	if len(nonce) < 7 || len(nonce) > 13 || tagLen < 4 || tagLen > 16 || tagLen%2 != 0 {
		return nil, ErrParams
	}
	if l := 15 - len(nonce); l < 8 && uint64(n) >= 1<<(8*uint(l)) {
		return nil, ErrParams
	}
	return aes.NewCipher(key)
}

func ccmMAC(b cipher.Block, nonce, aad, msg []byte, tagLen int) []byte {
	l := 15 - len(nonce)
	var x [16]byte
	flags := byte((tagLen-2)/2<<3 | (l - 1))
	if len(aad) > 0 {
		flags |= 0x40
	}
	x[0] = flags
	copy(x[1:], nonce)
	n := uint64(len(msg))
	for i := 15; i > 15-l; i-- {
		x[i] = byte(n)
		n >>= 8
	}
	b.Encrypt(x[:], x[:])
	var block [16]byte
	absorb := func(data []byte) {
		for len(data) > 0 {
			block = [16]byte{}
			k := copy(block[:], data)
			data = data[k:]
			subtle.XORBytes(x[:], x[:], block[:])
			b.Encrypt(x[:], x[:])
		}
	}
	if len(aad) > 0 {
		var hdr []byte
		switch a := uint64(len(aad)); {
		case a < 0xff00:
			hdr = binary.BigEndian.AppendUint16(nil, uint16(a))
		case a <= 0xffffffff:
			hdr = binary.BigEndian.AppendUint32([]byte{0xff, 0xfe}, uint32(a))
		default:
			hdr = binary.BigEndian.AppendUint64([]byte{0xff, 0xff}, a)
		}
		absorb(append(hdr, aad...))
	}
	absorb(msg)
	return append([]byte{}, x[:tagLen]...)
}

// ccmCTR writes src XOR the keystream from counter 1 to dst and returns
// the block of counter 0 (which masks the tag).
func ccmCTR(b cipher.Block, nonce, dst, src []byte) []byte {
	l := 15 - len(nonce)
	ctr := make([]byte, 16)
	ctr[0] = byte(l - 1)
	copy(ctr[1:], nonce)
	s0 := make([]byte, 16)
	b.Encrypt(s0, ctr)
	ctr[15] = 1
	cipher.NewCTR(b, ctr).XORKeyStream(dst, src)
	return s0
}

// ocb holds a key's L values.
type ocb struct {
	b           cipher.Block
	lStar, lDlr [16]byte
	l           [][16]byte
}

func double(s [16]byte) [16]byte {
	var out [16]byte
	carry := s[0] >> 7
	for i := 0; i < 15; i++ {
		out[i] = s[i]<<1 | s[i+1]>>7
	}
	out[15] = s[15]<<1 ^ 0x87*carry
	return out
}

func newOCB(key []byte) (*ocb, error) {
	b, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	o := &ocb{b: b}
	b.Encrypt(o.lStar[:], o.lStar[:])
	o.lDlr = double(o.lStar)
	o.l = [][16]byte{double(o.lDlr)}
	return o, nil
}

func (o *ocb) li(i int) [16]byte {
	for len(o.l) <= i {
		o.l = append(o.l, double(o.l[len(o.l)-1]))
	}
	return o.l[i]
}

func xor16(a *[16]byte, b []byte) {
	subtle.XORBytes(a[:], a[:], b[:16])
}

func (o *ocb) hash(aad []byte) [16]byte {
	var sum, off, t [16]byte
	i := 1
	for ; len(aad) >= 16; i++ {
		l := o.li(bits.TrailingZeros(uint(i)))
		xor16(&off, l[:])
		copy(t[:], aad[:16])
		xor16(&t, off[:])
		o.b.Encrypt(t[:], t[:])
		xor16(&sum, t[:])
		aad = aad[16:]
	}
	if len(aad) > 0 {
		xor16(&off, o.lStar[:])
		t = [16]byte{}
		copy(t[:], aad)
		t[len(aad)] = 0x80
		xor16(&t, off[:])
		o.b.Encrypt(t[:], t[:])
		xor16(&sum, t[:])
	}
	return sum
}

func (o *ocb) initialOffset(nonce []byte, tagLen int) [16]byte {
	var n [16]byte
	n[0] = byte((tagLen * 8 % 128) << 1)
	n[15-len(nonce)] |= 1
	copy(n[16-len(nonce):], nonce)
	bottom := int(n[15] & 63)
	n[15] &^= 63
	var ktop [16]byte
	o.b.Encrypt(ktop[:], n[:])
	var stretch [24]byte
	copy(stretch[:], ktop[:])
	for i := 0; i < 8; i++ {
		stretch[16+i] = ktop[i] ^ ktop[i+1]
	}
	var off [16]byte
	byteShift, bitShift := bottom/8, uint(bottom%8)
	for i := 0; i < 16; i++ {
		off[i] = stretch[i+byteShift] << bitShift
		if bitShift != 0 {
			off[i] |= stretch[i+byteShift+1] >> (8 - bitShift)
		}
	}
	return off
}

// ocbRun is OCB over in (encrypt or decrypt); it returns the output and
// the full tag.
func ocbRun(key, nonce, aad, in []byte, tagLen int, decrypt bool) ([]byte, []byte, error) {
	if len(nonce) < 1 || len(nonce) > 15 || tagLen < 1 || tagLen > 16 {
		return nil, nil, ErrParams
	}
	o, err := newOCB(key)
	if err != nil {
		return nil, nil, err
	}
	off := o.initialOffset(nonce, tagLen)
	var sum, t [16]byte
	out := make([]byte, len(in))
	src, dst := in, out
	for i := 1; len(src) >= 16; i++ {
		l := o.li(bits.TrailingZeros(uint(i)))
		xor16(&off, l[:])
		copy(t[:], src[:16])
		xor16(&t, off[:])
		if decrypt {
			o.b.Decrypt(t[:], t[:])
		} else {
			xor16(&sum, src[:16])
			o.b.Encrypt(t[:], t[:])
		}
		xor16(&t, off[:])
		copy(dst, t[:])
		if decrypt {
			xor16(&sum, t[:])
		}
		src, dst = src[16:], dst[16:]
	}
	if len(src) > 0 {
		xor16(&off, o.lStar[:])
		var pad [16]byte
		o.b.Encrypt(pad[:], off[:])
		subtle.XORBytes(dst, src, pad[:len(src)])
		p := src
		if decrypt {
			p = dst
		}
		t = [16]byte{}
		copy(t[:], p)
		t[len(p)] = 0x80
		xor16(&sum, t[:])
	}
	xor16(&sum, off[:])
	xor16(&sum, o.lDlr[:])
	o.b.Encrypt(sum[:], sum[:])
	h := o.hash(aad)
	xor16(&sum, h[:])
	return out, sum[:tagLen], nil
}

// OCBSeal encrypts msg with nonce (1..15 bytes) and a tag of tagLen
// (1..16) bytes.
func OCBSeal(key, nonce, aad, msg []byte, tagLen int) ([]byte, []byte, error) {
	return ocbRun(key, nonce, aad, msg, tagLen, false)
}

// OCBOpen decrypts ct and checks tag.
func OCBOpen(key, nonce, aad, ct, tag []byte) ([]byte, bool, error) {
	out, want, err := ocbRun(key, nonce, aad, ct, len(tag), true)
	if err != nil {
		return nil, false, err
	}
	if subtle.ConstantTimeCompare(want, tag) != 1 {
		return nil, false, nil
	}
	return out, true, nil
}
