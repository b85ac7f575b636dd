package dispute

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/vm"
)

// TestStepVectors runs the witnessed steps of vm/testdata/step_vectors.json
// (every instruction and syscall, written by the vm package in the
// Witness.Encode layout) through the contract: each must give post_hash.
// A preimage read gets its word from the oracle, so the test loads a local
// preimage that holds the vector's word at the vector's offset.
func TestStepVectors(t *testing.T) {
	b, err := os.ReadFile("../vm/testdata/step_vectors.json")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("no step vectors: %v (CI is set, so this fails instead of skipping)", err)
		}
		t.Skipf("no step vectors: %v", err)
	}
	var vecs []struct {
		Name     string      `json:"name"`
		Witness  string      `json:"witness"`
		PreHash  merkle.Hash `json:"pre_hash"`
		PostHash merkle.Hash `json:"post_hash"`
	}
	if err := json.Unmarshal(b, &vecs); err != nil {
		t.Fatal(err)
	}
	c := newTestChain(t)
	ctx := context.Background()
	local := merkle.Hash{31: 0x77}
	s := NewStepper(c.b, c.c.Step, WithTransactor(c.opts), WithLocalContext(local))
	loaded := map[merkle.Hash]bool{}
	for _, v := range vecs {
		wb, err := hex.DecodeString(strings.TrimPrefix(v.Witness, "0x"))
		if err != nil {
			t.Fatalf("%s: %v", v.Name, err)
		}
		w, err := vm.DecodeWitness(wb)
		if err != nil {
			t.Fatalf("%s: %v", v.Name, err)
		}
		if p := w.Preimage; p != nil {
			st, _, _ := vm.DecodeState(w.State)
			if st.PreimageKey[0] == 4 {
				// A node key: the vectors read zero subtrees' nodes, whose
				// children anyone can load.
				pair, ok := vm.ZeroNodePreimage(st.PreimageKey)
				if !ok {
					t.Fatalf("%s: node key %s is not a zero subtree's", v.Name, st.PreimageKey)
				}
				if !loaded[st.PreimageKey] {
					if err := c.oracle.LoadNode(ctx, merkle.Hash(pair[:32]), merkle.Hash(pair[32:])); err != nil {
						t.Fatal(err)
					}
					loaded[st.PreimageKey] = true
				}
				goto call
			}
			if st.PreimageKey[0] != 1 {
				t.Fatalf("%s: preimage key %s is neither a local nor a node key", v.Name, st.PreimageKey)
			}
			if loaded[st.PreimageKey] {
				t.Fatalf("%s: a second read of local key %s", v.Name, st.PreimageKey)
			}
			data := make([]byte, p.Length)
			if uint64(st.PreimageOffset) < uint64(p.Length) {
				copy(data[st.PreimageOffset:], p.Value[:])
			}
			if err := c.oracle.LoadLocal(ctx, local, st.PreimageKey, data); err != nil {
				t.Fatal(err)
			}
			loaded[st.PreimageKey] = true
		}
	call:
		pre, post, err := s.Call(ctx, w)
		if err != nil {
			t.Fatalf("%s: %v", v.Name, err)
		}
		if pre != v.PreHash || post != v.PostHash {
			t.Fatalf("%s: contract pre %s post %s, want %s %s", v.Name, pre, post, v.PreHash, v.PostHash)
		}
	}
	t.Logf("%d vectors", len(vecs))
}
