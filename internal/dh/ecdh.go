package dh

import (
	"crypto/elliptic"
	"crypto/rand"
	"math/big"
)

// Curves are the curves createECDH knows, by OpenSSL name.
var Curves = map[string]elliptic.Curve{
	"prime256v1": elliptic.P256(),
	"secp224r1":  elliptic.P224(),
	"secp384r1":  elliptic.P384(),
	"secp521r1":  elliptic.P521(),
}

var errPoint = &Error{"Error", "ERR_CRYPTO_OPERATION_FAILED", "Failed to convert Buffer to EC_POINT"}

// ErrInvalidPublicKey is a peer key not on the curve.
var ErrInvalidPublicKey = &Error{"Error", "ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY", "Public key is not valid for specified curve"}

// decodePoint reads an uncompressed, compressed or hybrid point.
func decodePoint(c elliptic.Curve, b []byte) (x, y *big.Int, ok bool) {
	n := (c.Params().BitSize + 7) / 8
	switch {
	case len(b) == 1+2*n && (b[0] == 4 || b[0] == 6 || b[0] == 7):
		x, y = new(big.Int).SetBytes(b[1:1+n]), new(big.Int).SetBytes(b[1+n:])
		if b[0] != 4 && uint(y.Bit(0)) != uint(b[0]&1) {
			return nil, nil, false
		}
		if !c.IsOnCurve(x, y) { //nolint:staticcheck // point validation of raw coordinates
			return nil, nil, false
		}
		return x, y, true
	case len(b) == 1+n && (b[0] == 2 || b[0] == 3):
		x, y = elliptic.UnmarshalCompressed(c, b)
		return x, y, x != nil
	}
	return nil, nil, false
}

// EncodePoint writes a point in format "uncompressed", "compressed" or
// "hybrid".
func encodePoint(c elliptic.Curve, x, y *big.Int, format string) []byte {
	switch format {
	case "compressed":
		return elliptic.MarshalCompressed(c, x, y)
	case "hybrid":
		b := elliptic.Marshal(c, x, y) //nolint:staticcheck
		b[0] = 6 | byte(y.Bit(0))
		return b
	}
	return elliptic.Marshal(c, x, y) //nolint:staticcheck
}

// ECDHKeys makes (or, given priv, completes) a key pair on curve; the
// public key is in format.
func ECDHKeys(curve string, priv []byte, format string) (pub, d []byte, err error) {
	c := Curves[curve]
	var k *big.Int
	if priv == nil {
		b, _, _, err := elliptic.GenerateKey(c, rand.Reader) //nolint:staticcheck
		if err != nil {
			return nil, nil, err
		}
		k = new(big.Int).SetBytes(b)
	} else {
		k = new(big.Int).SetBytes(priv)
		if k.Sign() == 0 || k.Cmp(c.Params().N) >= 0 {
			return nil, nil, &Error{"RangeError", "ERR_CRYPTO_INVALID_KEYTYPE", "Private key is not valid for specified curve."}
		}
	}
	x, y := c.ScalarBaseMult(k.FillBytes(make([]byte, (c.Params().BitSize+7)/8))) //nolint:staticcheck
	return encodePoint(c, x, y, format), k.Bytes(), nil
}

// ECDHSecret is the x coordinate of priv·peer.
func ECDHSecret(curve string, priv, peer []byte) ([]byte, error) {
	c := Curves[curve]
	x, y, ok := decodePoint(c, peer)
	if !ok {
		return nil, ErrInvalidPublicKey
	}
	n := (c.Params().BitSize + 7) / 8
	k := new(big.Int).SetBytes(priv)
	if k.Sign() == 0 || k.Cmp(c.Params().N) >= 0 {
		return nil, &Error{"RangeError", "ERR_CRYPTO_INVALID_KEYTYPE", "Private key is not valid for specified curve."}
	}
	sx, _ := c.ScalarMult(x, y, k.FillBytes(make([]byte, n))) //nolint:staticcheck
	return sx.FillBytes(make([]byte, n)), nil
}

// ECDHConvert re-encodes a point in format.
func ECDHConvert(curve string, point []byte, format string) ([]byte, error) {
	c := Curves[curve]
	x, y, ok := decodePoint(c, point)
	if !ok {
		return nil, errPoint
	}
	return encodePoint(c, x, y, format), nil
}
