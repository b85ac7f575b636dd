package llama

import (
	"math"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/rmsnet/rms/model"
)

// expInputs returns float32 values covering Exp's input space: for every
// biased exponent (0 for the subnormals, 255 for Inf and NaN) and both
// signs, the smallest, the largest and random mantissas; the limits
// 88.72283 and −87.33654 with the values one ulp on either side; ±0, ±Inf,
// the canonical NaN and NaNs of other payloads and signs; and random
// values across the range where Exp is neither 0 nor +Inf.
func expInputs(rng *rand.Rand) []float32 {
	var xs []float32
	for e := uint32(0); e < 256; e++ {
		for _, s := range []uint32{0, 1 << 31} {
			for _, m := range []uint32{0, 1, 0x7fffff, 0x400000} {
				xs = append(xs, math.Float32frombits(s|e<<23|m))
			}
			for i := 0; i < 12; i++ {
				xs = append(xs, math.Float32frombits(s|e<<23|rng.Uint32()&0x7fffff))
			}
		}
	}
	for _, l := range []float32{88.72283, -87.33654} {
		b := math.Float32bits(l)
		xs = append(xs, l, math.Float32frombits(b+1), math.Float32frombits(b-1))
	}
	xs = append(xs, 0, float32(math.Copysign(0, -1)), float32(math.Inf(1)), float32(math.Inf(-1)),
		canonicalNaN, math.Float32frombits(0x7f800001), math.Float32frombits(0xffc00000), math.Float32frombits(0xffffffff))
	for i := 0; i < 20000; i++ {
		xs = append(xs, float32(rng.Float64()*180-90))
	}
	rng.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	return xs
}

// TestExpShiftMatchesExp: expShift (the vector kernel where there is one,
// then the tail in Go) gives, for every input of expInputs, the bits of
// model.Exp(x − sub) for shifts 0, 1.5, −3 and NaN; on every length 0…40
// and the whole list at once; values past the slice are left alone.
func TestExpShiftMatchesExp(t *testing.T) {
	rng := rand.New(rand.NewPCG(41, 42))
	xs := expInputs(rng)
	const guard = 12345.5
	for _, sub := range []float32{0, 1.5, -3, canonicalNaN} {
		check := func(off, n int) {
			t.Helper()
			buf := make([]float32, n+3)
			copy(buf, xs[off:off+n])
			buf[n], buf[n+1], buf[n+2] = guard, guard, guard
			expShift(buf[:n], sub)
			for i := 0; i < n; i++ {
				want := model.Exp(xs[off+i] - sub)
				if math.Float32bits(buf[i]) != math.Float32bits(want) {
					t.Fatalf("length %d, shift %v: Exp(%v (%#x) − shift) at %d gave %v (%#x), want %v (%#x)", n, sub, xs[off+i], math.Float32bits(xs[off+i]), i, buf[i], math.Float32bits(buf[i]), want, math.Float32bits(want))
				}
			}
			for i := n; i < n+3; i++ {
				if buf[i] != guard {
					t.Fatalf("length %d: value %d past the slice changed to %v", n, i, buf[i])
				}
			}
		}
		for n := 0; n <= 40; n++ {
			for off := 0; off+n <= len(xs); off += 97 + n {
				check(off, n)
			}
		}
		check(0, len(xs))
	}
}

// TestSwiGLUMatchesSiLU: SwiGLU (the vector kernel where there is one,
// then the tail in Go) gives canon(SiLU(g)·u) — model.Exp through SiLU —
// bit for bit, for gates from expInputs and ups of every kind (zero,
// Inf, NaN, subnormal), on every length 0…40 and the whole list, written
// in place over the gates as the forward pass does; values past the slice
// are left alone.
func TestSwiGLUMatchesSiLU(t *testing.T) {
	rng := rand.New(rand.NewPCG(43, 44))
	gs := expInputs(rng)
	us := make([]float32, len(gs))
	special := []float32{0, float32(math.Copysign(0, -1)), 1e-45, float32(math.Inf(1)), float32(math.Inf(-1)), canonicalNaN, 3e38}
	for i := range us {
		if rng.IntN(20) == 0 {
			us[i] = special[rng.IntN(len(special))]
		} else {
			us[i] = float32(rng.NormFloat64() * math.Pow(10, float64(rng.IntN(7)-3)))
		}
	}
	const guard = 6789.25
	check := func(off, n int) {
		t.Helper()
		h := make([]float32, n+3)
		copy(h, gs[off:off+n])
		h[n], h[n+1], h[n+2] = guard, guard, guard
		SwiGLU(h[:n], h[:n], us[off:off+n])
		for i := 0; i < n; i++ {
			g, u := gs[off+i], us[off+i]
			want := float32(g / (1 + model.Exp(-g)) * u)
			if want != want {
				want = canonicalNaN
			}
			if math.Float32bits(h[i]) != math.Float32bits(want) {
				t.Fatalf("length %d: SwiGLU(%v (%#x), %v) at %d gave %v (%#x), want %v (%#x)", n, g, math.Float32bits(g), u, i, h[i], math.Float32bits(h[i]), want, math.Float32bits(want))
			}
		}
		for i := n; i < n+3; i++ {
			if h[i] != guard {
				t.Fatalf("length %d: value %d past the slice changed to %v", n, i, h[i])
			}
		}
	}
	for n := 0; n <= 40; n++ {
		for off := 0; off+n <= len(gs); off += 89 + n {
			check(off, n)
		}
	}
	check(0, len(gs))
	// A separate output leaves the gates as they were.
	g := append([]float32(nil), gs[:37]...)
	h := make([]float32, 37)
	SwiGLU(h, g, us[:37])
	for i := range g {
		if math.Float32bits(g[i]) != math.Float32bits(gs[i]) {
			t.Fatalf("gate %d changed from %v to %v", i, gs[i], g[i])
		}
	}
}

// TestExpShiftAllFloats (RMS_LONG=1): expShift gives model.Exp's bits for
// every one of the 2^32 float32 bit patterns.
func TestExpShiftAllFloats(t *testing.T) {
	if os.Getenv("RMS_LONG") == "" {
		t.Skip("RMS_LONG=1 runs every float32")
	}
	buf := make([]float32, 1<<16)
	for hi := uint64(0); hi < 1<<32; hi += uint64(len(buf)) {
		for i := range buf {
			buf[i] = math.Float32frombits(uint32(hi) + uint32(i))
		}
		expShift(buf, 0)
		for i, v := range buf {
			x := math.Float32frombits(uint32(hi) + uint32(i))
			if want := model.Exp(x); math.Float32bits(v) != math.Float32bits(want) {
				t.Fatalf("Exp(%v (%#x)) gave %v (%#x), want %v (%#x)", x, math.Float32bits(x), v, math.Float32bits(v), want, math.Float32bits(want))
			}
		}
	}
}
