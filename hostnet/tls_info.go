package hostnet

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/wqnode/wqnode/host/binding"
)

// certJSON is a certificate as getPeerCertificate shows it (Node's
// object), with the binary fields in base64 for JS to turn into Buffers.
type certJSON struct {
	Subject        [][2]string         `json:"subject"`
	Issuer         [][2]string         `json:"issuer"`
	SubjectAltName *string             `json:"subjectaltname,omitempty"`
	InfoAccess     map[string][]string `json:"infoAccess,omitempty"`
	CA             bool                `json:"ca"`
	Modulus        string              `json:"modulus,omitempty"`
	Bits           int                 `json:"bits,omitempty"`
	Exponent       string              `json:"exponent,omitempty"`
	Pubkey         string              `json:"pubkey,omitempty"`
	ASN1Curve      string              `json:"asn1Curve,omitempty"`
	NistCurve      string              `json:"nistCurve,omitempty"`
	ValidFrom      string              `json:"valid_from"`
	ValidTo        string              `json:"valid_to"`
	Fingerprint    string              `json:"fingerprint"`
	Fingerprint256 string              `json:"fingerprint256"`
	Fingerprint512 string              `json:"fingerprint512"`
	ExtKeyUsage    []string            `json:"ext_key_usage,omitempty"`
	SerialNumber   string              `json:"serialNumber"`
	Raw            string              `json:"raw"`
}

var attrNames = map[string]string{
	"2.5.4.6": "C", "2.5.4.8": "ST", "2.5.4.7": "L", "2.5.4.10": "O", "2.5.4.11": "OU",
	"2.5.4.3": "CN", "1.2.840.113549.1.9.1": "emailAddress", "2.5.4.5": "serialNumber",
	"2.5.4.9": "street", "2.5.4.17": "postalCode", "2.5.4.4": "SN", "2.5.4.42": "GN",
	"2.5.4.12": "title", "0.9.2342.19200300.100.1.25": "DC", "0.9.2342.19200300.100.1.1": "UID",
	"2.5.4.43": "initials", "2.5.4.46": "dnQualifier", "2.5.4.65": "pseudonym",
	"1.3.6.1.4.1.311.60.2.1.3": "jurisdictionC", "2.5.4.15": "businessCategory",
	"2.5.4.41": "name",
}

// nameJSON lists a distinguished name's attributes in the certificate's
// order.
func nameJSON(raw []byte) [][2]string {
	var rdns pkix.RDNSequence
	if _, err := asn1.Unmarshal(raw, &rdns); err != nil {
		return [][2]string{}
	}
	out := [][2]string{}
	for _, set := range rdns {
		for _, atv := range set {
			k := attrNames[atv.Type.String()]
			if k == "" {
				k = atv.Type.String()
			}
			out = append(out, [2]string{k, fmt.Sprint(atv.Value)})
		}
	}
	return out
}

func fingerprint(sum []byte) string {
	h := strings.ToUpper(hex.EncodeToString(sum))
	var b strings.Builder
	for i := 0; i < len(h); i += 2 {
		if i > 0 {
			b.WriteByte(':')
		}
		b.WriteString(h[i : i+2])
	}
	return b.String()
}

var (
	oidSAN = asn1.ObjectIdentifier{2, 5, 29, 17}
	oidEKU = asn1.ObjectIdentifier{2, 5, 29, 37}
)

// altNames is the subjectAltName extension as OpenSSL prints it.
func altNames(x *x509.Certificate) *string {
	for _, ext := range x.Extensions {
		if !ext.Id.Equal(oidSAN) {
			continue
		}
		var seq asn1.RawValue
		if _, err := asn1.Unmarshal(ext.Value, &seq); err != nil {
			return nil
		}
		var parts []string
		rest := seq.Bytes
		for len(rest) > 0 {
			var v asn1.RawValue
			var err error
			if rest, err = asn1.Unmarshal(rest, &v); err != nil {
				break
			}
			switch v.Tag {
			case 1:
				parts = append(parts, "email:"+string(v.Bytes))
			case 2:
				parts = append(parts, "DNS:"+string(v.Bytes))
			case 6:
				parts = append(parts, "URI:"+string(v.Bytes))
			case 7:
				if len(v.Bytes) == 4 {
					parts = append(parts, "IP Address:"+net.IP(v.Bytes).String())
				} else if len(v.Bytes) == 16 {
					var groups []string
					for i := 0; i < 16; i += 2 {
						groups = append(groups, strings.ToUpper(strconv.FormatUint(uint64(v.Bytes[i])<<8|uint64(v.Bytes[i+1]), 16)))
					}
					parts = append(parts, "IP Address:"+strings.Join(groups, ":"))
				}
			case 8:
				parts = append(parts, "Registered ID:<unsupported>")
			case 0:
				parts = append(parts, "othername:<unsupported>")
			case 4:
				parts = append(parts, "DirName:"+dirName(v.Bytes))
			}
		}
		s := strings.Join(parts, ", ")
		return &s
	}
	return nil
}

