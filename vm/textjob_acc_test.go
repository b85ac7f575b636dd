package vm

import (
	"context"
	"os"
	"testing"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model/llama"
)

// TestTextJobAccumulators: the roots a TextJob gives for A_0 … A_N equal
// the roots of the word trees of the first i op roots, built independently
// (merkle.NewTreeFromLeaves), and A_i's tree is in Source, readable entry by
// entry and walkable by node preimages, only after op i+1's inputs were
// asked for.
func TestTextJobAccumulators(t *testing.T) {
	file, err := os.ReadFile("../testdata/stories260K.gguf")
	if err != nil {
		t.Fatal(err)
	}
	j, err := NewTextJob(context.Background(), file, llama.Program{EOS: -1}, llama.Job{Prompt: []int{1, 403}, MaxTokens: 2})
	if err != nil {
		t.Fatal(err)
	}
	n := j.Result.N
	if n < 10 {
		t.Fatalf("only %d ops", n)
	}
	for i := 0; i <= n; i++ {
		tr, err := merkle.NewTreeFromLeaves(j.Result.OpRoots[:i], j.Height)
		if err != nil {
			t.Fatal(err)
		}
		if j.Acc(i) != tr.Root() {
			t.Fatalf("A_%d = %s, the tree of its %d entries has root %s", i, j.Acc(i), i, tr.Root())
		}
	}
	if j.Acc(n+5) != j.Acc(n) {
		t.Fatal("past the last op the accumulator is not A_N")
	}
	i := n / 2
	top := j.Acc(i)
	if top == merkle.Zero(j.Height) {
		t.Fatalf("A_%d is the empty tree", i)
	}
	if _, err := j.Source.Preimage(NodeKey(top)); err == nil {
		t.Fatalf("A_%d's root node is served before op %d's inputs were asked for", i, i+1)
	}
	if got := j.Inputs(uint64(i)).PrevAcc; got != j.Acc(i) {
		t.Fatalf("Inputs(%d).PrevAcc = %s, want A_%d = %s", i, got, i, j.Acc(i))
	}
	b, err := j.Source.Preimage(NodeKey(top))
	if err != nil || len(b) != 64 || merkle.Keccak(b) != top {
		t.Fatalf("A_%d's root node after Inputs: %x, %v", i, b, err)
	}
	j.Inputs(uint64(i)) // a second time stores nothing new and changes nothing
	if got := j.Inputs(uint64(i)).PrevAcc; got != top {
		t.Fatal("PrevAcc changed on a second call")
	}
}
