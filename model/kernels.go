package model

// This file holds the kernels of DESIGN §3. Integer kernels may split their
// work across goroutines: integer sums wrap modulo 2^32 in Go on every
// platform, so their result does not depend on order. Float kernels run in
// one fixed order, and every float product that is then added is rounded to
// float32 explicitly so that no compiler may fuse it into an FMA.

import (
	"fmt"
	"math"
	"sync"
)

// NaNBits are the bits of the one NaN that float kernels output. Hardware
// and software floats disagree on the sign and payload of a NaN made by an
// invalid operation (∞−∞ gives 0xffc00000 on amd64, 0x7fc00000 in Go's
// software floats), so every float kernel replaces any NaN it produces with
// this one.
const NaNBits uint32 = 0x7fc00000

var canonicalNaN = math.Float32frombits(NaNBits)

// canonNaN replaces every NaN in s with the canonical NaN.
func canonNaN(s []float32) {
	for i, v := range s {
		if v != v {
			s[i] = canonicalNaN
		}
	}
}

// parallelMinWork is the number of multiply-adds below which MatMul stays on
// one goroutine even when more workers are allowed.
const parallelMinWork = 1 << 18

// rowsOf splits a tensor's shape into (outer rows, last dimension). A scalar
// is one row of one element.
func rowsOf(shape []int) (rows, n int) {
	if len(shape) == 0 {
		return 1, 1
	}
	n = shape[len(shape)-1]
	rows = 1
	for _, d := range shape[:len(shape)-1] {
		rows *= d
	}
	return rows, n
}

// MatMul computes y[b][n] = Σ_k a[b][k]·w[n][k] accumulated in int32 (sums
// wrap modulo 2^32). a has shape [..., K] and type i8 or i16; w has shape
// [N, K] and type i8 (one row per output, the layout of GGUF weight
// matrices). y has shape [..., N] and type i32. workers > 1 lets the kernel
// split the outputs across that many goroutines; the result is identical for
// any value.
func MatMul(a, w Tensor, workers int) (Tensor, error) {
	if err := a.Check(); err != nil {
		return Tensor{}, fmt.Errorf("matmul: input: %w", err)
	}
	if err := w.Check(); err != nil {
		return Tensor{}, fmt.Errorf("matmul: weights: %w", err)
	}
	if a.DType != I8 && a.DType != I16 {
		return Tensor{}, fmt.Errorf("matmul: input dtype %s, want i8 or i16", a.DType)
	}
	if w.DType != I8 {
		return Tensor{}, fmt.Errorf("matmul: weight dtype %s, want i8", w.DType)
	}
	if len(a.Shape) < 1 {
		return Tensor{}, fmt.Errorf("matmul: input is a scalar, want shape [..., K]")
	}
	if len(w.Shape) != 2 {
		return Tensor{}, fmt.Errorf("matmul: weight shape %v, want [N, K]", w.Shape)
	}
	rows, k := rowsOf(a.Shape)
	n := w.Shape[0]
	if w.Shape[1] != k {
		return Tensor{}, fmt.Errorf("matmul: input has K=%d, weights [N=%d, K=%d]", k, n, w.Shape[1])
	}
	shape := append(append([]int{}, a.Shape[:len(a.Shape)-1]...), n)
	y, err := New(I32, shape...)
	if err != nil {
		return Tensor{}, fmt.Errorf("matmul: output: %w", err)
	}
	total := rows * n
	run := func(lo, hi int) {
		// Rows of a with mostly zeros (MNIST pixels, ReLU outputs) take a
		// sparse path over their nonzero entries only. The integer sum is
		// the same either way.
		var idx []int32
		var val []int32
		lastRow := -1
		sparse := false
		for o := lo; o < hi; o++ {
			r, c := o/n, o%n
			if r != lastRow {
				lastRow = r
				idx, val = idx[:0], val[:0]
				if a.DType == I8 {
					for j, v := range a.I8[r*k : (r+1)*k] {
						if v != 0 {
							idx, val = append(idx, int32(j)), append(val, int32(v))
						}
					}
				} else {
					for j, v := range a.I16[r*k : (r+1)*k] {
						if v != 0 {
							idx, val = append(idx, int32(j)), append(val, int32(v))
						}
					}
				}
				sparse = 2*len(idx) < k
			}
			wr := w.I8[c*k : (c+1)*k]
			if !sparse && c+4 <= n && o+4 <= hi {
				// Four outputs of one row at a time: each input element
				// is loaded once for four weights.
				w4 := w.I8[c*k : (c+4)*k]
				if a.DType == I8 {
					y.I32[o], y.I32[o+1], y.I32[o+2], y.I32[o+3] = dot4I8(a.I8[r*k:(r+1)*k], w4, k)
				} else {
					y.I32[o], y.I32[o+1], y.I32[o+2], y.I32[o+3] = dot4I16I8(a.I16[r*k:(r+1)*k], w4, k)
				}
				o += 3
				continue
			}
			switch {
			case sparse:
				y.I32[o] = dotSparse(idx, val, wr)
			case a.DType == I8:
				y.I32[o] = dotI8(a.I8[r*k:(r+1)*k], wr)
			default:
				y.I32[o] = dotI16I8(a.I16[r*k:(r+1)*k], wr)
			}
		}
	}
	if workers > total {
		workers = total
	}
	if workers <= 1 || uint64(total)*uint64(k) < parallelMinWork {
		run(0, total)
		return y, nil
	}
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		lo := int(int64(total) * int64(i) / int64(workers))
		hi := int(int64(total) * int64(i+1) / int64(workers))
		wg.Add(1)
		go func() {
			defer wg.Done()
			run(lo, hi)
		}()
	}
	wg.Wait()
	return y, nil
}

