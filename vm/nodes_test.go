package vm

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/rmsnet/rms/merkle"
	"golang.org/x/crypto/sha3"
)

// refKeccak is keccak256 from x/crypto, independent of merkle's.
func refKeccak(b []byte) merkle.Hash {
	h := sha3.NewLegacyKeccak256()
	h.Write(b)
	return merkle.Hash(h.Sum(nil))
}

// TestMemSourceNodes: a MemSource answers the node key of every inner node
// of the trees added with AddTree (walked down from the root with the
// independent keccak: every answer hashes to its node) and of zero
// subtrees, and nothing else; consecutive accumulators share their nodes.
func TestMemSourceNodes(t *testing.T) {
	src := NewMemSource()
	const h = 6
	var leaves []merkle.Hash
	for i := range 37 {
		leaves = append(leaves, refKeccak([]byte(fmt.Sprint("out ", i))))
	}
	var roots []merkle.Hash
	for n := 0; n <= len(leaves); n++ {
		r, err := src.AddTree(leaves[:n], h)
		if err != nil {
			t.Fatal(err)
		}
		roots = append(roots, r)
	}
	for n, root := range roots {
		// Walk the whole tree: every node that is not a zero subtree is
		// answered, and its children hash to it.
		var walk func(node merkle.Hash, level int, first uint64)
		walk = func(node merkle.Hash, level int, first uint64) {
			if level == 0 {
				var want merkle.Hash
				if first < uint64(n) {
					want = leaves[first]
				}
				if node != want {
					t.Fatalf("tree of %d: leaf %d is %s, want %s", n, first, node, want)
				}
				return
			}
			b, err := src.Preimage(NodeKey(node))
			if err != nil {
				t.Fatalf("tree of %d: node at level %d: %v", n, level, err)
			}
			if len(b) != 64 || refKeccak(b) != node {
				t.Fatalf("tree of %d: the preimage of node %s (level %d) does not hash to it", n, node, level)
			}
			walk(merkle.Hash(b[:32]), level-1, first)
			walk(merkle.Hash(b[32:]), level-1, first+uint64(1)<<(level-1))
		}
		walk(root, h, 0)
	}
	// Each of the 37 appends adds at most h new nodes.
	if got := len(src.nodes); got > len(leaves)*h || got < len(leaves) {
		t.Fatalf("%d node entries for %d appends at height %d", got, len(leaves), h)
	}
	for k := 1; k <= merkle.MaxHeight; k++ {
		b, err := src.Preimage(NodeKey(merkle.Zero(k)))
		z := merkle.Zero(k - 1)
		if err != nil || !bytes.Equal(b, append(z[:], z[:]...)) {
			t.Fatalf("zero subtree of height %d: %x, %v", k, b, err)
		}
	}
	for _, key := range []merkle.Hash{NodeKey(refKeccak([]byte("no such node"))), NodeKey(leaves[0])} {
		if _, err := src.Preimage(key); err == nil || !strings.Contains(err.Error(), "no tree node") {
			t.Fatalf("unknown node key %s: %v", key, err)
		}
	}
	if _, err := src.Preimage(merkle.Hash{5}); err == nil {
		t.Fatal("key type 5 answered")
	}
}

// badNodes answers every node key with the wrong bytes: a pair that
// hashes elsewhere, or a right length with another pair's bytes.
type badNodes struct{ pair []byte }

func (b badNodes) Preimage(key merkle.Hash) ([]byte, error) {
	if key[0] != 4 {
		return nil, errors.New("not a node key")
	}
	return b.pair, nil
}

// TestNodePreimageStep: a preimage read of a node key returns l ‖ r (the
// witness replays with VerifyStep), while an oracle answer that is not 64
// bytes or does not hash to the key stops the step with ErrDataSource,
// the state untouched; a witness claiming a node preimage that is not 64
// bytes long is refused.
func TestNodePreimageStep(t *testing.T) {
	l, r := refKeccak([]byte("left")), refKeccak([]byte("right"))
	pair := append(l[:], r[:]...)
	node := refKeccak(pair)
	src := NewMemSource()
	if _, err := src.AddTree([]merkle.Hash{l, r}, 1); err != nil {
		t.Fatal(err)
	}
	code := []uint32{
		iType(0x09, 0, 2, SysPreimageKey), 0x0c,
		iType(0x09, 0, 2, SysPreimageRead), 0x0c,
	}
	key := NodeKey(node)
	for _, tc := range []struct {
		name   string
		oracle PreimageOracle
		want   string // error of the read step; empty: it reads l's first word
	}{
		{"tree node", src, ""},
		{"zero subtree", src, ""},
		{"wrong pair", badNodes{append(r[:], l[:]...)}, "hashes to the node of key"},
		{"short", badNodes{pair[:63]}, "63 bytes, want 64"},
		{"long", badNodes{append(pair, 0)}, "65 bytes, want 64"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k, first := key, l
			if tc.name == "zero subtree" {
				k, first = NodeKey(merkle.Zero(9)), merkle.Zero(8)
			}
			v := bareVM(t, code...)
			v.cfg.oracle = tc.oracle
			_ = v.mem.WriteBytes(0x3000, k[:])
			v.s.Regs[4] = 0x3000
			for range 3 { // li, SysPreimageKey, li
				if _, err := v.StepWitness(); err != nil {
					t.Fatal(err)
				}
			}
			before := v.StateHash()
			w, err := v.StepWitness()
			if tc.want != "" {
				if err == nil || !errors.Is(err, ErrDataSource) || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("error %v, want ErrDataSource and %q", err, tc.want)
				}
				if v.StateHash() != before {
					t.Fatal("the refused read moved the state")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			post, err := VerifyStep(w)
			if err != nil || !bytes.Equal(post, w.PostState) {
				t.Fatalf("replay: %v", err)
			}
			s := v.State()
			if s.Regs[2] != uint32(first[0])<<24|uint32(first[1])<<16|uint32(first[2])<<8|uint32(first[3]) || s.Regs[3] != 64 {
				t.Fatalf("v0 %#x v1 %d, want the first word of %s and 64", s.Regs[2], s.Regs[3], first)
			}
			w.Preimage.Length = 65
			if _, err := VerifyStep(w); err == nil || !errors.Is(err, ErrWitness) {
				t.Fatalf("a 65-byte node preimage in the witness: %v", err)
			}
		})
	}
}
