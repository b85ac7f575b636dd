// Package simchain runs go-ethereum's simulated backend in process as a chain
// for tests and for an embedded development network: every sent transaction
// is mined at once in its own block, and time can be moved forward.
package simchain