func dirName(b []byte) string {
	var parts []string
	for _, kv := range nameJSON(b) {
		parts = append(parts, kv[0]+"="+kv[1])
	}
	return strings.Join(parts, "/")
}

// certToJSON builds certJSON for x.
func certToJSON(x *x509.Certificate) certJSON {
	c := certJSON{
		Subject:        nameJSON(x.RawSubject),
		Issuer:         nameJSON(x.RawIssuer),
		SubjectAltName: altNames(x),
		CA:             x.BasicConstraintsValid && x.IsCA,
		ValidFrom:      x.NotBefore.UTC().Format("Jan _2 15:04:05 2006 GMT"),
		ValidTo:        x.NotAfter.UTC().Format("Jan _2 15:04:05 2006 GMT"),
		Raw:            base64.StdEncoding.EncodeToString(x.Raw),
	}
	s1 := sha1.Sum(x.Raw)
	s256 := sha256.Sum256(x.Raw)
	s512 := sha512.Sum512(x.Raw)
	c.Fingerprint, c.Fingerprint256, c.Fingerprint512 = fingerprint(s1[:]), fingerprint(s256[:]), fingerprint(s512[:])
	serial := x.SerialNumber
	if serial == nil {
		serial = new(big.Int)
	}
	sb := serial.Bytes()
	if len(sb) == 0 {
		sb = []byte{0}
	}
	c.SerialNumber = strings.ToUpper(hex.EncodeToString(sb))
	if len(x.OCSPServer) > 0 || len(x.IssuingCertificateURL) > 0 {
		c.InfoAccess = map[string][]string{}
		for _, u := range x.OCSPServer {
			c.InfoAccess["OCSP - URI"] = append(c.InfoAccess["OCSP - URI"], u)
		}
		for _, u := range x.IssuingCertificateURL {
			c.InfoAccess["CA Issuers - URI"] = append(c.InfoAccess["CA Issuers - URI"], u)
		}
	}
	switch k := x.PublicKey.(type) {
	case *rsa.PublicKey:
		c.Modulus = strings.ToUpper(k.N.Text(16))
		c.Bits = k.N.BitLen()
		c.Exponent = "0x" + strconv.FormatInt(int64(k.E), 16)
		c.Pubkey = base64.StdEncoding.EncodeToString(x.RawSubjectPublicKeyInfo)
	case *ecdsa.PublicKey:
		c.Bits = k.Curve.Params().BitSize
		// an EC key's pubkey is its point, uncompressed, as Node shows it
		if pk, err := k.ECDH(); err == nil {
			c.Pubkey = base64.StdEncoding.EncodeToString(pk.Bytes())
		}
		switch k.Curve.Params().Name {
		case "P-256":
			c.ASN1Curve, c.NistCurve = "prime256v1", "P-256"
		case "P-384":
			c.ASN1Curve, c.NistCurve = "secp384r1", "P-384"
		case "P-521":
			c.ASN1Curve, c.NistCurve = "secp521r1", "P-521"
		}
	case ed25519.PublicKey:
		c.Pubkey = base64.StdEncoding.EncodeToString(x.RawSubjectPublicKeyInfo)
	}
	for _, ext := range x.Extensions {
		if ext.Id.Equal(oidEKU) {
			var oids []asn1.ObjectIdentifier
			if _, err := asn1.Unmarshal(ext.Value, &oids); err == nil {
				for _, o := range oids {
					c.ExtKeyUsage = append(c.ExtKeyUsage, o.String())
				}
			}
		}
	}
	return c
}

