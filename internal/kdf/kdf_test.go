package kdf

import (
	"bytes"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"hash"
	"testing"
	"time"

	"golang.org/x/crypto/scrypt"
)

// Both derivations agree with the standard library's PBKDF2 and x/crypto's
// scrypt, and with RFC 7914's test vector.
func TestAgrees(t *testing.T) {
	for _, h := range []func() hash.Hash{sha1.New, sha256.New, sha512.New} {
		for _, c := range []struct{ iter, n int }{{1, 20}, {2, 32}, {4096, 64}, {3, 200}, {1, 0}} {
			want, _ := pbkdf2.Key(h, "password", []byte("salt"), c.iter, max(c.n, 1))
			got, err := PBKDF2(nil, h, []byte("password"), []byte("salt"), c.iter, c.n)
			if err != nil || !bytes.Equal(got, want[:c.n]) {
				t.Errorf("PBKDF2 iter %d len %d: %x, want %x (%v)", c.iter, c.n, got, want[:c.n], err)
			}
		}
	}
	for _, c := range []struct{ N, r, p, n int }{{16, 1, 1, 64}, {1024, 8, 16, 64}, {256, 3, 5, 33}, {2, 1, 1, 1}} {
		want, _ := scrypt.Key([]byte("password"), []byte("NaCl"), c.N, c.r, c.p, c.n)
		got, err := Scrypt(nil, []byte("password"), []byte("NaCl"), c.N, c.r, c.p, c.n)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("scrypt %+v: %x, want %x (%v)", c, got, want, err)
		}
	}
	got, _ := Scrypt(nil, []byte("password"), []byte("NaCl"), 1024, 8, 16, 64)
	const rfc = "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"
	if hex.EncodeToString(got) != rfc {
		t.Errorf("RFC 7914 vector: %x", got)
	}
	for _, c := range []struct{ N, r, p int }{{1, 1, 1}, {3, 1, 1}, {16, 0, 1}, {16, 1, 0}, {16, 1 << 20, 1 << 10}} {
		if _, err := Scrypt(nil, nil, nil, c.N, c.r, c.p, 8); err == nil {
			t.Errorf("scrypt %+v: no error", c)
		}
	}
}

// A closed stop channel ends a derivation that would take hours.
func TestStop(t *testing.T) {
	stop := make(chan struct{})
	time.AfterFunc(50*time.Millisecond, func() { close(stop) })
	start := time.Now()
	if _, err := PBKDF2(stop, sha512.New, []byte("a"), []byte("b"), 2e9, 64); err != ErrStopped {
		t.Fatalf("PBKDF2: %v", err)
	}
	if _, err := Scrypt(stop, []byte("a"), []byte("b"), 1<<10, 1, 1<<20, 64); err != ErrStopped {
		t.Fatalf("scrypt: %v", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("stopped after %v", d)
	}
}
