package pkey

import (
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"

	"golang.org/x/crypto/cryptobyte"
	casn1 "golang.org/x/crypto/cryptobyte/asn1"
)

// X509Certificate's facts, as Node prints them from OpenSSL.

// Cert is a parsed certificate.
type Cert struct {
	C *x509.Certificate
	// san is the raw subjectAltName of a certificate Go's parser only
	// took without it (names it finds malformed, which Node prints).
	san []byte
}

// ParseCert reads a PEM ("CERTIFICATE") or DER certificate.
func ParseCert(data []byte) (*Cert, error) {
	der := data
	if b, _ := pem.Decode(data); b != nil {
		if b.Type != "CERTIFICATE" && b.Type != "TRUSTED CERTIFICATE" && b.Type != "X509 CERTIFICATE" {
			return nil, ErrNoStartLine
		}
		der = b.Bytes
	} else if len(data) == 0 || data[0] != 0x30 {
		return nil, ErrNoStartLine
	}
	c, err := x509.ParseCertificate(der)
	if err == nil {
		return &Cert{C: c}, nil
	}
	stripped, tbs, san, ok := withoutSAN(der)
	if !ok {
		return nil, ErrNotEnoughData
	}
	c, err = x509.ParseCertificate(stripped)
	if err != nil {
		return nil, ErrNotEnoughData
	}
	c.Raw, c.RawTBSCertificate = der, tbs
	return &Cert{C: c, san: san}, nil
}

// withoutSAN is der with its subjectAltName extension left out, the
// original tbsCertificate and the extension's value.
func withoutSAN(der []byte) (out, tbs, san []byte, ok bool) {
	in := cryptobyte.String(der)
	var cert, tbsBody, rest cryptobyte.String
	if !in.ReadASN1(&cert, casn1.SEQUENCE) || !in.Empty() {
		return nil, nil, nil, false
	}
	var tbsFull cryptobyte.String
	if !cert.ReadASN1Element(&tbsFull, casn1.SEQUENCE) {
		return nil, nil, nil, false
	}
	rest = cert
	tbsBody = tbsFull
	if !tbsBody.ReadASN1(&tbsBody, casn1.SEQUENCE) {
		return nil, nil, nil, false
	}
	extTag := casn1.Tag(3).Constructed().ContextSpecific()
	var b cryptobyte.Builder
	found := false
	b.AddASN1(casn1.SEQUENCE, func(b *cryptobyte.Builder) {
		b.AddASN1(casn1.SEQUENCE, func(b *cryptobyte.Builder) {
			for !tbsBody.Empty() {
				var el cryptobyte.String
				var tag casn1.Tag
				if !tbsBody.ReadAnyASN1Element(&el, &tag) {
					b.SetError(errors.New("bad tbs"))
					return
				}
				if tag != extTag {
					b.AddBytes(el)
					continue
				}
				var exts, list cryptobyte.String
				if !el.ReadASN1(&exts, extTag) || !exts.ReadASN1(&list, casn1.SEQUENCE) {
					b.SetError(errors.New("bad extensions"))
					return
				}
				b.AddASN1(extTag, func(b *cryptobyte.Builder) {
					b.AddASN1(casn1.SEQUENCE, func(b *cryptobyte.Builder) {
						for !list.Empty() {
							var ext cryptobyte.String
							if !list.ReadASN1Element(&ext, casn1.SEQUENCE) {
								b.SetError(errors.New("bad extension"))
								return
							}
							e := ext
							var body cryptobyte.String
							var oid asn1.ObjectIdentifier
							if e.ReadASN1(&body, casn1.SEQUENCE) && body.ReadASN1ObjectIdentifier(&oid) && oid.Equal(oidSAN) {
								var crit bool
								if body.PeekASN1Tag(casn1.BOOLEAN) {
									body.ReadASN1Boolean(&crit)
								}
								var v []byte
								if body.ReadASN1Bytes(&v, casn1.OCTET_STRING) {
									san, found = v, true
									continue
								}
							}
							b.AddBytes(ext)
						}
					})
				})
			}
		})
		b.AddBytes(rest)
	})
	out, err := b.Bytes()
	if err != nil || !found {
		return nil, nil, nil, false
	}
	return out, tbsFull, san, true
}

var attrNames = map[string]string{
	"2.5.4.3": "CN", "2.5.4.4": "SN", "2.5.4.5": "serialNumber", "2.5.4.6": "C", "2.5.4.7": "L",
	"2.5.4.8": "ST", "2.5.4.9": "street", "2.5.4.10": "O", "2.5.4.11": "OU", "2.5.4.12": "title",
	"2.5.4.13": "description", "2.5.4.17": "postalCode", "2.5.4.42": "GN", "2.5.4.43": "initials",
	"2.5.4.44": "generationQualifier", "2.5.4.46": "dnQualifier", "2.5.4.65": "pseudonym",
	"2.5.4.15": "businessCategory", "0.9.2342.19200300.100.1.25": "DC", "0.9.2342.19200300.100.1.1": "UID",
	"1.2.840.113549.1.9.1": "emailAddress",
}

