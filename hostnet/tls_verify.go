package hostnet

import (
	"bytes"
	"crypto/x509"
	"errors"
	"time"
)

// verifyChain verifies a peer's chain (leaf first) against roots and
// names the failure as OpenSSL's verify codes, which Node reports:
// "" when the chain verified.
func verifyChain(chain []*x509.Certificate, roots *x509.CertPool, now time.Time) (string, []*x509.Certificate) {
	code, verified := verifyCode(chain, roots, now)
	return code, verified
}

func verifyCode(chain []*x509.Certificate, roots *x509.CertPool, now time.Time) (string, []*x509.Certificate) {
	leaf := chain[0]
	inter := x509.NewCertPool()
	for _, c := range chain[1:] {
		inter.AddCert(c)
	}
	chains, err := leaf.Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter, CurrentTime: now,
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}})
	if err == nil {
		return "", chains[0]
	}
	var inv x509.CertificateInvalidError
	if errors.As(err, &inv) {
		switch inv.Reason {
		case x509.Expired:
			if now.Before(inv.Cert.NotBefore) {
				return "CERT_NOT_YET_VALID", nil
			}
			return "CERT_HAS_EXPIRED", nil
		case x509.NotAuthorizedToSign, x509.CANotAuthorizedForThisName, x509.TooManyIntermediates:
			return "INVALID_CA", nil
		case x509.IncompatibleUsage:
			return "INVALID_PURPOSE", nil
		}
		return "CERT_REJECTED", nil
	}
	// The chain as the peer sent it: follow issuers from the leaf.
	if selfIssued(leaf) {
		if len(chain) == 1 || leaf.CheckSignatureFrom(leaf) == nil {
			return "DEPTH_ZERO_SELF_SIGNED_CERT", nil
		}
	}
	cur := leaf
	depth := 0
	used := map[*x509.Certificate]bool{leaf: true}
	for {
		var next *x509.Certificate
		for _, c := range chain[1:] {
			if !used[c] && bytes.Equal(c.RawSubject, cur.RawIssuer) {
				next = c
				break
			}
		}
		if next == nil {
			break
		}
		used[next] = true
		cur = next
		depth++
		if selfIssued(cur) {
			return "SELF_SIGNED_CERT_IN_CHAIN", nil
		}
	}
	var ua x509.UnknownAuthorityError
	if errors.As(err, &ua) || depth >= 0 {
		if depth == 0 {
			return "UNABLE_TO_VERIFY_LEAF_SIGNATURE", nil
		}
		return "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", nil
	}
	return "CERT_REJECTED", nil
}

func selfIssued(c *x509.Certificate) bool { return bytes.Equal(c.RawSubject, c.RawIssuer) }

// verifyMessages are OpenSSL's texts for the verify codes.
var verifyMessages = map[string]string{
	"DEPTH_ZERO_SELF_SIGNED_CERT":       "self-signed certificate",
	"SELF_SIGNED_CERT_IN_CHAIN":         "self-signed certificate in certificate chain",
	"UNABLE_TO_VERIFY_LEAF_SIGNATURE":   "unable to verify the first certificate",
	"UNABLE_TO_GET_ISSUER_CERT_LOCALLY": "unable to get local issuer certificate",
	"UNABLE_TO_GET_ISSUER_CERT":         "unable to get issuer certificate",
	"CERT_HAS_EXPIRED":                  "certificate has expired",
	"CERT_NOT_YET_VALID":                "certificate is not yet valid",
	"INVALID_CA":                        "invalid CA certificate",
	"INVALID_PURPOSE":                   "unsupported certificate purpose",
	"CERT_REJECTED":                     "certificate rejected",
	"CERT_SIGNATURE_FAILURE":            "certificate signature failure",
}
