// Package pkey parses, converts and exports asymmetric keys in the shapes
// Node's crypto module (over OpenSSL) accepts: PEM and DER in PKCS#1,
// PKCS#8 (plain and encrypted), SPKI and SEC1, legacy encrypted PEM, and
// JWK. Keys are RSA, RSA-PSS, DSA, EC (P-224, P-256, P-384, P-521, named
// or explicit), Ed25519, Ed448, X25519, X448 and DH. It also holds the primitives the crypto binding signs,
// verifies and encrypts with. Nothing here panics on malformed input.
package pkey

// Error is an error as Node reports one of OpenSSL's: a message
// ("error:1E08010C:DECODER routines::unsupported"), a code
// (ERR_OSSL_UNSUPPORTED), and where OpenSSL gives them the library and
// reason. Class is the JS class (Error, TypeError, RangeError).
type Error struct {
	Class, Code, Message, Library, Reason string
}

func (e *Error) Error() string { return e.Message }

func ossl(hex, lib, reason, code string) *Error {
	return &Error{Class: "Error", Code: code, Library: lib, Reason: reason,
		Message: "error:" + hex + ":" + lib + "::" + reason}
}

// Errors with the text OpenSSL 3 gives Node.
var (
	// ErrUnsupported is input no decoder understood.
	ErrUnsupported = ossl("1E08010C", "DECODER routines", "unsupported", "ERR_OSSL_UNSUPPORTED")
	// ErrBadDecrypt is a wrong passphrase.
	ErrBadDecrypt = ossl("1C800064", "Provider routines", "bad decrypt", "ERR_OSSL_BAD_DECRYPT")
	// ErrMissingPassphrase is an encrypted key without a passphrase.
	ErrMissingPassphrase = ossl("07880109", "common libcrypto routines", "interrupted or cancelled", "ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED")
	// ErrPassphraseRequired is an encrypted DER key without a passphrase.
	ErrPassphraseRequired = &Error{Class: "TypeError", Code: "ERR_MISSING_PASSPHRASE",
		Message: "Passphrase required for encrypted key"}
	// ErrNotEnoughData is truncated DER.
	ErrNotEnoughData = ossl("0680008E", "asn1 encoding routines", "not enough data", "ERR_OSSL_ASN1_NOT_ENOUGH_DATA")
	// ErrNoStartLine is PEM input without a PEM block.
	ErrNoStartLine = ossl("0480006C", "PEM routines", "no start line", "ERR_OSSL_PEM_NO_START_LINE")
	// ErrDecryptFailed is an RSA decryption that failed.
	ErrDecryptFailed = ossl("02000079", "rsa routines", "oaep decoding error", "ERR_OSSL_RSA_OAEP_DECODING_ERROR")
	// ErrPKCS1Decrypt is a PKCS#1 v1.5 decryption that failed.
	ErrPKCS1Decrypt = ossl("02000072", "rsa routines", "padding check failed", "ERR_OSSL_RSA_PADDING_CHECK_FAILED")
	// ErrDataTooLarge is RSA input longer than the key allows.
	ErrDataTooLarge = ossl("0200006E", "rsa routines", "data too large for key size", "ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE")
	// ErrDataTooLargeModulus is RSA input not below the modulus.
	ErrDataTooLargeModulus = ossl("02000084", "rsa routines", "data too large for modulus", "ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_MODULUS")
	// ErrDigestTooBig is a digest too long for the RSA key.
	ErrDigestTooBig = ossl("02000070", "rsa routines", "digest too big for rsa key", "ERR_OSSL_RSA_DIGEST_TOO_BIG_FOR_RSA_KEY")
	// ErrOperationNotSupported is an operation the key type cannot do.
	ErrOperationNotSupported = ossl("03000096", "digital envelope routines", "operation not supported for this keytype", "ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE")
	// ErrInvalidDigest is a digest the key type cannot sign with.
	ErrInvalidDigest = ossl("1C80007A", "Provider routines", "invalid digest", "ERR_OSSL_INVALID_DIGEST")
	// ErrBlockType is a publicDecrypt of something not signed.
	ErrBlockType = ossl("0200006A", "rsa routines", "block type is not 01", "ERR_OSSL_RSA_BLOCK_TYPE_IS_NOT_01")
	// ErrIllegalPSSSalt is a PSS salt length the key does not allow.
	ErrIllegalPSSSalt = ossl("1C8000A1", "Provider routines", "illegal or unsupported padding mode", "ERR_OSSL_ILLEGAL_OR_UNSUPPORTED_PADDING_MODE")
	// ErrUnknownPadding is a padding the operation does not know.
	ErrUnknownPadding = ossl("1C8000A5", "Provider routines", "unknown padding type", "ERR_OSSL_UNKNOWN_PADDING_TYPE")
	// ErrBadSignature is a malformed signature (reported by verify as false).
	ErrBadSignature = ossl("02000086", "rsa routines", "bad signature", "ERR_OSSL_RSA_BAD_SIGNATURE")
)
