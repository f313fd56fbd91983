// Package evpkdf is OpenSSL's EVP_BytesToKey: the key and IV that the
// deprecated crypto.createCipher derives from a password (MD5, no salt,
// one iteration) and that legacy encrypted PEM uses.
package evpkdf

import "hash"

// BytesToKey derives keyLen key bytes and ivLen IV bytes from password and
// salt (nil for none) with count iterations of h: D_i = H^count(D_{i-1} ||
// password || salt).
func BytesToKey(h func() hash.Hash, password, salt []byte, count, keyLen, ivLen int) (key, iv []byte) {
	out := make([]byte, 0, keyLen+ivLen)
	var prev []byte
	for len(out) < keyLen+ivLen {
		d := h()
		d.Write(prev)
		d.Write(password)
		d.Write(salt)
		prev = d.Sum(nil)
		for i := 1; i < count; i++ {
			d.Reset()
			d.Write(prev)
			prev = d.Sum(nil)
		}
		out = append(out, prev...)
	}
	return out[:keyLen], out[keyLen : keyLen+ivLen]
}
