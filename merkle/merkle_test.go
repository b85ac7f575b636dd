package merkle

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"

	"golang.org/x/crypto/sha3"
)

// naiveKeccak uses an independent keccak implementation (x/crypto) so the
// reference does not share code with the tree under test.
func naiveKeccak(b []byte) Hash {
	h := sha3.NewLegacyKeccak256()
	h.Write(b)
	var out Hash
	copy(out[:], h.Sum(nil))
	return out
}

// naiveRoot is the textbook recursive definition: pad the bytes to 2^h
// words, a leaf is its word, a node is keccak(left||right).
func naiveRoot(data []byte, h int) Hash {
	size := WordSize << h
	padded := make([]byte, size)
	copy(padded, data)
	var rec func(b []byte) Hash
	rec = func(b []byte) Hash {
		if len(b) == WordSize {
			var w Hash
			copy(w[:], b)
			return w
		}
		l, r := rec(b[:len(b)/2]), rec(b[len(b)/2:])
		return naiveKeccak(append(l[:], r[:]...))
	}
	return rec(padded)
}

func naiveHeight(n int) int {
	h := 0
	for WordSize<<h < n {
		h++
	}
	return h
}

func randBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 7))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

var sizes = []int{0, 1, 31, 32, 33, 64, 65, 4096, 1<<20 + 5}

func TestRootMatchesNaive(t *testing.T) {
	for _, n := range sizes {
		data := randBytes(n, uint64(n))
		h := naiveHeight(n)
		if got := Height(uint64(n)); got != h {
			t.Fatalf("Height(%d) = %d, want %d", n, got, h)
		}
		want := naiveRoot(data, h)
		for _, procs := range []int{1, 2, 8} {
			prev := runtime.GOMAXPROCS(procs)
			got := Root(data)
			runtime.GOMAXPROCS(prev)
			if got != want {
				t.Errorf("Root(%d bytes) GOMAXPROCS=%d = %s, want %s", n, procs, got, want)
			}
		}
		// A blob is its length word followed by its bytes.
		var lw [32]byte
		binary.BigEndian.PutUint64(lw[24:], uint64(n))
		blob := append(lw[:], data...)
		if got, want := BlobRoot(data), naiveRoot(blob, naiveHeight(len(blob))); got != want {
			t.Errorf("BlobRoot(%d bytes) = %s, want %s", n, got, want)
		}
		if !bytes.Equal(BlobBytes(data), blob) {
			t.Errorf("BlobBytes(%d bytes) differs from length word + data", n)
		}
	}
}

func TestRootAtPadsWithZeroSubtrees(t *testing.T) {
	data := randBytes(100, 1)
	for h := 2; h <= 12; h++ {
		got, err := RootAt(data, h)
		if err != nil {
			t.Fatal(err)
		}
		if want := naiveRoot(data, h); got != want {
			t.Errorf("RootAt(100 bytes, %d) = %s, want %s", h, got, want)
		}
	}
	if _, err := RootAt(data, 1); err == nil {
		t.Error("RootAt accepted 100 bytes in a tree of 64 bytes")
	}
	// A large sparse tree (4 GiB of address space) costs nothing to pad.
	big, err := RootAt(data, 27)
	if err != nil {
		t.Fatal(err)
	}
	small, _ := RootAt(data, 2)
	want := small
	for l := 2; l < 27; l++ {
		want = Node(want, Zero(l))
	}
	if big != want {
		t.Errorf("RootAt(height 27) = %s, want %s", big, want)
	}
}

func TestZeroTable(t *testing.T) {
	for h := 1; h <= MaxHeight; h++ {
		if want := naiveKeccak(append(zeros[h-1][:], zeros[h-1][:]...)); zeros[h] != want {
			t.Errorf("Z[%d] = %s, want %s", h, zeros[h], want)
		}
	}
}

func TestZero(t *testing.T) {
	if Zero(0) != (Hash{}) {
		t.Fatal("Z[0] is not the zero word")
	}
	for h := 1; h <= 10; h++ {
		if got, want := Zero(h), naiveRoot(nil, h); got != want {
			t.Errorf("Z[%d] = %s, want %s", h, got, want)
		}
	}
	// The length word makes every non-empty blob differ from a zero region
	// and from the same bytes with trailing zeros. The empty blob is the one
	// all-zero blob: its root is Z[0].
	if BlobRoot(nil) != Zero(0) {
		t.Error("the empty blob's root is not Z[0]")
	}
	for _, b := range [][]byte{{0}, {0, 0}, make([]byte, 32), make([]byte, 33)} {
		r := BlobRoot(b)
		for h := 0; h <= 8; h++ {
			if r == Zero(h) {
				t.Errorf("blob of %d zero bytes has root Z[%d]", len(b), h)
			}
		}
	}
	if BlobRoot([]byte{0}) == BlobRoot([]byte{0, 0}) {
		t.Error("blob roots do not commit to the length")
	}
}

