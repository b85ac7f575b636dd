package model

import (
	"math"
	"testing"
)

// TestExpLimits: Exp is finite up to its overflow limit 88.72283 and
// normal down to its underflow limit −87.33654, both included, and within
// 4e-7 relative of the float64 exp there; one float32 step beyond gives +Inf
// and 0. Near the top the scale 2^k needs k = 128, one more than the
// greatest float32 exponent.
func TestExpLimits(t *testing.T) {
	const hi, lo = float32(88.72283), float32(-87.33654)
	for _, x := range []float32{
		hi, math.Nextafter32(hi, 0), 88.7, 88.5, 88.0, 87.5,
		lo, math.Nextafter32(lo, 0), -87.3, -87, -86.5,
		0.25, -0.25, 0.5, -0.5, 0.75, -0.75, 1, -1, 0.34657359, -0.34657359, 1e-8, -1e-8,
	} {
		got := float64(Exp(x))
		want := math.Exp(float64(x))
		if math.IsInf(got, 0) || got == 0 || math.Abs(got-want)/want > 4e-7 {
			t.Errorf("Exp(%v) = %v, want %v (within 4e-7)", x, got, want)
		}
		if got < 0x1p-126 {
			t.Errorf("Exp(%v) = %v is subnormal", x, got)
		}
	}
	if got := Exp(math.Nextafter32(hi, 100)); !math.IsInf(float64(got), 1) {
		t.Errorf("Exp just above %v = %v, want +Inf", hi, got)
	}
	if got := Exp(math.Nextafter32(lo, -100)); got != 0 || math.Signbit(float64(got)) {
		t.Errorf("Exp just below %v = %v, want +0", lo, got)
	}
	if got := math.Float32bits(Exp(0)); got != 0x3f800000 {
		t.Errorf("Exp(0) bits %#x, want 0x3f800000 (exactly 1)", got)
	}
	if got := math.Float32bits(Exp(float32(math.Copysign(0, -1)))); got != 0x3f800000 {
		t.Errorf("Exp(-0) bits %#x, want 0x3f800000", got)
	}
}
