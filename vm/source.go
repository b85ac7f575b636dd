package vm

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/rmsnet/rms/merkle"
)

// MemSource is an in-memory BlockSource: blobs added by content, served by
// word-tree root. It also answers, as a PreimageOracle, the length keys of
// its blobs and the node keys (NodeKey) of the trees added with AddTree and
// of every zero subtree.
type MemSource struct {
	mu    sync.RWMutex
	blobs map[merkle.Hash][]byte // root -> blob stream (length word, data)
	trees map[merkle.Hash]tree
	// nodes maps NodeKey(n) to the children l ‖ r of inner node n of a
	// tree added with AddTree (zero subtrees are answered without it).
	nodes map[merkle.Hash][64]byte
	// lengths maps LengthKey(root) to the blob's length; when two roots
	// share a length key (they agree in bytes 1-31) the first added wins.
	lengths map[merkle.Hash]uint64
	// upper holds, per large blob or tree, the tree over its page roots,
	// built on its first page request, so a page's proof costs O(height)
	// rather than hashing the whole blob.
	upper map[merkle.Hash]*pageTree
}

// pageTree holds the levels of a word tree above its pages: levels[0] are
// the page roots, levels[l] the nodes of height pageHeight+l (only the
// populated prefix; to the right of it, zero subtrees).
type pageTree struct{ levels [][]merkle.Hash }

func newPageTree(pages []merkle.Hash, height int) *pageTree {
	t := &pageTree{levels: [][]merkle.Hash{pages}}
	for l := 1; l <= height; l++ {
		below := t.levels[l-1]
		cur := make([]merkle.Hash, (len(below)+1)/2)
		for i := range cur {
			right := merkle.Zero(pageHeight + l - 1)
			if 2*i+1 < len(below) {
				right = below[2*i+1]
			}
			cur[i] = merkle.Keccak(below[2*i][:], right[:])
		}
		t.levels = append(t.levels, cur)
	}
	return t
}

// proof returns the sibling path of page p, bottom-up.
func (t *pageTree) proof(p uint64) []merkle.Hash {
	out := make([]merkle.Hash, 0, len(t.levels)-1)
	for l := 0; l+1 < len(t.levels); l++ {
		sib := merkle.Zero(pageHeight + l)
		if s := p ^ 1; s < uint64(len(t.levels[l])) {
			sib = t.levels[l][s]
		}
		out = append(out, sib)
		p >>= 1
	}
	return out
}

// upperMinPages is the size from which Page keeps a blob's page-root tree.
const upperMinPages = 64

type tree struct {
	data   []byte
	height int
}

// NewMemSource returns an empty MemSource.
func NewMemSource() *MemSource {
	return &MemSource{blobs: map[merkle.Hash][]byte{}, trees: map[merkle.Hash]tree{}, lengths: map[merkle.Hash]uint64{},
		upper: map[merkle.Hash]*pageTree{}, nodes: map[merkle.Hash][64]byte{}}
}

// Add stores data as a blob and returns its root (merkle.BlobRoot) and tree
// height (merkle.BlobHeight), the two numbers SysMap needs.
func (s *MemSource) Add(data []byte) (merkle.Hash, int) {
	root := merkle.BlobRoot(data)
	s.add(root, data)
	return root, merkle.BlobHeight(uint64(len(data)))
}

// add stores data under its root (merkle.BlobRoot(data)).
func (s *MemSource) add(root merkle.Hash, data []byte) {
	s.mu.Lock()
	s.blobs[root] = merkle.BlobBytes(data)
	if _, ok := s.lengths[LengthKey(root)]; !ok {
		s.lengths[LengthKey(root)] = uint64(len(data))
	}
	s.mu.Unlock()
}

// AddTree stores a raw word tree (no length word) of the given height over
// leaves, such as an accumulator, and returns its root. Its inner nodes
// are answered as node preimages (NodeKey) from then on.
func (s *MemSource) AddTree(leaves []merkle.Hash, height int) (merkle.Hash, error) {
	t, err := merkle.NewTreeFromLeaves(leaves, height)
	if err != nil {
		return merkle.Hash{}, fmt.Errorf("add tree: %w", err)
	}
	b := make([]byte, 0, 32*len(leaves))
	for _, l := range leaves {
		b = append(b, l[:]...)
	}
	s.mu.Lock()
	s.trees[t.Root()] = tree{data: b, height: height}
	s.addNodes(t, height, 0)
	s.mu.Unlock()
	return t.Root(), nil
}