func TestProofs(t *testing.T) {
	data := randBytes(5000, 3)
	h := Height(uint64(len(data)))
	root := Root(data)
	for sub := 0; sub <= h; sub++ {
		n := uint64(1) << (h - sub)
		for idx := uint64(0); idx < n; idx += 1 + n/7 {
			p, err := Proof(data, h, idx, sub)
			if err != nil {
				t.Fatal(err)
			}
			if len(p) != h-sub {
				t.Fatalf("proof length %d, want %d", len(p), h-sub)
			}
			// The subtree root of the aligned region.
			size := WordSize << sub
			start := int(idx) * size
			var region []byte
			if start < len(data) {
				region = data[start:min(start+size, len(data))]
			}
			subRoot, _ := RootAt(region, sub)
			if !Verify(root, subRoot, idx, p) {
				t.Errorf("subtree h=%d idx=%d does not verify", sub, idx)
			}
			// An index with a bit at or above the proof's length names no
			// node of the tree, though the fold ignores those bits.
			for _, past := range []uint64{idx | 1<<len(p), idx | 1<<(len(p)+3), idx | 1<<63} {
				if Verify(root, subRoot, past, p) {
					t.Errorf("subtree h=%d idx=%d verifies at index %#x, past the proof of length %d", sub, idx, past, len(p))
				}
			}
			bad := subRoot
			bad[0] ^= 1
			if Verify(root, bad, idx, p) {
				t.Errorf("tampered subtree h=%d idx=%d verifies", sub, idx)
			}
			if len(p) > 0 && Verify(root, subRoot, idx^1, p) && subRoot != mustProofSibling(p) {
				t.Errorf("subtree h=%d verifies at the wrong index", sub)
			}
		}
	}
	if _, err := Proof(data, h, 1<<h, 0); err == nil {
		t.Error("proof of an index outside the tree was accepted")
	}
	if Verify(root, Hash{}, 1<<20, make([]Hash, 3)) {
		t.Error("Verify accepted an index that does not fit the proof")
	}
}

func mustProofSibling(p []Hash) Hash { return p[0] }

func TestBlobProof(t *testing.T) {
	data := randBytes(1000, 9)
	root := BlobRoot(data)
	blob := BlobBytes(data)
	h := BlobHeight(uint64(len(data)))
	for i := uint64(0); i < uint64(1)<<h; i++ {
		p, err := BlobProof(data, i, 0)
		if err != nil {
			t.Fatal(err)
		}
		var w Hash
		if int(i)*WordSize < len(blob) {
			copy(w[:], blob[i*WordSize:])
		}
		if !Verify(root, w, i, p) {
			t.Fatalf("blob word %d does not verify", i)
		}
	}
}

func TestTreeUpdates(t *testing.T) {
	const h = 8
	data := randBytes(3000, 5)
	tr, err := NewTreeFromBytes(data, h)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := RootAt(data, h)
	if tr.Root() != want {
		t.Fatalf("tree root %s, want %s", tr.Root(), want)
	}
	r := rand.New(rand.NewPCG(1, 2))
	buf := make([]byte, WordSize<<h)
	copy(buf, data)
	for range 200 {
		i := r.Uint64N(1 << h)
		var w Hash
		for j := range w {
			w[j] = byte(r.Uint32())
		}
		if err := tr.SetLeaf(i, w); err != nil {
			t.Fatal(err)
		}
		copy(buf[i*WordSize:], w[:])
		p, err := tr.Proof(0, i)
		if err != nil {
			t.Fatal(err)
		}
		if !Verify(tr.Root(), w, i, p) {
			t.Fatalf("leaf %d does not verify after update", i)
		}
	}
	if got := naiveRoot(buf, h); tr.Root() != got {
		t.Fatalf("root after updates %s, want %s", tr.Root(), got)
	}
	if err := tr.SetLeaf(1<<h, Hash{}); err == nil {
		t.Error("SetLeaf outside the tree was accepted")
	}
	if _, err := NewTreeFromBytes(make([]byte, 33), 0); err == nil {
		t.Error("NewTreeFromBytes accepted 33 bytes in a one-word tree")
	}
}

