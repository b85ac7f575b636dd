// Package market owns what providers and users agree on before and after a
// job: the typed messages Job, Claim and Voucher with their EIP-712 hashing,
// signing and canonical binary wire encoding; replay and deadline checks for
// jobs; key loading; the peer-id binding between a provider's libp2p key and
// its Ethereum address; and typed clients of the Registry and Escrow
// contracts (contracts/src) that work with any go-ethereum backend, from the
// simulated chain (package market/simchain) to a JSON-RPC endpoint.
//
// Jobs and claims are signed in the Registry's EIP-712 domain, vouchers in
// the Escrow's; both domains are named "RMS", version "1", with the chain id.
// It never talks to peers.
package market