// chainJSON is the peer's certificate and, detailed, its issuers (JSON
// array, leaf first; JS links them through issuerCertificate).
func chainJSON(certs []*x509.Certificate, detailed bool) string {
	var out []certJSON
	for i, x := range certs {
		out = append(out, certToJSON(x))
		if !detailed || i > 8 {
			break
		}
	}
	b, _ := json.Marshal(out)
	return string(b)
}

// protocolName is Node's name for a TLS version.
func protocolName(v uint16) string {
	switch v {
	case tls.VersionTLS10:
		return "TLSv1"
	case tls.VersionTLS11:
		return "TLSv1.1"
	case tls.VersionTLS12:
		return "TLSv1.2"
	case tls.VersionTLS13:
		return "TLSv1.3"
	}
	return "unknown"
}

// opensslNames maps crypto/tls's suites to OpenSSL's names (TLS 1.3
// suites keep their standard names).
var opensslNames = map[uint16]string{
	tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256:         "ECDHE-RSA-AES128-GCM-SHA256",
	tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384:         "ECDHE-RSA-AES256-GCM-SHA384",
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256:       "ECDHE-ECDSA-AES128-GCM-SHA256",
	tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384:       "ECDHE-ECDSA-AES256-GCM-SHA384",
	tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256:   "ECDHE-RSA-CHACHA20-POLY1305",
	tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256: "ECDHE-ECDSA-CHACHA20-POLY1305",
	tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA:            "ECDHE-RSA-AES128-SHA",
	tls.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA:            "ECDHE-RSA-AES256-SHA",
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA:          "ECDHE-ECDSA-AES128-SHA",
	tls.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA:          "ECDHE-ECDSA-AES256-SHA",
	tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256:         "ECDHE-RSA-AES128-SHA256",
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256:       "ECDHE-ECDSA-AES128-SHA256",
	tls.TLS_RSA_WITH_AES_128_GCM_SHA256:               "AES128-GCM-SHA256",
	tls.TLS_RSA_WITH_AES_256_GCM_SHA384:               "AES256-GCM-SHA384",
	tls.TLS_RSA_WITH_AES_128_CBC_SHA:                  "AES128-SHA",
	tls.TLS_RSA_WITH_AES_256_CBC_SHA:                  "AES256-SHA",
	tls.TLS_RSA_WITH_AES_128_CBC_SHA256:               "AES128-SHA256",
	tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA:                 "DES-CBC3-SHA",
	tls.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA:           "ECDHE-RSA-DES-CBC3-SHA",
	tls.TLS_AES_128_GCM_SHA256:                        "TLS_AES_128_GCM_SHA256",
	tls.TLS_AES_256_GCM_SHA384:                        "TLS_AES_256_GCM_SHA384",
	tls.TLS_CHACHA20_POLY1305_SHA256:                  "TLS_CHACHA20_POLY1305_SHA256",
}

// cipherJSON is getCipher()'s {name, standardName, version}.
func cipherJSON(st tls.ConnectionState) string {
	name := opensslNames[st.CipherSuite]
	std := tls.CipherSuiteName(st.CipherSuite)
	if name == "" {
		name = std
	}
	ver := "TLSv1.2"
	if st.Version == tls.VersionTLS13 {
		ver = "TLSv1.3"
	} else if st.Version < tls.VersionTLS12 {
		ver = "TLSv1/SSLv3"
	}
	b, _ := json.Marshal(map[string]string{"name": name, "standardName": std, "version": ver})
	return string(b)
}

// cipherNames lists the OpenSSL names Node's getCiphers shows (lower case).
func cipherNames() []string {
	var out []string
	for _, n := range opensslNames {
		out = append(out, strings.ToLower(n))
	}
	return out
}

// tls13Suites are the TLS 1.3 suite names OpenSSL knows.
var tls13Suites = map[string]bool{
	"TLS_AES_128_GCM_SHA256": true, "TLS_AES_256_GCM_SHA384": true, "TLS_CHACHA20_POLY1305_SHA256": true,
	"TLS_AES_128_CCM_SHA256": true, "TLS_AES_128_CCM_8_SHA256": true,
}

