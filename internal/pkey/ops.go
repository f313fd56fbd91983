package pkey

import (
	"crypto"
	"crypto/dsa" //nolint:staticcheck // Node's 'dsa' keys
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/subtle"
	"errors"
	"math/big"

	"golang.org/x/crypto/cryptobyte"
	casn1 "golang.org/x/crypto/cryptobyte/asn1"
)

// Hashes maps OpenSSL digest names to crypto.Hash for signing.
var Hashes = map[string]crypto.Hash{
	"md5": crypto.MD5, "sha1": crypto.SHA1, "sha224": crypto.SHA224, "sha256": crypto.SHA256,
	"sha384": crypto.SHA384, "sha512": crypto.SHA512, "sha512-224": crypto.SHA512_224,
	"sha512-256": crypto.SHA512_256, "sha3-224": crypto.SHA3_224, "sha3-256": crypto.SHA3_256,
	"sha3-384": crypto.SHA3_384, "sha3-512": crypto.SHA3_512,
}

// Padding values of Node's crypto.constants.
const (
	PKCS1Padding = 1
	NoPadding    = 3
	OAEPPadding  = 4
	PSSPadding   = 6
)

// SignOpts are the options of a signature: Padding (0 for the key's
// default), SaltLength (nil for the default), P1363 for ECDSA's r||s
// encoding.
type SignOpts struct {
	Padding    int
	SaltLength *int
	P1363      bool
}

// Sign signs. hashName is the digest the caller computed digest with ("" for
// none given); msg is the whole message, used by Ed25519.
func Sign(k *Key, hashName string, digest, msg []byte, o SignOpts) ([]byte, error) {
	if k.Type == "ed25519" {
		if hashName != "" {
			return nil, ErrInvalidDigest
		}
		return ed25519.Sign(k.Priv.(ed25519.PrivateKey), msg), nil
	}
	if k.DSA != nil {
		return signDSA(k.DSA, digest, o.P1363)
	}
	if k.Type == "ed448" && k.Raw != nil {
		if hashName != "" {
			return nil, ErrInvalidDigest
		}
		return Ed448Sign(k.Raw, msg), nil
	}
	if k.Priv == nil {
		return nil, ErrOperationNotSupported
	}
	h := Hashes[hashName]
	switch pk := k.Priv.(type) {
	case *rsa.PrivateKey:
		pss, salt, err := pssChoice(k, hashName, o, true)
		if err != nil {
			return nil, err
		}
		if pss {
			if len(digest)+salt+2 > (pk.N.BitLen()+7)/8 && salt >= 0 {
				return nil, ErrDigestTooBig
			}
			return rsa.SignPSS(randReader, pk, h, digest, &rsa.PSSOptions{SaltLength: salt, Hash: h})
		}
		return rsa.SignPKCS1v15(nil, pk, h, digest)
	case *ecdsa.PrivateKey:
		sig, err := ecdsa.SignASN1(randReader, pk, digest)
		if err != nil || !o.P1363 {
			return sig, err
		}
		return toP1363(sig, (pk.Curve.Params().BitSize+7)/8)
	}
	return nil, ErrOperationNotSupported
}

// pssChoice decides between PKCS#1 v1.5 and PSS for an RSA key and the
// salt length in Go's terms.
func pssChoice(k *Key, hashName string, o SignOpts, signing bool) (bool, int, error) {
	pss := k.Type == "rsa-pss" || o.Padding == PSSPadding
	if !pss {
		if o.Padding != 0 && o.Padding != PKCS1Padding {
			return false, 0, ErrIllegalPSSSalt
		}
		return false, 0, nil
	}
	if k.Type == "rsa-pss" && o.Padding != 0 && o.Padding != PSSPadding {
		return false, 0, ErrIllegalPSSSalt
	}
	salt := rsa.PSSSaltLengthAuto
	if k.PSS != nil {
		if hashName != k.PSS.Hash {
			return false, 0, ErrInvalidDigest
		}
		salt = k.PSS.SaltLength
	}
	if o.SaltLength != nil {
		s := *o.SaltLength
		switch {
		case s == -1:
			salt = rsa.PSSSaltLengthEqualsHash
		case s == -2:
			salt = rsa.PSSSaltLengthAuto
		case s < -2:
			return false, 0, ErrIllegalPSSSalt
		default:
			if k.PSS != nil && s < k.PSS.SaltLength {
				return false, 0, ErrIllegalPSSSalt
			}
			salt = s
		}
	}
	return true, salt, nil
}

