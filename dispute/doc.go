// Package dispute owns the off-chain players of the dispute game (DESIGN
// §6): the client of the on-chain step (Deploy, Stepper, Oracle), the
// Games contract's client, traces and their proofs, the move logic
// (Strategy: Honest, and the Liar adversary), the Player that sends a
// side's moves through one key's market.TxManager, the Follower that watches a
// game to its end, and the tournament of a job's claims (CheckClaim,
// NextPair, Standing). Everything that decides a move is pure: the game's
// state in, the move out.
package dispute
