package merkle

import "fmt"

// Accumulator is the append-only list (out_1 … out_i) of an op trace,
// committed as a word tree of fixed capacity 2^Height leaves. After i appends
// its root is A_i; with no appends it is A_0 = Zero(height).
type Accumulator struct {
	t *Tree
	n uint64
}

// NewAccumulator returns an empty accumulator of capacity 2^height entries.
func NewAccumulator(height int) (*Accumulator, error) {
	if height < 0 || height > 48 {
		return nil, fmt.Errorf("new accumulator: capacity height %d out of range [0,48]", height)
	}
	t, err := NewTree(height)
	if err != nil {
		return nil, err
	}
	return &Accumulator{t: t}, nil
}

// Height returns the capacity height of the accumulator.
func (a *Accumulator) Height() int { return a.t.height }

// Len returns the number of entries appended so far.
func (a *Accumulator) Len() uint64 { return a.n }

// Root returns A_Len.
func (a *Accumulator) Root() Hash { return a.t.Root() }

// Entry returns entry j (0-based: out_{j+1}).
func (a *Accumulator) Entry(j uint64) Hash { return a.t.Leaf(j) }

// Append adds out as the next entry and returns the new root.
func (a *Accumulator) Append(out Hash) (Hash, error) {
	if a.t.height < 64 && a.n >= uint64(1)<<a.t.height {
		return Hash{}, fmt.Errorf("accumulator full: capacity %d", uint64(1)<<a.t.height)
	}
	if err := a.t.SetLeaf(a.n, out); err != nil {
		return Hash{}, err
	}
	a.n++
	return a.t.Root(), nil
}

// AppendAll appends outs in order and returns the root after each append
// (A_{Len+1} … A_{Len+len(outs)}): the same as Append for each entry, with
// the hashes of all the paths done together. It appends nothing if the
// entries do not fit.
func (a *Accumulator) AppendAll(outs []Hash) ([]Hash, error) {
	if uint64(len(outs)) > uint64(1)<<a.t.height-a.n {
		return nil, fmt.Errorf("accumulator full: %d entries after %d exceed the capacity %d", len(outs), a.n, uint64(1)<<a.t.height)
	}
	roots := a.t.extend(outs)
	a.n += uint64(len(outs))
	return roots, nil
}

// Proof returns the sibling path of entry j against the current root. The
// proof of the next free slot (j == Len) is what AppendWithProof needs.
func (a *Accumulator) Proof(j uint64) ([]Hash, error) { return a.t.Proof(0, j) }

// AppendWithProof computes A_{j+1} from A_j alone: proof must show that slot
// j (0-based) of the list with root prev is still empty (zero). It returns an
// error if it does not. This is how the VM guest extends the accumulator
// without knowing the earlier entries.
func AppendWithProof(prev Hash, j uint64, out Hash, proof []Hash) (Hash, error) {
	if !Verify(prev, Hash{}, j, proof) {
		return Hash{}, fmt.Errorf("append at %d: proof does not show an empty slot under %s", j, prev)
	}
	// Every slot right of j must be empty too; the siblings on the right of
	// the path are therefore zero subtrees.
	idx := j
	for l, sib := range proof {
		if idx&1 == 0 && sib != zeros[l] {
			return Hash{}, fmt.Errorf("append at %d: slots after %d are not empty", j, j)
		}
		idx >>= 1
	}
	return RootFromProof(out, j, proof), nil
}

// ListRoot returns the word-tree root of a list of hashes padded with zero
// words to 2^height entries (the trace root is ListRoot of A_1 … A_C).
func ListRoot(list []Hash, height int) (Hash, error) {
	t, err := NewTreeFromLeaves(list, height)
	if err != nil {
		return Hash{}, fmt.Errorf("list root: %w", err)
	}
	return t.Root(), nil
}
