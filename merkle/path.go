package merkle

import "fmt"

// Children returns the two children l and r of the inner node n at the
// given level (its subtree's height, ≥ 1) of a word tree: keccak(l ‖ r) = n.
type Children func(n Hash, level int) (l, r Hash, err error)

// Path walks the word tree with root root and the given height from the
// root down to leaf index, one node per level, and returns the leaf and its
// sibling path, bottom-up (what Proof returns). At each level children
// gives the node's two children: the one on index's path is kept, the
// other is the sibling. A node equal to the zero subtree Z[k] is not asked
// for: the leaf under it is zero and the siblings below it are
// Z[k−1] … Z[0]. So a walk costs at most height calls, whatever the tree
// holds.
//
// Path does not hash: it trusts children to answer with the real children
// of each node (the VM checks every node preimage it serves). Verify, or
// AppendWithProof, checks the result against root.
func Path(root Hash, height int, index uint64, children Children) (leaf Hash, proof []Hash, err error) {
	if height < 0 || height > MaxHeight {
		return Hash{}, nil, fmt.Errorf("path: height %d out of range [0,%d]", height, MaxHeight)
	}
	if height < 64 && index >= uint64(1)<<height {
		return Hash{}, nil, fmt.Errorf("path: index %d outside a tree of height %d", index, height)
	}
	proof = make([]Hash, height)
	cur := root
	for level := height; level > 0; level-- {
		if cur == zeros[level] {
			for k := level - 1; k >= 0; k-- {
				proof[k] = zeros[k]
			}
			return Hash{}, proof, nil
		}
		l, r, err := children(cur, level)
		if err != nil {
			return Hash{}, nil, fmt.Errorf("path to leaf %d: node %s at level %d: %w", index, cur, level, err)
		}
		if index>>(level-1)&1 == 0 {
			cur, proof[level-1] = l, r
		} else {
			cur, proof[level-1] = r, l
		}
	}
	return cur, proof, nil
}