// Verify checks a signature; a malformed signature is false, not an error.
func Verify(k *Key, hashName string, digest, msg, sig []byte, o SignOpts) (bool, error) {
	switch pub := k.Pub.(type) {
	case ed25519.PublicKey:
		if hashName != "" {
			return false, ErrInvalidDigest
		}
		return ed25519.Verify(pub, msg, sig), nil
	case *dsa.PublicKey:
		return verifyDSA(pub, digest, sig, o.P1363), nil
	case Ed448Public:
		if hashName != "" {
			return false, ErrInvalidDigest
		}
		return Ed448Verify(pub, msg, sig), nil
	case *rsa.PublicKey:
		h := Hashes[hashName]
		pss, salt, err := pssChoice(k, hashName, o, false)
		if err != nil {
			return false, err
		}
		if pss {
			return rsa.VerifyPSS(pub, h, digest, sig, &rsa.PSSOptions{SaltLength: salt, Hash: h}) == nil, nil
		}
		return rsa.VerifyPKCS1v15(pub, h, digest, sig) == nil, nil
	case *ecdsa.PublicKey:
		if o.P1363 {
			n := (pub.Curve.Params().BitSize + 7) / 8
			if len(sig) != 2*n {
				return false, nil
			}
			var b cryptobyte.Builder
			b.AddASN1(casn1.SEQUENCE, func(b *cryptobyte.Builder) {
				b.AddASN1BigInt(new(big.Int).SetBytes(sig[:n]))
				b.AddASN1BigInt(new(big.Int).SetBytes(sig[n:]))
			})
			sig = b.BytesOrPanic()
		}
		return ecdsa.VerifyASN1(pub, digest, sig), nil
	}
	return false, ErrOperationNotSupported
}

func toP1363(der []byte, n int) ([]byte, error) {
	var r, s big.Int
	in := cryptobyte.String(der)
	var seq cryptobyte.String
	if !in.ReadASN1(&seq, casn1.SEQUENCE) || !seq.ReadASN1Integer(&r) || !seq.ReadASN1Integer(&s) {
		return nil, errors.New("bad ECDSA signature")
	}
	out := make([]byte, 2*n)
	r.FillBytes(out[:n])
	s.FillBytes(out[n:])
	return out, nil
}

// CryptOpts are the options of publicEncrypt and friends.
type CryptOpts struct {
	Padding  int
	OAEPHash crypto.Hash
	Label    []byte
}

// Encrypt is publicEncrypt (private false) or privateEncrypt (private true).
func Encrypt(k *Key, data []byte, private bool, o CryptOpts) ([]byte, error) {
	pub, ok := k.Pub.(*rsa.PublicKey)
	if !ok || k.Type == "rsa-pss" {
		return nil, ErrOperationNotSupported
	}
	size := (pub.N.BitLen() + 7) / 8
	if private {
		pk, ok := k.Priv.(*rsa.PrivateKey)
		if !ok {
			return nil, ErrOperationNotSupported
		}
		switch o.Padding {
		case PKCS1Padding:
			if len(data) > size-11 {
				return nil, ErrDataTooLarge
			}
			return rsa.SignPKCS1v15(nil, pk, 0, data)
		case NoPadding:
			return rawPrivate(pk, data)
		}
		return nil, ErrUnknownPadding
	}
	switch o.Padding {
	case PKCS1Padding:
		if len(data) > size-11 {
			return nil, ErrDataTooLarge
		}
		return rsa.EncryptPKCS1v15(randReader, pub, data)
	case OAEPPadding:
		if len(data) > size-2*o.OAEPHash.Size()-2 {
			return nil, ErrDataTooLarge
		}
		return rsa.EncryptOAEP(o.OAEPHash.New(), randReader, pub, data, o.Label)
	case NoPadding:
		return rawPublic(pub, data)
	}
	return nil, ErrUnknownPadding
}

