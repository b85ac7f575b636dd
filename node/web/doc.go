// Package web serves a read-only web view of a node, or of a whole devnet:
// the nodes' roles, addresses and peers, the registered services, recent
// jobs with their claims, every dispute game with its timeline read from the
// chain (the op the divergence proof found, each dissection round as the
// disputed step range narrows, the final step, the slash), clocks, gas and
// the balances in escrow and registry. One page with embedded assets, JSON
// under /api/ and a server-sent event stream that pushes each new snapshot.
//
// The package does not import node: a node (or the devnet) gives it a
// Source per node, a function that returns what that node knows of itself,
// and the chain clients; everything else is read from the chain.
package web
