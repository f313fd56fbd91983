package pkey

import (
	"crypto/ecdsa"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"strings"
)

// Import parses key material as Node's createPrivateKey (public false)
// or createPublicKey (public true) do: format is "pem" or "der", typ
// ("pkcs1", "pkcs8", "sec1", "spki") matters for DER only, pass is the
// passphrase of an encrypted key (nil: none given). For public, a
// private key or a certificate yields its public key.
func Import(data []byte, format, typ string, pass []byte, public bool) (*Key, error) {
	var k *Key
	var err error
	if format == "der" {
		k, err = importDER(data, typ, pass, public)
	} else {
		k, err = importPEM(data, pass, public)
	}
	if err != nil {
		return nil, err
	}
	if public {
		k = k.Public()
	}
	return k, nil
}

func importDER(der []byte, typ string, pass []byte, public bool) (*Key, error) {
	if public {
		switch typ {
		case "spki":
			return ParseSPKI(der)
		case "pkcs1":
			if pk, err := x509.ParsePKCS1PublicKey(der); err == nil {
				return fromPublic(pk)
			}
		}
	}
	switch typ {
	case "pkcs1":
		pk, err := x509.ParsePKCS1PrivateKey(der)
		if err != nil {
			return nil, derError(der)
		}
		return fromPrivate(pk)
	case "sec1":
		k, err := ParseSEC1(der)
		if err != nil {
			return nil, derError(der)
		}
		return k, nil
	case "pkcs8":
		if k, err := ParsePKCS8(der); err == nil {
			return k, nil
		}
		if isEncryptedPKCS8(der) {
			if pass == nil {
				return nil, ErrPassphraseRequired
			}
			plain, err := decryptPKCS8(der, pass)
			if err != nil {
				return nil, err
			}
			return ParsePKCS8(plain)
		}
		return nil, derError(der)
	}
	return nil, ErrUnsupported
}

// derError is OpenSSL's complaint about DER that does not parse.
func derError(der []byte) error {
	if len(der) < 2 || der[0] != 0x30 {
		return ErrNotEnoughData
	}
	return ErrUnsupported
}

func importPEM(data []byte, pass []byte, public bool) (*Key, error) {
	rest := data
	seen := false
	for {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			break
		}
		seen = true
		k, err, ok := importBlock(b, pass, public)
		if ok {
			return k, err
		}
	}
	if !seen && public {
		return nil, ErrUnsupported
	}
	return nil, ErrUnsupported
}

// importBlock parses one PEM block; ok is false for a block of a kind
// that is not a key (EC PARAMETERS, ...).
func importBlock(b *pem.Block, pass []byte, public bool) (*Key, error, bool) {
	der := b.Bytes
	if x509.IsEncryptedPEMBlock(b) { //nolint:staticcheck // legacy PEM encryption is what OpenSSL writes
		if pass == nil {
			return nil, ErrMissingPassphrase, true
		}
		var err error
		der, err = x509.DecryptPEMBlock(b, pass) //nolint:staticcheck
		if err != nil {
			return nil, ErrBadDecrypt, true
		}
	}
	switch b.Type {
	case "PRIVATE KEY":
		k, err := ParsePKCS8(der)
		return k, err, true
	case "ENCRYPTED PRIVATE KEY":
		if pass == nil {
			return nil, ErrMissingPassphrase, true
		}
		plain, err := decryptPKCS8(der, pass)
		if err != nil {
			return nil, err, true
		}
		k, err := ParsePKCS8(plain)
		return k, err, true
	case "RSA PRIVATE KEY":
		pk, err := x509.ParsePKCS1PrivateKey(der)
		if err != nil {
			if b.Headers["Proc-Type"] != "" {
				return nil, ErrBadDecrypt, true
			}
			return nil, ErrUnsupported, true
		}
		k, err := fromPrivate(pk)
		return k, err, true
	case "DSA PRIVATE KEY":
		k, err := parseDSATraditional(der)
		if err != nil && b.Headers["Proc-Type"] != "" {
			err = ErrBadDecrypt
		}
		return k, err, true
	case "EC PRIVATE KEY":
		k, err := ParseSEC1(der)
		if err != nil {
			if b.Headers["Proc-Type"] != "" {
				return nil, ErrBadDecrypt, true
			}
			return nil, ErrUnsupported, true
		}
		return k, nil, true
	}
	if !public {
		return nil, nil, false
	}
	switch b.Type {
	case "PUBLIC KEY":
		k, err := ParseSPKI(der)
		return k, err, true
	case "RSA PUBLIC KEY":
		pk, err := x509.ParsePKCS1PublicKey(der)
		if err != nil {
			return nil, ErrUnsupported, true
		}
		k, err := fromPublic(pk)
		return k, err, true
	case "CERTIFICATE":
		c, err := x509.ParseCertificate(der)
		if err != nil {
			return nil, ErrUnsupported, true
		}
		k, err := ParseSPKI(c.RawSubjectPublicKeyInfo)
		return k, err, true
	}
	return nil, nil, false
}

