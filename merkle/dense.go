package merkle

import (
	"fmt"
)

// Tree is a word tree of fixed height that keeps its inner nodes, so that one
// leaf can be updated in place and proven in O(height). Only the populated
// prefix of each level is stored; everything to its right is a zero subtree.
type Tree struct {
	height int
	levels [][]Hash // levels[0] are leaves; levels[height] has at most one node
	k      *keccakState
}

// NewTree returns an all-zero tree of the given height.
func NewTree(height int) (*Tree, error) {
	if height < 0 || height > MaxHeight {
		return nil, fmt.Errorf("new tree: height %d out of range [0,%d]", height, MaxHeight)
	}
	return &Tree{height: height, levels: make([][]Hash, height+1), k: newState()}, nil
}

// NewTreeFromLeaves returns a tree of the given height whose first leaves are
// leaves (the rest zero).
func NewTreeFromLeaves(leaves []Hash, height int) (*Tree, error) {
	if err := checkFits(uint64(len(leaves))*WordSize, height); err != nil {
		return nil, fmt.Errorf("new tree: %w", err)
	}
	t, err := NewTree(height)
	if err != nil {
		return nil, err
	}
	t.levels[0] = append([]Hash(nil), leaves...)
	for l := 1; l <= height; l++ {
		below := t.levels[l-1]
		n := (len(below) + 1) / 2
		cur := make([]Hash, n)
		full := len(below) / 2
		t.k.nodes(cur[:full], hashBytes(below[:2*full]))
		if full < n {
			cur[full] = t.k.node(&below[2*full], &zeros[l-1])
		}
		t.levels[l] = cur
	}
	return t, nil
}

// NewTreeFromBytes returns a tree of the given height over the words of data.
func NewTreeFromBytes(data []byte, height int) (*Tree, error) {
	if err := checkFits(uint64(len(data)), height); err != nil {
		return nil, fmt.Errorf("new tree: %w", err)
	}
	leaves := make([]Hash, (len(data)+WordSize-1)/WordSize)
	for i := range leaves {
		copy(leaves[i][:], data[i*WordSize:])
	}
	return NewTreeFromLeaves(leaves, height)
}

// Height returns the height of the tree.
func (t *Tree) Height() int { return t.height }

func (t *Tree) node(level int, i uint64) Hash {
	if i < uint64(len(t.levels[level])) {
		return t.levels[level][i]
	}
	return zeros[level]
}

// Root returns the root of the tree.
func (t *Tree) Root() Hash { return t.node(t.height, 0) }

// Leaf returns leaf i (zero past the populated prefix).
func (t *Tree) Leaf(i uint64) Hash { return t.node(0, i) }

// Node returns the root of the subtree of height level at position i.
func (t *Tree) Node(level int, i uint64) Hash { return t.node(level, i) }

func (t *Tree) checkIndex(i uint64, level int) error {
	if level < 0 || level > t.height {
		return fmt.Errorf("level %d outside [0,%d]", level, t.height)
	}
	if t.height-level < 64 && i >= uint64(1)<<(t.height-level) {
		return fmt.Errorf("index %d outside a tree of height %d at level %d", i, t.height, level)
	}
	return nil
}

// SetLeaf replaces leaf i with w and updates the path to the root in
// O(height) hashes.
func (t *Tree) SetLeaf(i uint64, w Hash) error {
	if err := t.checkIndex(i, 0); err != nil {
		return fmt.Errorf("set leaf: %w", err)
	}
	cur := w
	for l := 0; l <= t.height; l++ {
		lv := t.levels[l]
		for uint64(len(lv)) <= i {
			lv = append(lv, zeros[l])
		}
		lv[i] = cur
		t.levels[l] = lv
		if l == t.height {
			break
		}
		sib := t.node(l, i^1)
		if i&1 == 0 {
			cur = t.k.node(&cur, &sib)
		} else {
			cur = t.k.node(&sib, &cur)
		}
		i >>= 1
	}
	return nil
}

// Proof returns the sibling path of the node at (level, i), bottom-up.
func (t *Tree) Proof(level int, i uint64) ([]Hash, error) {
	if err := t.checkIndex(i, level); err != nil {
		return nil, fmt.Errorf("proof: %w", err)
	}
	out := make([]Hash, 0, t.height-level)
	for l := level; l < t.height; l++ {
		out = append(out, t.node(l, i^1))
		i >>= 1
	}
	return out, nil
}

// extend appends leaves after the populated prefix of level 0 (which must
// hold every leaf set so far, as the accumulator's does) and returns the root
// after each one: roots[p] is the root of the tree whose leaves are the old
// ones and leaves[:p+1]. It costs what len(leaves) SetLeaf calls cost, but the
// paths are hashed level by level together (keccakState.nodes).
func (t *Tree) extend(leaves []Hash) []Hash {
	first := uint64(len(t.levels[0]))
	t.levels[0] = append(t.levels[0], leaves...)
	// The final tree: every node above a new leaf, from the lowest one up.
	for l := 1; l <= t.height; l++ {
		below := t.levels[l-1]
		from := int(first >> l)
		n := (len(below) + 1) / 2
		cur := append(t.levels[l][:from], make([]Hash, n-from)...)
		full := len(below) / 2
		t.k.nodes(cur[from:full], hashBytes(below[2*from:2*full]))
		if full < n {
			cur[full] = t.k.node(&below[2*full], &zeros[l-1])
		}
		t.levels[l] = cur
	}
	// The root after leaf first+p: going up from the leaf, a left sibling is
	// a node of the final tree (all its leaves come earlier) and a right
	// sibling is empty.
	roots := append([]Hash(nil), leaves...)
	const chunk = 1024
	buf := make([]byte, 64*min(chunk, len(leaves)))
	for c := 0; c < len(roots); c += chunk {
		part := roots[c:min(c+chunk, len(roots))]
		for l := 0; l < t.height; l++ {
			for p := range part {
				j := (first + uint64(c+p)) >> l
				b := buf[64*p : 64*p+64]
				if j&1 == 1 {
					copy(b, t.levels[l][j-1][:])
					copy(b[32:], part[p][:])
				} else {
					copy(b, part[p][:])
					copy(b[32:], zeros[l][:])
				}
			}
			t.k.nodes(part, buf[:64*len(part)])
		}
	}
	return roots
}
