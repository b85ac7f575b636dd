package p2p

import (
	"context"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/vm"
)

// TestPageSource: pages served from blocks fetched over bitswap equal the
// in-memory reference source of the vm package, and every page verifies
// against the blob root.
func TestPageSource(t *testing.T) {
	seeder := newTestNode(t)
	reader := newTestNode(t, WithBootstrapPeers(seeder.AddrInfo()))
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	rng := rand.NewChaCha8([32]byte{4})
	tests := []struct {
		name      string
		size      int
		chunkSize int
	}{
		{"tiny blob", 100, 64 << 10},
		{"one page", vm.PageSize - 32, 64 << 10},
		{"inside one chunk", 50_000, 64 << 10},
		{"exactly one chunk", 64<<10 - 32, 64 << 10},
		{"chunks and a tail", 5*(64<<10) + 1000, 64 << 10},
		{"mebibyte chunks", 2*MaxBlockSize + 12345, MaxBlockSize},
		{"page-size chunks", 9*vm.PageSize + 7, vm.PageSize},
	}
	ref := vm.NewMemSource()
	layouts := map[merkle.Hash]BlobLayout{}
	src := NewPageSource(reader.Blocks, MapResolver(layouts), 2)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := make([]byte, tt.size)
			rng.Read(data)
			root, l, err := seeder.Blocks.AddBlob(ctx, data, tt.chunkSize)
			if err != nil {
				t.Fatal(err)
			}
			refRoot, refHeight := ref.Add(data)
			if root != refRoot || l.Height != refHeight {
				t.Fatalf("root/height %s/%d, reference %s/%d", root, l.Height, refRoot, refHeight)
			}
			layouts[root] = l
			stream := uint64(len(data) + 32)
			pages := uint64(1)
			if l.Height > pageHeight {
				pages = 1 << (l.Height - pageHeight)
			}
			for p := range pages {
				got, proof, err := src.Page(ctx, root, l.Height, p)
				if err != nil {
					t.Fatalf("page %d: %v", p, err)
				}
				pr, _ := merkle.RootAt(got, min(pageHeight, l.Height))
				if l.Height >= pageHeight && !merkle.Verify(root, pr, p, proof) {
					t.Fatalf("page %d does not verify against the root", p)
				}
				if l.Height < pageHeight && pr != root {
					t.Fatalf("small blob page root %s, want %s", pr, root)
				}
				if p%61 != 0 && p != pages-1 && pages > 64 {
					continue // the reference hashes the whole blob per page: sample it
				}
				if p*vm.PageSize >= stream {
					if len(got) != 0 {
						t.Fatalf("page %d past the end has %d bytes", p, len(got))
					}
					continue
				}
				want, wantProof, err := ref.Page(ctx, root, l.Height, p)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(got, want) || !slices.Equal(proof, wantProof) {
					t.Fatalf("page %d differs from the reference source", p)
				}
			}
		})
	}
}

func TestPageSourceErrors(t *testing.T) {
	n := newTestNode(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	data := make([]byte, 300_000)
	root, good, err := n.Blocks.AddBlob(ctx, data, 64<<10)
	if err != nil {
		t.Fatal(err)
	}
	other, otherL, err := n.Blocks.AddBlob(ctx, []byte("another blob, a short one"), 64<<10)
	if err != nil {
		t.Fatal(err)
	}
	swapped := good
	swapped.ChunkRoots = slices.Clone(good.ChunkRoots)
	swapped.ChunkRoots[0], swapped.ChunkRoots[1] = swapped.ChunkRoots[1], swapped.ChunkRoots[0]
	short := good
	short.Chunks = good.Chunks[:2]
	badSize := good
	badSize.ChunkSize = 3000
	tests := []struct {
		name   string
		layout BlobLayout
		height int
		page   uint64
		want   string
	}{
		{"chunk roots do not give the root", swapped, good.Height, 0, "chunk roots give blob root"},
		{"chunk and root counts differ", short, good.Height, 0, "chunks with"},
		{"chunk size not a power of two", badSize, good.Height, 0, "power of two"},
		{"wrong height", good, good.Height + 1, 0, "has height"},
		{"page out of range", good, good.Height, 1 << 20, "outside blob"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := NewPageSource(n.Blocks, MapResolver(map[merkle.Hash]BlobLayout{root: tt.layout}), 1)
			_, _, err := src.Page(ctx, root, tt.height, tt.page)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
		})
	}
	src := NewPageSource(n.Blocks, MapResolver(map[merkle.Hash]BlobLayout{root: good, other: otherL}), 1)
	if _, _, err := src.Page(ctx, merkle.Keccak([]byte("nobody")), 10, 0); !errors.Is(err, ErrUnknownBlob) {
		t.Fatalf("unknown blob: %v", err)
	}
	if _, _, err := n.Blocks.AddBlob(ctx, data, 1000); err == nil {
		t.Fatal("bad chunk size accepted")
	}
}

// TestPageSourceSparseLayout: a layout may declare a blob height far above
// what its chunks fill (a VM region mapped with room to spare, or a hostile
// resolver). The chunk-root tree costs the size of the chunk list, not of the
// declared capacity, and pages on both sides of the last chunk verify.
func TestPageSourceSparseLayout(t *testing.T) {
	n := newTestNode(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	data := make([]byte, 3*vm.PageSize)
	rand.NewChaCha8([32]byte{6}).Read(data)
	_, l, err := n.Blocks.AddBlob(ctx, data, vm.PageSize)
	if err != nil {
		t.Fatal(err)
	}
	ch := chunkHeight(vm.PageSize)
	for _, height := range []int{27, 40} {
		// The root of the chunks placed at the left of a tree of this height.
		pad := l.ChunkRoots // the length word and 3 pages: 4 chunks
		if len(pad) != 4 {
			t.Fatalf("%d chunks, want 4", len(pad))
		}
		root := merkle.Node(merkle.Node(pad[0], pad[1]), merkle.Node(pad[2], pad[3]))
		for lv := ch + 2; lv < height; lv++ {
			root = merkle.Node(root, merkle.Zero(lv))
		}
		sparse := l
		sparse.Height = height
		src := NewPageSource(n.Blocks, MapResolver(map[merkle.Hash]BlobLayout{root: sparse}), 2)
		last := uint64(1)<<(height-pageHeight) - 1
		for _, p := range []uint64{0, 2, 3, 4, last / 2, last} {
			got, proof, err := src.Page(ctx, root, height, p)
			if err != nil {
				t.Fatalf("height %d page %d: %v", height, p, err)
			}
			pr, _ := merkle.RootAt(got, pageHeight)
			if !merkle.Verify(root, pr, p, proof) {
				t.Fatalf("height %d page %d does not verify", height, p)
			}
			if p > 3 && len(got) != 0 {
				t.Fatalf("height %d page %d past the chunks has %d bytes", height, p, len(got))
			}
		}
		// The same chunks claimed under a root they do not give are refused
		// without building the declared tree.
		bad := NewPageSource(n.Blocks, MapResolver(map[merkle.Hash]BlobLayout{l.ChunkRoots[0]: sparse}), 1)
		if _, _, err := bad.Page(ctx, l.ChunkRoots[0], height, 0); err == nil || !strings.Contains(err.Error(), "chunk roots give blob root") {
			t.Fatalf("height %d, wrong root: %v", height, err)
		}
	}
}
