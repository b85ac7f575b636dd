package manifest

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
)

// Layout is a GGUF file laid out as the blobs the VM maps, without chunks:
// the entries of its tensor index (IndexEntries), the blob of each entry and
// the index blob, whose root is the model root.
type Layout struct {
	Root    merkle.Hash        // the model root: merkle.BlobRoot(Index)
	Index   []byte             // the index blob (model.EncodeIndex of Entries)
	Entries []model.IndexEntry // sorted by name
	Blobs   [][]byte           // Blobs[k] is the blob of Entries[k]
}

// Lay lays out the GGUF file b as Import does (the same roots, the same
// model root) without cutting or storing chunks; blobs of raw tensors and
// the header are slices of b, those with an RMS header copies. Roots are
// hashed on all cores.
func Lay(b []byte) (*Layout, error) {
	m, parts, err := plan(b)
	if err != nil {
		return nil, fmt.Errorf("manifest: lay out: %w", err)
	}
	blobs := make([][]byte, len(parts))
	for i := range parts {
		p := &parts[i]
		if len(p.head) == merkle.WordSize {
			blobs[i] = p.data
		} else {
			blobs[i] = append(append(make([]byte, 0, int(p.size())-merkle.WordSize), p.head[merkle.WordSize:]...), p.data...)
		}
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(runtime.GOMAXPROCS(0), 1) {
		wg.Go(func() {
			for i := range next {
				parts[i].blob.Root = merkle.BlobRoot(blobs[i])
				parts[i].blob.Length = uint64(len(blobs[i]))
			}
		})
	}
	for i := range parts {
		next <- i
	}
	close(next)
	wg.Wait()
	enc, err := m.encodeIndex()
	if err != nil {
		return nil, fmt.Errorf("manifest: lay out: %w", err)
	}
	idx, _ := m.IndexEntries()
	l := &Layout{Root: merkle.BlobRoot(enc), Index: enc, Entries: idx, Blobs: make([][]byte, len(idx))}
	byRoot := map[merkle.Hash][]byte{}
	for i := range parts {
		byRoot[parts[i].blob.Root] = blobs[i]
	}
	for k, e := range idx {
		l.Blobs[k] = byRoot[e.Root]
	}
	return l, nil
}

// ModelRoot returns the model root of the GGUF file b: the root Import's
// manifest has (Manifest.ModelRoot), computed without storing anything.
func ModelRoot(b []byte) (merkle.Hash, error) {
	l, err := Lay(b)
	if err != nil {
		return merkle.Hash{}, err
	}
	return l.Root, nil
}
