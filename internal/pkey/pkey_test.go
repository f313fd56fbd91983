package pkey

import (
	"os"
	"testing"
)

const fixtures = "/work/shared/node-tests/test/fixtures/keys/"

func fixture(t *testing.T, name string) []byte {
	b, err := os.ReadFile(fixtures + name)
	if err != nil {
		t.Skip("no fixtures")
	}
	return b
}

func TestP1363RoundTrip(t *testing.T) {
	k, err := Import(fixture(t, "ec_p256_private.pem"), "pem", "", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	d := make([]byte, 32)
	sig, err := Sign(k, "sha256", d, nil, SignOpts{P1363: true})
	if err != nil || len(sig) != 64 {
		t.Fatal(err, len(sig))
	}
	ok, err := Verify(k.Public(), "sha256", d, nil, sig, SignOpts{P1363: true})
	if !ok || err != nil {
		t.Fatal("verify failed", err)
	}
}
