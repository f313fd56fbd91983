// Package keywrap is AES key wrap (RFC 3394), AES key wrap with padding
// (RFC 5649) and the CMS Triple-DES key wrap (RFC 3217), as OpenSSL's
// id-aes*-wrap, id-aes*-wrap-pad and des3-wrap ciphers do them.
package keywrap

import (
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/binary"
	"errors"
)

// ErrInvalid is input of a length the wrap does not take, or a failed
// integrity check on unwrap.
var ErrInvalid = errors.New("keywrap: invalid input")

// DefaultIV is RFC 3394's initial value.
var DefaultIV = []byte{0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6}

// DefaultPadIV is RFC 5649's alternative initial value prefix.
var DefaultPadIV = []byte{0xA6, 0x59, 0x59, 0xA6}

func wrapCore(b cipher.Block, a []byte, r []byte) []byte {
	n := len(r) / 8
	out := make([]byte, 8+len(r))
	copy(out[8:], r)
	A := make([]byte, 8)
	copy(A, a)
	buf := make([]byte, 16)
	for j := 0; j < 6; j++ {
		for i := 1; i <= n; i++ {
			copy(buf, A)
			copy(buf[8:], out[8*i:8*i+8])
			b.Encrypt(buf, buf)
			t := uint64(n*j + i)
			binary.BigEndian.PutUint64(A, binary.BigEndian.Uint64(buf[:8])^t)
			copy(out[8*i:], buf[8:])
		}
	}
	copy(out, A)
	return out
}

func unwrapCore(b cipher.Block, c []byte) (a, r []byte) {
	n := len(c)/8 - 1
	A := append([]byte(nil), c[:8]...)
	R := append([]byte(nil), c[8:]...)
	buf := make([]byte, 16)
	for j := 5; j >= 0; j-- {
		for i := n; i >= 1; i-- {
			t := uint64(n*j + i)
			binary.BigEndian.PutUint64(buf, binary.BigEndian.Uint64(A)^t)
			copy(buf[8:], R[8*(i-1):8*i])
			b.Decrypt(buf, buf)
			copy(A, buf[:8])
			copy(R[8*(i-1):], buf[8:])
		}
	}
	return A, R
}

// Wrap is RFC 3394 wrap of p (a multiple of 8 bytes, at least 16) under
// b with iv (nil: the default).
func Wrap(b cipher.Block, iv, p []byte) ([]byte, error) {
	if len(p) < 16 || len(p)%8 != 0 {
		return nil, ErrInvalid
	}
	if iv == nil {
		iv = DefaultIV
	}
	return wrapCore(b, iv, p), nil
}

// Unwrap reverses Wrap, checking the integrity value.
func Unwrap(b cipher.Block, iv, c []byte) ([]byte, error) {
	if len(c) < 24 || len(c)%8 != 0 {
		return nil, ErrInvalid
	}
	if iv == nil {
		iv = DefaultIV
	}
	a, r := unwrapCore(b, c)
	if subtle.ConstantTimeCompare(a, iv) != 1 {
		return nil, ErrInvalid
	}
	return r, nil
}

// WrapPad is RFC 5649 wrap of any non-empty p with the 4-byte iv prefix
// (nil: the default).
func WrapPad(b cipher.Block, iv, p []byte) ([]byte, error) {
	if len(p) == 0 || len(p) > 1<<31 {
		return nil, ErrInvalid
	}
	if iv == nil {
		iv = DefaultPadIV
	}
	aiv := make([]byte, 8)
	copy(aiv, iv)
	binary.BigEndian.PutUint32(aiv[4:], uint32(len(p)))
	padded := make([]byte, (len(p)+7)/8*8)
	copy(padded, p)
	if len(padded) == 8 {
		buf := append(aiv, padded...)
		b.Encrypt(buf, buf)
		return buf, nil
	}
	return wrapCore(b, aiv, padded), nil
}

// UnwrapPad reverses WrapPad.
func UnwrapPad(b cipher.Block, iv, c []byte) ([]byte, error) {
	if len(c) < 16 || len(c)%8 != 0 {
		return nil, ErrInvalid
	}
	if iv == nil {
		iv = DefaultPadIV
	}
	var a, r []byte
	if len(c) == 16 {
		buf := make([]byte, 16)
		b.Decrypt(buf, c)
		a, r = buf[:8], buf[8:]
	} else {
		a, r = unwrapCore(b, c)
	}
	if subtle.ConstantTimeCompare(a[:4], iv) != 1 {
		return nil, ErrInvalid
	}
	n := int(binary.BigEndian.Uint32(a[4:]))
	if n > len(r) || n <= len(r)-8 {
		return nil, ErrInvalid
	}
	for _, x := range r[n:] {
		if x != 0 {
			return nil, ErrInvalid
		}
	}
	return r[:n], nil
}

var des3IV = []byte{0x4a, 0xdd, 0xa2, 0x2c, 0x79, 0xe8, 0x21, 0x05}

// Des3Wrap is RFC 3217's wrap of p (a multiple of 8 bytes) under a
// Triple-DES key, with a random IV.
func Des3Wrap(key, p []byte) ([]byte, error) {
	b, err := des.NewTripleDESCipher(key)
	if err != nil {
		return nil, err
	}
	if len(p) == 0 || len(p)%8 != 0 {
		return nil, ErrInvalid
	}
	icv := sha1.Sum(p)
	cekicv := append(append([]byte(nil), p...), icv[:8]...)
	iv := make([]byte, 8)
	rand.Read(iv)
	temp1 := make([]byte, len(cekicv))
	cipher.NewCBCEncrypter(b, iv).CryptBlocks(temp1, cekicv)
	temp2 := append(append([]byte(nil), iv...), temp1...)
	for i, j := 0, len(temp2)-1; i < j; i, j = i+1, j-1 {
		temp2[i], temp2[j] = temp2[j], temp2[i]
	}
	out := make([]byte, len(temp2))
	cipher.NewCBCEncrypter(b, des3IV).CryptBlocks(out, temp2)
	return out, nil
}

// Des3Unwrap reverses Des3Wrap.
func Des3Unwrap(key, c []byte) ([]byte, error) {
	b, err := des.NewTripleDESCipher(key)
	if err != nil {
		return nil, err
	}
	if len(c) < 24 || len(c)%8 != 0 {
		return nil, ErrInvalid
	}
	temp3 := make([]byte, len(c))
	cipher.NewCBCDecrypter(b, des3IV).CryptBlocks(temp3, c)
	for i, j := 0, len(temp3)-1; i < j; i, j = i+1, j-1 {
		temp3[i], temp3[j] = temp3[j], temp3[i]
	}
	iv, temp1 := temp3[:8], temp3[8:]
	cekicv := make([]byte, len(temp1))
	cipher.NewCBCDecrypter(b, iv).CryptBlocks(cekicv, temp1)
	p, icv := cekicv[:len(cekicv)-8], cekicv[len(cekicv)-8:]
	sum := sha1.Sum(p)
	if subtle.ConstantTimeCompare(sum[:8], icv) != 1 {
		return nil, ErrInvalid
	}
	return p, nil
}
