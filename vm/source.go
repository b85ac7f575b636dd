package vm

import (
	"context"
	"fmt"
	"sync"

	"github.com/rmsnet/rms/merkle"
)

// MemSource is an in-memory BlockSource: blobs added by content, served by
// word-tree root.
type MemSource struct {
	mu    sync.RWMutex
	blobs map[merkle.Hash][]byte // root -> blob stream (length word, data)
}

// NewMemSource returns an empty MemSource.
func NewMemSource() *MemSource { return &MemSource{blobs: map[merkle.Hash][]byte{}} }

// Add stores data as a blob and returns its root (merkle.BlobRoot) and tree
// height (merkle.BlobHeight), the two numbers SysMap needs.
func (s *MemSource) Add(data []byte) (merkle.Hash, int) {
	root := merkle.BlobRoot(data)
	s.mu.Lock()
	s.blobs[root] = merkle.BlobBytes(data)
	s.mu.Unlock()
	return root, merkle.BlobHeight(uint64(len(data)))
}

// Page implements BlockSource.
func (s *MemSource) Page(ctx context.Context, root merkle.Hash, height int, p uint64) ([]byte, []merkle.Hash, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	s.mu.RLock()
	stream, ok := s.blobs[root]
	s.mu.RUnlock()
	if !ok {
		return nil, nil, fmt.Errorf("blob %s not found", root)
	}
	if merkle.BlobHeight(uint64(len(stream)-merkle.WordSize)) != height {
		return nil, nil, fmt.Errorf("blob %s has height %d, not %d", root, merkle.BlobHeight(uint64(len(stream)-merkle.WordSize)), height)
	}
	off := p * PageSize
	if off >= uint64(len(stream)) && p != 0 {
		return nil, nil, fmt.Errorf("page %d past the end of blob %s", p, root)
	}
	end := min(off+PageSize, uint64(len(stream)))
	data := stream[min(off, end):end]
	if height <= pageHeight {
		return data, nil, nil
	}
	proof, err := merkle.Proof(stream, height, p, pageHeight)
	if err != nil {
		return nil, nil, err
	}
	return data, proof, nil
}

// LocalInputs is a PreimageOracle over dispute-local inputs: key k (see
// LocalKey) yields Inputs[k].
type LocalInputs [][]byte

// LocalKey returns the preimage key of dispute-local input k: byte 0 is 1
// (the local key type), the last 4 bytes hold k.
func LocalKey(k uint32) merkle.Hash {
	var h merkle.Hash
	h[0] = 1
	h[28], h[29], h[30], h[31] = byte(k>>24), byte(k>>16), byte(k>>8), byte(k)
	return h
}

// Preimage implements PreimageOracle.
func (l LocalInputs) Preimage(key merkle.Hash) ([]byte, error) {
	for k := range l {
		if LocalKey(uint32(k)) == key {
			return l[k], nil
		}
	}
	return nil, fmt.Errorf("no local input with key %s", key)
}
