package p2p

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model/manifest"
	"github.com/rmsnet/rms/vm"
)

// FetchBlocks makes the raw blocks cids local, asking for up to 1024 at a
// time in one bitswap session so they arrive in parallel from every peer
// that has them. Progress reports blocks and bytes made local (blocks that
// were already local count too).
func (b *Blocks) FetchBlocks(ctx context.Context, cids []cid.Cid, opts ...FetchOption) error {
	var fc fetchConfig
	for _, o := range opts {
		o(&fc)
	}
	ctx, cancel := withDefaultDeadline(ctx, b.cfg.fetchTimeout)
	defer cancel()
	ses := b.bs.NewSession(ctx)
	var prog Progress
	seen := make(map[cid.Cid]bool, len(cids))
	var todo []cid.Cid
	for _, c := range cids {
		if !c.Defined() {
			return errors.New("p2p: fetch blocks: undefined CID")
		}
		if !seen[c] {
			seen[c] = true
			todo = append(todo, c)
		}
	}
	for start := 0; start < len(todo); start += fetchBatch {
		batch := todo[start:min(start+fetchBatch, len(todo))]
		want := make(map[cid.Cid]bool, len(batch))
		for _, c := range batch {
			want[c] = true
		}
		err := b.getBlocks(ctx, ses, batch, func(blk blocks.Block) error {
			if !want[blk.Cid()] {
				return nil
			}
			delete(want, blk.Cid())
			prog.Blocks++
			prog.Bytes += int64(len(blk.RawData()))
			if fc.maxBytes > 0 && prog.Bytes > fc.maxBytes {
				return fmt.Errorf("p2p: fetch blocks: more than the limit of %d bytes", fc.maxBytes)
			}
			if fc.progress != nil {
				fc.progress(prog)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if len(want) > 0 {
			err := ctx.Err()
			if err == nil {
				err = errors.New("block source closed")
			}
			return fmt.Errorf("p2p: fetch blocks: %d of %d missing (%d local so far): %w", len(want), len(batch), prog.Blocks, err)
		}
	}
	return nil
}

// ModelCIDs lists every chunk of every blob of m, in manifest order.
func ModelCIDs(m *manifest.Manifest) []cid.Cid {
	var out []cid.Cid
	for _, b := range m.Blobs() {
		out = append(out, b.CIDs()...)
	}
	return out
}

// FetchModel makes the model whose manifest is block c local in s: it
// fetches the manifest through b, checks it, then fetches every chunk in
// one session (WithProgress reports blocks and bytes; TotalBytes is the
// bytes of all chunks). Nothing is recorded in s until WriteModel or
// VerifyModel has checked the chunks.
func FetchModel(ctx context.Context, b *Blocks, s *Store, c cid.Cid, opts ...FetchOption) (*manifest.Manifest, error) {
	m, err := s.Manifest(ctx, c, b)
	if err != nil {
		return nil, err
	}
	var fc fetchConfig
	for _, o := range opts {
		o(&fc)
	}
	total := m.StoredBytes()
	inner := []FetchOption{WithMaxBytes(int64(total))}
	if fc.progress != nil {
		inner = append(inner, WithProgress(func(p Progress) {
			p.TotalBytes = total
			fc.progress(p)
		}))
	}
	if err := b.FetchBlocks(ctx, ModelCIDs(m), inner...); err != nil {
		return nil, fmt.Errorf("p2p: fetch model %s: %w", c, err)
	}
	return m, nil
}

// ModelSource serves the blobs of one model (program, tensor index and
// tensors) to the VM from blocks fetched on demand: a vm.BlockSource (see
// PageSource) and a vm.PreimageOracle for the blobs' length keys. A party
// holding only the manifest CID runs any op with it, fetching only the
// chunks holding the pages the op touches.
type ModelSource struct {
	*PageSource
	Manifest *manifest.Manifest
	lengths  map[merkle.Hash]uint64
	roots    map[merkle.Hash]bool
}

var (
	_ vm.BlockSource    = (*ModelSource)(nil)
	_ vm.PreimageOracle = (*ModelSource)(nil)
)

// NewModelSource fetches and checks the manifest c with f and returns a
// source over its blobs, caching the hashed trees of cacheChunks chunks.
func NewModelSource(ctx context.Context, f BlockFetcher, c cid.Cid, cacheChunks int) (*ModelSource, error) {
	b, err := f.GetBlock(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("p2p: model source: manifest %s: %w", c, err)
	}
	if RawCID(b) != c {
		return nil, fmt.Errorf("p2p: model source: manifest %s: %w: block does not hash to its CID", c, manifest.ErrCorrupt)
	}
	m, err := manifest.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("p2p: model source: %w", err)
	}
	return ModelSourceOf(f, m, cacheChunks), nil
}

// ModelSourceOf is NewModelSource for a manifest already at hand.
func ModelSourceOf(f BlockFetcher, m *manifest.Manifest, cacheChunks int) *ModelSource {
	layouts := map[merkle.Hash]BlobLayout{}
	s := &ModelSource{Manifest: m, lengths: map[merkle.Hash]uint64{}, roots: map[merkle.Hash]bool{}}
	for _, bl := range m.Blobs() { // the header too: a text model's guest maps it
		l := BlobLayout{Height: bl.Height(), ChunkSize: bl.ChunkSize, Chunks: bl.CIDs()}
		for _, ch := range bl.Chunks {
			l.ChunkRoots = append(l.ChunkRoots, ch.Root)
		}
		layouts[bl.Root] = l
		s.roots[bl.Root] = true
		if _, ok := s.lengths[vm.LengthKey(bl.Root)]; !ok {
			s.lengths[vm.LengthKey(bl.Root)] = bl.Length
		}
	}
	s.PageSource = NewPageSource(f, MapResolver(layouts), cacheChunks)
	return s
}

// Has reports whether root is one of the model's blobs.
func (s *ModelSource) Has(root merkle.Hash) bool { return s.roots[root] }

// Preimage answers the length keys (vm.LengthKey) of the model's blobs: the
// length as 8 bytes, big-endian.
func (s *ModelSource) Preimage(key merkle.Hash) ([]byte, error) {
	n, ok := s.lengths[key]
	if !ok {
		return nil, fmt.Errorf("p2p: model source: no blob for length key %s", key)
	}
	return binary.BigEndian.AppendUint64(nil, n), nil
}
