// Package gethdev runs a real `geth --dev` node on loopback, so that the
// contracts and their Go clients can be checked against a real Ethereum
// client and not only go-ethereum's simulated backend. The binary comes from
// `make geth` (./.bin/geth at the module root) or PATH.
package gethdev