func TestAccumulator(t *testing.T) {
	const h = 4
	acc, err := NewAccumulator(h)
	if err != nil {
		t.Fatal(err)
	}
	if acc.Root() != Zero(h) {
		t.Fatal("A_0 is not the empty list")
	}
	var outs []Hash
	prev := acc.Root()
	for i := range 1 << h {
		out := Keccak([]byte(fmt.Sprint("out", i)))
		// The guest's path: extend A_{i} from its root and a proof of the free slot.
		p, err := acc.Proof(uint64(i))
		if err != nil {
			t.Fatal(err)
		}
		viaProof, err := AppendWithProof(prev, uint64(i), out, p)
		if err != nil {
			t.Fatalf("append %d with proof: %v", i, err)
		}
		got, err := acc.Append(out)
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, out)
		want, _ := ListRoot(outs, h)
		if got != want || viaProof != want {
			t.Fatalf("A_%d = %s (via proof %s), want %s", i+1, got, viaProof, want)
		}
		// Every earlier entry is provable against A_i.
		for j := range outs {
			pj, _ := acc.Proof(uint64(j))
			if !Verify(got, outs[j], uint64(j), pj) {
				t.Fatalf("out_%d not provable against A_%d", j+1, i+1)
			}
		}
		prev = got
	}
	if _, err := acc.Append(Hash{1}); err == nil {
		t.Error("append to a full accumulator was accepted")
	}
	if acc.Len() != 1<<h {
		t.Errorf("Len = %d", acc.Len())
	}
}

func TestAppendWithProofRejects(t *testing.T) {
	acc, _ := NewAccumulator(3)
	for i := range 3 {
		acc.Append(Hash{byte(i + 1)})
	}
	root := acc.Root()
	// Slot 1 is taken: a proof for it must not pass as an empty slot.
	p1, _ := acc.Proof(1)
	if _, err := AppendWithProof(root, 1, Hash{9}, p1); err == nil {
		t.Error("append over a used slot was accepted")
	}
	// Skipping ahead: slot 5 and everything right of it is empty, so the
	// proof holds, but slots 3 and 4 stay empty too. A proof cannot show
	// that the slots left of j are used (their subtree is one opaque
	// sibling), so the index is the caller's: the guest passes its op index.
	// The result is exactly the list with the hole, never a list that drops
	// or moves an earlier entry.
	p5, _ := acc.Proof(5)
	got5, err := AppendWithProof(root, 5, Hash{9}, p5)
	if err != nil {
		t.Fatalf("append at 5 (slots 5… empty) refused: %v", err)
	}
	if want, _ := ListRoot([]Hash{{1}, {2}, {3}, {}, {}, {9}}, 3); got5 != want {
		t.Fatalf("append at 5 = %s, want the root of the list with slots 3 and 4 empty %s", got5, want)
	}
	// Slot 2 is used and slot 3 right of it too: refused either way.
	p2, _ := acc.Proof(2)
	if _, err := AppendWithProof(root, 2, Hash{9}, p2); err == nil {
		t.Error("append over the last used slot was accepted")
	}
	// A proof that shows slot 0 empty in another list, with a used slot to
	// its right (a non-zero right sibling), is refused.
	other, _ := ListRoot([]Hash{{}, {7}}, 3)
	p0 := []Hash{{7}, zeros[1], zeros[2]}
	if _, err := AppendWithProof(other, 0, Hash{9}, p0); err == nil {
		t.Error("append with a used slot to the right was accepted")
	}
	p3, _ := acc.Proof(3)
	if _, err := AppendWithProof(root, 3, Hash{9}, p3); err != nil {
		t.Errorf("append at the free slot failed: %v", err)
	}
	bad := append([]Hash(nil), p3...)
	bad[0][0] ^= 1
	if _, err := AppendWithProof(root, 3, Hash{9}, bad); err == nil {
		t.Error("append with a forged proof was accepted")
	}
}

func TestParseHash(t *testing.T) {
	h := Keccak([]byte("x"))
	for _, s := range []string{h.Hex(), h.Hex()[2:]} {
		got, err := ParseHash(s)
		if err != nil || got != h {
			t.Errorf("ParseHash(%q) = %s, %v", s, got, err)
		}
	}
	for _, s := range []string{"", "0x", "0x12", h.Hex() + "00", "0x" + string(bytes.Repeat([]byte("g"), 64))} {
		if _, err := ParseHash(s); err == nil {
			t.Errorf("ParseHash(%q) accepted", s)
		}
	}
}

func FuzzParseHash(f *testing.F) {
	f.Add("0x" + string(bytes.Repeat([]byte("ab"), 32)))
	f.Add("zz")
	f.Fuzz(func(t *testing.T, s string) {
		h, err := ParseHash(s)
		if err != nil {
			return
		}
		back, err := ParseHash(h.Hex())
		if err != nil || back != h {
			t.Fatalf("round trip of %q failed", s)
		}
	})
}

