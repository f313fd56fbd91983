package hostnet

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"strings"
	"sync"

	"software.sslmate.com/src/go-pkcs12"

	"github.com/wqnode/wqnode/host/binding"
)

// tlsContext is a SecureContext: the keys and certificates, trusted CAs
// and protocol limits one or more TLS handles use.
type tlsContext struct {
	certs   []tls.Certificate
	pool    *x509.CertPool // the trusted CAs (nil: the system's)
	hasCA   bool
	minV    uint16
	maxV    uint16
	ciphers []uint16 // TLS 1.2 and below; nil: crypto/tls's defaults
	curves  []tls.CurveID
	honor   bool
	tickets *ticketKeys
	caList  []*x509.Certificate // the CAs, in the order given

	// poolMu guards pool and hasCA once the context is in use: addCACert
	// replaces the pool (handshake goroutines read it).
	poolMu sync.Mutex
}

// contextOptions is what createSecureContext hands over (JSON): PEM texts,
// PFX bytes in base64, and the protocol options.
type contextOptions struct {
	Key []struct {
		PEM        string  `json:"pem"`
		Passphrase *string `json:"passphrase"`
	} `json:"key"`
	Cert []string `json:"cert"`
	CA   []string `json:"ca"`
	// ExtraCA is NODE_EXTRA_CA_CERTS's PEM, added to the system's roots
	// when no ca is given
	ExtraCA string `json:"extraCA"`
	PFX     []struct {
		Data       string  `json:"data"`
		Passphrase *string `json:"passphrase"`
	} `json:"pfx"`
	Passphrase *string `json:"passphrase"`
	MinVersion string  `json:"minVersion"`
	MaxVersion string  `json:"maxVersion"`
	Ciphers    string  `json:"ciphers"`
	ECDHCurve  string  `json:"ecdhCurve"`
	Honor      bool    `json:"honorCipherOrder"`
}

// sslError is an error as Node reports OpenSSL's: a message, its reason
// and its ERR_OSSL_/ERR_SSL_ code.
func sslError(code, reason string) error {
	return &binding.CodedError{Class: "Error", Code: code, Message: "error:" + reason}
}

