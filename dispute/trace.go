package dispute

import (
	"errors"
	"fmt"

	"github.com/rmsnet/rms/contracts/bindings"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
)

// Side is one party of a game: side 0 is the claim with the smaller claim
// hash.
type Side uint8

// Other is the opposing side.
func (s Side) Other() Side { return 1 - s }

// Trace is the op trace behind a claim (DESIGN §5): the output roots
// out_1 … out_N of its ops, from which every accumulator A_i and the trace
// root follow. A claim travels with its trace (N words): whoever holds two
// conflicting claims with their traces can open a game with the op-level
// proof in the same transaction, and can check before that each claim is
// consistent with itself.
type Trace struct {
	Height  int           // trace height of the program (capacity 2^Height)
	Outputs []merkle.Hash // out_1 … out_N
	accs    []merkle.Hash // A_1 … A_N
	root    merkle.Hash
}

// NewTrace computes the accumulators and the trace root of outputs.
func NewTrace(height int, outputs []merkle.Hash) (*Trace, error) {
	if len(outputs) == 0 {
		return nil, errors.New("trace: no outputs")
	}
	acc, err := merkle.NewAccumulator(height)
	if err != nil {
		return nil, fmt.Errorf("trace: %w", err)
	}
	t := &Trace{Height: height, Outputs: append([]merkle.Hash(nil), outputs...)}
	for i, out := range outputs {
		a, err := acc.Append(out)
		if err != nil {
			return nil, fmt.Errorf("trace: op %d: %w", i, err)
		}
		t.accs = append(t.accs, a)
	}
	if t.root, err = merkle.FilledRoot(t.accs, height); err != nil {
		return nil, fmt.Errorf("trace: %w", err)
	}
	return t, nil
}

// TraceOf is the trace of a native run.
func TraceOf(p *model.Program, res *model.Result) (*Trace, error) {
	return NewTrace(p.TraceHeight, res.OpRoots)
}

// WithAccs returns a trace whose accumulators are the given list (A_1 … A_N)
// rather than those of its outputs: a malformed trace, as a cheater may sign
// it. Only tests and adversaries need it.
func WithAccs(height int, outputs, accs []merkle.Hash) (*Trace, error) {
	if len(accs) == 0 || len(outputs) == 0 {
		return nil, errors.New("trace: empty")
	}
	t := &Trace{Height: height, Outputs: append([]merkle.Hash(nil), outputs...), accs: append([]merkle.Hash(nil), accs...)}
	var err error
	t.root, err = merkle.FilledRoot(t.accs, height)
	return t, err
}

// Root is the trace root a claim signs.
func (t *Trace) Root() merkle.Hash { return t.root }

// Output is out_N, the output root the trace ends with.
func (t *Trace) Output() merkle.Hash { return t.Outputs[len(t.Outputs)-1] }

// Len is the number of accumulators before the trace stays constant.
func (t *Trace) Len() uint64 { return uint64(len(t.accs)) }

// Capacity is 2^Height, the number of leaves of the trace.
func (t *Trace) Capacity() uint64 { return uint64(1) << t.Height }

// Acc is A_i: A_0 is the empty accumulator, and past the last op the trace
// stays A_N.
func (t *Trace) Acc(i uint64) merkle.Hash {
	if i == 0 {
		return merkle.Zero(t.Height)
	}
	return t.accs[min(i, uint64(len(t.accs)))-1]
}

// AccProof proves A_i (i ≥ 1), leaf i-1 of the trace, against Root.
func (t *Trace) AccProof(i uint64) ([]merkle.Hash, error) {
	if i == 0 || i > t.Capacity() {
		return nil, fmt.Errorf("trace: A_%d is not a leaf of a trace of capacity %d", i, t.Capacity())
	}
	return merkle.FilledProof(t.accs, t.Height, i-1)
}

// FirstDivergence returns the least k with A_k equal in both traces and
// A_{k+1} not; ok is false when the traces are equal everywhere.
func FirstDivergence(a, b *Trace) (k uint64, ok bool) {
	if a.Height != b.Height {
		return 0, false
	}
	for k = 0; k < a.Capacity(); k++ {
		if a.Acc(k+1) != b.Acc(k+1) {
			return k, true
		}
		if k >= a.Len() && k >= b.Len() {
			return 0, false // both constant from here on
		}
	}
	return 0, false
}

// DivergenceProof is the op-level proof of Games.open for the traces of
// side 0 and side 1.
func DivergenceProof(t0, t1 *Trace) (bindings.GamesDivergence, error) {
	var d bindings.GamesDivergence
	k, ok := FirstDivergence(t0, t1)
	if !ok {
		return d, errors.New("divergence: the traces agree on every accumulator")
	}
	d.Op, d.PrevAcc = k, t0.Acc(k)
	var err error
	if k > 0 {
		if d.PrevProof0, err = hashes(t0.AccProof(k)); err != nil {
			return d, err
		}
		if d.PrevProof1, err = hashes(t1.AccProof(k)); err != nil {
			return d, err
		}
	} else {
		d.PrevProof0, d.PrevProof1 = [][32]byte{}, [][32]byte{}
	}
	d.Acc0, d.Acc1 = t0.Acc(k+1), t1.Acc(k+1)
	if d.Proof0, err = hashes(t0.AccProof(k + 1)); err != nil {
		return d, err
	}
	d.Proof1, err = hashes(t1.AccProof(k + 1))
	return d, err
}

// Contradicts reports whether a claim of output root out with trace t
// contradicts itself: out is not the last output the trace records.
func (t *Trace) Contradicts(out merkle.Hash) bool { return t.Output() != out }

// ContradictionProof shows that side's claim, with trace t and output root
// out, contradicts itself. It fails when it does not.
func ContradictionProof(t *Trace, side Side, out merkle.Hash) (bindings.GamesContradiction, error) {
	c := bindings.GamesContradiction{Side: uint8(side)}
	if !t.Contradicts(out) {
		return c, errors.New("contradiction: the claim's output is the last output of its trace")
	}
	last := t.Capacity()
	c.AccC = t.Acc(last)
	var err error
	if c.AccProof, err = hashes(t.AccProof(last)); err != nil {
		return c, err
	}
	n := uint64(len(t.Outputs))
	entries, err := merkle.NewTreeFromLeaves(t.Outputs, t.Height)
	if err != nil {
		return c, fmt.Errorf("contradiction: %w", err)
	}
	c.J, c.Entry = n-1, t.Outputs[n-1]
	if c.EntryProof, err = hashes(entries.Proof(0, n-1)); err != nil {
		return c, err
	}
	c.NextProof = [][32]byte{}
	if n < t.Capacity() {
		if c.NextProof, err = hashes(entries.Proof(0, n)); err != nil {
			return c, err
		}
	}
	return c, nil
}

func hashes(p []merkle.Hash, err error) ([][32]byte, error) {
	if err != nil {
		return nil, err
	}
	out := make([][32]byte, len(p))
	for i := range p {
		out[i] = p[i]
	}
	return out, nil
}
