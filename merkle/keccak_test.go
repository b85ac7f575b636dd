package merkle

import (
	"bytes"
	"fmt"
	"runtime"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// withWays runs f with vectorWays set to w, restoring it afterwards.
func withWays(t testing.TB, w int, f func()) {
	t.Helper()
	prev := vectorWays
	vectorWays = w
	defer func() { vectorWays = prev }()
	f()
}

func TestNodesMatchKeccak256(t *testing.T) {
	inputs := map[string]func(n int) []byte{
		"zeros":  func(n int) []byte { return make([]byte, 64*n) },
		"ones":   func(n int) []byte { return bytes.Repeat([]byte{0xff}, 64*n) },
		"random": func(n int) []byte { return randBytes(64*n, uint64(n)+99) },
	}
	for _, w := range supportedWays() {
		for name, gen := range inputs {
			for n := 0; n <= 17; n++ {
				for _, off := range []int{0, 1, 7} {
					buf := make([]byte, off+64*n)
					copy(buf[off:], gen(n))
					src := buf[off:]
					got := make([]Hash, n)
					withWays(t, w, func() { newState().nodes(got, src) })
					for i := range got {
						want := crypto.Keccak256Hash(src[64*i : 64*i+64])
						if got[i] != Hash(want) {
							t.Fatalf("ways %d, %s, n=%d, offset %d: node %d = %s, want %s", w, name, n, off, i, got[i], Hash(want))
						}
					}
				}
			}
		}
	}
}

func BenchmarkNode64(b *testing.B) {
	const n = 1024
	src := randBytes(64*n, 5)
	dst := make([]Hash, n)
	for _, w := range supportedWays() {
		b.Run(fmt.Sprintf("ways=%d", w), func(b *testing.B) {
			withWays(b, w, func() {
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
				k := newState()
				b.SetBytes(64 * n)
				c0 := threadCPU()
				for b.Loop() {
					k.nodes(dst, src)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/node")
				if c := threadCPU() - c0; c > 0 {
					b.ReportMetric(float64(c.Nanoseconds())/float64(b.N*n), "cpu_ns/node")
				}
			})
		})
	}
}

// pathSizes are stream lengths around the places where the hashing of a
// level changes hands: a pass of 8 or 4 nodes and the padded last pass, the
// head's pair and a partial last pair, blocks of 2^blockHeight words, and
// the parallel split (2^14 words).
var pathSizes = []int{
	0, 1, 31, 32, 33, 63, 64, 65, 96, 127, 128, 129, 64*3 - 1, 64 * 4, 64*7 + 32, 64 * 8, 64*8 + 1,
	64*9 + 31, 64 * 16, 64*17 + 5, 1000, 4064, 4096, 4097, 32<<10 - 32, 32 << 10, 32<<10 + 32,
	5632*4 + 8, 32000*4 + 8, 1<<20 + 5,
}

// TestRootsEqualOnEveryPath: roots, blob roots, padded roots, proofs and
// trees are the same with the vector path on (each width this processor
// has) and forced off, on aligned and unaligned slices; up to 64 KiB they
// also equal the textbook definition over x/crypto's keccak.
func TestRootsEqualOnEveryPath(t *testing.T) {
	type result struct {
		root, blob, at, tree Hash
		proof, blobProof     []Hash
	}
	compute := func(data []byte) result {
		var r result
		h := Height(uint64(len(data)))
		r.root = Root(data)
		r.blob = BlobRoot(data)
		var err error
		if r.at, err = RootAt(data, h+2); err != nil {
			t.Fatal(err)
		}
		tr, err := NewTreeFromBytes(data, h+1)
		if err != nil {
			t.Fatal(err)
		}
		r.tree = tr.Root()
		leaf := uint64(len(data)/WordSize) / 2
		if r.proof, err = Proof(data, h+1, leaf, 0); err != nil {
			t.Fatal(err)
		}
		sub := min(1, BlobHeight(uint64(len(data))))
		if r.blobProof, err = BlobProof(data, leaf>>sub, sub); err != nil {
			t.Fatal(err)
		}
		return r
	}
	for _, procs := range []int{1, 2} {
		prev := runtime.GOMAXPROCS(procs)
		for _, n := range pathSizes {
			for _, off := range []int{0, 3} {
				buf := randBytes(off+n, uint64(n+off))
				data := buf[off:]
				var want result
				withWays(t, 0, func() { want = compute(data) })
				if n <= 64<<10 {
					if naive := naiveRoot(data, Height(uint64(n))); want.root != naive {
						t.Fatalf("portable Root(%d bytes) = %s, want %s", n, want.root, naive)
					}
					blob := BlobBytes(data)
					if naive := naiveRoot(blob, Height(uint64(len(blob)))); want.blob != naive {
						t.Fatalf("portable BlobRoot(%d bytes) = %s, want %s", n, want.blob, naive)
					}
				}
				for _, w := range supportedWays()[1:] {
					var got result
					withWays(t, w, func() { got = compute(data) })
					if got.root != want.root || got.blob != want.blob || got.at != want.at || got.tree != want.tree {
						t.Errorf("GOMAXPROCS %d, %d bytes at offset %d, ways %d: roots %s %s %s %s, portable %s %s %s %s",
							procs, n, off, w, got.root, got.blob, got.at, got.tree, want.root, want.blob, want.at, want.tree)
					}
					if fmt.Sprint(got.proof, got.blobProof) != fmt.Sprint(want.proof, want.blobProof) {
						t.Errorf("GOMAXPROCS %d, %d bytes at offset %d, ways %d: proofs differ from the portable path", procs, n, off, w)
					}
				}
			}
		}
		runtime.GOMAXPROCS(prev)
	}
}

// TestListRootEveryPath: a tree built from leaves (ListRoot) is the same on
// every path, for lists of every length up to 40 in a tree of height 6.
func TestListRootEveryPath(t *testing.T) {
	leaves := make([]Hash, 40)
	for i := range leaves {
		leaves[i] = Keccak([]byte{byte(i)})
	}
	for n := 0; n <= len(leaves); n++ {
		var want Hash
		withWays(t, 0, func() {
			var err error
			if want, err = ListRoot(leaves[:n], 6); err != nil {
				t.Fatal(err)
			}
		})
		words := make([]byte, 0, n*WordSize)
		for _, l := range leaves[:n] {
			words = append(words, l[:]...)
		}
		if naive := naiveRoot(words, 6); want != naive {
			t.Fatalf("portable ListRoot of %d leaves = %s, want %s", n, want, naive)
		}
		for _, w := range supportedWays()[1:] {
			withWays(t, w, func() {
				got, err := ListRoot(leaves[:n], 6)
				if err != nil || got != want {
					t.Errorf("ways %d: ListRoot of %d leaves = %s, %v; want %s", w, n, got, err, want)
				}
			})
		}
	}
}

// FuzzRootPaths: for any bytes, the vector path's nodes equal go-ethereum's
// keccak256 and its roots equal the portable path's.
func FuzzRootPaths(f *testing.F) {
	f.Add([]byte{}, uint8(0))
	f.Add(bytes.Repeat([]byte{0xff}, 64*9), uint8(1))
	f.Add(randBytes(64*17+3, 3), uint8(5))
	f.Fuzz(func(t *testing.T, data []byte, off uint8) {
		if int(off) > len(data) {
			off = 0
		}
		data = data[off:]
		var want, wantBlob Hash
		withWays(t, 0, func() { want, wantBlob = Root(data), BlobRoot(data) })
		for _, w := range supportedWays()[1:] {
			withWays(t, w, func() {
				if got := Root(data); got != want {
					t.Fatalf("ways %d: Root = %s, portable %s", w, got, want)
				}
				if got := BlobRoot(data); got != wantBlob {
					t.Fatalf("ways %d: BlobRoot = %s, portable %s", w, got, wantBlob)
				}
				src := data[:len(data)/64*64]
				out := make([]Hash, len(src)/64)
				newState().nodes(out, src)
				for i := range out {
					if ref := Hash(crypto.Keccak256Hash(src[64*i : 64*i+64])); out[i] != ref {
						t.Fatalf("ways %d: node %d of %d = %s, keccak256 %s", w, i, len(out), out[i], ref)
					}
				}
			})
		}
	})
}

// BenchmarkBlobRoot hashes blobs of the sizes of a text model's op outputs
// (a stories15M row, a TinyLlama FFN row, a 32,000-token logits row) and a
// large one, on every path.
func BenchmarkBlobRoot(b *testing.B) {
	for _, n := range []int{288*4 + 8, 5632*4 + 8, 32000*4 + 8, 4 << 20} {
		data := randBytes(n, 9)
		for _, w := range supportedWays() {
			b.Run(fmt.Sprintf("bytes=%d/ways=%d", n, w), func(b *testing.B) {
				withWays(b, w, func() {
					prev := runtime.GOMAXPROCS(1) // one thread, whose CPU time is read
					defer runtime.GOMAXPROCS(prev)
					runtime.LockOSThread()
					defer runtime.UnlockOSThread()
					b.SetBytes(int64(n))
					c0 := threadCPU()
					for b.Loop() {
						BlobRoot(data)
					}
					if c := threadCPU() - c0; c > 0 {
						b.ReportMetric(float64(n)*float64(b.N)/c.Seconds()/(1<<20), "cpu_MiB/s")
					}
				})
			})
		}
	}
}

// TestAppendAllEqualsAppend: AppendAll gives the roots and the final state
// of one Append per entry, from empty and non-empty accumulators, for batch
// sizes around the width of a pass and the chunk of 1024 paths, on every
// path; a batch that does not fit is refused and appends nothing.
func TestAppendAllEqualsAppend(t *testing.T) {
	entries := make([]Hash, 2101)
	for i := range entries {
		entries[i] = Keccak([]byte{byte(i), byte(i >> 8), 1})
	}
	cases := []struct{ height, before, n int }{
		{0, 0, 1}, {1, 0, 2}, {1, 1, 1}, {3, 0, 8}, {3, 3, 5}, {4, 5, 9}, {6, 0, 17}, {6, 13, 40},
		{12, 0, 1024}, {12, 7, 1025}, {12, 100, 2000}, {20, 3, 2097},
	}
	for _, w := range supportedWays() {
		for _, c := range cases {
			seq, _ := NewAccumulator(c.height)
			batch, _ := NewAccumulator(c.height)
			var want []Hash
			for i := 0; i < c.before+c.n; i++ {
				r, err := seq.Append(entries[i])
				if err != nil {
					t.Fatal(err)
				}
				if i < c.before {
					if _, err := batch.Append(entries[i]); err != nil {
						t.Fatal(err)
					}
				} else {
					want = append(want, r)
				}
			}
			var got []Hash
			withWays(t, w, func() {
				var err error
				if got, err = batch.AppendAll(entries[c.before : c.before+c.n]); err != nil {
					t.Fatalf("ways %d, %+v: %v", w, c, err)
				}
			})
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("ways %d, %+v: AppendAll roots differ from Append's", w, c)
			}
			if batch.Len() != seq.Len() || batch.Root() != seq.Root() {
				t.Fatalf("ways %d, %+v: after AppendAll Len %d root %s, after Append %d %s", w, c, batch.Len(), batch.Root(), seq.Len(), seq.Root())
			}
			// The state is an accumulator's: the next Append and a proof agree.
			if uint64(c.before+c.n) < uint64(1)<<c.height {
				a1, _ := seq.Append(entries[c.before+c.n])
				a2, _ := batch.Append(entries[c.before+c.n])
				if a1 != a2 {
					t.Fatalf("ways %d, %+v: the Append after AppendAll gives %s, want %s", w, c, a2, a1)
				}
			}
			p1, _ := seq.Proof(0)
			p2, _ := batch.Proof(0)
			if fmt.Sprint(p1) != fmt.Sprint(p2) {
				t.Fatalf("ways %d, %+v: proofs of entry 0 differ", w, c)
			}
		}
	}
	acc, _ := NewAccumulator(3)
	if _, err := acc.AppendAll(entries[:5]); err != nil {
		t.Fatal(err)
	}
	root := acc.Root()
	if _, err := acc.AppendAll(entries[:4]); err == nil {
		t.Error("AppendAll put 4 entries after 5 in a capacity of 8")
	}
	if acc.Len() != 5 || acc.Root() != root {
		t.Errorf("a refused AppendAll changed the accumulator: Len %d", acc.Len())
	}
	if got, err := acc.AppendAll(nil); err != nil || len(got) != 0 || acc.Root() != root {
		t.Errorf("AppendAll(nil) = %v, %v", got, err)
	}
}

// BenchmarkAppendAll appends a TinyLlama trace of 48 positions (202 ops
// each) into a height-14 accumulator, one Append per entry against AppendAll.
func BenchmarkAppendAll(b *testing.B) {
	entries := make([]Hash, 48*202)
	for i := range entries {
		entries[i] = Keccak([]byte{byte(i), byte(i >> 8)})
	}
	b.Run("Append", func(b *testing.B) {
		for b.Loop() {
			acc, _ := NewAccumulator(14)
			for _, e := range entries {
				acc.Append(e)
			}
		}
	})
	b.Run("AppendAll", func(b *testing.B) {
		for b.Loop() {
			acc, _ := NewAccumulator(14)
			acc.AppendAll(entries)
		}
	})
}
