module github.com/wqnode/wqnode

go 1.26.8

// Node signs and encrypts with RSA keys under 1024 bits (its own tests
// use 512-bit keys); Go refuses them unless told.
godebug rsa1024min=0

require (
	github.com/andybalholm/brotli v1.3.0
	github.com/fastschema/qjs v0.0.6
	github.com/tetratelabs/wazero v1.12.0
	golang.org/x/crypto v0.44.0
	golang.org/x/net v0.47.0
	golang.org/x/sys v0.50.0
)

require software.sslmate.com/src/go-pkcs12 v0.7.4

require golang.org/x/text v0.31.0 // indirect