// newContext parses createSecureContext's options.
func newContext(js string) (*tlsContext, error) {
	var o contextOptions
	if err := json.Unmarshal([]byte(js), &o); err != nil {
		return nil, &binding.CodedError{Class: "TypeError", Code: "ERR_INVALID_ARG_TYPE", Message: "bad secure context options"}
	}
	c := &tlsContext{minV: tls.VersionTLS12, maxV: tls.VersionTLS13, tickets: newTicketKeys()}
	var err error
	if c.minV, err = protoVersion(o.MinVersion, tls.VersionTLS12); err != nil {
		return nil, err
	}
	if c.maxV, err = protoVersion(o.MaxVersion, tls.VersionTLS13); err != nil {
		return nil, err
	}
	if o.Ciphers != "" {
		if c.ciphers, err = parseCiphers(o.Ciphers); err != nil {
			return nil, err
		}
	}
	if o.ECDHCurve != "" && o.ECDHCurve != "auto" {
		if c.curves, err = parseCurves(o.ECDHCurve); err != nil {
			return nil, err
		}
	}
	c.honor = o.Honor
	// certificates: the first is the leaf, the rest its chain
	var chain [][]byte
	var leafs []*x509.Certificate
	for _, p := range o.Cert {
		ders, err := pemCerts(p)
		if err != nil {
			return nil, err
		}
		chain = append(chain, ders...)
	}
	var keys []crypto.PrivateKey
	for _, k := range o.Key {
		pass := k.Passphrase
		if pass == nil {
			pass = o.Passphrase
		}
		key, err := parseKey(k.PEM, pass)
		if err != nil {
			return nil, err
		}
		keys = append(keys, key)
	}
	if len(keys) > 0 || len(chain) > 0 {
		if len(chain) > 0 {
			for _, d := range chain {
				x, err := x509.ParseCertificate(d)
				if err != nil {
					return nil, sslError("ERR_OSSL_PEM_NO_START_LINE", "0480006C:PEM routines::no start line")
				}
				leafs = append(leafs, x)
			}
		}
		if len(keys) > 0 && len(chain) == 0 {
			// a key without a certificate: Node fails at handshake time
			// ("no suitable signature algorithm"); keep none.
		} else if len(keys) > 0 {
			// Each key pairs with the first certificate whose public key
			// it matches (several keys of different types may be given).
			for _, key := range keys {
				idx := -1
				for i, x := range leafs {
					if keyMatches(key, x) {
						idx = i
						break
					}
				}
				if idx < 0 {
					return nil, sslError("ERR_OSSL_X509_KEY_VALUES_MISMATCH", "05800074:x509 certificate routines::key values mismatch")
				}
				cert := tls.Certificate{PrivateKey: key, Leaf: leafs[idx]}
				cert.Certificate = append(cert.Certificate, chain[idx])
				for i, d := range chain {
					if i != idx && !leafs[i].Equal(leafs[idx]) && !isLeafOfOtherKey(leafs[i], keys) {
						cert.Certificate = append(cert.Certificate, d)
					}
				}
				c.certs = append(c.certs, cert)
			}
		}
	}
	for _, p := range o.PFX {
		pass := ""
		if p.Passphrase != nil {
			pass = *p.Passphrase
		} else if o.Passphrase != nil {
			pass = *o.Passphrase
		}
		cert, cas, err := parsePFX(p.Data, pass)
		if err != nil {
			return nil, err
		}
		if cert != nil {
			c.certs = append(c.certs, *cert)
		}
		for _, ca := range cas {
			c.addCA(ca)
		}
	}
	for _, p := range o.CA {
		// a CA text without certificates adds none, as OpenSSL's does
		ders, _ := pemCerts(p)
		for _, d := range ders {
			x, err := x509.ParseCertificate(d)
			if err != nil {
				return nil, sslError("ERR_OSSL_PEM_NO_START_LINE", "0480006C:PEM routines::no start line")
			}
			c.addCA(x)
		}
	}
	if len(o.CA) == 0 && o.ExtraCA != "" {
		if pool := extraRoots(o.ExtraCA); pool != nil {
			// the default store and the extras, with a PFX's CAs kept
			if len(c.caList) > 0 {
				pool = pool.Clone()
				for _, x := range c.caList {
					pool.AddCert(x)
				}
			}
			c.pool = pool
		}
	}
	c.completeChains()
	return c, nil
}

// extraRoots is the system's roots with NODE_EXTRA_CA_CERTS's added,
// parsed once per text (JS sends the same text for every context); the
// pool is shared and never changed (addCA copies it).
func extraRoots(text string) *x509.CertPool {
	extraMu.Lock()
	defer extraMu.Unlock()
	if extraText == text {
		return extraPool
	}
	ders, _ := pemCerts(text)
	if len(ders) == 0 {
		return nil
	}
	pool := systemRoots().Clone()
	for _, d := range ders {
		if x, err := x509.ParseCertificate(d); err == nil {
			pool.AddCert(x)
		}
	}
	extraText, extraPool = text, pool
	return pool
}

var (
	extraMu   sync.Mutex
	extraText string
	extraPool *x509.CertPool
)

// isLeafOfOtherKey reports whether x is the certificate of one of keys
// (so it is another leaf, not part of this leaf's chain).
func isLeafOfOtherKey(x *x509.Certificate, keys []crypto.PrivateKey) bool {
	for _, k := range keys {
		if keyMatches(k, x) {
			return true
		}
	}
	return false
}

func (c *tlsContext) addCA(x *x509.Certificate) {
	c.poolMu.Lock()
	defer c.poolMu.Unlock()
	// copy on write: a pool handed to a handshake is never changed
	var pool *x509.CertPool
	if c.pool == nil {
		pool = x509.NewCertPool()
	} else {
		pool = c.pool.Clone()
	}
	pool.AddCert(x)
	c.pool = pool
	c.hasCA = true
	c.caList = append(c.caList, x)
}

