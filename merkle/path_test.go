package merkle

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// naiveNodes builds the word tree of height h over leaves (zero-padded)
// with the independent keccak and returns its root and, for every inner
// node, its children.
func naiveNodes(leaves []Hash, h int) (Hash, map[Hash][2]Hash) {
	nodes := map[Hash][2]Hash{}
	var rec func(level int, i uint64) Hash
	rec = func(level int, i uint64) Hash {
		if level == 0 {
			if i < uint64(len(leaves)) {
				return leaves[i]
			}
			return Hash{}
		}
		l, r := rec(level-1, 2*i), rec(level-1, 2*i+1)
		n := naiveKeccak(append(l[:], r[:]...))
		nodes[n] = [2]Hash{l, r}
		return n
	}
	return rec(h, 0), nodes
}

// TestPath: the walk from the root down to a leaf gives the leaf and the
// sibling path that Proof computes from the whole list, for occupied
// slots, the first empty one and empty ones further right, at every
// height up to 9; it asks for no node of a zero subtree, and for at most
// one node per level.
func TestPath(t *testing.T) {
	for _, h := range []int{0, 1, 2, 5, 9} {
		for _, n := range []int{0, 1, 2, 3, 7, 100, 1 << h} {
			if n > 1<<h {
				continue
			}
			leaves := make([]Hash, n)
			data := make([]byte, 0, 32*n)
			for i := range leaves {
				leaves[i] = naiveKeccak([]byte(fmt.Sprint("entry ", h, n, i)))
				data = append(data, leaves[i][:]...)
			}
			root, nodes := naiveNodes(leaves, h)
			for _, idx := range []uint64{0, 1, uint64(n) / 2, uint64(n), uint64(n) + 1, uint64(1)<<h - 1} {
				if idx >= uint64(1)<<h {
					continue
				}
				calls := 0
				children := func(nd Hash, level int) (Hash, Hash, error) {
					calls++
					c, ok := nodes[nd]
					if !ok {
						return Hash{}, Hash{}, fmt.Errorf("unknown node %s", nd)
					}
					if nd == Zero(level) {
						t.Errorf("h %d n %d index %d: asked for the zero subtree of level %d", h, n, idx, level)
					}
					return c[0], c[1], nil
				}
				leaf, proof, err := Path(root, h, idx, children)
				if err != nil {
					t.Fatalf("h %d n %d index %d: %v", h, n, idx, err)
				}
				var want Hash
				if idx < uint64(n) {
					want = leaves[idx]
				}
				wantProof, err := Proof(data, h, idx, 0)
				if err != nil {
					t.Fatal(err)
				}
				if leaf != want || fmt.Sprint(proof) != fmt.Sprint(wantProof) {
					t.Fatalf("h %d n %d index %d: leaf %s proof %v, want %s %v", h, n, idx, leaf, proof, want, wantProof)
				}
				if !Verify(root, leaf, idx, proof) {
					t.Fatalf("h %d n %d index %d: the path does not verify", h, n, idx)
				}
				if calls > h {
					t.Fatalf("h %d n %d index %d: %d calls for %d levels", h, n, idx, calls, h)
				}
				if n == 0 && calls != 0 {
					t.Fatalf("h %d: %d calls in an empty tree", h, calls)
				}
			}
		}
	}
}

// TestPathRejects: an index outside the tree, a height out of range and a
// node the callback cannot give are errors that name them.
func TestPathRejects(t *testing.T) {
	leaves := []Hash{{1}, {2}, {3}}
	root, nodes := naiveNodes(leaves, 3)
	children := func(nd Hash, level int) (Hash, Hash, error) {
		c, ok := nodes[nd]
		if !ok {
			return Hash{}, Hash{}, errors.New("unknown node")
		}
		return c[0], c[1], nil
	}
	if _, _, err := Path(root, 3, 8, children); err == nil || !strings.Contains(err.Error(), "index 8 outside a tree of height 3") {
		t.Fatalf("index 8 at height 3: %v", err)
	}
	if _, _, err := Path(root, MaxHeight+1, 0, children); err == nil || !strings.Contains(err.Error(), "height 65") {
		t.Fatalf("height 65: %v", err)
	}
	if _, _, err := Path(root, -1, 0, children); err == nil {
		t.Fatal("height -1: no error")
	}
	missing := func(nd Hash, level int) (Hash, Hash, error) {
		if level == 3 {
			return children(nd, level)
		}
		return Hash{}, Hash{}, errors.New("not held")
	}
	if _, _, err := Path(root, 3, 1, missing); err == nil || !strings.Contains(err.Error(), "level 2: not held") {
		t.Fatalf("missing node: %v", err)
	}
	// A tall tree: the walk to a slot far right of the entries stops at
	// the first zero subtree on its path.
	big := Zero(MaxHeight)
	leaf, proof, err := Path(big, MaxHeight, ^uint64(0), missing)
	if err != nil || !leaf.IsZero() || len(proof) != MaxHeight || proof[MaxHeight-1] != Zero(MaxHeight-1) {
		t.Fatalf("empty tree of height 64: leaf %s, %d siblings, %v", leaf, len(proof), err)
	}
}
