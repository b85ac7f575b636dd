package merkle

import (
	"fmt"
	"runtime"
	"sync"
)

// stream is a virtual byte stream: head (0 or 32 bytes) followed by data.
// Words are read from it without copying the data.
type stream struct {
	head []byte
	data []byte
}

func (s *stream) size() uint64 { return uint64(len(s.head) + len(s.data)) }

// word copies word i of the stream into w (zero past the end).
func (s *stream) word(i uint64, w *Hash) {
	*w = Hash{}
	off := i * WordSize
	if off < uint64(len(s.head)) {
		copy(w[:], s.head[off:])
		return
	}
	off -= uint64(len(s.head))
	if off < uint64(len(s.data)) {
		copy(w[:], s.data[off:])
	}
}

// parallelMinHeight is the subtree height from which hashing is split
// across goroutines (2^14 words = 512 KiB).
const parallelMinHeight = 14

// blockHeight is the height of the blocks a taller subtree is hashed in:
// one block is reduced level by level in a scratch level of 2^(blockHeight-1)
// nodes (16 KiB), so scratch stays small however large the data.
const blockHeight = 10

// words returns the number of words of the stream (the last one partial).
func (s *stream) words() uint64 { return (s.size() + WordSize - 1) / WordSize }

// subtreeRoot returns the root of the subtree of height h whose first word is
// word index first (first is a multiple of 2^h).
func (s *stream) subtreeRoot(k *keccakState, first uint64, h int) Hash {
	words := s.words()
	if first >= words {
		return zeros[h]
	}
	if h == 0 {
		var w Hash
		s.word(first, &w)
		return w
	}
	if h >= 64 {
		// 2^64 words (first is 0): no stream reaches the right half, whose
		// first word is 2^63, and 2^h wraps in uint64.
		l := s.subtreeRoot(k, first, h-1)
		return k.node(&l, &zeros[h-1])
	}
	if h <= blockHeight {
		return s.blockRoot(k, first, h, nil)
	}
	// The populated blocks of 2^blockHeight words, then their tree.
	n := min(uint64(1)<<(h-blockHeight), (words-first+(1<<blockHeight)-1)>>blockHeight)
	level := make([]Hash, n+1)
	scratch := make([]Hash, 1<<(blockHeight-1)+1)
	for i := range n {
		level[i] = s.blockRoot(k, first+i<<blockHeight, blockHeight, scratch)
	}
	return k.fold(level, int(n), blockHeight, h)
}

// blockRoot returns the root of the subtree of height h (1 ≤ h ≤
// blockHeight) at word first (a multiple of 2^h, inside the stream), level by
// level: the parents of its populated word pairs, then fold. scratch, if it
// has room, holds the level; otherwise one is allocated.
func (s *stream) blockRoot(k *keccakState, first uint64, h int, scratch []Hash) Hash {
	pairs := int(min(uint64(1)<<(h-1), (s.words()-first+1)/2))
	if len(scratch) < pairs+1 {
		scratch = make([]Hash, pairs+1)
	}
	s.pairs(k, scratch[:pairs], first/2)
	return k.fold(scratch, pairs, 1, h)
}

// pairs sets dst[i] to the parent of words 2(p+i) and 2(p+i)+1 of the
// stream, which must all have their first word inside it (zero past its end).
// The pairs that lie wholly in data are hashed where they lie; the pair that
// holds the head and the last, partial pair are copied, each with the pairs
// next to it, into one block of at most eight, so that they too take a pass
// of the vector path (keccakState.nodes).
func (s *stream) pairs(k *keccakState, dst []Hash, p uint64) {
	hl := uint64(len(s.head))
	if len(dst) > 0 && 64*p < hl {
		var b [512]byte
		n := min(len(dst), 8)
		c := copy(b[:], s.head[64*p:])
		copy(b[c:64*n], s.data)
		k.nodes(dst[:n], b[:64*n])
		dst, p = dst[n:], p+uint64(n)
	}
	if len(dst) == 0 {
		return
	}
	off := 64*p - hl
	bulk := len(dst)
	if uint64(len(s.data))-off < 64*uint64(len(dst)) {
		// The last pair is partial: it and the pairs before it back to a
		// multiple of eight are copied.
		bulk = (len(dst) - 1) / 8 * 8
	}
	k.nodes(dst[:bulk], s.data[off:off+64*uint64(bulk)])
	if bulk < len(dst) {
		var b [512]byte
		t := len(dst) - bulk
		copy(b[:64*t], s.data[off+64*uint64(bulk):])
		k.nodes(dst[bulk:], b[:64*t])
	}
}

// fold reduces the m nodes of height l in level[:m], followed by zero
// subtrees, to the root of height top, level by level in place (each level
// hashed with keccakState.nodes). level must have room for m+1 nodes.
func (k *keccakState) fold(level []Hash, m, l, top int) Hash {
	if m == 0 {
		return zeros[top]
	}
	for ; l < top && m > 1; l++ {
		if m%2 == 1 {
			level[m] = zeros[l]
			m++
		}
		k.nodes(level[:m/2], hashBytes(level[:m]))
		m /= 2
	}
	r := level[0]
	for ; l < top; l++ {
		r = k.node(&r, &zeros[l])
	}
	return r
}

