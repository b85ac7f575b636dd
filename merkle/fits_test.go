package merkle

import (
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// TestFitsExactly: a tree of height h holds exactly 2^h words. Data or
// leaves that fill it to the last word are accepted by every constructor and
// hash to the textbook root; one byte or one leaf more is refused.
func TestFitsExactly(t *testing.T) {
	for h := 0; h <= 5; h++ {
		t.Run(fmt.Sprint(h), func(t *testing.T) {
			full := randBytes(WordSize<<h, uint64(100+h))
			want := naiveRoot(full, h)
			leaves := make([]Hash, 1<<h)
			for i := range leaves {
				copy(leaves[i][:], full[i*WordSize:])
			}

			tr, err := NewTreeFromBytes(full, h)
			if err != nil {
				t.Fatalf("NewTreeFromBytes(%d bytes, %d): %v", len(full), h, err)
			}
			if tr.Root() != want {
				t.Errorf("NewTreeFromBytes root %s, want %s", tr.Root(), want)
			}
			tl, err := NewTreeFromLeaves(leaves, h)
			if err != nil {
				t.Fatalf("NewTreeFromLeaves(%d leaves, %d): %v", len(leaves), h, err)
			}
			if tl.Root() != want {
				t.Errorf("NewTreeFromLeaves root %s, want %s", tl.Root(), want)
			}
			if got, err := ListRoot(leaves, h); err != nil || got != want {
				t.Errorf("ListRoot = %s, %v; want %s", got, err, want)
			}
			if got, err := RootAt(full, h); err != nil || got != want {
				t.Errorf("RootAt = %s, %v; want %s", got, err, want)
			}
			// The last leaf of a full tree is provable.
			last := uint64(1)<<h - 1
			p, err := Proof(full, h, last, 0)
			if err != nil || !Verify(want, leaves[last], last, p) {
				t.Errorf("proof of the last leaf: %v", err)
			}

			over := append(append([]byte(nil), full...), 1)
			if _, err := NewTreeFromBytes(over, h); err == nil {
				t.Errorf("NewTreeFromBytes accepted %d bytes at height %d", len(over), h)
			}
			if _, err := RootAt(over, h); err == nil {
				t.Errorf("RootAt accepted %d bytes at height %d", len(over), h)
			}
			if _, err := Proof(over, h, 0, 0); err == nil {
				t.Errorf("Proof accepted %d bytes at height %d", len(over), h)
			}
			more := append(append([]Hash(nil), leaves...), Hash{1})
			if _, err := NewTreeFromLeaves(more, h); err == nil {
				t.Errorf("NewTreeFromLeaves accepted %d leaves at height %d", len(more), h)
			}
			if _, err := ListRoot(more, h); err == nil {
				t.Errorf("ListRoot accepted %d leaves at height %d", len(more), h)
			}
			if _, err := ListRoot(append(more, leaves...), h); err == nil {
				t.Errorf("ListRoot accepted %d leaves at height %d", 2*len(more), h)
			}
		})
	}
	// At the greatest height any count fits.
	tr, err := NewTreeFromLeaves([]Hash{{1}, {2}, {3}}, MaxHeight)
	if err != nil {
		t.Fatalf("three leaves at height %d: %v", MaxHeight, err)
	}
	want := Node(Node(Hash{1}, Hash{2}), Node(Hash{3}, Hash{}))
	for l := 2; l < MaxHeight; l++ {
		want = Node(want, Zero(l))
	}
	if tr.Root() != want {
		t.Errorf("root at height %d = %s, want %s", MaxHeight, tr.Root(), want)
	}
}

// TestHashText: a Hash is 0x-prefixed lower-case hex in text and JSON, and
// decodes only from exactly 32 bytes of hex; IsZero is true only for the
// zero word.
func TestHashText(t *testing.T) {
	h := Keccak([]byte("text"))
	b, err := json.Marshal(map[string]Hash{"h": h})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"h":"` + h.Hex() + `"}`; string(b) != want {
		t.Fatalf("json %s, want %s", b, want)
	}
	if !strings.HasPrefix(h.Hex(), "0x") || len(h.Hex()) != 66 || strings.ToLower(h.Hex()) != h.Hex() || h.String() != h.Hex() {
		t.Fatalf("hex %q", h.Hex())
	}
	var back map[string]Hash
	if err := json.Unmarshal(b, &back); err != nil || back["h"] != h {
		t.Fatalf("round trip: %v, %s", err, back["h"])
	}
	var u Hash
	if err := u.UnmarshalText([]byte("0X" + h.Hex()[2:])); err != nil || u != h {
		t.Fatalf("0X prefix: %v", err)
	}
	for _, bad := range []string{"", "0x", h.Hex()[:65], h.Hex() + "0", "0x" + strings.Repeat("zz", 32)} {
		u = Hash{7}
		if err := u.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("UnmarshalText(%q) accepted", bad)
		}
		if u != (Hash{7}) {
			t.Errorf("UnmarshalText(%q) changed the hash on error", bad)
		}
	}
	if !(Hash{}).IsZero() {
		t.Error("zero word is not IsZero")
	}
	for i := range 32 {
		var w Hash
		w[i] = 0x80
		if w.IsZero() {
			t.Errorf("word with byte %d set is IsZero", i)
		}
	}
}

// TestHeightOf: Height is the smallest h with 2^h words ≥ ceil(n/32), and a
// blob adds one word for its length.
func TestHeightOf(t *testing.T) {
	for _, tc := range []struct {
		n    uint64
		h, b int
	}{
		{0, 0, 0}, {1, 0, 1}, {32, 0, 1}, {33, 1, 2}, {64, 1, 2}, {65, 2, 2}, {96, 2, 2}, {97, 2, 3},
		{4096, 7, 8}, {4096 - 32, 7, 7}, {4097, 8, 8}, {1 << 40, 35, 36}, {1<<40 - 32, 35, 35},
	} {
		if got := Height(tc.n); got != tc.h {
			t.Errorf("Height(%d) = %d, want %d", tc.n, got, tc.h)
		}
		if got := BlobHeight(tc.n); got != tc.b {
			t.Errorf("BlobHeight(%d) = %d, want %d", tc.n, got, tc.b)
		}
	}
}

// TestIndexBounds: a proof is asked for a node that exists: at level l of a
// tree of height h the indices are [0, 2^(h-l)), also at height 64, where
// 2^(64-l) does not fit a uint64 for l = 0. (Only the empty tree of height
// 64 is used: its nodes are zero subtrees, nothing is allocated.)
func TestIndexBounds(t *testing.T) {
	data := randBytes(100, 3)
	tall, err := NewTree(MaxHeight)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		err  func() error
		ok   bool
	}{
		{"last leaf", func() error { _, err := Proof(data, 3, 7, 0); return err }, true},
		{"leaf past the end", func() error { _, err := Proof(data, 3, 8, 0); return err }, false},
		{"last node of level 2", func() error { _, err := Proof(data, 3, 1, 2); return err }, true},
		{"node past level 2", func() error { _, err := Proof(data, 3, 2, 2); return err }, false},
		{"root", func() error { _, err := Proof(data, 3, 0, 3); return err }, true},
		{"second root", func() error { _, err := Proof(data, 3, 1, 3); return err }, false},
		{"above the root", func() error { _, err := Proof(data, 3, 0, 4); return err }, false},
		{"level -1", func() error { _, err := Proof(data, 3, 0, -1); return err }, false},
		{"blob word past the end", func() error { _, err := BlobProof(data, 8, 0); return err }, false},
		{"last blob word", func() error { _, err := BlobProof(data, 7, 0); return err }, true},
		{"height 64, last node of level 1", func() error { _, err := tall.Proof(1, 1<<63-1); return err }, true},
		{"height 64, past level 1", func() error { _, err := tall.Proof(1, 1<<63); return err }, false},
		{"height 64, level 63", func() error { _, err := tall.Proof(63, 1); return err }, true},
		{"height 64, past level 63", func() error { _, err := tall.Proof(63, 2); return err }, false},
		{"height 64, second root", func() error { _, err := tall.Proof(64, 1); return err }, false},
		{"height 40, last node of level 30", func() error { _, err := Proof(data, 40, 1023, 30); return err }, true},
		{"height 40, past level 30", func() error { _, err := Proof(data, 40, 1024, 30); return err }, false},
	} {
		if err := tc.err(); (err == nil) != tc.ok {
			t.Errorf("%s: err %v, want ok %v", tc.name, err, tc.ok)
		}
	}
	// The proofs that are given verify, with the index at its limit.
	root, _ := RootAt(data, 3)
	p, _ := Proof(data, 3, 1, 2)
	right, _ := RootAt(nil, 2)
	if !Verify(root, right, 1, p) || Verify(root, right, 2, p) {
		t.Error("the level-2 node 1 does not verify at index 1 only")
	}
	lp, err := tall.Proof(0, 1<<64-1)
	if err != nil || len(lp) != MaxHeight || !Verify(tall.Root(), Hash{}, 1<<64-1, lp) {
		t.Errorf("last leaf of a tree of height 64 does not verify: %v", err)
	}
}

// TestAccumulatorFull: an append past the capacity is refused with an error
// that says so, and changes neither the length nor the root, at every small
// capacity (also 2^0 = 1).
func TestAccumulatorFull(t *testing.T) {
	for h := 0; h <= 3; h++ {
		acc, err := NewAccumulator(h)
		if err != nil {
			t.Fatal(err)
		}
		for i := range 1 << h {
			if _, err := acc.Append(Hash{byte(i + 1)}); err != nil {
				t.Fatalf("height %d: append %d: %v", h, i, err)
			}
		}
		root := acc.Root()
		_, err = acc.Append(Hash{0xff})
		if err == nil || !strings.Contains(err.Error(), "accumulator full") {
			t.Errorf("height %d: append past the capacity: %v, want an accumulator-full error", h, err)
		}
		if acc.Len() != 1<<h || acc.Root() != root {
			t.Errorf("height %d: the refused append changed the accumulator (len %d)", h, acc.Len())
		}
	}
}

// TestFilledTall: a filled list may be as tall as any tree (height 64, 2^64
// entries, computed in O(height)); one more is refused.
func TestFilledTall(t *testing.T) {
	x := Keccak([]byte("the last entry"))
	want := x
	for range MaxHeight {
		want = Node(want, want)
	}
	got, err := FilledRoot([]Hash{x}, MaxHeight)
	if err != nil || got != want {
		t.Fatalf("FilledRoot of one entry at height %d = %s, %v; want %s", MaxHeight, got, err, want)
	}
	p, err := FilledProof([]Hash{x}, MaxHeight, 1<<64-1)
	if err != nil || len(p) != MaxHeight || RootFromProof(x, 1<<64-1, p) != want {
		t.Fatalf("proof of the last of 2^64 entries: %v", err)
	}
	if _, err := FilledRoot([]Hash{x}, MaxHeight+1); err == nil {
		t.Fatalf("FilledRoot accepted height %d", MaxHeight+1)
	}
	if _, err := FilledRoot([]Hash{x}, -1); err == nil {
		t.Fatal("FilledRoot accepted height -1")
	}
}

// TestParallelRootPads: a stream hashed in parallel (at least 2^14 words)
// and padded to a taller tree gets the zero subtrees above its data.
func TestParallelRootPads(t *testing.T) {
	data := randBytes(WordSize<<14, 21)
	prev := runtime.GOMAXPROCS(2)
	defer runtime.GOMAXPROCS(prev)
	for _, h := range []int{14, 15, 16} {
		got, err := RootAt(data, h)
		if err != nil {
			t.Fatal(err)
		}
		if want := naiveRoot(data, h); got != want {
			t.Errorf("RootAt(2^14 words, %d) = %s, want %s", h, got, want)
		}
	}
}

// TestProofTallStream: the stream proof of a short blob in a tree of height
// 64 (word indices near 2^63, whose byte offsets wrap in uint64) is an error
// or a proof that verifies, never a panic.
func TestProofTallStream(t *testing.T) {
	data := []byte("a short blob in the tallest tree")
	root, err := RootAt(data, 64)
	if err != nil {
		t.Fatal(err)
	}
	low, err := RootAt(data, 48)
	if err != nil {
		t.Fatal(err)
	}
	up := make([]Hash, 16)
	for i := range up {
		up[i] = Zero(48 + i)
	}
	if want := RootFromProof(low, 0, up); root != want {
		t.Fatalf("root at height 64 %s, want the height-48 root folded up with zero subtrees %s", root, want)
	}
	var leaf Hash
	copy(leaf[:], data)
	for _, index := range []uint64{0, 1, 1 << 62, 1<<63 - 1, 1 << 63, 1<<64 - 1} {
		p, err := Proof(data, 64, index, 0)
		if err != nil {
			t.Fatalf("proof of leaf %d: %v", index, err)
		}
		want := Hash{}
		if index == 0 {
			want = leaf
		}
		if !Verify(root, want, index, p) {
			t.Errorf("leaf %d: the proof does not verify against the root", index)
		}
	}
}
