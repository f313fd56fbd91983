module github.com/wqnode/wqnode

go 1.26.8

require (
	github.com/fastschema/qjs v0.0.6
	github.com/tetratelabs/wazero v1.12.0
)

require (
	golang.org/x/crypto v0.44.0 // indirect
	golang.org/x/net v0.47.0 // indirect
	golang.org/x/sys v0.50.0 // indirect
)