// dotI8 returns Σ a[i]·b[i] in int32 (wrapping). len(b) >= len(a). The
// loop works on 8-element windows so that the compiler drops bounds checks.
func dotI8(a, b []int8) int32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 int32
	for len(a) >= 8 {
		x, y := a[:8:8], b[:8:8]
		s0 += int32(x[0])*int32(y[0]) + int32(x[4])*int32(y[4])
		s1 += int32(x[1])*int32(y[1]) + int32(x[5])*int32(y[5])
		s2 += int32(x[2])*int32(y[2]) + int32(x[6])*int32(y[6])
		s3 += int32(x[3])*int32(y[3]) + int32(x[7])*int32(y[7])
		a, b = a[8:], b[8:]
	}
	for i := range a {
		s0 += int32(a[i]) * int32(b[i])
	}
	return s0 + s1 + s2 + s3
}

// dot4I8 returns the dot products of a with the four consecutive rows of
// length k in w (int32, wrapping).
func dot4I8(a, w []int8, k int) (int32, int32, int32, int32) {
	w0, w1, w2, w3 := w[:k:k], w[k:2*k:2*k], w[2*k:3*k:3*k], w[3*k:4*k:4*k]
	a = a[:k]
	var s0, s1, s2, s3 int32
	for i, x := range a {
		v := int32(x)
		s0 += v * int32(w0[i])
		s1 += v * int32(w1[i])
		s2 += v * int32(w2[i])
		s3 += v * int32(w3[i])
	}
	return s0, s1, s2, s3
}

// dot4I16I8 is dot4I8 for an int16 input row.
func dot4I16I8(a []int16, w []int8, k int) (int32, int32, int32, int32) {
	w0, w1, w2, w3 := w[:k:k], w[k:2*k:2*k], w[2*k:3*k:3*k], w[3*k:4*k:4*k]
	a = a[:k]
	var s0, s1, s2, s3 int32
	for i, x := range a {
		v := int32(x)
		s0 += v * int32(w0[i])
		s1 += v * int32(w1[i])
		s2 += v * int32(w2[i])
		s3 += v * int32(w3[i])
	}
	return s0, s1, s2, s3
}

