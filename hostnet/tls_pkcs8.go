package hostnet

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/asn1"
	"hash"
)

// The PKCS#8 "ENCRYPTED PRIVATE KEY" form with PBES2 (PBKDF2 and a CBC
// cipher), which OpenSSL writes by default and crypto/x509 does not read.

type algorithmID struct {
	Algorithm  asn1.ObjectIdentifier
	Parameters asn1.RawValue `asn1:"optional"`
}

type encryptedPKInfo struct {
	Algo algorithmID
	Data []byte
}

type pbes2Params struct {
	KDF algorithmID
	Enc algorithmID
}

type pbkdf2Params struct {
	Salt      []byte
	Iter      int
	KeyLength int         `asn1:"optional"`
	PRF       algorithmID `asn1:"optional"`
}

var (
	oidPBES2  = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}
	oidPBKDF2 = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 12}
)

// maxPBKDF2Iter bounds the key derivation a key file can ask of the loop
// thread (createSecureContext is synchronous): OpenSSL writes 2048, the
// strongest common settings stay well under this, about 0.3 s of SHA-256.
const maxPBKDF2Iter = 1 << 20

// decryptPKCS8 decrypts an EncryptedPrivateKeyInfo with pass.
func decryptPKCS8(der, pass []byte) ([]byte, error) {
	bad := sslError("ERR_OSSL_BAD_DECRYPT", "1C800064:Provider routines::bad decrypt")
	unsupported := sslError("ERR_OSSL_UNSUPPORTED", "1E08010C:DECODER routines::unsupported")
	var info encryptedPKInfo
	if _, err := asn1.Unmarshal(der, &info); err != nil || !info.Algo.Algorithm.Equal(oidPBES2) {
		return nil, unsupported
	}
	var params pbes2Params
	if _, err := asn1.Unmarshal(info.Algo.Parameters.FullBytes, &params); err != nil || !params.KDF.Algorithm.Equal(oidPBKDF2) {
		return nil, unsupported
	}
	var kdf pbkdf2Params
	if _, err := asn1.Unmarshal(params.KDF.Parameters.FullBytes, &kdf); err != nil || kdf.Iter <= 0 || kdf.Iter > maxPBKDF2Iter {
		return nil, unsupported
	}
	var h func() hash.Hash = sha1.New
	if len(kdf.PRF.Algorithm) > 0 {
		switch kdf.PRF.Algorithm.String() {
		case "1.2.840.113549.2.7":
		case "1.2.840.113549.2.9":
			h = sha256.New
		case "1.2.840.113549.2.10":
			h = sha512.New384
		case "1.2.840.113549.2.11":
			h = sha512.New
		default:
			return nil, unsupported
		}
	}
	var iv []byte
	if _, err := asn1.Unmarshal(params.Enc.Parameters.FullBytes, &iv); err != nil {
		return nil, unsupported
	}
	var keyLen int
	var mk func([]byte) (cipher.Block, error)
	switch params.Enc.Algorithm.String() {
	case "2.16.840.1.101.3.4.1.2":
		keyLen, mk = 16, aes.NewCipher
	case "2.16.840.1.101.3.4.1.22":
		keyLen, mk = 24, aes.NewCipher
	case "2.16.840.1.101.3.4.1.42":
		keyLen, mk = 32, aes.NewCipher
	case "1.2.840.113549.3.7":
		keyLen, mk = 24, des.NewTripleDESCipher
	default:
		return nil, unsupported
	}
	key, err := pbkdf2.Key(h, string(pass), kdf.Salt, kdf.Iter, keyLen)
	if err != nil {
		return nil, bad
	}
	block, err := mk(key)
	if err != nil || len(iv) != block.BlockSize() || len(info.Data)%block.BlockSize() != 0 || len(info.Data) == 0 {
		return nil, bad
	}
	out := make([]byte, len(info.Data))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, info.Data)
	pad := int(out[len(out)-1])
	if pad == 0 || pad > block.BlockSize() {
		return nil, bad
	}
	for _, b := range out[len(out)-pad:] {
		if int(b) != pad {
			return nil, bad
		}
	}
	return out[:len(out)-pad], nil
}
