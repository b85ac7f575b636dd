package merkle

import (
	"bytes"
	"fmt"
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
				k := newState()
				b.SetBytes(64 * n)
				for b.Loop() {
					k.nodes(dst, src)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/node")
			})
		})
	}
}
