package p2p

import (
	"context"
	"errors"
	"fmt"
	"math/bits"
	"sync"

	"github.com/ipfs/go-cid"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/vm"
)

// pageHeight is the word-tree height of one VM page.
const pageHeight = vm.PageShift - 5

// BlobLayout says which blocks hold the byte stream of a blob (its length
// word, then its bytes; DESIGN §4). The stream is cut into chunks of
// ChunkSize bytes (the last may be shorter), each one raw block; chunk i is
// the aligned subtree i of height log2(ChunkSize/32) of the blob's word tree,
// so every VM page lies in exactly one block.
type BlobLayout struct {
	Height     int           // word-tree height of the blob: merkle.BlobHeight(length)
	ChunkSize  int           // power of two, vm.PageSize <= ChunkSize <= MaxBlockSize
	Chunks     []cid.Cid     // the raw blocks, in stream order
	ChunkRoots []merkle.Hash // word-tree root of each chunk, zero-padded to ChunkSize
}

// BlobResolver finds the layout of the blob with a given word-tree root
// (typically from a model manifest or a job's input record).
type BlobResolver func(ctx context.Context, root merkle.Hash) (BlobLayout, error)

func chunkHeight(chunkSize int) int { return bits.TrailingZeros(uint(chunkSize)) - 5 }

// check validates l against root: sizes, counts and the tree of chunk roots,
// which it returns (nil when the blob fits one chunk).
func (l *BlobLayout) check(root merkle.Hash) (*chunkTree, error) {
	cs := l.ChunkSize
	if cs < vm.PageSize || cs > MaxBlockSize || cs&(cs-1) != 0 {
		return nil, fmt.Errorf("chunk size %d is not a power of two in [%d, %d]", cs, vm.PageSize, MaxBlockSize)
	}
	if l.Height < 1 || l.Height > 40 {
		return nil, fmt.Errorf("blob height %d out of range [1, 40]", l.Height)
	}
	if len(l.Chunks) == 0 || len(l.Chunks) != len(l.ChunkRoots) {
		return nil, fmt.Errorf("%d chunks with %d chunk roots", len(l.Chunks), len(l.ChunkRoots))
	}
	ch := chunkHeight(cs)
	if l.Height <= ch {
		if len(l.Chunks) != 1 {
			return nil, fmt.Errorf("blob of height %d fits one chunk of %d bytes, layout lists %d", l.Height, cs, len(l.Chunks))
		}
		// The only chunk's root is taken at chunk height; the blob's root
		// is at its own, lower height, so it is checked when the chunk
		// is read.
		return nil, nil
	}
	upper := l.Height - ch
	if uint64(len(l.Chunks)) > uint64(1)<<upper {
		return nil, fmt.Errorf("%d chunks do not fit a blob of height %d", len(l.Chunks), l.Height)
	}
	t, err := newChunkTree(l.ChunkRoots, ch, upper)
	if err != nil {
		return nil, err
	}
	if got := t.node(upper, 0); got != root {
		return nil, fmt.Errorf("chunk roots give blob root %s", got)
	}
	return t, nil
}

// chunkTree is the tree of height upper over the chunk roots of a blob,
// whose slots past the last chunk are zero subtrees of chunk height (not
// zero words, which is how merkle.Tree would pad). It holds the chunk roots
// padded to the next power of two and the nodes above them on the left
// edge, so its size is that of the chunk list, not of the blob's capacity
// (a layout may declare a height far above what its chunks fill).
type chunkTree struct {
	dense *merkle.Tree  // height dh over the chunk roots, padded with Zero(ch)
	edge  []merkle.Hash // edge[l-dh]: node (l, 0) for dh <= l <= upper
	ch    int
	dh    int
	upper int
}

func newChunkTree(roots []merkle.Hash, ch, upper int) (*chunkTree, error) {
	dh := bits.Len(uint(len(roots) - 1)) // 2^dh >= len(roots)
	leaves := make([]merkle.Hash, 1<<dh)
	copy(leaves, roots)
	for i := len(roots); i < len(leaves); i++ {
		leaves[i] = merkle.Zero(ch)
	}
	dense, err := merkle.NewTreeFromLeaves(leaves, dh)
	if err != nil {
		return nil, err
	}
	t := &chunkTree{dense: dense, ch: ch, dh: dh, upper: upper}
	node := dense.Root()
	t.edge = append(t.edge, node)
	for l := dh; l < upper; l++ {
		node = merkle.Node(node, merkle.Zero(ch+l))
		t.edge = append(t.edge, node)
	}
	return t, nil
}

