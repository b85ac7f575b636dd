package model

import (
	"fmt"
	"sort"

	"github.com/rmsnet/rms/merkle"
)

// Needs returns the references op i of p reads, in order: the job input,
// model tensors by name, or earlier ops by index. A verifier (the VM guest)
// fetches exactly these blobs to recompute out_i.
func (p *Program) Needs(i int) ([]Ref, error) {
	if i < 0 || i >= len(p.Ops) {
		return nil, fmt.Errorf("op %d outside the program's %d ops", i, len(p.Ops))
	}
	return append([]Ref(nil), p.Ops[i].Inputs...), nil
}

// ExecOp recomputes op i of p from the canonical encodings of its inputs
// (in the order of Needs(i)) and returns the canonical encoding of its
// output and out_i, the output's merkle.BlobRoot. It is the whole work of
// one op in a dispute: decode, RunOp, encode, hash.
func ExecOp(p *Program, i int, inputs [][]byte) ([]byte, merkle.Hash, error) {
	refs, err := p.Needs(i)
	if err != nil {
		return nil, merkle.Hash{}, fmt.Errorf("exec op: %w", err)
	}
	if len(inputs) != len(refs) {
		return nil, merkle.Hash{}, fmt.Errorf("exec op %d: %d input blobs, op reads %d", i, len(inputs), len(refs))
	}
	ts := make([]Tensor, len(inputs))
	for j, b := range inputs {
		if ts[j], err = DecodeTensor(b); err != nil {
			return nil, merkle.Hash{}, fmt.Errorf("exec op %d: input %d (%s): %w", i, j, refs[j], err)
		}
	}
	out, err := RunOp(p.Ops[i], ts)
	if err != nil {
		return nil, merkle.Hash{}, fmt.Errorf("exec op %d: %w", i, err)
	}
	b, err := out.Encode()
	if err != nil {
		return nil, merkle.Hash{}, fmt.Errorf("exec op %d: output: %w", i, err)
	}
	return b, merkle.BlobRoot(b), nil
}

// LookupIndex returns the root of the tensor called name in a decoded
// tensor index (sorted by name, as DecodeIndex guarantees).
func LookupIndex(entries []IndexEntry, name string) (merkle.Hash, bool) {
	i := sort.Search(len(entries), func(i int) bool { return entries[i].Name >= name })
	if i < len(entries) && entries[i].Name == name {
		return entries[i].Root, true
	}
	return merkle.Hash{}, false
}