// Decrypt is privateDecrypt (private true) or publicDecrypt.
func Decrypt(k *Key, data []byte, private bool, o CryptOpts) ([]byte, error) {
	pub, ok := k.Pub.(*rsa.PublicKey)
	if !ok || k.Type == "rsa-pss" {
		return nil, ErrOperationNotSupported
	}
	if private {
		pk, ok := k.Priv.(*rsa.PrivateKey)
		if !ok {
			return nil, ErrOperationNotSupported
		}
		switch o.Padding {
		case OAEPPadding:
			out, err := rsa.DecryptOAEP(o.OAEPHash.New(), nil, pk, data, o.Label)
			if err != nil {
				return nil, ErrDecryptFailed
			}
			return out, nil
		case PKCS1Padding:
			out, err := rsa.DecryptPKCS1v15(nil, pk, data)
			if err != nil {
				return nil, ErrPKCS1Decrypt
			}
			return out, nil
		case NoPadding:
			return rawPrivate(pk, data)
		}
		return nil, ErrUnknownPadding
	}
	switch o.Padding {
	case PKCS1Padding:
		em, err := rawPublic(pub, data)
		if err != nil {
			return nil, err
		}
		// EM = 0x00 || 0x01 || PS (0xff...) || 0x00 || M
		if len(em) < 11 || em[0] != 0 || em[1] != 1 {
			return nil, ErrBlockType
		}
		i := 2
		for i < len(em) && em[i] == 0xff {
			i++
		}
		if i == len(em) || em[i] != 0 || i < 10 {
			return nil, ErrBlockType
		}
		return em[i+1:], nil
	case NoPadding:
		return rawPublic(pub, data)
	}
	return nil, ErrUnknownPadding
}

func rawPublic(pub *rsa.PublicKey, data []byte) ([]byte, error) {
	size := (pub.N.BitLen() + 7) / 8
	if len(data) > size {
		return nil, ErrDataTooLarge
	}
	m := new(big.Int).SetBytes(data)
	if m.Cmp(pub.N) >= 0 {
		return nil, ErrDataTooLargeModulus
	}
	c := new(big.Int).Exp(m, big.NewInt(int64(pub.E)), pub.N)
	return c.FillBytes(make([]byte, size)), nil
}

func rawPrivate(pk *rsa.PrivateKey, data []byte) ([]byte, error) {
	size := (pk.N.BitLen() + 7) / 8
	if len(data) > size {
		return nil, ErrDataTooLarge
	}
	c := new(big.Int).SetBytes(data)
	if c.Cmp(pk.N) >= 0 {
		return nil, ErrDataTooLargeModulus
	}
	m := new(big.Int).Exp(c, pk.D, pk.N)
	return m.FillBytes(make([]byte, size)), nil
}

// Equal reports whether a and b are the same key (both public or both
// private).
func Equal(a, b *Key) bool {
	if a.Type != b.Type || a.IsPrivate() != b.IsPrivate() {
		return false
	}
	da, err1 := a.Canonical()
	db, err2 := b.Canonical()
	return err1 == nil && err2 == nil && subtle.ConstantTimeCompare(da, db) == 1
}

// DeriveSecret is ECDH or X25519 between a private and a public key of
// the same type and curve (crypto.diffieHellman).
func DeriveSecret(priv, pub *Key) ([]byte, error) {
	if priv.Type != pub.Type {
		return nil, &Error{Class: "Error", Code: "ERR_CRYPTO_INCOMPATIBLE_KEY",
			Message: "Incompatible key types for Diffie-Hellman: " + priv.Type + " and " + pub.Type}
	}
	switch priv.Type {
	case "dh":
		return deriveDH(priv.DH, pub.Pub.(*DHPublic))
	case "x448":
		return X448(priv.Raw, pub.Pub.(X448Public))
	case "x25519":
		return priv.X.ECDH(pub.Pub.(*ecdh.PublicKey))
	case "ec":
		if isK1(priv) || isK1(pub) {
			if !isK1(priv) || !isK1(pub) {
				return nil, errMismatchedParams
			}
			return k1ECDH(priv.Priv.(*ecdsa.PrivateKey), pub.Pub.(*ecdsa.PublicKey)), nil
		}
		a, err := priv.Priv.(*ecdsa.PrivateKey).ECDH()
		if err != nil {
			return nil, err
		}
		b, err := pub.Pub.(*ecdsa.PublicKey).ECDH()
		if err != nil || a.Curve() != b.Curve() {
			return nil, errMismatchedParams
		}
		return a.ECDH(b)
	}
	return nil, ErrOperationNotSupported
}