// node is the node at level l (0: chunk roots) and index i.
func (t *chunkTree) node(l int, i uint64) merkle.Hash {
	if l < t.dh {
		if i < uint64(1)<<(t.dh-l) {
			return t.dense.Node(l, i)
		}
		return merkle.Zero(t.ch + l)
	}
	if i == 0 {
		return t.edge[l-t.dh]
	}
	return merkle.Zero(t.ch + l)
}

// proof is the sibling path of chunk i up to the blob root, bottom-up.
func (t *chunkTree) proof(i uint64) ([]merkle.Hash, error) {
	if i >= uint64(1)<<t.upper {
		return nil, fmt.Errorf("chunk %d outside a blob of %d chunk slots", i, uint64(1)<<t.upper)
	}
	out := make([]merkle.Hash, 0, t.upper)
	for l := 0; l < t.upper; l++ {
		out = append(out, t.node(l, i^1))
		i >>= 1
	}
	return out, nil
}

// PageSource serves the pages of blobs to the VM (it implements
// vm.BlockSource) from blocks fetched with a BlockFetcher: the VM names a
// blob by its word-tree root, the resolver maps that root to CIDs, bitswap
// moves the blocks, and the VM checks every page and proof against the root.
type PageSource struct {
	fetch   BlockFetcher
	resolve BlobResolver

	mu      sync.Mutex
	layouts map[merkle.Hash]*layoutEntry
	chunks  []*cachedChunk // most recently used last
	cacheN  int
}

type layoutEntry struct {
	BlobLayout
	upper *chunkTree // tree over ChunkRoots; nil for a one-chunk blob
}

type cachedChunk struct {
	c    cid.Cid
	h    int // tree height the chunk was hashed at
	data []byte
	tree *merkle.Tree
}

var _ vm.BlockSource = (*PageSource)(nil)

// NewPageSource returns a vm.BlockSource over f. It keeps the hashed trees
// of the cacheChunks most recently used chunks (at least 1; each costs about
// three times the chunk size in memory), so that the pages of one chunk are
// served without fetching or hashing it again.
func NewPageSource(f BlockFetcher, resolve BlobResolver, cacheChunks int) *PageSource {
	return &PageSource{fetch: f, resolve: resolve, layouts: map[merkle.Hash]*layoutEntry{}, cacheN: max(cacheChunks, 1)}
}

func (s *PageSource) layout(ctx context.Context, root merkle.Hash, height int) (*layoutEntry, error) {
	s.mu.Lock()
	l := s.layouts[root]
	s.mu.Unlock()
	if l == nil {
		got, err := s.resolve(ctx, root)
		if err != nil {
			return nil, fmt.Errorf("resolve blob %s: %w", root, err)
		}
		upper, err := got.check(root)
		if err != nil {
			return nil, fmt.Errorf("layout of blob %s: %w", root, err)
		}
		l = &layoutEntry{BlobLayout: got, upper: upper}
		s.mu.Lock()
		s.layouts[root] = l
		s.mu.Unlock()
	}
	if l.Height != height {
		return nil, fmt.Errorf("blob %s has height %d, not %d", root, l.Height, height)
	}
	return l, nil
}

// chunk returns the chunk c hashed as a tree of height h.
func (s *PageSource) chunk(ctx context.Context, c cid.Cid, h, size int) (*cachedChunk, error) {
	s.mu.Lock()
	for i, cc := range s.chunks {
		if cc.c == c && cc.h == h {
			s.chunks = append(append(s.chunks[:i:i], s.chunks[i+1:]...), cc)
			s.mu.Unlock()
			return cc, nil
		}
	}
	s.mu.Unlock()
	data, err := s.fetch.GetBlock(ctx, c)
	if err != nil {
		return nil, err
	}
	if len(data) > size {
		return nil, fmt.Errorf("chunk %s has %d bytes, more than the chunk size %d", c, len(data), size)
	}
	tree, err := merkle.NewTreeFromBytes(data, h)
	if err != nil {
		return nil, fmt.Errorf("chunk %s: %w", c, err)
	}
	cc := &cachedChunk{c: c, h: h, data: data, tree: tree}
	s.mu.Lock()
	s.chunks = append(s.chunks, cc)
	if len(s.chunks) > s.cacheN {
		s.chunks = s.chunks[len(s.chunks)-s.cacheN:]
	}
	s.mu.Unlock()
	return cc, nil
}

