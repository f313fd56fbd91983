package tests

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wqnode/wqnode/internal/npminstall"
)

// TestAccept runs real programs unchanged: each accept/NAME.js (or .mjs)
// uses npm packages (express, fastify, koa, ws, axios, node-fetch, pinned
// in accept/package-lock.json) against a server of its own on 127.0.0.1,
// and its stdout and exit code are compared with node's, recorded in
// NAME.stdout and NAME.exit (go test ./tests -run Accept -update). The https
// case uses a CA and certificate made afresh for each run (acceptCerts).
//
// The packages are installed once per lockfile by npminstall (npm ci into
// the user cache directory); an install that fails fails the test.
func TestAccept(t *testing.T) {
	modules := acceptInstall(t)
	pems := acceptCerts(t)
	files, _ := filepath.Glob("accept/*.*js")
	known := knownFailures(t)
	ran := 0
	for _, file := range files {
		base := filepath.Base(file)
		if strings.HasPrefix(base, "_") {
			continue
		}
		ran++
		file := file
		name := strings.TrimSuffix(base, filepath.Ext(base))
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			checkRecorded(t, file, filepath.Join(acceptRunDir(t, modules, pems), base), known)
		})
	}
	if ran == 0 {
		t.Fatal("no acceptance cases found")
	}
}

// acceptInstall installs accept/package-lock.json's packages (once per
// lockfile) and returns their node_modules folder; a failed install fails.
func acceptInstall(t *testing.T) string {
	modules, err := npminstall.Install("accept", 4*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	return modules
}

// acceptRunDir makes a folder with the acceptance scripts, the TLS files
// and a node_modules link to the installed packages.
func acceptRunDir(t *testing.T, modules string, pems map[string][]byte) string {
	dir := t.TempDir()
	if err := npminstall.Stage(dir, "accept/*.*js", modules); err != nil {
		t.Fatal(err)
	}
	for name, b := range pems {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// acceptCerts makes a CA and a server certificate it signed for 127.0.0.1
// and localhost, as PEM files by name (tls-ca.pem, tls-cert.pem,
// tls-key.pem), for the https case.
func acceptCerts(t *testing.T) map[string][]byte {
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	caTmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "wqnode acceptance CA"},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(24 * time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	leaf := &x509.Certificate{
		SerialNumber: big.NewInt(2),
		Subject:      pkix.Name{CommonName: "127.0.0.1"},
		NotBefore:    now.Add(-time.Hour),
		NotAfter:     now.Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1)},
		DNSNames:     []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, leaf, caTmpl, &key.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return map[string][]byte{
		"tls-ca.pem":   pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}),
		"tls-cert.pem": pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		"tls-key.pem":  pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}),
	}
}
