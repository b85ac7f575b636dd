package llama

import "math"

// Float64 helpers built from IEEE additions, multiplications, divisions and
// exact bit operations only (DESIGN §3: no platform math). Each product that
// is added is rounded explicitly so that no compiler fuses it.

const (
	ln2Hi = 6.93147180369123816490e-01 // high bits of ln 2 (low 32 bits zero)
	ln2Lo = 1.90821492927058770002e-10 // ln 2 − ln2Hi
	log2e = 1.44269504088896338700e+00
	// pio2 split in three for Cody–Waite reduction; the first two have
	// their low 33 bits zero, so k·pio2A and k·pio2B are exact for |k| < 2^20.
	pio2A   = 1.57079632673412561417e+00
	pio2B   = 6.07710050650619224932e-11
	pio2C   = 2.02226624879595063154e-21
	twoOvPi = 6.36619772367581382433e-01
)

// exp64 returns e^x for |x| ≤ 700 (outside, 0 or +Inf).
func exp64(x float64) float64 {
	switch {
	case x != x:
		return x
	case x > 700:
		return math.Inf(1)
	case x < -700:
		return 0
	}
	k := roundHalfAway(float64(x * log2e))
	r := x - float64(k*ln2Hi)
	r = r - float64(k*ln2Lo)
	// Taylor series of e^r, |r| ≤ 0.35: 18 terms reach below 1e-20.
	p := 1.0 / 6402373705728000 // 1/18!
	for i := 17; i >= 1; i-- {
		p = float64(p*r) + invFact[i]
	}
	p = float64(p*r) + 1
	return float64(p * pow2(int(k)))
}

// invFact[i] = 1/i!.
var invFact = func() [20]float64 {
	var t [20]float64
	f := 1.0
	for i := range t {
		if i > 0 {
			f *= float64(i)
		}
		t[i] = 1 / f
	}
	return t
}()

// pow2 returns 2^k for −1022 ≤ k ≤ 1023.
func pow2(k int) float64 { return math.Float64frombits(uint64(k+1023) << 52) }

func roundHalfAway(x float64) float64 {
	if x >= 0 {
		return float64(int64(x + 0.5))
	}
	return float64(int64(x - 0.5))
}

// log64 returns ln x for finite x > 0.
func log64(x float64) float64 {
	b := math.Float64bits(x)
	e := int(b>>52&0x7ff) - 1023
	m := math.Float64frombits(b&^(0x7ff<<52) | 1023<<52) // in [1, 2)
	if m > math.Sqrt2 {
		m /= 2
		e++
	}
	// ln m = 2·atanh(s), s = (m−1)/(m+1), |s| ≤ 0.1716.
	s := (m - 1) / (m + 1)
	s2 := float64(s * s)
	p := 1.0 / 23
	for i := 21; i >= 3; i -= 2 {
		p = float64(p*s2) + 1/float64(i)
	}
	p = float64(p*s2) + 1
	lm := float64(2 * float64(s*p))
	ef := float64(e)
	return float64(ef*ln2Hi) + (float64(ef*ln2Lo) + lm)
}

// pow64 returns b^y for b > 0.
func pow64(b, y float64) float64 { return exp64(float64(y * log64(b))) }

// sincos64 returns sin x and cos x for |x| < 2^20.
func sincos64(x float64) (sin, cos float64) {
	k := roundHalfAway(float64(x * twoOvPi))
	r := x - float64(k*pio2A)
	r = r - float64(k*pio2B)
	r = r - float64(k*pio2C)
	s, c := sinPoly(r), cosPoly(r)
	switch int64(k) & 3 {
	case 0:
		return s, c
	case 1:
		return c, -s
	case 2:
		return -s, -c
	}
	return -c, s
}

// sinPoly and cosPoly are Taylor series for |r| ≤ π/4 (terms to r^19 and
// r^18: below 1e-19).
func sinPoly(r float64) float64 {
	r2 := float64(r * r)
	p := -invFact[19]
	for i := 17; i >= 3; i -= 2 {
		sign := 1.0
		if (i/2)%2 == 1 {
			sign = -1
		}
		p = float64(p*r2) + sign*invFact[i]
	}
	p = float64(p*r2) + 1
	return float64(p * r)
}

func cosPoly(r float64) float64 {
	r2 := float64(r * r)
	p := -invFact[18]
	for i := 16; i >= 2; i -= 2 {
		sign := 1.0
		if (i/2)%2 == 1 {
			sign = -1
		}
		p = float64(p*r2) + sign*invFact[i]
	}
	return float64(p*r2) + 1
}
