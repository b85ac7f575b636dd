package llama

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestMathAgainstStdlib checks the project's exp, log, pow, sin and cos
// against Go's math package (the reference here; the project's functions
// exist because math may differ by platform) to a few ulp.
func TestMathAgainstStdlib(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	rel := func(got, want float64) float64 {
		if want == 0 {
			return math.Abs(got)
		}
		return math.Abs(got-want) / math.Abs(want)
	}
	for i := 0; i < 20000; i++ {
		x := (rng.Float64()*2 - 1) * 80
		if e := rel(exp64(x), math.Exp(x)); e > 4e-16 {
			t.Fatalf("exp64(%v) = %v, math.Exp %v (rel %g)", x, exp64(x), math.Exp(x), e)
		}
		y := math.Exp((rng.Float64()*2 - 1) * 30)
		if e := math.Abs(log64(y) - math.Log(y)); e > 1e-15*math.Max(1, math.Abs(math.Log(y))) {
			t.Fatalf("log64(%v) = %v, math.Log %v", y, log64(y), math.Log(y))
		}
		a := (rng.Float64()*2 - 1) * 5000 // RoPE angles reach the context length
		s, c := sincos64(a)
		if math.Abs(s-math.Sin(a)) > 2e-15*math.Max(1, math.Abs(a)/100) || math.Abs(c-math.Cos(a)) > 2e-15*math.Max(1, math.Abs(a)/100) {
			t.Fatalf("sincos64(%v) = %v, %v; math %v, %v", a, s, c, math.Sin(a), math.Cos(a))
		}
	}
	if got := float32(pow64(10000, -0.25)); got != float32(math.Pow(10000, -0.25)) {
		t.Fatalf("pow64(10000, -1/4) = %v, want %v", got, math.Pow(10000, -0.25))
	}
	if exp64(0) != 1 || exp64(800) != math.Inf(1) || exp64(-800) != 0 {
		t.Fatal("exp64 limits")
	}
	if s, c := sincos64(0); s != 0 || c != 1 {
		t.Fatalf("sincos64(0) = %v, %v", s, c)
	}
}

// TestHalf checks the f16 conversions: every half value converts to float32
// and back unchanged, and float32 → f16 picks the nearest half (ties to
// even), checked against the two neighbours.
func TestHalf(t *testing.T) {
	for h := 0; h < 1<<16; h++ {
		f := f16ToF32(uint16(h))
		if f != f {
			if h&0x7c00 != 0x7c00 || h&0x3ff == 0 {
				t.Fatalf("%#04x gave NaN", h)
			}
			continue
		}
		if back := f32ToF16(f); back != uint16(h) {
			t.Fatalf("%#04x → %v → %#04x", h, f, back)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 200000; i++ {
		f := math.Float32frombits(rng.Uint32())
		if f != f || math.Abs(float64(f)) > 65504 {
			continue
		}
		h := f32ToF16(f)
		got := float64(f16ToF32(h))
		d := math.Abs(got - float64(f))
		for _, nb := range []uint16{h - 1, h + 1} {
			if nb&0x7c00 == 0x7c00 || (nb^h)&0x8000 != 0 {
				continue
			}
			dn := math.Abs(float64(f16ToF32(nb)) - float64(f))
			if dn < d || (dn == d && h&1 == 1) {
				t.Fatalf("f32ToF16(%v) = %#04x (%v), neighbour %#04x (%v) is nearer or even", f, h, got, nb, f16ToF32(nb))
			}
		}
	}
}
