// Package p2p owns the network layer of an RMS node: the libp2p host
// (TCP + QUIC, Noise, yamux, resource manager, a persisted identity), service
// discovery on a private Kademlia DHT (protocol prefix /rms), one gossipsub
// topic per service with injected validators, peer scoring and a per-peer
// rate limit, and content-addressed block exchange with boxo bitswap over a
// persistent blockstore (CIDv1 raw blocks of at most 1 MiB in balanced UnixFS
// DAGs).
//
// The package knows nothing of jobs, claims or disputes: staking checks and
// message validators are functions passed in by the caller. Domain code
// should depend on the small interfaces Finder, Gossiper, Topic and
// BlockFetcher rather than on *Node.
package p2p
