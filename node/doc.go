// Package node wires the parts of an RMS node (p2p, market, model) into the
// roles of DESIGN §1: provider, seeder, watcher and user. It owns the node's
// one embedded store, its configuration, metrics and local HTTP API, and
// re-implements nothing the lower packages do.
//
// The roles share one set of Parts (store, p2p node, chain clients, keys);
// NewProvider and NewUser build a role on them, and Open builds a whole node
// from a Config as `rms node` runs it. Devnet assembles a complete network in
// one process on loopback (`rms devnet` and the tests).
package node
