// Package manifest is the transport description of a model (DESIGN §4): one
// block that names, for each tensor, its dtype, shape, word-tree root and
// the chunks (raw sha2-256 blocks) its blob is cut into, plus the chunks of
// the GGUF header, the program and the tensor index, so that the original
// GGUF file can be written back byte for byte from the chunks alone.
//
// The package knows blocks only through the small BlockPutter and
// BlockGetter interfaces; the block store and bitswap live in p2p.
package manifest
