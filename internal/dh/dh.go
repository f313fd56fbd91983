// Package dh is finite-field Diffie-Hellman as Node's DiffieHellman
// exposes it over OpenSSL (the MODP groups, DH_check's flags, key
// generation and the shared secret padded to the prime's size), prime
// generation and testing with OpenSSL's add/rem conventions, and ECDH on
// the NIST curves with Node's point formats.
package dh

import (
	"crypto/rand"
	"errors"
	"math/big"
)

// Error is a failure with Node's class, code and message.
type Error struct {
	Class, Code, Message string
}

func (e *Error) Error() string { return e.Message }

// DH_check flags.
const (
	CheckPNotPrime         = 0x01
	CheckPNotSafePrime     = 0x02
	NotSuitableGenerator   = 0x08
	CheckModulusTooSmall   = 0x80
	CheckModulusTooLarge   = 0x100
	minModulusBits         = 512
	maxModulusBits         = 10000
	MaxGenerateBits        = 4096
	MaxCheckBits           = 1 << 16
	defaultPrivateKeyBytes = 0
)

var (
	one = big.NewInt(1)
	two = big.NewInt(2)
)

// Group is the prime of a named MODP group, or nil.
func Group(name string) []byte {
	h, ok := groups[name]
	if !ok {
		return nil
	}
	p, _ := new(big.Int).SetString(h, 16)
	return p.Bytes()
}

// IsGroupPrime reports whether p is one of the MODP primes (which need no
// check).
func isGroupPrime(p *big.Int) bool {
	for _, h := range groups {
		q, _ := new(big.Int).SetString(h, 16)
		if q.Cmp(p) == 0 {
			return true
		}
	}
	return false
}

// Check is DH_check's verdict on prime p and generator g.
func Check(pb, gb []byte) int {
	p, g := new(big.Int).SetBytes(pb), new(big.Int).SetBytes(gb)
	flags := 0
	if p.BitLen() < minModulusBits {
		flags |= CheckModulusTooSmall
	}
	if p.BitLen() > maxModulusBits {
		return flags | CheckModulusTooLarge
	}
	pm1 := new(big.Int).Sub(p, one)
	if g.Cmp(two) < 0 || g.Cmp(pm1) >= 0 {
		flags |= NotSuitableGenerator
	}
	if isGroupPrime(p) {
		return flags
	}
	if !p.ProbablyPrime(0) {
		flags |= CheckPNotPrime
	}
	q := new(big.Int).Rsh(pm1, 1)
	if !q.ProbablyPrime(0) {
		flags |= CheckPNotSafePrime
	}
	return flags
}

// GenerateKeys makes a key pair for (p, g); priv non-nil keeps that
// private key and computes its public key.
func GenerateKeys(pb, gb, privb []byte) (pub, priv []byte, err error) {
	p, g := new(big.Int).SetBytes(pb), new(big.Int).SetBytes(gb)
	if p.Cmp(big.NewInt(3)) < 0 {
		return nil, nil, &Error{"Error", "ERR_OSSL_DH_MODULUS_TOO_SMALL", "error:0280007E:Diffie-Hellman routines::modulus too small"}
	}
	var x *big.Int
	if privb != nil {
		x = new(big.Int).SetBytes(privb)
	} else {
		// x in [2, p-2]
		max := new(big.Int).Sub(p, big.NewInt(3))
		if max.Sign() <= 0 {
			max = big.NewInt(1)
		}
		x, err = rand.Int(rand.Reader, max)
		if err != nil {
			return nil, nil, err
		}
		x.Add(x, two)
	}
	y := new(big.Int).Exp(g, x, p)
	return y.Bytes(), x.Bytes(), nil
}