// addNodes records the inner nodes of the subtree of t at (level, i) that
// are neither zero subtrees nor known already. Nodes are recorded whole
// subtrees at a time, so a known node's subtree is known and is skipped:
// the accumulators A_0 … A_N of one trace cost O(N · height) entries, not
// O(N²). s.mu must be held.
func (s *MemSource) addNodes(t *merkle.Tree, level int, i uint64) {
	if level == 0 {
		return
	}
	n := t.Node(level, i)
	k := NodeKey(n)
	if _, ok := s.nodes[k]; ok || n == merkle.Zero(level) {
		return
	}
	l, r := t.Node(level-1, 2*i), t.Node(level-1, 2*i+1)
	var pair [64]byte
	copy(pair[:32], l[:])
	copy(pair[32:], r[:])
	s.nodes[k] = pair
	s.addNodes(t, level-1, 2*i)
	s.addNodes(t, level-1, 2*i+1)
}

// Preimage answers length keys (LengthKey) of the blobs in s, the blob's
// length as 8 bytes, big-endian, and node keys (NodeKey) of the inner nodes
// of its trees and of zero subtrees, the 64 bytes l ‖ r.
func (s *MemSource) Preimage(key merkle.Hash) ([]byte, error) {
	if key[0] == nodeKeyType {
		if pair, ok := ZeroNodePreimage(key); ok {
			return pair, nil
		}
		s.mu.RLock()
		pair, ok := s.nodes[key]
		s.mu.RUnlock()
		if !ok {
			return nil, fmt.Errorf("no tree node for node key %s", key)
		}
		return pair[:], nil
	}
	if key[0] != lengthKeyType {
		return nil, fmt.Errorf("key %s is neither a length key nor a node key", key)
	}
	s.mu.RLock()
	n, ok := s.lengths[key]
	s.mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("no blob for length key %s", key)
	}
	return []byte{byte(n >> 56), byte(n >> 48), byte(n >> 40), byte(n >> 32), byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}, nil
}

const lengthKeyType = 3

// LengthKey is the preimage key of the length of the blob with root root:
// root with its first byte replaced by 3. On chain, a length claim L for a
// root is checked with one proof: LengthWord(L) is leaf 0 of a tree of
// height BlobHeight(L) under root.
func LengthKey(root merkle.Hash) merkle.Hash {
	root[0] = lengthKeyType
	return root
}

const nodeKeyType = 4

// NodeKey is the preimage key of the children of inner node n of a word
// tree: n with its first byte replaced by 4. Its preimage is the 64 bytes
// l ‖ r with keccak(l ‖ r) = n (byte 0 aside); the VM refuses any other
// answer (CheckNodePreimage), and the oracle contract stores a pair only
// under the key of its own hash (loadNode).
func NodeKey(n merkle.Hash) merkle.Hash {
	n[0] = nodeKeyType
	return n
}

// CheckNodePreimage reports whether b is a valid preimage of node key key:
// 64 bytes l ‖ r whose hash keccak(l ‖ r) has the key's bytes 1–31.
func CheckNodePreimage(key merkle.Hash, b []byte) error {
	if len(b) != 64 {
		return fmt.Errorf("node preimage of %s: %d bytes, want 64", key, len(b))
	}
	if got := NodeKey(merkle.Keccak(b)); got != key {
		return fmt.Errorf("node preimage of %s hashes to the node of key %s", key, got)
	}
	return nil
}

// zeroNodes maps NodeKey(Z[k]) to k, for the zero subtrees Z[1] …
// Z[merkle.MaxHeight].
var zeroNodes = func() map[merkle.Hash]int {
	m := make(map[merkle.Hash]int, merkle.MaxHeight)
	for k := 1; k <= merkle.MaxHeight; k++ {
		m[NodeKey(merkle.Zero(k))] = k
	}
	return m
}()

// ZeroNodePreimage answers the node key of a zero subtree Z[k] (k ≥ 1)
// with Z[k−1] ‖ Z[k−1]; ok is false for any other key.
func ZeroNodePreimage(key merkle.Hash) (pair []byte, ok bool) {
	k, ok := zeroNodes[key]
	if !ok {
		return nil, false
	}
	z := merkle.Zero(k - 1)
	return append(z[:], z[:]...), true
}

// Oracles asks each oracle in turn and returns the first answer.
type Oracles []PreimageOracle

