package pkey

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509/pkix"
	"encoding/asn1"
	"hash"
	"strings"
)

var randReader = rand.Reader

// MaxPBKDF2Iterations bounds the work an encrypted key may ask for: a
// hostile key with 2^31 iterations would pin a core for minutes.
const MaxPBKDF2Iterations = 1 << 22

var (
	oidPBES2  = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}
	oidPBKDF2 = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 12}
)

var prfs = map[string]func() hash.Hash{
	"1.2.840.113549.2.7":  sha1.New,
	"1.2.840.113549.2.8":  sha256.New224,
	"1.2.840.113549.2.9":  sha256.New,
	"1.2.840.113549.2.10": sha512.New384,
	"1.2.840.113549.2.11": sha512.New,
}

type pbeCipher struct {
	oid    asn1.ObjectIdentifier
	keyLen int
	block  func([]byte) (cipher.Block, error)
}

var pbeCiphers = map[string]pbeCipher{
	"aes-128-cbc":  {asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 2}, 16, aes.NewCipher},
	"aes-192-cbc":  {asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 22}, 24, aes.NewCipher},
	"aes-256-cbc":  {asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 42}, 32, aes.NewCipher},
	"des-ede3-cbc": {asn1.ObjectIdentifier{1, 2, 840, 113549, 3, 7}, 24, des.NewTripleDESCipher},
	"des-cbc":      {asn1.ObjectIdentifier{1, 3, 14, 3, 2, 7}, 8, des.NewCipher},
}

var pbeAliases = map[string]string{"aes128": "aes-128-cbc", "aes192": "aes-192-cbc", "aes256": "aes-256-cbc", "des3": "des-ede3-cbc"}

type encPKCS8 struct {
	Algo pkix.AlgorithmIdentifier
	Data []byte
}

type pbes2Params struct {
	KDF    pkix.AlgorithmIdentifier
	Cipher pkix.AlgorithmIdentifier
}

type pbkdf2Params struct {
	Salt   []byte
	Iter   int
	KeyLen int                      `asn1:"optional"`
	PRF    pkix.AlgorithmIdentifier `asn1:"optional"`
}

func isEncryptedPKCS8(der []byte) bool {
	var e encPKCS8
	rest, err := asn1.Unmarshal(der, &e)
	return err == nil && len(rest) == 0
}

func decryptPKCS8(der, pass []byte) ([]byte, error) {
	var e encPKCS8
	if rest, err := asn1.Unmarshal(der, &e); err != nil || len(rest) != 0 {
		return nil, ErrUnsupported
	}
	if !e.Algo.Algorithm.Equal(oidPBES2) {
		return nil, ErrUnsupported
	}
	var p pbes2Params
	if _, err := asn1.Unmarshal(e.Algo.Parameters.FullBytes, &p); err != nil || !p.KDF.Algorithm.Equal(oidPBKDF2) {
		return nil, ErrUnsupported
	}
	var kp pbkdf2Params
	if _, err := asn1.Unmarshal(p.KDF.Parameters.FullBytes, &kp); err != nil {
		return nil, ErrUnsupported
	}
	prf := sha1.New
	if len(kp.PRF.Algorithm) > 0 {
		if prf = prfs[kp.PRF.Algorithm.String()]; prf == nil {
			return nil, ErrUnsupported
		}
	}
	var c *pbeCipher
	for _, v := range pbeCiphers {
		if v.oid.Equal(p.Cipher.Algorithm) {
			c = &v
			break
		}
	}
	if c == nil || kp.Iter < 1 || kp.Iter > MaxPBKDF2Iterations {
		return nil, ErrUnsupported
	}
	var iv []byte
	if _, err := asn1.Unmarshal(p.Cipher.Parameters.FullBytes, &iv); err != nil {
		return nil, ErrUnsupported
	}
	key, err := pbkdf2.Key(prf, string(pass), kp.Salt, kp.Iter, c.keyLen)
	if err != nil {
		return nil, ErrUnsupported
	}
	b, err := c.block(key)
	if err != nil || len(iv) != b.BlockSize() || len(e.Data) == 0 || len(e.Data)%b.BlockSize() != 0 {
		return nil, ErrBadDecrypt
	}
	out := make([]byte, len(e.Data))
	cipher.NewCBCDecrypter(b, iv).CryptBlocks(out, e.Data)
	out, ok := unpad(out, b.BlockSize())
	if !ok {
		return nil, ErrBadDecrypt
	}
	return out, nil
}

// unpad strips PKCS#7 padding.
func unpad(b []byte, bs int) ([]byte, bool) {
	if len(b) == 0 {
		return nil, false
	}
	n := int(b[len(b)-1])
	if n == 0 || n > bs || n > len(b) {
		return nil, false
	}
	for _, c := range b[len(b)-n:] {
		if int(c) != n {
			return nil, false
		}
	}
	return b[:len(b)-n], true
}

// encryptPKCS8 wraps a PrivateKeyInfo in PBES2 (PBKDF2 with HMAC-SHA256,
// 2048 iterations, as OpenSSL writes it) under cipher.
func encryptPKCS8(der []byte, name string, pass []byte) ([]byte, error) {
	name = strings.ToLower(name)
	if a, ok := pbeAliases[name]; ok {
		name = a
	}
	c, ok := pbeCiphers[name]
	if !ok {
		return nil, errUnknownCipher
	}
	salt := make([]byte, 16)
	randReader.Read(salt)
	const iter = 2048
	key, err := pbkdf2.Key(sha256.New, string(pass), salt, iter, c.keyLen)
	if err != nil {
		return nil, err
	}
	b, _ := c.block(key)
	iv := make([]byte, b.BlockSize())
	randReader.Read(iv)
	n := b.BlockSize() - len(der)%b.BlockSize()
	buf := append(append([]byte(nil), der...), make([]byte, n)...)
	for i := len(der); i < len(buf); i++ {
		buf[i] = byte(n)
	}
	cipher.NewCBCEncrypter(b, iv).CryptBlocks(buf, buf)
	kdfParams, _ := asn1.Marshal(pbkdf2Params{Salt: salt, Iter: iter,
		PRF: pkix.AlgorithmIdentifier{Algorithm: asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 9}, Parameters: asn1.NullRawValue}})
	ivDER, _ := asn1.Marshal(iv)
	params, _ := asn1.Marshal(pbes2Params{
		KDF:    pkix.AlgorithmIdentifier{Algorithm: oidPBKDF2, Parameters: asn1.RawValue{FullBytes: kdfParams}},
		Cipher: pkix.AlgorithmIdentifier{Algorithm: c.oid, Parameters: asn1.RawValue{FullBytes: ivDER}},
	})
	return asn1.Marshal(encPKCS8{Algo: pkix.AlgorithmIdentifier{Algorithm: oidPBES2, Parameters: asn1.RawValue{FullBytes: params}}, Data: buf})
}
