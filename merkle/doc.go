// Package merkle owns the one hash structure of RMS: the word tree.
//
// A word tree is a binary keccak256 Merkle tree whose leaves are the 32-byte
// words of some data, zero-padded to a power of two. A leaf is the word
// itself (not its hash); an inner node is keccak256(left || right). An
// all-zero subtree of height h has the fixed root Zero(h). VM memory, tensors,
// manifests, job inputs, op outputs and traces are all committed this way, so
// a data root can stand in for an aligned subtree of VM memory.
//
// A blob is hashed with its length as the first word (a 32-byte big-endian
// integer), then its bytes; see BlobRoot. The Accumulator holds the list
// (out_1 … out_i) of an op trace and yields A_i after each append.
package merkle
