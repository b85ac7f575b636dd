// Package dispute owns the off-chain players of the dispute game (DESIGN
// §6). For now it holds the client of the on-chain step: Deploy puts the
// preimage oracle and the step contract on a chain, Stepper sends a VM
// witness (vm.Witness.Calldata) to the step contract of any backend
// (go-ethereum's simulated backend or JSON-RPC) and returns the post-state
// hash and the gas, and Oracle loads the preimages a step reads.
package dispute