func BenchmarkRoot1MiB(b *testing.B)   { benchRoot(b, 1<<20) }
func BenchmarkRoot256MiB(b *testing.B) { benchRoot(b, 256<<20) }

func benchRoot(b *testing.B, n int) {
	data := randBytes(n, 1)
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		Root(data)
	}
}

func BenchmarkAccumulatorAppend(b *testing.B) {
	acc, _ := NewAccumulator(20)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if acc.Len() == 1<<20 {
			acc, _ = NewAccumulator(20)
		}
		acc.Append(Hash{byte(i)})
	}
}

func TestFilledList(t *testing.T) {
	for _, tc := range []struct{ n, h int }{{1, 0}, {1, 3}, {3, 2}, {4, 2}, {5, 4}, {16, 4}, {7, 5}} {
		list := make([]Hash, tc.n)
		for i := range list {
			list[i] = Keccak([]byte{byte(i), byte(tc.h)})
		}
		full := make([]Hash, 1<<tc.h)
		for i := range full {
			full[i] = list[min(i, tc.n-1)]
		}
		want, err := ListRoot(full, tc.h)
		if err != nil {
			t.Fatal(err)
		}
		got, err := FilledRoot(list, tc.h)
		if err != nil || got != want {
			t.Fatalf("n=%d h=%d: FilledRoot %s, %v; want %s", tc.n, tc.h, got, err, want)
		}
		for i := range full {
			p, err := FilledProof(list, tc.h, uint64(i))
			if err != nil || RootFromProof(full[i], uint64(i), p) != want {
				t.Fatalf("n=%d h=%d: proof of entry %d does not give the root (%v)", tc.n, tc.h, i, err)
			}
		}
	}
	if _, err := FilledRoot(nil, 3); err == nil {
		t.Fatal("empty list accepted")
	}
	if _, err := FilledRoot(make([]Hash, 5), 2); err == nil {
		t.Fatal("5 entries accepted at height 2")
	}
	if _, err := FilledProof(make([]Hash, 2), 2, 4); err == nil {
		t.Fatal("proof of entry 4 at height 2")
	}
}

// TestHeightBounds: every height and index limit holds exactly at its
// boundary (the values just inside are accepted, just outside refused).
func TestHeightBounds(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  func() error
		ok   bool
	}{
		{"accumulator 0", func() error { _, err := NewAccumulator(0); return err }, true},
		{"accumulator 48", func() error { _, err := NewAccumulator(48); return err }, true},
		{"accumulator 49", func() error { _, err := NewAccumulator(49); return err }, false},
		{"accumulator -1", func() error { _, err := NewAccumulator(-1); return err }, false},
		{"tree 0", func() error { _, err := NewTree(0); return err }, true},
		{"tree 64", func() error { _, err := NewTree(MaxHeight); return err }, true},
		{"tree 65", func() error { _, err := NewTree(MaxHeight + 1); return err }, false},
		{"tree -1", func() error { _, err := NewTree(-1); return err }, false},
		{"proof at the top level", func() error { tr, _ := NewTree(3); _, err := tr.Proof(3, 0); return err }, true},
		{"proof above the top", func() error { tr, _ := NewTree(3); _, err := tr.Proof(4, 0); return err }, false},
		{"proof at level 0", func() error { tr, _ := NewTree(3); _, err := tr.Proof(0, 7); return err }, true},
		{"proof at level -1", func() error { tr, _ := NewTree(3); _, err := tr.Proof(-1, 0); return err }, false},
		{"last leaf", func() error { tr, _ := NewTree(3); return tr.SetLeaf(7, Hash{1}) }, true},
		{"leaf past the end", func() error { tr, _ := NewTree(3); return tr.SetLeaf(8, Hash{1}) }, false},
		{"last node of level 2", func() error { tr, _ := NewTree(3); _, err := tr.Proof(2, 1); return err }, true},
		{"node past level 2", func() error { tr, _ := NewTree(3); _, err := tr.Proof(2, 2); return err }, false},
	} {
		if err := tc.err(); (err == nil) != tc.ok {
			t.Errorf("%s: err %v, want ok %v", tc.name, err, tc.ok)
		}
	}
	for _, h := range []int{0, MaxHeight} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("Zero(%d) panics: %v", h, r)
				}
			}()
			Zero(h)
		}()
	}
	for _, h := range []int{-1, MaxHeight + 1} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Zero(%d) does not panic", h)
				}
			}()
			Zero(h)
		}()
	}
}