// Export encodes k as Node's key.export({format, type, cipher,
// passphrase}) does: format "pem" or "der"; typ "pkcs1", "pkcs8", "spki"
// or "sec1"; cipher "" for none. A private key exported with typ "spki"
// (or public pkcs1) exports its public half. The result is PEM text or
// DER bytes.
func Export(k *Key, format, typ, cipher string, pass []byte) ([]byte, error) {
	var der []byte
	var label string
	var err error
	legacy := false
	switch typ {
	case "spki":
		label = "PUBLIC KEY"
		der, err = k.MarshalSPKI()
	case "pkcs1":
		rk, ok := k.Pub.(*rsa.PublicKey)
		if !ok || k.Type != "rsa" {
			return nil, invalidEncoding("pkcs1", "RSA")
		}
		if k.IsPrivate() {
			label, legacy = "RSA PRIVATE KEY", true
			der = x509.MarshalPKCS1PrivateKey(k.Priv.(*rsa.PrivateKey))
		} else {
			label = "RSA PUBLIC KEY"
			der = x509.MarshalPKCS1PublicKey(rk)
		}
	case "sec1":
		if _, ok := k.Priv.(*ecdsa.PrivateKey); !ok {
			return nil, invalidEncoding("sec1", "EC")
		}
		label, legacy = "EC PRIVATE KEY", true
		der, err = k.MarshalSEC1()
	case "pkcs8":
		label = "PRIVATE KEY"
		der, err = k.MarshalPKCS8()
		if err == nil && cipher != "" {
			der, err = encryptPKCS8(der, cipher, pass)
			label = "ENCRYPTED PRIVATE KEY"
		}
	default:
		return nil, ErrUnsupported
	}
	if err != nil {
		return nil, err
	}
	if format == "der" {
		if cipher != "" && legacy {
			return nil, &Error{Class: "TypeError", Code: "ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS",
				Message: "The selected key encoding " + typ + " does not support encryption."}
		}
		return der, nil
	}
	block := &pem.Block{Type: label, Bytes: der}
	if cipher != "" && legacy {
		pc, ok := legacyCiphers[strings.ToLower(cipher)]
		if !ok {
			return nil, errUnknownCipher
		}
		block, err = x509.EncryptPEMBlock(randReader, label, der, pass, pc) //nolint:staticcheck
		if err != nil {
			return nil, err
		}
	}
	return pem.EncodeToMemory(block), nil
}

func invalidEncoding(typ, kind string) error {
	return &Error{Class: "TypeError", Code: "ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS",
		Message: "The selected key encoding " + typ + " can only be used for " + kind + " keys."}
}

var errUnknownCipher = &Error{Class: "Error", Code: "ERR_CRYPTO_UNKNOWN_CIPHER", Message: "Unknown cipher"}

var legacyCiphers = map[string]x509.PEMCipher{
	"des-cbc":      x509.PEMCipherDES,
	"des-ede3-cbc": x509.PEMCipher3DES,
	"aes-128-cbc":  x509.PEMCipherAES128,
	"aes-192-cbc":  x509.PEMCipherAES192,
	"aes-256-cbc":  x509.PEMCipherAES256,
	"aes128":       x509.PEMCipherAES128,
	"aes192":       x509.PEMCipherAES192,
	"aes256":       x509.PEMCipherAES256,
	"des3":         x509.PEMCipher3DES,
}
