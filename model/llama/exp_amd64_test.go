//go:build amd64 && !purego

package llama

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkSwiGLU compares the portable path and the AVX2 kernel on one
// stories15M feed-forward activation (768 values), and likewise the
// softmax's Exp on 256 scores (BenchmarkExpShift).
func BenchmarkSwiGLU(b *testing.B) {
	rng := rand.New(rand.NewPCG(7, 7))
	g, u, h := randomActivation(rng, 768), randomActivation(rng, 768), make([]float32, 768)
	for _, mode := range []struct {
		name string
		avx2 bool
	}{{"go", false}, {"avx2", true}} {
		b.Run(mode.name, func(b *testing.B) {
			hasAVX2 = mode.avx2
			defer func() { hasAVX2 = true }()
			for i := 0; i < b.N; i++ {
				SwiGLU(h, g, u)
			}
		})
	}
}

func BenchmarkExpShift(b *testing.B) {
	rng := rand.New(rand.NewPCG(8, 8))
	x := make([]float32, 256)
	for i := range x {
		x[i] = -rng.Float32() * 20
	}
	y := make([]float32, len(x))
	for _, mode := range []struct {
		name string
		avx2 bool
	}{{"go", false}, {"avx2", true}} {
		b.Run(mode.name, func(b *testing.B) {
			hasAVX2 = mode.avx2
			defer func() { hasAVX2 = true }()
			for i := 0; i < b.N; i++ {
				copy(y, x)
				expShift(y, 0)
			}
		})
	}
}