// ComputeSecret is other^priv mod p, left-padded to p's size.
func ComputeSecret(pb, privb, otherb []byte) ([]byte, error) {
	p := new(big.Int).SetBytes(pb)
	y := new(big.Int).SetBytes(otherb)
	if y.Cmp(one) <= 0 {
		return nil, &Error{"RangeError", "ERR_CRYPTO_INVALID_KEYLEN", "Supplied key is too small"}
	}
	if y.Cmp(new(big.Int).Sub(p, one)) >= 0 {
		return nil, &Error{"RangeError", "ERR_CRYPTO_INVALID_KEYLEN", "Supplied key is too large"}
	}
	s := new(big.Int).Exp(y, new(big.Int).SetBytes(privb), p)
	return s.FillBytes(make([]byte, len(p.Bytes()))), nil
}

// errTooBig is a prime size past what this host generates.
var errTooBig = errors.New("prime size too large")

// GeneratePrime makes a random prime of bits bits; safe asks for (p-1)/2
// prime too; add non-nil asks for p % add == rem (rem nil: 1, or 3 for a
// safe prime, as OpenSSL). stop, polled between candidates, abandons the
// search.
func GeneratePrime(bits int, safe bool, addb, remb []byte, stop func() bool) ([]byte, error) {
	if bits < 2 {
		return nil, &Error{"Error", "ERR_OSSL_BN_BITS_TOO_SMALL", "error:0280007E:bignum routines::bits too small"}
	}
	if bits > MaxGenerateBits {
		return nil, errTooBig
	}
	var add, rem *big.Int
	if addb != nil {
		add = new(big.Int).SetBytes(addb)
		if remb != nil {
			rem = new(big.Int).SetBytes(remb)
		} else if safe {
			rem = big.NewInt(3)
		} else {
			rem = big.NewInt(1)
		}
		if add.Sign() == 0 || rem.Cmp(add) >= 0 || new(big.Int).Lsh(one, uint(bits)).Cmp(add) <= 0 {
			return nil, &Error{"Error", "ERR_OSSL_BN_INVALID_RANGE", "invalid options.add"}
		}
	}
	if bits == 2 && safe {
		return nil, &Error{"Error", "ERR_OSSL_BN_BITS_TOO_SMALL", "error:0280007E:bignum routines::bits too small"}
	}
	for n := 0; ; n++ {
		if n%64 == 0 && stop != nil && stop() {
			return nil, errors.New("interrupted")
		}
		c, err := rand.Int(rand.Reader, new(big.Int).Lsh(one, uint(bits-1)))
		if err != nil {
			return nil, err
		}
		c.SetBit(c, bits-1, 1)
		if bits > 2 {
			c.SetBit(c, bits-2, 1)
		}
		if add != nil {
			// c = c - (c mod add) + rem
			m := new(big.Int).Mod(c, add)
			c.Sub(c, m).Add(c, rem)
			if c.BitLen() != bits {
				continue
			}
		} else {
			c.SetBit(c, 0, 1)
		}
		if !smallOK(c) {
			continue
		}
		if safe {
			q := new(big.Int).Rsh(c, 1)
			if !smallOK(q) || !q.ProbablyPrime(20) {
				continue
			}
		}
		if c.ProbablyPrime(20) {
			return c.Bytes(), nil
		}
	}
}

var smallPrimes = func() []uint64 {
	var ps []uint64
	for n := uint64(3); n < 2000; n += 2 {
		ok := true
		for _, p := range ps {
			if n%p == 0 {
				ok = false
				break
			}
		}
		if ok {
			ps = append(ps, n)
		}
	}
	return ps
}()

// smallOK rejects c divisible by a small odd prime (other than itself).
func smallOK(c *big.Int) bool {
	if c.BitLen() <= 11 {
		return c.ProbablyPrime(0)
	}
	var m big.Int
	for _, p := range smallPrimes {
		if m.Mod(c, new(big.Int).SetUint64(p)).Sign() == 0 {
			return false
		}
	}
	return true
}

// CheckPrime tests n with checks Miller-Rabin rounds (0: OpenSSL's
// default for the size).
func CheckPrime(nb []byte, checks int) bool {
	n := new(big.Int).SetBytes(nb)
	if checks <= 0 {
		checks = 20
	}
	if checks > 64 {
		checks = 64
	}
	return n.ProbablyPrime(checks)
}
