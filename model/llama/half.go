package llama

import (
	"math"
	"sync"

	"github.com/rmsnet/rms/model"
)

// f16Table holds f16ToF32 of every half value, built on first use.
var (
	f16Once  sync.Once
	f16Table []float32
)

// f16 converts IEEE half-precision bits to float32 through the table.
func f16(h uint16) float32 {
	f16Once.Do(func() {
		t := make([]float32, 1<<16)
		for i := range t {
			t[i] = f16ToF32(uint16(i))
		}
		f16Table = t
	})
	return f16Table[h]
}

// f16ToF32 converts IEEE half-precision bits to float32 (exact).
func f16ToF32(h uint16) float32 {
	sign := uint32(h>>15) << 31
	exp := uint32(h>>10) & 0x1f
	man := uint32(h) & 0x3ff
	switch {
	case exp == 0x1f: // Inf or NaN
		if man != 0 {
			return canonicalNaN
		}
		return math.Float32frombits(sign | 0x7f800000)
	case exp == 0:
		if man == 0 {
			return math.Float32frombits(sign)
		}
		// Subnormal: normalise.
		e := uint32(127 - 15 + 1)
		for man&0x400 == 0 {
			man <<= 1
			e--
		}
		return math.Float32frombits(sign | e<<23 | (man&0x3ff)<<13)
	}
	return math.Float32frombits(sign | (exp+127-15)<<23 | man<<13)
}

// f32ToF16 rounds f to the nearest half-precision value (ties to even), as
// ggml's FP32_TO_FP16 does on CPUs with F16C.
func f32ToF16(f float32) uint16 {
	b := math.Float32bits(f)
	sign := uint16(b>>16) & 0x8000
	exp := int32(b>>23) & 0xff
	man := b & 0x7fffff
	if exp == 0xff {
		if man != 0 {
			return sign | 0x7e00
		}
		return sign | 0x7c00
	}
	e := exp - 127 + 15
	if e >= 0x1f {
		return sign | 0x7c00
	}
	if e <= 0 {
		if e < -10 {
			return sign
		}
		man |= 0x800000
		shift := uint32(14 - e)
		h := man >> shift
		rem := man & (1<<shift - 1)
		half := uint32(1) << (shift - 1)
		if rem > half || (rem == half && h&1 == 1) {
			h++
		}
		return sign | uint16(h)
	}
	h := uint32(e)<<10 | man>>13
	rem := man & 0x1fff
	if rem > 0x1000 || (rem == 0x1000 && h&1 == 1) {
		h++ // may carry into the exponent, up to Inf: correct
	}
	return sign | uint16(h)
}

// canonicalNaN is the one NaN the kernels output (model.NaNBits).
var canonicalNaN = math.Float32frombits(model.NaNBits)
