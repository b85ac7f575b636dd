package dispute

import (
	"fmt"
	"sync"

	"github.com/rmsnet/rms/merkle"
)

// BlobKey is the preimage key of the bytes of the blob with root root:
// root with its first byte replaced by 2 (next to vm.LocalKey, 1, and
// vm.LengthKey, 3). The preimage oracle contract serves it word by word,
// each word loaded with its proof against root (Oracle.LoadBlobPart).
func BlobKey(root merkle.Hash) merkle.Hash {
	root[0] = 2
	return root
}

// BlobPreimages is a vm.PreimageOracle over blobs: it answers BlobKey(root)
// with the blob's bytes.
type BlobPreimages struct {
	mu    sync.RWMutex
	blobs map[merkle.Hash][]byte // by BlobKey
}

// NewBlobPreimages returns an empty BlobPreimages.
func NewBlobPreimages() *BlobPreimages {
	return &BlobPreimages{blobs: map[merkle.Hash][]byte{}}
}

// Add stores data and returns its root (merkle.BlobRoot).
func (b *BlobPreimages) Add(data []byte) merkle.Hash {
	root := merkle.BlobRoot(data)
	b.mu.Lock()
	b.blobs[BlobKey(root)] = append([]byte(nil), data...)
	b.mu.Unlock()
	return root
}

// Preimage implements vm.PreimageOracle.
func (b *BlobPreimages) Preimage(key merkle.Hash) ([]byte, error) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if d, ok := b.blobs[key]; ok {
		return d, nil
	}
	return nil, fmt.Errorf("no blob for key %s", key)
}