// NameEntry is one attribute of a distinguished name.
type NameEntry struct{ Key, Value string }

// NameEntries lists a name's attributes in order.
func NameEntries(raw []byte) []NameEntry {
	var rdns pkix.RDNSequence
	if _, err := asn1.Unmarshal(raw, &rdns); err != nil {
		return nil
	}
	var out []NameEntry
	for _, rdn := range rdns {
		for _, atv := range rdn {
			k := attrNames[atv.Type.String()]
			if k == "" {
				k = atv.Type.String()
			}
			v, ok := atv.Value.(string)
			if !ok {
				v = strings.ToUpper(hex.EncodeToString(mustMarshal(atv.Value)))
			}
			out = append(out, NameEntry{k, v})
		}
	}
	return out
}

func mustMarshal(v any) []byte {
	b, _ := asn1.Marshal(v)
	return b
}

// escapeName escapes a value as OpenSSL's multi-line name printing does
// for characters that would break the format.
func escapeName(v string) string {
	var b strings.Builder
	for _, r := range v {
		switch {
		case r == '\\' || r == '"' || r == ',' || r == '+' || r == '<' || r == '>' || r == ';':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			b.WriteString("\\" + strings.ToUpper(strconv.FormatInt(int64(r)+0x100, 16)[1:]))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// NameString is a name as Node's X509Certificate prints it: one
// "key=value" per line.
func NameString(raw []byte) string {
	var lines []string
	for _, e := range NameEntries(raw) {
		lines = append(lines, e.Key+"="+escapeName(e.Value))
	}
	return strings.Join(lines, "\n")
}

// altValue quotes a subjectAltName value as Node does when it holds a
// separator, a quote or a byte outside printable ASCII.
func altValue(v []byte) string { return quoteAlt(v, false) }

// quoteAlt is altValue; utf8 leaves bytes above 0x7e (UTF-8 text) as
// they are.
func quoteAlt(v []byte, utf8 bool) string {
	unsafe := func(c byte) bool {
		return c == ',' || c == '\'' || c < ' ' || c == 0x7f || (!utf8 && c > '~')
	}
	safe := true
	for _, c := range v {
		if c == '"' || c == '\\' || unsafe(c) {
			safe = false
			break
		}
	}
	if safe {
		return string(v)
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, c := range v {
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case unsafe(c):
			b.WriteString(fmt.Sprintf("\\u%04x", c))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func ipString(ip []byte) string {
	if len(ip) == 4 {
		return net.IP(ip).String()
	}
	if len(ip) != 16 {
		return fmt.Sprintf("<invalid length=%d>", len(ip))
	}
	parts := make([]string, 8)
	for i := range parts {
		parts[i] = strings.ToUpper(strconv.FormatUint(uint64(ip[2*i])<<8|uint64(ip[2*i+1]), 16))
	}
	return strings.Join(parts, ":")
}

var oidSAN = asn1.ObjectIdentifier{2, 5, 29, 17}

// rfc2253 escapes a name value's special characters with a backslash.
func rfc2253(v string) string {
	var b strings.Builder
	for _, r := range v {
		if strings.ContainsRune(",+\"\\<>;", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// otherName prints the otherName forms OpenSSL knows (XmppAddr, SRVName).
func otherName(v cryptobyte.String) string {
	var oid asn1.ObjectIdentifier
	var val cryptobyte.String
	if !v.ReadASN1ObjectIdentifier(&oid) || !v.ReadASN1(&val, casn1.Tag(0).ContextSpecific().Constructed()) {
		return "<unsupported>"
	}
	var s []byte
	switch oid.String() {
	case "1.3.6.1.5.5.7.8.5":
		if !val.ReadASN1Bytes(&s, casn1.UTF8String) {
			return "<unsupported>"
		}
		return quoteAlt(append([]byte("XmppAddr:"), s...), true)
	case "1.3.6.1.5.5.7.8.7":
		if !val.ReadASN1Bytes(&s, casn1.IA5String) {
			return "<unsupported>"
		}
		return quoteAlt(append([]byte("SRVName:"), s...), false)
	}
	return "<unsupported>"
}

// SubjectAltName is the extension as Node prints it, "" when absent.
func (c *Cert) SubjectAltName() string {
	raw := c.san
	for _, e := range c.C.Extensions {
		if e.Id.Equal(oidSAN) {
			raw = e.Value
		}
	}
	if raw == nil {
		return ""
	}
	in := cryptobyte.String(raw)
	var seq cryptobyte.String
	if !in.ReadASN1(&seq, casn1.SEQUENCE) {
		return ""
	}
	var parts []string
	for !seq.Empty() {
		var v cryptobyte.String
		var tag casn1.Tag
		if !seq.ReadAnyASN1(&v, &tag) {
			break
		}
		switch tag {
		case casn1.Tag(1).ContextSpecific():
			parts = append(parts, "email:"+altValue(v))
		case casn1.Tag(2).ContextSpecific():
			parts = append(parts, "DNS:"+altValue(v))
		case casn1.Tag(6).ContextSpecific():
			parts = append(parts, "URI:"+altValue(v))
		case casn1.Tag(7).ContextSpecific():
			parts = append(parts, "IP Address:"+ipString(v))
		case casn1.Tag(8).ContextSpecific():
			var oid asn1.ObjectIdentifier
			full := append([]byte{0x06, byte(len(v))}, v...)
			if _, err := asn1.Unmarshal(full, &oid); err == nil && len(v) < 128 {
				parts = append(parts, "Registered ID:"+oid.String())
			}
		case casn1.Tag(4).ContextSpecific().Constructed():
			var name cryptobyte.String
			if v.ReadASN1Element(&name, casn1.SEQUENCE) {
				// RFC 2253 order: the last RDN first.
				var fields []string
				es := NameEntries(name)
				for i := len(es) - 1; i >= 0; i-- {
					fields = append(fields, es[i].Key+"="+rfc2253(es[i].Value))
				}
				parts = append(parts, "DirName:"+quoteAlt([]byte(strings.Join(fields, ",")), true))
			}
		case casn1.Tag(0).ContextSpecific().Constructed():
			parts = append(parts, "othername:"+otherName(v))
		}
	}
	return strings.Join(parts, ", ")
}

// InfoAccess is the authorityInfoAccess extension, one access per line.
func (c *Cert) InfoAccess() []NameEntry {
	var out []NameEntry
	for _, u := range c.C.OCSPServer {
		out = append(out, NameEntry{"OCSP - URI", u})
	}
	for _, u := range c.C.IssuingCertificateURL {
		out = append(out, NameEntry{"CA Issuers - URI", u})
	}
	return out
}

// Fingerprint is the colon-separated uppercase hex of a digest of the
// certificate ("sha1", "sha256", "sha512").
func (c *Cert) Fingerprint(alg string) string {
	var sum []byte
	switch alg {
	case "sha256":
		s := sha256.Sum256(c.C.Raw)
		sum = s[:]
	case "sha512":
		s := sha512.Sum512(c.C.Raw)
		sum = s[:]
	default:
		s := sha1.Sum(c.C.Raw)
		sum = s[:]
	}
	return colonHex(sum)
}

func colonHex(b []byte) string {
	h := strings.ToUpper(hex.EncodeToString(b))
	var parts []string
	for i := 0; i < len(h); i += 2 {
		parts = append(parts, h[i:i+2])
	}
	return strings.Join(parts, ":")
}

// Serial is the serial number in uppercase hex.
func (c *Cert) Serial() string {
	b := c.C.SerialNumber.Bytes()
	if len(b) == 0 {
		return "00"
	}
	return strings.ToUpper(hex.EncodeToString(b))
}

// ValidFrom and ValidTo are the validity dates in OpenSSL's format.
func (c *Cert) ValidFrom() string { return c.C.NotBefore.UTC().Format("Jan _2 15:04:05 2006 GMT") }

// ValidTo is the end of the validity period.
func (c *Cert) ValidTo() string { return c.C.NotAfter.UTC().Format("Jan _2 15:04:05 2006 GMT") }

// ExtKeyUsage lists the extended key usage OIDs.
func (c *Cert) ExtKeyUsage() []string {
	oids := map[x509.ExtKeyUsage]string{
		x509.ExtKeyUsageServerAuth: "1.3.6.1.5.5.7.3.1", x509.ExtKeyUsageClientAuth: "1.3.6.1.5.5.7.3.2",
		x509.ExtKeyUsageCodeSigning: "1.3.6.1.5.5.7.3.3", x509.ExtKeyUsageEmailProtection: "1.3.6.1.5.5.7.3.4",
		x509.ExtKeyUsageTimeStamping: "1.3.6.1.5.5.7.3.8", x509.ExtKeyUsageOCSPSigning: "1.3.6.1.5.5.7.3.9",
		x509.ExtKeyUsageAny: "2.5.29.37.0",
	}
	var out []string
	for _, u := range c.C.ExtKeyUsage {
		if o, ok := oids[u]; ok {
			out = append(out, o)
		}
	}
	for _, o := range c.C.UnknownExtKeyUsage {
		out = append(out, o.String())
	}
	return out
}

// HostOpts are checkHost's options.
type HostOpts struct {
	Subject            string // "default", "always", "never"
	Wildcards          bool
	PartialWildcards   bool
	MultiLabelWildcard bool
	SingleLabelSubdoms bool
}

func (c *Cert) subjectValues(key string) []string {
	var out []string
	for _, e := range NameEntries(c.C.RawSubject) {
		if e.Key == key {
			out = append(out, e.Value)
		}
	}
	return out
}

// CheckHost returns the certificate name that matches host, or "".
func (c *Cert) CheckHost(host string, o HostOpts) string {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	names := c.C.DNSNames
	if o.Subject == "always" || (o.Subject != "never" && len(names) == 0) {
		names = append(append([]string{}, names...), c.subjectValues("CN")...)
	}
	for _, n := range names {
		if matchHost(strings.ToLower(n), host, o) {
			return n
		}
	}
	return ""
}

func matchHost(pattern, host string, o HostOpts) bool {
	if pattern == host {
		return true
	}
	if !o.Wildcards || !strings.Contains(pattern, "*") {
		return false
	}
	pl := strings.Split(pattern, ".")
	hl := strings.Split(host, ".")
	if len(pl) < 3 || strings.Contains(strings.Join(pl[1:], "."), "*") {
		return false
	}
	first := pl[0]
	if first != "*" && !o.PartialWildcards {
		return false
	}
	if len(hl) != len(pl) && !(o.MultiLabelWildcard && len(hl) > len(pl)) {
		return false
	}
	if strings.Join(hl[len(hl)-len(pl)+1:], ".") != strings.Join(pl[1:], ".") {
		return false
	}
	label := strings.Join(hl[:len(hl)-len(pl)+1], ".")
	star := strings.Index(first, "*")
	prefix, suffix := first[:star], first[star+1:]
	return len(label) >= len(prefix)+len(suffix) && strings.HasPrefix(label, prefix) && strings.HasSuffix(label, suffix) &&
		(label != "" || prefix+suffix != "")
}

// CheckEmail returns the certificate address that matches email, or "".
func (c *Cert) CheckEmail(email string, subject string) string {
	names := c.C.EmailAddresses
	if subject == "always" || (subject != "never" && len(names) == 0) {
		names = append(append([]string{}, names...), c.subjectValues("emailAddress")...)
	}
	for _, n := range names {
		if strings.EqualFold(n, email) {
			return n
		}
	}
	return ""
}

// CheckIP reports whether ip is among the certificate's IP addresses.
func (c *Cert) CheckIP(ip string) bool {
	p := net.ParseIP(ip)
	if p == nil {
		return false
	}
	for _, a := range c.C.IPAddresses {
		if a.Equal(p) {
			return true
		}
	}
	return false
}

// CheckIssued reports whether other issued c (names and key ids agree).
func (c *Cert) CheckIssued(other *Cert) bool {
	if string(c.C.RawIssuer) != string(other.C.RawSubject) {
		return false
	}
	if len(c.C.AuthorityKeyId) > 0 && len(other.C.SubjectKeyId) > 0 &&
		string(c.C.AuthorityKeyId) != string(other.C.SubjectKeyId) {
		return false
	}
	return true
}

var certSigAlgs = map[x509.SignatureAlgorithm]string{
	x509.MD5WithRSA: "md5", x509.SHA1WithRSA: "sha1", x509.SHA256WithRSA: "sha256", x509.SHA384WithRSA: "sha384",
	x509.SHA512WithRSA: "sha512", x509.ECDSAWithSHA1: "sha1", x509.ECDSAWithSHA256: "sha256",
	x509.ECDSAWithSHA384: "sha384", x509.ECDSAWithSHA512: "sha512", x509.SHA256WithRSAPSS: "sha256",
	x509.SHA384WithRSAPSS: "sha384", x509.SHA512WithRSAPSS: "sha512", x509.PureEd25519: "",
}

// VerifyWith checks the certificate's signature with public key k.
func (c *Cert) VerifyWith(k *Key) bool {
	name, ok := certSigAlgs[c.C.SignatureAlgorithm]
	if !ok {
		return false
	}
	msg := c.C.RawTBSCertificate
	digest := msg
	if name != "" {
		h := Hashes[name]
		if !h.Available() {
			return false
		}
		d := h.New()
		d.Write(msg)
		digest = d.Sum(nil)
	}
	o := SignOpts{}
	switch c.C.SignatureAlgorithm {
	case x509.SHA256WithRSAPSS, x509.SHA384WithRSAPSS, x509.SHA512WithRSAPSS:
		o.Padding = PSSPadding
		salt := -1
		o.SaltLength = &salt
	}
	ok, err := Verify(k, name, digest, msg, c.C.Signature, o)
	return err == nil && ok
}
