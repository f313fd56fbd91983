package pkey

import (
	_ "crypto/md5" // md5WithRSAEncryption, the usual SPKAC signature
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/base64"
	"strings"
)

// SPKAC is a parsed Netscape SignedPublicKeyAndChallenge (crypto.Certificate).
type SPKAC struct {
	Key       *Key
	SPKI      []byte
	Challenge string
	signed    []byte
	algo      asn1.ObjectIdentifier
	sig       []byte
}

type spkacASN1 struct {
	PKAC asn1.RawValue
	Algo pkix.AlgorithmIdentifier
	Sig  asn1.BitString
}

type pkacASN1 struct {
	SPKI      asn1.RawValue
	Challenge string `asn1:"ia5"`
}

// sigAlgs maps signature algorithm OIDs to their digests.
var sigAlgs = map[string]string{
	"1.2.840.113549.1.1.4":  "md5",
	"1.2.840.113549.1.1.5":  "sha1",
	"1.2.840.113549.1.1.14": "sha224",
	"1.2.840.113549.1.1.11": "sha256",
	"1.2.840.113549.1.1.12": "sha384",
	"1.2.840.113549.1.1.13": "sha512",
	"1.2.840.10045.4.1":     "sha1",
	"1.2.840.10045.4.3.1":   "sha224",
	"1.2.840.10045.4.3.2":   "sha256",
	"1.2.840.10045.4.3.3":   "sha384",
	"1.2.840.10045.4.3.4":   "sha512",
}

// ParseSPKAC parses the base64 text of an SPKAC; whitespace is ignored.
func ParseSPKAC(text []byte) (*SPKAC, error) {
	clean := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
			return -1
		}
		return r
	}, string(text))
	der, err := base64.StdEncoding.DecodeString(clean)
	if err != nil {
		return nil, ErrUnsupported
	}
	var s spkacASN1
	if rest, err := asn1.Unmarshal(der, &s); err != nil || len(rest) != 0 {
		return nil, ErrUnsupported
	}
	var p pkacASN1
	if rest, err := asn1.Unmarshal(s.PKAC.FullBytes, &p); err != nil || len(rest) != 0 {
		return nil, ErrUnsupported
	}
	k, err := ParseSPKI(p.SPKI.FullBytes)
	if err != nil {
		return nil, err
	}
	return &SPKAC{Key: k, SPKI: p.SPKI.FullBytes, Challenge: p.Challenge, signed: s.PKAC.FullBytes,
		algo: s.Algo.Algorithm, sig: s.Sig.RightAlign()}, nil
}

// Verify checks the SPKAC's signature with its own public key.
func (s *SPKAC) Verify() bool {
	name := sigAlgs[s.algo.String()]
	h, ok := Hashes[name]
	if !ok || !h.Available() {
		return false
	}
	d := h.New()
	d.Write(s.signed)
	ok, err := Verify(s.Key, name, d.Sum(nil), s.signed, s.sig, SignOpts{Padding: PKCS1Padding})
	return err == nil && ok
}
