package llama

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestRopeSharedAngles: the angles the forward pass computes once per
// position (ropeAngles, then ropeApply to q and k of every layer) rotate
// exactly as Rope does — the path the VM runs — bit for bit, for whole
// vectors and for parts starting at a later head (the split ops), with
// RoPE on all or some of a head's values and with and without
// rope_freqs; and the rotation is within 2e-6 of one by float64 math.Cos
// and math.Sin of the same angle (an independent check of the values).
func TestRopeSharedAngles(t *testing.T) {
	rng := rand.New(rand.NewPCG(45, 46))
	for _, tc := range []struct {
		name          string
		headDim, dims int
		freqs         bool
		heads, maxPos int
	}{
		{"whole heads", 8, 8, false, 3, 300},
		{"part of each head", 8, 6, false, 2, 300},
		{"rope_freqs", 16, 16, true, 2, 2000},
		{"wide heads", 128, 128, false, 1, 5000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := &Model{Config: Config{HeadDim: tc.headDim, RopeDims: tc.dims, Heads: tc.heads}}
			m.ropeScale = float32(pow64(10000, float64(float32(-2)/float32(tc.dims))))
			if tc.freqs {
				m.RopeFreqs = make([]float32, tc.dims/2)
				for i := range m.RopeFreqs {
					m.RopeFreqs[i] = 1 + rng.Float32()*7
				}
			}
			n := tc.heads * tc.headDim
			cosv, sinv := make([]float32, tc.dims/2), make([]float32, tc.dims/2)
			for trial := 0; trial < 50; trial++ {
				pos := rng.IntN(tc.maxPos)
				x := make([]float32, n)
				for i := range x {
					x[i] = float32(rng.NormFloat64())
				}
				want := append([]float32(nil), x...)
				m.Rope(want, pos)
				got := append([]float32(nil), x...)
				c, s := m.ropeAngles(cosv, sinv, pos)
				m.ropeApply(got, 0, c, s)
				for i := range got {
					if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
						t.Fatalf("pos %d value %d: shared angles %v, Rope %v", pos, i, got[i], want[i])
					}
				}
				if tc.heads > 1 { // the part from head 1 on, as a split op has it
					part := append([]float32(nil), x[tc.headDim:]...)
					m.ropeApply(part, tc.headDim, c, s)
					for i := range part {
						if math.Float32bits(part[i]) != math.Float32bits(want[tc.headDim+i]) {
							t.Fatalf("pos %d part value %d: %v, Rope %v", pos, i, part[i], want[tc.headDim+i])
						}
					}
				}
				theta := float32(pos)
				for i := 0; i < tc.dims/2; i++ {
					a := theta
					if m.RopeFreqs != nil {
						a = a / m.RopeFreqs[i]
					}
					theta = float32(theta * m.ropeScale)
					for h := 0; h < tc.heads; h++ {
						j := h*tc.headDim + 2*i
						x0, x1 := float64(x[j]), float64(x[j+1])
						r0 := x0*math.Cos(float64(a)) - x1*math.Sin(float64(a))
						r1 := x0*math.Sin(float64(a)) + x1*math.Cos(float64(a))
						if math.Abs(r0-float64(want[j])) > 2e-6*(1+math.Abs(r0)) || math.Abs(r1-float64(want[j+1])) > 2e-6*(1+math.Abs(r1)) {
							t.Fatalf("pos %d pair %d of head %d: (%v, %v), float64 (%v, %v)", pos, i, h, want[j], want[j+1], r0, r1)
						}
					}
				}
				for j := tc.dims; j < tc.headDim; j++ { // past RopeDims: unturned
					if want[j] != x[j] {
						t.Fatalf("pos %d value %d past the RoPE dimensions changed", pos, j)
					}
				}
			}
		})
	}
}