// parseCiphers reads an OpenSSL cipher list for TLS 1.2 and below.
// Names it knows select suites; keywords (HIGH, DEFAULT, !aNULL, ...)
// leave crypto/tls's defaults. A list that names nothing usable fails as
// OpenSSL's "no cipher match".
func parseCiphers(list string) ([]uint16, error) {
	byName := map[string]uint16{}
	for id, n := range opensslNames {
		byName[n] = id
	}
	var ids []uint16
	keywords := false
	tls13 := false
	unknown13 := false
	for _, tok := range strings.FieldsFunc(list, func(r rune) bool { return r == ':' || r == ',' || r == ' ' }) {
		if tok == "" || strings.ContainsAny(tok[:1], "!-+@") {
			continue
		}
		// The TLS 1.3 suites are a list of their own (OpenSSL's
		// ciphersuites): one that names none it knows fails the whole.
		if strings.HasPrefix(tok, "TLS_") {
			if tls13Suites[tok] {
				tls13 = true
			} else {
				unknown13 = true
			}
			continue
		}
		if id, ok := byName[tok]; ok {
			ids = append(ids, id)
			continue
		}
		if strings.ToUpper(tok) == tok && !strings.Contains(tok, "-") || strings.Contains(tok, "+") {
			keywords = true
		}
	}
	if unknown13 && !tls13 {
		return nil, sslError("ERR_SSL_NO_CIPHER_MATCH", "0A0000B9:SSL routines::no cipher match")
	}
	if len(ids) > 0 {
		return ids, nil
	}
	if keywords || tls13 {
		return nil, nil
	}
	return nil, sslError("ERR_SSL_NO_CIPHER_MATCH", "0A0000B9:SSL routines::no cipher match")
}

// parseCurves reads ecdhCurve ("P-256:prime256v1:X25519").
func parseCurves(list string) ([]tls.CurveID, error) {
	var out []tls.CurveID
	for _, n := range strings.Split(list, ":") {
		switch n {
		case "P-256", "prime256v1", "secp256r1":
			out = append(out, tls.CurveP256)
		case "P-384", "secp384r1":
			out = append(out, tls.CurveP384)
		case "P-521", "secp521r1":
			out = append(out, tls.CurveP521)
		case "X25519", "x25519":
			out = append(out, tls.X25519)
		default:
			return nil, &binding.CodedError{Class: "Error", Code: "ERR_CRYPTO_OPERATION_FAILED", Message: "Failed to set ECDH curve"}
		}
	}
	return out, nil
}

// tlsErr is a handshake failure as Node reports OpenSSL's.
type tlsErr struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Reason  string `json:"reason,omitempty"`
	Library string `json:"library,omitempty"`
	Errno   int32  `json:"errno,omitempty"`
}

// alertCodes maps crypto/tls's alert texts to OpenSSL's reason and code.
var alertCodes = map[string][2]string{
	"handshake failure":              {"sslv3 alert handshake failure", "ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE"},
	"bad certificate":                {"sslv3 alert bad certificate", "ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE"},
	"unknown certificate authority":  {"tlsv1 alert unknown ca", "ERR_SSL_TLSV1_ALERT_UNKNOWN_CA"},
	"protocol version not supported": {"tlsv1 alert protocol version", "ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION"},
	"no application protocol":        {"tlsv1 alert no application protocol", "ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL"},
	"certificate required":           {"tlsv13 alert certificate required", "ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED"},
	"internal error":                 {"tlsv1 alert internal error", "ERR_SSL_TLSV1_ALERT_INTERNAL_ERROR"},
	"unrecognized name":              {"tlsv1 unrecognized name", "ERR_SSL_TLSV1_UNRECOGNIZED_NAME"},
	"decrypt error":                  {"tlsv1 alert decrypt error", "ERR_SSL_TLSV1_ALERT_DECRYPT_ERROR"},
	"illegal parameter":              {"sslv3 alert illegal parameter", "ERR_SSL_SSLV3_ALERT_ILLEGAL_PARAMETER"},
	"insufficient security":          {"tlsv1 alert insufficient security", "ERR_SSL_TLSV1_ALERT_INSUFFICIENT_SECURITY"},
	"unsupported certificate":        {"sslv3 alert unsupported certificate", "ERR_SSL_SSLV3_ALERT_UNSUPPORTED_CERTIFICATE"},
	"certificate expired":            {"sslv3 alert certificate expired", "ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED"},
	"decode error":                   {"tlsv1 alert decode error", "ERR_SSL_TLSV1_ALERT_DECODE_ERROR"},
}

