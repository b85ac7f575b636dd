// Package bindings holds the go-ethereum abigen v2 bindings of the RMS
// contracts, generated from contracts/src by `go generate ./contracts/...`.
// bindings.go is generated; do not edit it.
package bindings