// Preimage implements PreimageOracle.
func (o Oracles) Preimage(key merkle.Hash) ([]byte, error) {
	var errs []string
	for _, x := range o {
		b, err := x.Preimage(key)
		if err == nil {
			return b, nil
		}
		errs = append(errs, err.Error())
	}
	return nil, fmt.Errorf("preimage %s: %v", key, errs)
}

// Page implements BlockSource.
func (s *MemSource) Page(ctx context.Context, root merkle.Hash, height int, p uint64) ([]byte, []merkle.Hash, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	s.mu.RLock()
	stream, ok := s.blobs[root]
	tr, isTree := s.trees[root]
	s.mu.RUnlock()
	switch {
	case ok:
		if h := merkle.BlobHeight(uint64(len(stream) - merkle.WordSize)); h != height {
			return nil, nil, fmt.Errorf("blob %s has height %d, not %d", root, h, height)
		}
	case isTree:
		if tr.height != height {
			return nil, nil, fmt.Errorf("tree %s has height %d, not %d", root, tr.height, height)
		}
		stream = tr.data
	default:
		return nil, nil, fmt.Errorf("blob %s not found", root)
	}
	off := p * PageSize
	if height < 64 && p >= max(1, uint64(1)<<height>>pageHeight) {
		return nil, nil, fmt.Errorf("page %d past the end of blob %s", p, root)
	}
	if off > uint64(len(stream)) {
		off = uint64(len(stream))
	}
	end := min(off+PageSize, uint64(len(stream)))
	data := stream[min(off, end):end]
	if height <= pageHeight {
		return data, nil, nil
	}
	if uint64(len(stream)) >= upperMinPages*PageSize {
		up, err := s.upperTree(root, stream, height)
		if err != nil {
			return nil, nil, err
		}
		return data, up.proof(p), nil
	}
	proof, err := merkle.Proof(stream, height, p, pageHeight)
	if err != nil {
		return nil, nil, err
	}
	return data, proof, nil
}

// upperTree returns the tree of page roots of the stream with root root.
func (s *MemSource) upperTree(root merkle.Hash, stream []byte, height int) (*pageTree, error) {
	s.mu.RLock()
	up, ok := s.upper[root]
	s.mu.RUnlock()
	if ok {
		return up, nil
	}
	n := (len(stream) + PageSize - 1) / PageSize
	leaves := make([]merkle.Hash, n)
	for i := range leaves {
		r, err := merkle.RootAt(stream[i*PageSize:min((i+1)*PageSize, len(stream))], pageHeight)
		if err != nil {
			return nil, err
		}
		leaves[i] = r
	}
	up = newPageTree(leaves, height-pageHeight)
	s.mu.Lock()
	s.upper[root] = up
	s.mu.Unlock()
	return up, nil
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

// DirSource is a BlockSource over a directory of blob files: the file named
// by a root's hex (without 0x) holds the blob's data. A file is read on
// first use and must hash to its name; it is then served like MemSource.
type DirSource struct {
	dir string
	mem *MemSource
	mu  sync.Mutex
}

// NewDirSource returns a DirSource over dir.
func NewDirSource(dir string) *DirSource { return &DirSource{dir: dir, mem: NewMemSource()} }

// Add writes data as a blob file and returns its root and height.
func (d *DirSource) Add(data []byte) (merkle.Hash, int, error) {
	root, h := d.mem.Add(data)
	if err := os.WriteFile(filepath.Join(d.dir, root.Hex()[2:]), data, 0o644); err != nil {
		return root, h, fmt.Errorf("dir source: %w", err)
	}
	return root, h, nil
}

func (d *DirSource) load(root merkle.Hash) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.mem.mu.RLock()
	_, ok := d.mem.blobs[root]
	d.mem.mu.RUnlock()
	if ok {
		return nil
	}
	path := filepath.Join(d.dir, root.Hex()[2:])
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("blob %s: %w", root, err)
	}
	if got := merkle.BlobRoot(data); got != root {
		return fmt.Errorf("blob file %s hashes to %s", path, got)
	}
	d.mem.add(root, data)
	return nil
}

// Page implements BlockSource.
func (d *DirSource) Page(ctx context.Context, root merkle.Hash, height int, p uint64) ([]byte, []merkle.Hash, error) {
	if err := d.load(root); err != nil {
		return nil, nil, err
	}
	return d.mem.Page(ctx, root, height, p)
}

// Preimage answers the length keys of blobs already loaded or added and
// the node keys of zero subtrees (a DirSource holds no raw trees).
func (d *DirSource) Preimage(key merkle.Hash) ([]byte, error) { return d.mem.Preimage(key) }