// dotSparse returns Σ val[j]·w[idx[j]] in int32 (wrapping).
func dotSparse(idx, val []int32, w []int8) int32 {
	var s0, s1 int32
	j := 0
	for ; j+2 <= len(idx); j += 2 {
		s0 += val[j] * int32(w[idx[j]])
		s1 += val[j+1] * int32(w[idx[j+1]])
	}
	for ; j < len(idx); j++ {
		s0 += val[j] * int32(w[idx[j]])
	}
	return s0 + s1
}

// dotI16I8 returns Σ a[i]·b[i] in int32 (wrapping). len(b) >= len(a).
func dotI16I8(a []int16, b []int8) int32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 int32
	for len(a) >= 8 {
		x, y := a[:8:8], b[:8:8]
		s0 += int32(x[0])*int32(y[0]) + int32(x[4])*int32(y[4])
		s1 += int32(x[1])*int32(y[1]) + int32(x[5])*int32(y[5])
		s2 += int32(x[2])*int32(y[2]) + int32(x[6])*int32(y[6])
		s3 += int32(x[3])*int32(y[3]) + int32(x[7])*int32(y[7])
		a, b = a[8:], b[8:]
	}
	for i := range a {
		s0 += int32(a[i]) * int32(b[i])
	}
	return s0 + s1 + s2 + s3
}

// AddBias returns x + b where b is added to every row of x's last dimension:
// x has shape [..., N], b has shape [N], both i32 (wrapping) or both f32.
func AddBias(x, b Tensor) (Tensor, error) {
	if err := x.Check(); err != nil {
		return Tensor{}, fmt.Errorf("add bias: input: %w", err)
	}
	if err := b.Check(); err != nil {
		return Tensor{}, fmt.Errorf("add bias: bias: %w", err)
	}
	if x.DType != b.DType || (x.DType != I32 && x.DType != F32) {
		return Tensor{}, fmt.Errorf("add bias: dtypes %s + %s, want i32 + i32 or f32 + f32", x.DType, b.DType)
	}
	if len(x.Shape) < 1 || len(b.Shape) != 1 || b.Shape[0] != x.Shape[len(x.Shape)-1] {
		return Tensor{}, fmt.Errorf("add bias: shapes %v + %v, want [..., N] + [N]", x.Shape, b.Shape)
	}
	y, err := New(x.DType, x.Shape...)
	if err != nil {
		return Tensor{}, fmt.Errorf("add bias: %w", err)
	}
	n := b.Shape[0]
	if x.DType == I32 {
		for i, v := range x.I32 {
			y.I32[i] = v + b.I32[i%n]
		}
	} else {
		for i, v := range x.F32 {
			y.F32[i] = v + b.F32[i%n]
		}
		canonNaN(y.F32)
	}
	return y, nil
}

// ReLU returns max(x, 0) element-wise for any type. For f32 every value
// that is not greater than zero (−0 and NaN included) becomes +0.
func ReLU(x Tensor) (Tensor, error) {
	if err := x.Check(); err != nil {
		return Tensor{}, fmt.Errorf("relu: %w", err)
	}
	y, err := New(x.DType, x.Shape...)
	if err != nil {
		return Tensor{}, fmt.Errorf("relu: %w", err)
	}
	switch x.DType {
	case I8:
		for i, v := range x.I8 {
			y.I8[i] = max(v, 0)
		}
	case I16:
		for i, v := range x.I16 {
			y.I16[i] = max(v, 0)
		}
	case I32:
		for i, v := range x.I32 {
			y.I32[i] = max(v, 0)
		}
	case F32:
		for i, v := range x.F32 {
			if v > 0 {
				y.F32[i] = v
			}
		}
	}
	return y, nil
}

// MaxShift is the greatest right shift Requant accepts.
const MaxShift = 62

