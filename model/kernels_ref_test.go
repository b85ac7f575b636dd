package model

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// TestKernelReferences compares every kernel with a reference written
// independently of it, on random tensors salted with the edge values of
// each type. The integer references compute in math/big or int64 and wrap
// or clamp at the end; Requant's reference rounds the exact rational
// x·mult/2^shift half up with big.Rat; the float references compute in
// float64. Stated tolerances: Dequant and AddBias (f32) are exact (a
// float32 product or sum is the correctly rounded float64 one); Softmax is
// within 1e-6 absolute + 2e-6 relative of the float64 softmax (Exp is within
// 4e-7 relative, see TestExp; the sum adds one float32 rounding per
// element).
func TestKernelReferences(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 15))
	i8 := func() int8 {
		if r.IntN(4) == 0 {
			return []int8{0, 1, -1, 127, -128}[r.IntN(5)]
		}
		if r.IntN(3) == 0 {
			return 0 // sparse rows take another path
		}
		return int8(r.Uint32())
	}
	i16 := func() int16 {
		if r.IntN(4) == 0 {
			return []int16{0, 1, -1, 32767, -32768}[r.IntN(5)]
		}
		return int16(r.Uint32())
	}
	i32 := func() int32 {
		if r.IntN(4) == 0 {
			return []int32{0, 1, -1, math.MaxInt32, math.MinInt32, 1 << 24, -(1 << 24) - 1}[r.IntN(7)]
		}
		return int32(r.Uint32()) >> r.IntN(24)
	}

	t.Run("matmul", func(t *testing.T) {
		for trial := 0; trial < 40; trial++ {
			rows, k, n := 1+r.IntN(5), 1+r.IntN(70), 1+r.IntN(9)
			wide := trial%2 == 1
			a := Tensor{Shape: []int{rows, k}}
			if wide {
				a.DType, a.I16 = I16, make([]int16, rows*k)
				for i := range a.I16 {
					a.I16[i] = i16()
				}
			} else {
				a.DType, a.I8 = I8, make([]int8, rows*k)
				for i := range a.I8 {
					a.I8[i] = i8()
				}
			}
			if trial%3 == 0 { // mostly zero rows (the sparse path), row 0 alone or every row
				span := k
				if trial%4 < 2 {
					span = rows * k
				}
				for i := 0; i < span; i++ {
					if i%7 != 0 {
						if wide {
							a.I16[i] = 0
						} else {
							a.I8[i] = 0
						}
					}
				}
			}
			w := Tensor{DType: I8, Shape: []int{n, k}, I8: make([]int8, n*k)}
			for i := range w.I8 {
				w.I8[i] = i8()
			}
			for _, workers := range []int{1, 3} {
				got := mk(t)(MatMul(a, w, workers))
				for b := 0; b < rows; b++ {
					for c := 0; c < n; c++ {
						sum := new(big.Int)
						for j := 0; j < k; j++ {
							var x int64
							if wide {
								x = int64(a.I16[b*k+j])
							} else {
								x = int64(a.I8[b*k+j])
							}
							sum.Add(sum, big.NewInt(x*int64(w.I8[c*k+j])))
						}
						want := int32(uint32(new(big.Int).And(sum, big.NewInt(0xffffffff)).Uint64())) // mod 2^32
						if got.I32[b*n+c] != want {
							t.Fatalf("trial %d workers %d: y[%d][%d] = %d, want %d", trial, workers, b, c, got.I32[b*n+c], want)
						}
					}
				}
			}
		}
	})

	t.Run("add bias and relu", func(t *testing.T) {
		x := Tensor{DType: I32, Shape: []int{3, 5}, I32: make([]int32, 15)}
		b := Tensor{DType: I32, Shape: []int{5}, I32: make([]int32, 5)}
		for i := range x.I32 {
			x.I32[i] = i32()
		}
		for i := range b.I32 {
			b.I32[i] = i32()
		}
		y := mk(t)(AddBias(x, b))
		z := mk(t)(ReLU(y))
		for i, v := range x.I32 {
			want := int32(uint32(int64(v) + int64(b.I32[i%5]))) // wraps mod 2^32
			if y.I32[i] != want {
				t.Fatalf("add bias [%d] = %d, want %d", i, y.I32[i], want)
			}
			if wantRelu := max(want, 0); z.I32[i] != wantRelu {
				t.Fatalf("relu(%d) = %d", want, z.I32[i])
			}
		}
		xf := Tensor{DType: F32, Shape: []int{2, 3}, F32: []float32{1.5, -0.0, float32(math.Inf(-1)), 3e38, -1e-45, 7}}
		bf := Tensor{DType: F32, Shape: []int{3}, F32: []float32{0.25, 0, float32(math.Inf(1))}}
		yf := mk(t)(AddBias(xf, bf))
		for i, v := range xf.F32 {
			want := float32(float64(v) + float64(bf.F32[i%3]))
			if s := float64(v) + float64(bf.F32[i%3]); s != s {
				if math.Float32bits(yf.F32[i]) != NaNBits {
					t.Fatalf("add bias f32 [%d] = %v, want the canonical NaN", i, yf.F32[i])
				}
				continue
			}
			if yf.F32[i] != want {
				t.Fatalf("add bias f32 [%d] = %v, want %v", i, yf.F32[i], want)
			}
		}
	})

	t.Run("requant", func(t *testing.T) {
		for trial := 0; trial < 3000; trial++ {
			v := i32()
			mult := int64(r.Uint32() >> 1)
			if trial%7 == 0 {
				mult = []int64{0, 1, math.MaxInt32}[trial%3]
			}
			shift := r.IntN(MaxShift + 1)
			if trial%3 == 0 {
				shift = []int{0, 1, 31, 32, 62}[trial%5]
			}
			out, lo, hi := I8, int64(math.MinInt8), int64(math.MaxInt8)
			if trial%2 == 1 {
				out, lo, hi = I16, math.MinInt16, math.MaxInt16
			}
			zero := lo + r.Int64N(hi-lo+1)
			// round half up: floor(v·mult/2^shift + 1/2)
			q := new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(int64(v)), big.NewInt(mult)), new(big.Int).Lsh(big.NewInt(1), uint(shift)))
			if shift > 0 {
				q.Add(q, big.NewRat(1, 2))
			}
			fl := new(big.Int).Div(q.Num(), q.Denom()) // Euclidean division by a positive denominator: the floor
			want := new(big.Int).Add(fl, big.NewInt(zero))
			want = bigClamp(want, lo, hi)
			y := mk(t)(Requant(Tensor{DType: I32, Shape: []int{1}, I32: []int32{v}}, mult, shift, zero, out))
			var got int64
			if out == I8 {
				got = int64(y.I8[0])
			} else {
				got = int64(y.I16[0])
			}
			if got != want.Int64() {
				t.Fatalf("requant(%d, mult %d, shift %d, zero %d, %s) = %d, want %d", v, mult, shift, zero, out, got, want.Int64())
			}
		}
	})

	t.Run("dequant", func(t *testing.T) {
		x := Tensor{DType: I32, Shape: []int{200}, I32: make([]int32, 200)}
		for i := range x.I32 {
			x.I32[i] = i32()
		}
		for _, scale := range []float32{0.5, 1.0 / 3, 3.0e-5, -7.25, 1e38} {
			y := mk(t)(Dequant(x, scale))
			for i, v := range x.I32 {
				// float32(v) is the rounding of v; the product of two
				// float32 values is exact in float64, so one rounding to
				// float32 is the correctly rounded product.
				want := float32(float64(float32(v)) * float64(scale))
				if y.F32[i] != want {
					t.Fatalf("dequant(%d, %v) = %v, want %v", v, scale, y.F32[i], want)
				}
			}
		}
	})

	t.Run("softmax and argmax", func(t *testing.T) {
		for trial := 0; trial < 200; trial++ {
			n := 1 + r.IntN(40)
			x := Tensor{DType: F32, Shape: []int{n}, F32: make([]float32, n)}
			for i := range x.F32 {
				x.F32[i] = float32(r.NormFloat64() * float64(1+trial%30))
			}
			y := mk(t)(Softmax(x))
			m := math.Inf(-1)
			best := 0
			for i, v := range x.F32 {
				if float64(v) > m {
					m, best = float64(v), i
				}
			}
			var sum float64
			for _, v := range x.F32 {
				sum += math.Exp(float64(v) - m)
			}
			for i, v := range x.F32 {
				want := math.Exp(float64(v)-m) / sum
				if d := math.Abs(float64(y.F32[i]) - want); d > 1e-6+2e-6*want {
					t.Fatalf("trial %d: softmax[%d] = %v, float64 reference %v (error %g)", trial, i, y.F32[i], want, d)
				}
			}
			if a := mk(t)(Argmax(x)); a.I32[0] != int32(best) {
				t.Fatalf("trial %d: argmax %d, want %d", trial, a.I32[0], best)
			}
		}
	})
}

func bigClamp(x *big.Int, lo, hi int64) *big.Int {
	if x.Cmp(big.NewInt(lo)) < 0 {
		return big.NewInt(lo)
	}
	if x.Cmp(big.NewInt(hi)) > 0 {
		return big.NewInt(hi)
	}
	return x
}