// tlsErrorJSON describes a handshake error for JS.
func tlsErrorJSON(err error, server bool) string {
	e := tlsErr{Library: "SSL routines"}
	msg := err.Error()
	var oe *net.OpError
	switch {
	case errors.Is(err, io.EOF) || errors.Is(err, errEOF) || errors.Is(err, io.ErrUnexpectedEOF):
		e = tlsErr{Code: "ECONNRESET", Message: "EOF"}
	case errors.As(err, &oe) && oe.Op == "remote error":
		text := strings.TrimPrefix(oe.Err.Error(), "tls: ")
		if m, ok := alertCodes[text]; ok {
			e.Reason, e.Code = m[0], m[1]
		} else {
			e.Reason, e.Code = "tlsv1 alert "+text, "ERR_SSL_TLSV1_ALERT_"+strings.ToUpper(strings.ReplaceAll(text, " ", "_"))
		}
	case strings.Contains(msg, "no cipher suite supported") || strings.Contains(msg, "no mutually supported"):
		e.Reason, e.Code = "no shared cipher", "ERR_SSL_NO_SHARED_CIPHER"
	case strings.Contains(msg, "unsupported versions") || strings.Contains(msg, "protocol version") || strings.Contains(msg, "server selected unsupported"):
		e.Reason, e.Code = "unsupported protocol", "ERR_SSL_UNSUPPORTED_PROTOCOL"
		if !server {
			e.Reason, e.Code = "tlsv1 alert protocol version", "ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION"
		}
	case strings.Contains(msg, "does not look like a TLS handshake"):
		e.Reason, e.Code = "wrong version number", "ERR_SSL_WRONG_VERSION_NUMBER"
		if server && strings.Contains(msg, "HTTP") {
			e.Reason, e.Code = "http request", "ERR_SSL_HTTP_REQUEST"
		}
	case strings.Contains(msg, "unsupported application protocols") || strings.Contains(msg, "no application protocol"):
		e.Reason, e.Code = "no application protocol", "ERR_SSL_NO_APPLICATION_PROTOCOL"
	case strings.Contains(msg, "client didn't provide a certificate") || strings.Contains(msg, "certificate required"):
		e.Reason, e.Code = "peer did not return a certificate", "ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE"
	case errors.Is(err, errSNIFailed):
		e.Reason, e.Code = "callback failed", "ERR_SSL_CALLBACK_FAILED"
	case strings.Contains(msg, "no certificates configured") || strings.Contains(msg, "no certificate available"):
		e.Reason, e.Code = "no suitable signature algorithm", "ERR_SSL_NO_SUITABLE_SIGNATURE_ALGORITHM"
	default:
		var en syscall.Errno
		if errors.As(err, &en) || errors.Is(err, os.ErrDeadlineExceeded) || errors.Is(err, net.ErrClosed) {
			code := errnoOf(err)
			e = tlsErr{Code: binding.ErrnoName(syscall.Errno(-code)), Message: msg, Errno: code}
			break
		}
		e.Reason, e.Code = strings.TrimPrefix(msg, "tls: "), "ERR_SSL_SSL_HANDSHAKE_FAILURE"
	}
	if e.Message == "" {
		e.Message = fmt.Sprintf("error:0A000000:SSL routines::%s", e.Reason)
	}
	b, _ := json.Marshal(e)
	return string(b)
}

// rootCertificates is the PEM text of each system root (tls.rootCertificates).
var rootCertificates = sync.OnceValue(func() []string {
	for _, f := range []string{"/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt",
		"/etc/ssl/ca-bundle.pem", "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem", "/etc/ssl/cert.pem"} {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		var out []string
		for {
			var b *pem.Block
			b, data = pem.Decode(data)
			if b == nil {
				break
			}
			if b.Type == "CERTIFICATE" {
				out = append(out, strings.TrimSpace(string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: b.Bytes}))))
			}
		}
		return out
	}
	return []string{}
})