// addCAText adds the certificates of a PEM text (addCACert).
func (c *tlsContext) addCAText(text string) {
	ders, _ := pemCerts(text)
	for _, d := range ders {
		if x, err := x509.ParseCertificate(d); err == nil {
			c.addCA(x)
		}
	}
}

// caPool is the trusted CAs, nil when none were given.
func (c *tlsContext) caPool() (*x509.CertPool, bool) {
	c.poolMu.Lock()
	defer c.poolMu.Unlock()
	return c.pool, c.hasCA
}

// completeChains appends to each certificate's chain the issuers found
// among the context's CAs, as OpenSSL builds the chain it sends from its
// store (so a peer that knows only the root can verify).
func (c *tlsContext) completeChains() {
	for i := range c.certs {
		cert := &c.certs[i]
		if cert.Leaf == nil || len(cert.Certificate) == 0 {
			continue
		}
		last, err := x509.ParseCertificate(cert.Certificate[len(cert.Certificate)-1])
		if err != nil {
			continue
		}
		for n := 0; n < 10 && !selfIssued(last); n++ {
			var next *x509.Certificate
			for _, ca := range c.caList {
				if bytes.Equal(ca.RawSubject, last.RawIssuer) && last.CheckSignatureFrom(ca) == nil {
					next = ca
					break
				}
			}
			if next == nil || inChain(cert.Certificate, next.Raw) {
				break
			}
			cert.Certificate = append(cert.Certificate, next.Raw)
			last = next
		}
	}
}

func inChain(chain [][]byte, der []byte) bool {
	for _, d := range chain {
		if bytes.Equal(d, der) {
			return true
		}
	}
	return false
}

// roots is the pool a peer's chain is verified against.
func (c *tlsContext) roots() *x509.CertPool {
	if pool, _ := c.caPool(); pool != nil {
		return pool
	}
	return systemRoots()
}

// base is the crypto/tls configuration the context gives a handle.
// Verification is left to verifyChain (JS decides what to do with it).
func (c *tlsContext) base(server bool) *tls.Config {
	cfg := &tls.Config{
		MinVersion:         c.minV,
		MaxVersion:         c.maxV,
		CipherSuites:       c.ciphers,
		CurvePreferences:   c.curves,
		InsecureSkipVerify: true,
		Renegotiation:      tls.RenegotiateNever,
	}
	if server {
		cfg.Certificates = c.certs
		cfg.ClientCAs, _ = c.caPool()
		cfg.SessionTicketsDisabled = false
	} else {
		certs := c.certs
		cfg.GetClientCertificate = func(*tls.CertificateRequestInfo) (*tls.Certificate, error) {
			// OpenSSL sends the configured certificate whatever the
			// server's CA list says.
			if len(certs) > 0 {
				return &certs[0], nil
			}
			return &tls.Certificate{}, nil
		}
	}
	return cfg
}

// protoVersion maps Node's 'TLSv1.2' to crypto/tls's version.
func protoVersion(s string, def uint16) (uint16, error) {
	switch s {
	case "":
		return def, nil
	case "TLSv1":
		return tls.VersionTLS10, nil
	case "TLSv1.1":
		return tls.VersionTLS11, nil
	case "TLSv1.2":
		return tls.VersionTLS12, nil
	case "TLSv1.3":
		return tls.VersionTLS13, nil
	}
	return 0, &binding.CodedError{Class: "TypeError", Code: "ERR_TLS_INVALID_PROTOCOL_VERSION",
		Message: s + " is not a valid TLS protocol version"}
}

// pemCerts is the DER of every CERTIFICATE block in text.
func pemCerts(text string) ([][]byte, error) {
	var out [][]byte
	rest := []byte(text)
	for {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			break
		}
		if b.Type == "CERTIFICATE" || b.Type == "TRUSTED CERTIFICATE" || b.Type == "X509 CERTIFICATE" {
			out = append(out, b.Bytes)
		}
	}
	if len(out) == 0 {
		return nil, sslError("ERR_OSSL_PEM_NO_START_LINE", "0480006C:PEM routines::no start line")
	}
	return out, nil
}