// Page implements vm.BlockSource: page p (vm.PageSize bytes, shorter when
// the stream ends inside it, empty past the stream's end) of the blob with
// word-tree root root and height height, with the sibling path from the
// page's subtree up to root (none when height <= the page height).
func (s *PageSource) Page(ctx context.Context, root merkle.Hash, height int, p uint64) ([]byte, []merkle.Hash, error) {
	l, err := s.layout(ctx, root, height)
	if err != nil {
		return nil, nil, err
	}
	if height >= pageHeight && p >= uint64(1)<<(height-pageHeight) || height < pageHeight && p != 0 {
		return nil, nil, fmt.Errorf("page %d outside blob %s of height %d", p, root, height)
	}
	ch := chunkHeight(l.ChunkSize)
	pagesPerChunk := uint64(l.ChunkSize / vm.PageSize)
	ci, lp := p/pagesPerChunk, p%pagesPerChunk
	treeH := min(ch, height) // the only chunk of a small blob is its whole tree

	var data []byte
	var inner []merkle.Hash
	if ci < uint64(len(l.Chunks)) {
		cc, err := s.chunk(ctx, l.Chunks[ci], treeH, l.ChunkSize)
		if err != nil {
			return nil, nil, fmt.Errorf("page %d of blob %s: %w", p, root, err)
		}
		off := lp * vm.PageSize
		if off < uint64(len(cc.data)) {
			data = cc.data[off:min(off+vm.PageSize, uint64(len(cc.data)))]
		}
		if treeH > pageHeight {
			if inner, err = cc.tree.Proof(pageHeight, lp); err != nil {
				return nil, nil, fmt.Errorf("page %d of blob %s: %w", p, root, err)
			}
		}
	} else {
		// Past the last chunk: a zero page inside a zero chunk.
		for h := pageHeight; h < ch; h++ {
			inner = append(inner, merkle.Zero(h))
		}
	}
	if height <= ch {
		return data, inner, nil
	}
	outer, err := l.upper.proof(ci)
	if err != nil {
		return nil, nil, fmt.Errorf("page %d of blob %s: %w", p, root, err)
	}
	return data, append(inner, outer...), nil
}

// AddBlob stores data as a blob (DESIGN §4): the stream of its length word
// and bytes, cut into raw blocks of chunkSize bytes. It returns the blob's
// word-tree root and the layout a BlobResolver should give for it.
func (b *Blocks) AddBlob(ctx context.Context, data []byte, chunkSize int) (merkle.Hash, BlobLayout, error) {
	l := BlobLayout{Height: merkle.BlobHeight(uint64(len(data))), ChunkSize: chunkSize}
	if chunkSize < vm.PageSize || chunkSize > MaxBlockSize || chunkSize&(chunkSize-1) != 0 {
		return merkle.Hash{}, l, fmt.Errorf("p2p: add blob: chunk size %d is not a power of two in [%d, %d]", chunkSize, vm.PageSize, MaxBlockSize)
	}
	stream := merkle.BlobBytes(data)
	ch := chunkHeight(chunkSize)
	for off := 0; off < len(stream); off += chunkSize {
		chunk := stream[off:min(off+chunkSize, len(stream))]
		c, err := b.PutBlock(ctx, chunk)
		if err != nil {
			return merkle.Hash{}, l, fmt.Errorf("p2p: add blob: %w", err)
		}
		r, err := merkle.RootAt(chunk, ch)
		if err != nil {
			return merkle.Hash{}, l, fmt.Errorf("p2p: add blob: %w", err)
		}
		l.Chunks = append(l.Chunks, c)
		l.ChunkRoots = append(l.ChunkRoots, r)
	}
	return merkle.BlobRoot(data), l, nil
}

// ErrUnknownBlob is returned by MapResolver for roots it does not hold.
var ErrUnknownBlob = errors.New("unknown blob")

// MapResolver is a BlobResolver over a fixed set of layouts.
func MapResolver(layouts map[merkle.Hash]BlobLayout) BlobResolver {
	return func(_ context.Context, root merkle.Hash) (BlobLayout, error) {
		l, ok := layouts[root]
		if !ok {
			return BlobLayout{}, fmt.Errorf("%w %s", ErrUnknownBlob, root)
		}
		return l, nil
	}
}