// root computes the root of a stream as a tree of height h, in parallel over
// GOMAXPROCS goroutines when the tree is large.
func (s *stream) root(h int) Hash {
	procs := runtime.GOMAXPROCS(0)
	if procs <= 1 || h < parallelMinHeight || s.size() < WordSize<<parallelMinHeight {
		return s.subtreeRoot(newState(), 0, h)
	}
	// Split into 2^split subtrees, at least 4 per goroutine for balance,
	// and only over the populated part of the tree.
	dataH := Height(s.size())
	if dataH > h {
		dataH = h
	}
	split := 0
	for (1<<split) < 4*procs && dataH-split > parallelMinHeight-2 {
		split++
	}
	subH := dataH - split
	parts := make([]Hash, 1<<split)
	var wg sync.WaitGroup
	next := make(chan int, len(parts))
	for i := range parts {
		next <- i
	}
	close(next)
	for w := 0; w < procs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k := newState()
			for i := range next {
				parts[i] = s.subtreeRoot(k, uint64(i)<<subH, subH)
			}
		}()
	}
	wg.Wait()
	return newState().fold(append(parts, Hash{}), len(parts), subH, h)
}

// Root returns the word-tree root of data in the smallest tree that holds it
// (height Height(len(data))). The root of no data is Zero(0).
func Root(data []byte) Hash {
	s := stream{data: data}
	return s.root(Height(uint64(len(data))))
}

// RootAt returns the word-tree root of data zero-padded to a tree of the given
// height. It fails if data does not fit.
func RootAt(data []byte, height int) (Hash, error) {
	if err := checkFits(uint64(len(data)), height); err != nil {
		return Hash{}, err
	}
	s := stream{data: data}
	return s.root(height), nil
}

// BlobRoot returns the root of a blob: the word tree of the length word
// followed by the bytes of data, in the smallest tree that holds both.
func BlobRoot(data []byte) Hash {
	lw := LengthWord(uint64(len(data)))
	s := stream{head: lw[:], data: data}
	return s.root(BlobHeight(uint64(len(data))))
}

func checkFits(n uint64, height int) error {
	if height < 0 || height > MaxHeight {
		return fmt.Errorf("tree height %d out of range [0,%d]", height, MaxHeight)
	}
	if height < MaxHeight && n > WordSize<<height {
		return fmt.Errorf("%d bytes do not fit a tree of height %d (%d bytes)", n, height, uint64(WordSize)<<height)
	}
	return nil
}

// Proof returns the sibling path (bottom-up, height-subHeight nodes) of the
// aligned subtree of height subHeight at position index (counted in subtrees
// of that height) in the tree of data padded to the given height. A leaf
// proof has subHeight 0.
func Proof(data []byte, height int, index uint64, subHeight int) ([]Hash, error) {
	s := stream{data: data}
	return s.proof(height, index, subHeight)
}

// BlobProof is Proof over the stream of a blob (length word, then data).
func BlobProof(data []byte, index uint64, subHeight int) ([]Hash, error) {
	lw := LengthWord(uint64(len(data)))
	s := stream{head: lw[:], data: data}
	return s.proof(BlobHeight(uint64(len(data))), index, subHeight)
}

func (s *stream) proof(height int, index uint64, subHeight int) ([]Hash, error) {
	if err := checkFits(s.size(), height); err != nil {
		return nil, fmt.Errorf("proof: %w", err)
	}
	if subHeight < 0 || subHeight > height {
		return nil, fmt.Errorf("proof: subtree height %d outside [0,%d]", subHeight, height)
	}
	if height-subHeight < 64 && index >= uint64(1)<<(height-subHeight) {
		return nil, fmt.Errorf("proof: index %d outside a tree of %d subtrees", index, uint64(1)<<(height-subHeight))
	}
	k := newState()
	out := make([]Hash, 0, height-subHeight)
	for l := subHeight; l < height; l++ {
		sib := index ^ 1
		out = append(out, s.subtreeRoot(k, sib<<l, l))
		index >>= 1
	}
	return out, nil
}

// RootFromProof folds a node at position index (counted at its own level) up
// its sibling path and returns the implied root.
func RootFromProof(sub Hash, index uint64, proof []Hash) Hash {
	k := newState()
	cur := sub
	for _, sib := range proof {
		if index&1 == 0 {
			cur = k.node(&cur, &sib)
		} else {
			cur = k.node(&sib, &cur)
		}
		index >>= 1
	}
	return cur
}

// Verify reports whether sub, the root of an aligned subtree at position index
// (counted in subtrees of its height; a leaf is a subtree of height 0), is
// proven against root by proof. The proof's length is the distance from the
// subtree to the root; index must fit in it.
func Verify(root, sub Hash, index uint64, proof []Hash) bool {
	if len(proof) < 64 && index>>len(proof) != 0 {
		return false
	}
	return RootFromProof(sub, index, proof) == root
}