// parseKey reads a PEM private key, decrypting it with pass when it is
// encrypted.
func parseKey(text string, pass *string) (crypto.PrivateKey, error) {
	rest := []byte(text)
	for {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			return nil, sslError("ERR_OSSL_UNSUPPORTED", "1E08010C:DECODER routines::unsupported")
		}
		if !strings.Contains(b.Type, "PRIVATE KEY") {
			continue
		}
		der := b.Bytes
		//lint:ignore SA1019 legacy PEM encryption is what Node's fixtures use
		if x509.IsEncryptedPEMBlock(b) { //nolint:staticcheck
			// no passphrase is the empty one, as OpenSSL tries it
			d, err := x509.DecryptPEMBlock(b, []byte(passOrEmpty(pass))) //nolint:staticcheck
			if err != nil {
				return nil, sslError("ERR_OSSL_BAD_DECRYPT", "1C800064:Provider routines::bad decrypt")
			}
			der = d
		} else if b.Type == "ENCRYPTED PRIVATE KEY" {
			d, err := decryptPKCS8(der, []byte(passOrEmpty(pass)))
			if err != nil {
				return nil, err
			}
			der = d
		}
		if k, err := x509.ParsePKCS8PrivateKey(der); err == nil {
			return k, nil
		}
		if k, err := x509.ParsePKCS1PrivateKey(der); err == nil {
			return k, nil
		}
		if k, err := x509.ParseECPrivateKey(der); err == nil {
			return k, nil
		}
		return nil, sslError("ERR_OSSL_UNSUPPORTED", "1E08010C:DECODER routines::unsupported")
	}
}

func passOrEmpty(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// keyMatches reports whether key is the private half of x's public key.
func keyMatches(key crypto.PrivateKey, x *x509.Certificate) bool {
	switch k := key.(type) {
	case *rsa.PrivateKey:
		p, ok := x.PublicKey.(*rsa.PublicKey)
		return ok && p.N.Cmp(k.N) == 0 && p.E == k.E
	case *ecdsa.PrivateKey:
		p, ok := x.PublicKey.(*ecdsa.PublicKey)
		return ok && p.Equal(&k.PublicKey)
	case ed25519.PrivateKey:
		p, ok := x.PublicKey.(ed25519.PublicKey)
		return ok && p.Equal(k.Public())
	}
	return false
}

// parsePFX reads a PKCS#12 bundle: a key, its certificate and CAs, in
// the forms OpenSSL writes (SHA-1 or SHA-256 MACs, 3DES, RC2 or AES).
func parsePFX(b64, pass string) (*tls.Certificate, []*x509.Certificate, error) {
	data, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		return nil, nil, errors.New("bad pfx")
	}
	key, leaf, cas, err := pkcs12.DecodeChain(data, pass)
	if err != nil {
		if errors.Is(err, pkcs12.ErrIncorrectPassword) {
			return nil, nil, &binding.CodedError{Class: "Error", Message: "mac verify failure"}
		}
		if strings.Contains(err.Error(), "private key missing") {
			return nil, nil, &binding.CodedError{Class: "Error", Code: "ERR_CRYPTO_OPERATION_FAILED", Message: "Unable to load private key from PFX data"}
		}
		return nil, nil, &binding.CodedError{Class: "Error", Code: "ERR_CRYPTO_OPERATION_FAILED", Message: "Unable to load PFX certificate"}
	}
	if !keyMatches(key, leaf) {
		return nil, nil, sslError("ERR_OSSL_X509_KEY_VALUES_MISMATCH", "05800074:x509 certificate routines::key values mismatch")
	}
	return &tls.Certificate{PrivateKey: key, Leaf: leaf, Certificate: [][]byte{leaf.Raw}}, cas, nil
}