// Requant maps i32 values to i8 or i16 with a fixed-point multiplier:
//
//	y = clamp(zero + ((x·mult + 2^(shift−1)) >> shift), min(out), max(out))
//
// computed in int64 (the shift is arithmetic, so the rounding is half up;
// with shift 0 nothing is added). mult must lie in [0, 2^31), shift in
// [0, 62], out is I8 or I16. No float is involved.
func Requant(x Tensor, mult int64, shift int, zero int64, out DType) (Tensor, error) {
	if err := x.Check(); err != nil {
		return Tensor{}, fmt.Errorf("requant: %w", err)
	}
	if x.DType != I32 {
		return Tensor{}, fmt.Errorf("requant: input dtype %s, want i32", x.DType)
	}
	if mult < 0 || mult > math.MaxInt32 {
		return Tensor{}, fmt.Errorf("requant: multiplier %d outside [0, 2^31)", mult)
	}
	if shift < 0 || shift > MaxShift {
		return Tensor{}, fmt.Errorf("requant: shift %d outside [0, %d]", shift, MaxShift)
	}
	var lo, hi int64
	switch out {
	case I8:
		lo, hi = math.MinInt8, math.MaxInt8
	case I16:
		lo, hi = math.MinInt16, math.MaxInt16
	default:
		return Tensor{}, fmt.Errorf("requant: output dtype %s, want i8 or i16", out)
	}
	if zero < lo || zero > hi {
		return Tensor{}, fmt.Errorf("requant: zero point %d outside the %s range", zero, out)
	}
	y, err := New(out, x.Shape...)
	if err != nil {
		return Tensor{}, fmt.Errorf("requant: %w", err)
	}
	var round int64
	if shift > 0 {
		round = int64(1) << (shift - 1)
	}
	for i, v := range x.I32 {
		q := zero + (int64(v)*mult+round)>>shift
		q = min(max(q, lo), hi)
		if out == I8 {
			y.I8[i] = int8(q)
		} else {
			y.I16[i] = int16(q)
		}
	}
	return y, nil
}

// Dequant returns float32(x)·scale element-wise for an i8, i16 or i32 x.
func Dequant(x Tensor, scale float32) (Tensor, error) {
	if err := x.Check(); err != nil {
		return Tensor{}, fmt.Errorf("dequant: %w", err)
	}
	y, err := New(F32, x.Shape...)
	if err != nil {
		return Tensor{}, fmt.Errorf("dequant: %w", err)
	}
	switch x.DType {
	case I8:
		for i, v := range x.I8 {
			y.F32[i] = float32(float32(v) * scale)
		}
	case I16:
		for i, v := range x.I16 {
			y.F32[i] = float32(float32(v) * scale)
		}
	case I32:
		for i, v := range x.I32 {
			y.F32[i] = float32(float32(v) * scale)
		}
	default:
		return Tensor{}, fmt.Errorf("dequant: input dtype %s, want i8, i16 or i32", x.DType)
	}
	canonNaN(y.F32)
	return y, nil
}

// Softmax returns exp(x − max)/Σ exp(x − max) over the last dimension of an
// f32 tensor. The maximum and the sum run left to right; Exp is this
// package's own. A row holding NaN or +Inf yields NaNs (canonical).
func Softmax(x Tensor) (Tensor, error) {
	if err := x.Check(); err != nil {
		return Tensor{}, fmt.Errorf("softmax: %w", err)
	}
	if x.DType != F32 {
		return Tensor{}, fmt.Errorf("softmax: input dtype %s, want f32", x.DType)
	}
	if len(x.Shape) < 1 || x.Shape[len(x.Shape)-1] == 0 {
		return Tensor{}, fmt.Errorf("softmax: shape %v, want [..., N] with N > 0", x.Shape)
	}
	y, err := New(F32, x.Shape...)
	if err != nil {
		return Tensor{}, fmt.Errorf("softmax: %w", err)
	}
	rows, n := rowsOf(x.Shape)
	for r := 0; r < rows; r++ {
		in, out := x.F32[r*n:(r+1)*n], y.F32[r*n:(r+1)*n]
		m := in[0]
		for _, v := range in[1:] {
			if v > m || v != v {
				m = v
			}
		}
		var sum float32
		for j, v := range in {
			e := Exp(v - m)
			out[j] = e
			sum += e
		}
		for j := range out {
			out[j] /= sum
		}
	}
	canonNaN(y.F32)
	return y, nil
}

