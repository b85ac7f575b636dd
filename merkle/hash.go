package merkle

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash"
	"strings"
	"unsafe"

	"github.com/ethereum/go-ethereum/crypto/keccak"
)

// WordSize is the size in bytes of one leaf of the word tree.
const WordSize = 32

// MaxHeight is the greatest tree height this package handles (2^64 words).
const MaxHeight = 64

// Hash is a 32-byte keccak256 digest or a 32-byte data word.
type Hash [32]byte

// Hex returns h as a 0x-prefixed lower-case hex string.
func (h Hash) Hex() string { return "0x" + hex.EncodeToString(h[:]) }

// String implements fmt.Stringer with Hex.
func (h Hash) String() string { return h.Hex() }

// IsZero reports whether every byte of h is zero.
func (h Hash) IsZero() bool { return h == Hash{} }

// MarshalText encodes h as 0x-prefixed hex (used by encoding/json).
func (h Hash) MarshalText() ([]byte, error) { return []byte(h.Hex()), nil }

// UnmarshalText decodes 0x-prefixed (or bare) hex of exactly 32 bytes.
func (h *Hash) UnmarshalText(b []byte) error {
	v, err := ParseHash(string(b))
	if err != nil {
		return err
	}
	*h = v
	return nil
}

// ParseHash decodes a 0x-prefixed (or bare) hex string of exactly 32 bytes.
func ParseHash(s string) (Hash, error) {
	var h Hash
	t := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(t) != 64 {
		return h, fmt.Errorf("parse hash %q: want 64 hex digits, got %d", s, len(t))
	}
	if _, err := hex.Decode(h[:], []byte(t)); err != nil {
		return h, fmt.Errorf("parse hash %q: %w", s, err)
	}
	return h, nil
}

// hasher is a keccak256 state that can be reset and read without allocating.
type hasher interface {
	hash.Hash
	Read([]byte) (int, error)
}

func newHasher() hasher { return keccak.NewLegacyKeccak256().(hasher) }

// node hashes two children with a reusable state.
func (k *keccakState) node(l, r *Hash) Hash {
	var out Hash
	k.h.Reset()
	k.h.Write(l[:])
	k.h.Write(r[:])
	k.h.Read(out[:])
	return out
}

// node64 hashes 64 contiguous bytes (two sibling words).
func (k *keccakState) node64(b []byte) Hash {
	var out Hash
	k.h.Reset()
	k.h.Write(b[:64])
	k.h.Read(out[:])
	return out
}

type keccakState struct{ h hasher }

func newState() *keccakState { return &keccakState{h: newHasher()} }

// Keccak returns keccak256 of the concatenation of data.
func Keccak(data ...[]byte) Hash {
	h := newHasher()
	for _, d := range data {
		h.Write(d)
	}
	var out Hash
	h.Read(out[:])
	return out
}

// Node returns the parent of two sibling nodes: keccak256(l || r).
func Node(l, r Hash) Hash { return newState().node(&l, &r) }

// Zero returns Z[h], the root of an all-zero subtree of height h (Z[0] is the
// zero word). It panics if h is outside [0, MaxHeight], which is a programming
// error, never a property of input data.
func Zero(h int) Hash {
	if h < 0 || h > MaxHeight {
		panic(fmt.Sprintf("merkle: zero subtree height %d out of range", h))
	}
	return zeros[h]
}

// Height returns the height of the smallest word tree that holds n bytes:
// 0 for at most one word, otherwise ceil(log2(words)).
func Height(n uint64) int {
	words := (n + WordSize - 1) / WordSize
	h := 0
	for uint64(1)<<h < words {
		h++
	}
	return h
}

// LengthWord returns the first word of a blob of n bytes: n as a 32-byte
// big-endian integer.
func LengthWord(n uint64) Hash {
	var w Hash
	binary.BigEndian.PutUint64(w[24:], n)
	return w
}

// BlobBytes returns the byte stream that BlobRoot hashes: the length word
// followed by data. Chunks of a blob for transport are cut from this stream.
func BlobBytes(data []byte) []byte {
	out := make([]byte, WordSize+len(data))
	lw := LengthWord(uint64(len(data)))
	copy(out, lw[:])
	copy(out[WordSize:], data)
	return out
}

// BlobHeight returns the height of the word tree of a blob of n bytes.
func BlobHeight(n uint64) int { return Height(n + WordSize) }

// nodes sets dst[i] to keccak256(src[64i:64i+64]) for every i < len(dst):
// the parents of len(dst) sibling pairs laid out one after the other. src
// must hold 64·len(dst) bytes. The vector path (hashVector) takes what it
// can, the portable path the rest; both give the same hashes. dst may be the
// front of src (a level reduced in place).
func (k *keccakState) nodes(dst []Hash, src []byte) {
	for i := hashVector(dst, src); i < len(dst); i++ {
		dst[i] = k.node64(src[64*i:])
	}
}

// hashBytes returns the bytes of a list of nodes, without copying: the input
// of keccakState.nodes when one level is hashed into the next.
func hashBytes(h []Hash) []byte {
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(h))), len(h)*WordSize)
}
