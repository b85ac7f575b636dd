package vm

import (
	"testing"

	"github.com/rmsnet/rms/merkle"
)

// TestMemSourcePageProofs: for blobs large enough to keep a page-root tree
// (and one below that size), every page's proof equals merkle.Proof over the
// whole stream, and the page with it hashes to the blob root.
func TestMemSourcePageProofs(t *testing.T) {
	for _, n := range []int{upperMinPages*PageSize - 100, 1<<20 + 12345, 1 << 20, 3 << 20} {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(i*7 + i>>9)
		}
		s := NewMemSource()
		root, h := s.Add(data)
		stream := merkle.BlobBytes(data)
		pages := uint64(len(stream)+PageSize-1) / PageSize
		for _, p := range []uint64{0, 1, pages / 2, pages - 2, pages - 1} {
			want, err := merkle.Proof(stream, h, p, pageHeight)
			if err != nil {
				t.Fatal(err)
			}
			page, got, err := s.Page(t.Context(), root, h, p)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("%d bytes, page %d: %d levels, want %d", n, p, len(got), len(want))
			}
			for i := range want {
				if want[i] != got[i] {
					t.Fatalf("%d bytes, page %d: level %d differs", n, p, i)
				}
			}
			pr, _ := merkle.RootAt(page, pageHeight)
			if merkle.RootFromProof(pr, p, got) != root {
				t.Fatalf("%d bytes, page %d does not prove to the root", n, p)
			}
		}
	}
}