// Argmax returns, for each row of the last dimension, the index of its
// greatest element as i32; ties go to the lowest index and NaN never wins
// (a row of NaNs gives 0). The output shape drops the last dimension.
func Argmax(x Tensor) (Tensor, error) {
	if err := x.Check(); err != nil {
		return Tensor{}, fmt.Errorf("argmax: %w", err)
	}
	if len(x.Shape) < 1 || x.Shape[len(x.Shape)-1] == 0 {
		return Tensor{}, fmt.Errorf("argmax: shape %v, want [..., N] with N > 0", x.Shape)
	}
	rows, n := rowsOf(x.Shape)
	y, err := New(I32, x.Shape[:len(x.Shape)-1]...)
	if err != nil {
		return Tensor{}, fmt.Errorf("argmax: %w", err)
	}
	for r := 0; r < rows; r++ {
		best := 0
		switch x.DType {
		case I8:
			row := x.I8[r*n : (r+1)*n]
			for j, v := range row {
				if v > row[best] {
					best = j
				}
			}
		case I16:
			row := x.I16[r*n : (r+1)*n]
			for j, v := range row {
				if v > row[best] {
					best = j
				}
			}
		case I32:
			row := x.I32[r*n : (r+1)*n]
			for j, v := range row {
				if v > row[best] {
					best = j
				}
			}
		case F32:
			row := x.F32[r*n : (r+1)*n]
			for j, v := range row {
				if v > row[best] || (row[best] != row[best] && v == v) {
					best = j
				}
			}
		}
		y.I32[r] = int32(best)
	}
	return y, nil
}

// Constants of Exp. ln2Hi has its low 9 mantissa bits zero, so k·ln2Hi is
// exact for |k| < 512.
const (
	expLog2e = float32(1.44269504088896341)
	expLn2Hi = float32(6.9314575195e-01) // 0x3f317200
	expLn2Lo = float32(1.4286067653e-06) // 0x35bfbe8e
	expMax   = float32(88.72283)         // above: +Inf
	expMin   = float32(-87.33654)        // below: 0 (results that would be subnormal are flushed)
	expC2    = float32(1.0 / 2)          // Taylor coefficients of e^r
	expC3    = float32(1.0 / 6)          //
	expC4    = float32(1.0 / 24)         //
	expC5    = float32(1.0 / 120)        //
	expC6    = float32(1.0 / 720)        //
	expC7    = float32(1.0 / 5040)       //
	expHalf  = float32(0.5)              //
	expOne   = float32(1)                //
	expTwo   = float32(2)                //
)

// Exp returns e^x in float32 using only IEEE additions, multiplications and
// exact bit operations, so it gives the same bits on every platform (within
// a few ulp of the true value). x is split as k·ln2 + r with |r| ≤ ln2/2;
// e^r is a degree-7 Taylor polynomial in Horner form with every product
// rounded to float32 before it is added; the result is scaled by 2^k through
// the exponent bits. Inputs above 88.72283 give +Inf, below −87.33654 give 0,
// any NaN gives the canonical NaN.
func Exp(x float32) float32 {
	switch {
	case x != x:
		return canonicalNaN
	case x > expMax:
		return math.Float32frombits(0x7f800000)
	case x < expMin:
		return 0
	}
	t := float32(x * expLog2e)
	var k int32
	if t >= 0 {
		k = int32(t + expHalf)
	} else {
		k = int32(t - expHalf)
	}
	kf := float32(k)
	r := x - float32(kf*expLn2Hi)
	r = r - float32(kf*expLn2Lo)
	p := expC7
	p = float32(p*r) + expC6
	p = float32(p*r) + expC5
	p = float32(p*r) + expC4
	p = float32(p*r) + expC3
	p = float32(p*r) + expC2
	p = float32(p*r) + expOne
	p = float32(p*r) + expOne
	if k > 127 {
		p = float32(p * expTwo)
		k--
	}
	// k ≥ −126 here because x ≥ expMin, so 2^k is a normal float32.
	return float32(p * math.Float32frombits(uint32(k+127)<<23))
}
