package model

import (
	"context"
	"testing"

	"github.com/rmsnet/rms/merkle"
)

// TestExecOpReplaysTrace recomputes every op of a run the way a verifier
// does: from the canonical blobs of its inputs (model tensors found by name
// through the index), checks out_i against the run, and extends the
// accumulator from A_{i-1} alone with merkle.AppendWithProof.
func TestExecOpReplaysTrace(t *testing.T) {
	m := tinyModel()
	in := Tensor{DType: I16, Shape: []int{1, 4}, I16: []int16{9, 0, 255, 3}}
	res, err := m.Run(context.Background(), in, WithOutputs())
	if err != nil {
		t.Fatal(err)
	}
	idx, _ := m.Index()
	blobs := map[merkle.Hash][]byte{}
	put := func(tt Tensor) merkle.Hash {
		b, err := tt.Encode()
		if err != nil {
			t.Fatal(err)
		}
		r := merkle.BlobRoot(b)
		blobs[r] = b
		return r
	}
	for _, tt := range m.Tensors {
		put(tt)
	}
	inputRoot := put(in)
	for _, o := range res.Outputs {
		put(o)
	}
	acc, _ := merkle.NewAccumulator(m.Program.TraceHeight)
	prev := acc.Root()
	for i := range m.Program.Ops {
		refs, err := m.Program.Needs(i)
		if err != nil {
			t.Fatal(err)
		}
		var inputs [][]byte
		for _, r := range refs {
			var root merkle.Hash
			switch r.Kind {
			case RefInput:
				root = inputRoot
			case RefTensor:
				var ok bool
				if root, ok = LookupIndex(idx, r.Name); !ok {
					t.Fatalf("op %d: %s not in the index", i, r.Name)
				}
			case RefOp:
				root = acc.Entry(uint64(r.Op)) // proven against A_{i-1} in a dispute
			}
			inputs = append(inputs, blobs[root])
		}
		_, out, err := ExecOp(&m.Program, i, inputs)
		if err != nil {
			t.Fatal(err)
		}
		if out != res.OpRoots[i] {
			t.Fatalf("op %d: out %s, run %s", i, out, res.OpRoots[i])
		}
		proof, _ := acc.Proof(uint64(i))
		next, err := merkle.AppendWithProof(prev, uint64(i), out, proof)
		if err != nil {
			t.Fatal(err)
		}
		if next != res.Acc[i] {
			t.Fatalf("A_%d differs", i+1)
		}
		acc.Append(out)
		prev = next
	}
	if _, _, err := ExecOp(&m.Program, 0, [][]byte{{1, 2}}); err == nil {
		t.Fatal("wrong input count: no error")
	}
	if _, _, err := ExecOp(&m.Program, 9, nil); err == nil {
		t.Fatal("op outside the program: no error")
	}
	if _, ok := LookupIndex(idx, "nope"); ok {
		t.Fatal("lookup of a missing name succeeded")
	}
}
