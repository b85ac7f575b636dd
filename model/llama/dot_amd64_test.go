//go:build amd64 && !purego

package llama

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/rmsnet/rms/model/gguf"
)

// TestDotQ8VectorMatchesGo: Q8_0 row dots with the AVX2 block sums give
// the bits of the portable Go path, for random rows of
// every length (a multiple of 32 or not) and scales of every kind (normal,
// subnormal, zero, Inf, NaN).
func TestDotQ8VectorMatchesGo(t *testing.T) {
	if !hasAVX2 {
		t.Skip("no AVX2 here")
	}
	rng := rand.New(rand.NewPCG(21, 22))
	for trial := 0; trial < 300; trial++ {
		cols := 1 + rng.IntN(3000)
		rb := rowBytes(gguf.TensorQ8_0, cols)
		m := &Matrix{Type: gguf.TensorQ8_0, Rows: 2, Cols: cols, RowBytes: rb, Data: make([]byte, 2*rb)}
		for i := range m.Data {
			m.Data[i] = byte(rng.Uint32())
		}
		// Scales: mostly ordinary values, sometimes anything (Inf, NaN, subnormal).
		for r := 0; r < 2; r++ {
			for lo := 0; lo < cols; lo += QK {
				off := r*rb + lo/QK*q8Block
				if rng.IntN(20) != 0 {
					binary.LittleEndian.PutUint16(m.Data[off:], f32ToF16(float32(rng.NormFloat64()*0.01)))
				}
			}
		}
		x := make([]float32, cols)
		for i := range x {
			x[i] = float32(rng.NormFloat64() * math.Pow(10, float64(rng.IntN(6)-3)))
		}
		var q QVec
		q.Quantize(x)
		for r := 0; r < 2; r++ {
			vec := m.DotRow(r, &q)
			hasAVX2 = false
			ref := m.DotRow(r, &q)
			hasAVX2 = true
			if math.Float32bits(vec) != math.Float32bits(ref) {
				t.Fatalf("trial %d (%d cols) row %d: vector %v (%#x), Go %v (%#x)", trial, cols, r, vec, math.Float32bits(vec), ref, math.Float32bits(ref))
			}
		}
	}
}

// randomQ8 returns a Q8_0 matrix of random weights whose block scales are
// mostly ordinary and sometimes anything (Inf, NaN, subnormal, zero).
func randomQ8(rng *rand.Rand, rows, cols int) *Matrix {
	rb := rowBytes(gguf.TensorQ8_0, cols)
	m := &Matrix{Type: gguf.TensorQ8_0, Rows: rows, Cols: cols, RowBytes: rb, Data: make([]byte, rows*rb)}
	for i := range m.Data {
		m.Data[i] = byte(rng.Uint32())
	}
	for r := 0; r < rows; r++ {
		for lo := 0; lo < cols; lo += QK {
			if rng.IntN(20) != 0 {
				binary.LittleEndian.PutUint16(m.Data[r*rb+lo/QK*q8Block:], f32ToF16(float32(rng.NormFloat64()*0.01)))
			}
		}
	}
	return m
}

// randomActivation returns cols values of random magnitudes (1e-3…1e2),
// with a block of zeros, an Inf or a NaN now and then.
func randomActivation(rng *rand.Rand, cols int) []float32 {
	x := make([]float32, cols)
	for i := range x {
		x[i] = float32(rng.NormFloat64() * math.Pow(10, float64(rng.IntN(6)-3)))
	}
	switch rng.IntN(8) {
	case 0:
		x[rng.IntN(cols)] = float32(math.Inf(1))
	case 1:
		x[rng.IntN(cols)] = float32(math.NaN())
	case 2:
		for i := 0; i < min(QK, cols); i++ {
			x[i] = 0
		}
	}
	return x
}

// randomQ4 returns a Q4_0 matrix of random nibbles with scales as randomQ8's.
func randomQ4(rng *rand.Rand, rows, cols int) *Matrix {
	rb := rowBytes(gguf.TensorQ4_0, cols)
	m := &Matrix{Type: gguf.TensorQ4_0, Rows: rows, Cols: cols, RowBytes: rb, Data: make([]byte, rows*rb)}
	for i := range m.Data {
		m.Data[i] = byte(rng.Uint32())
	}
	for r := 0; r < rows; r++ {
		for b := 0; b < cols/QK; b++ {
			if rng.IntN(20) != 0 {
				binary.LittleEndian.PutUint16(m.Data[r*rb+18*b:], f32ToF16(float32(rng.NormFloat64()*0.01)))
			}
		}
	}
	return m
}

// TestRows8MatchesGo: products of whole Q8_0 and Q4_0 matrices, where the
// AVX2 kernels take eight rows per pass (MulVec, MulRows of a part
// starting anywhere, MulVecs of several activations, on one and on
// several goroutines), give the bits of the portable Go path row by row,
// for every row count (a multiple of 8 or not), every column count (for
// Q8_0 a multiple of 32 or not) and scales of every kind.
func TestRows8MatchesGo(t *testing.T) {
	if !hasAVX2 {
		t.Skip("no AVX2 here")
	}
	rng := rand.New(rand.NewPCG(23, 24))
	for trial := 0; trial < 300; trial++ {
		rows, cols := 1+rng.IntN(70), 1+rng.IntN(1200)
		var m *Matrix
		if trial%3 == 2 {
			cols = QK * (1 + rng.IntN(40))
			m = randomQ4(rng, rows, cols)
		} else {
			if trial%3 == 1 {
				cols = QK * (1 + rng.IntN(40))
			}
			m = randomQ8(rng, rows, cols)
		}
		xs := make([]*QVec, 1+rng.IntN(3))
		for i := range xs {
			xs[i] = new(QVec)
			xs[i].Quantize(randomActivation(rng, cols))
		}
		want := make([][]float32, len(xs))
		hasAVX2 = false
		for i, x := range xs {
			want[i] = make([]float32, rows)
			for r := range want[i] {
				want[i][r] = m.DotRow(r, x)
			}
		}
		hasAVX2 = true
		lo := rng.IntN(rows)
		hi := lo + 1 + rng.IntN(rows-lo)
		for _, w := range []int{1, 3} {
			got := make([]float32, rows)
			m.MulVec(got, xs[0], w)
			part := make([]float32, hi-lo)
			m.MulRows(part, xs[0], lo, hi, w)
			many := make([][]float32, len(xs))
			for i := range many {
				many[i] = make([]float32, rows)
			}
			m.MulVecs(many, xs, w)
			for r := range want[0] {
				if math.Float32bits(got[r]) != math.Float32bits(want[0][r]) {
					t.Fatalf("trial %d (%s %d×%d, %d workers) row %d: vector %v (%#x), Go %v (%#x)", trial, m.Type, rows, cols, w, r, got[r], math.Float32bits(got[r]), want[0][r], math.Float32bits(want[0][r]))
				}
				if r >= lo && r < hi && math.Float32bits(part[r-lo]) != math.Float32bits(want[0][r]) {
					t.Fatalf("trial %d (%s %d×%d, rows %d…%d) row %d: part %v, Go %v", trial, m.Type, rows, cols, lo, hi, r, part[r-lo], want[0][r])
				}
				for i := range xs {
					if math.Float32bits(many[i][r]) != math.Float32bits(want[i][r]) {
						t.Fatalf("trial %d (%s %d×%d) activation %d row %d: batched %v, Go %v", trial, m.Type, rows, cols, i, r, many[i][r], want[i][r])
					}
				}
			}
		}
	}
}

// BenchmarkMulVecQ8 compares the portable path and the AVX2 block sums on
// a 2048 × 2048 Q8_0 matrix, one goroutine.
func BenchmarkMulVecQ8(b *testing.B) {
	const n = 2048
	rb := rowBytes(gguf.TensorQ8_0, n)
	m := &Matrix{Type: gguf.TensorQ8_0, Rows: n, Cols: n, RowBytes: rb, Data: make([]byte, n*rb)}
	rng := rand.New(rand.NewPCG(1, 1))
	for i := range m.Data {
		m.Data[i] = byte(rng.Uint32())
	}
	for r := 0; r < n; r++ {
		for blk := 0; blk < n/QK; blk++ {
			binary.LittleEndian.PutUint16(m.Data[r*rb+blk*q8Block:], f32ToF16(0.01))
		}
	}
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(rng.NormFloat64())
	}
	var q QVec
	q.Quantize(x)
	y := make([]float32, n)
	if !hasAVX2 {
		b.Skip("no AVX2 here")
	}
	for _, mode := range []struct {
		name string
		avx2 bool
	}{{"go", false}, {"avx2", true}} {
		b.Run(mode.name, func(b *testing.B) {
			hasAVX2 = mode.avx2
			defer func() { hasAVX2 = true }()
			c0 := cpuTime()
			for i := 0; i < b.N; i++ {
				m.MulVec(y, &q, 1)
			}
			// CPU time, not wall time: the machine may be shared.
			b.ReportMetric(float64(n*n)*float64(b.N)/(cpuTime()-c0).Seconds()/1e9, "GMAC/cpu-s")
		})
	}
}

// TestMulSetMatchesRows: MulSet of two or three matrices of one column
// count (Q8_0 and Q4_0 mixed, row counts a multiple of 8 or not), one or
// several activations, on one and on several goroutines, gives for every
// row of every matrix the bits of DotRow on the portable Go path, and
// writes nothing past the matrices' rows.
func TestMulSetMatchesRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(25, 26))
	avx2 := hasAVX2
	defer func() { hasAVX2 = avx2 }()
	for trial := 0; trial < 200; trial++ {
		cols := QK * (1 + rng.IntN(40))
		mats := make([]*Matrix, 2+rng.IntN(2))
		for i := range mats {
			rows := 1 + rng.IntN(300)
			if rng.IntN(2) == 0 {
				mats[i] = randomQ4(rng, rows, cols)
			} else {
				mats[i] = randomQ8(rng, rows, cols)
			}
		}
		xs := make([]*QVec, 1+rng.IntN(3))
		for i := range xs {
			xs[i] = new(QVec)
			xs[i].Quantize(randomActivation(rng, cols))
		}
		for _, w := range []int{1, 2, 5} {
			yss := make([][][]float32, len(mats))
			for i, m := range mats {
				yss[i] = make([][]float32, len(xs))
				for k := range xs {
					yss[i][k] = make([]float32, m.Rows+1)
					yss[i][k][m.Rows] = 42 // past the rows: must stay
				}
			}
			hasAVX2 = avx2
			MulSet(yss, mats, xs, w)
			hasAVX2 = false
			for i, m := range mats {
				for k, x := range xs {
					for r := 0; r < m.Rows; r++ {
						if got, want := yss[i][k][r], m.DotRow(r, x); math.Float32bits(got) != math.Float32bits(want) {
							t.Fatalf("trial %d, %d workers: matrix %d (%s %d×%d) activation %d row %d: %v, DotRow %v", trial, w, i, m.Type, m.Rows, cols, k, r, got, want)
						}
					}
					if yss[i][k][m.Rows] != 42 {
						t.Fatalf("trial %d: matrix %d activation %d: wrote past its %d rows", trial, i, k, m.Rows)
					}
				}
			}
		}
	}
}

// TestQuantizeVectorMatchesGo: Quantize with the AVX2 kernels gives the
// values and scales of the portable Go path bit for bit, for every length
// (a multiple of 32 or not, past the kernels' 64-block chunk) and for
// blocks made to hit every case of the rounding: exact ties x.5 of both
// parities and signs (a block whose largest magnitude is 127 has factor
// 1), the ends ±127, −0, subnormals, zeros, Inf, NaN and huge values.
func TestQuantizeVectorMatchesGo(t *testing.T) {
	if !hasAVX2 {
		t.Skip("no AVX2 here")
	}
	rng := rand.New(rand.NewPCG(27, 28))
	special := []float32{0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 126.5, -126.5, 125.5, -125.5, 127, -127, 0, float32(math.Copysign(0, -1)),
		1e-45, -1e-45, 1e-39, 3e38, -3e38, float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN()), 63.5, 64.5}
	for trial := 0; trial < 2000; trial++ {
		n := 1 + rng.IntN(3000)
		if trial < 100 {
			n = QK * (1 + trial%70)
		}
		x := randomActivation(rng, n)
		for b := 0; b+QK <= n; b += QK {
			switch rng.IntN(6) {
			case 0: // ties: factor 1 when the block's maximum is 127
				for i := b; i < b+QK; i++ {
					x[i] = float32(rng.IntN(255)-127) + 0.5*float32(rng.IntN(2))
					if x[i] > 127 {
						x[i] = 126.5
					}
				}
				x[b+rng.IntN(QK)] = 127
			case 1:
				for i := b; i < b+QK; i++ {
					x[i] = special[rng.IntN(len(special))]
				}
			case 2: // all equal magnitudes, or all zero
				v := special[rng.IntN(len(special))]
				for i := b; i < b+QK; i++ {
					x[i] = v
				}
			}
		}
		var vec, ref QVec
		vec.Quantize(x)
		hasAVX2 = false
		ref.Quantize(x)
		hasAVX2 = true
		for i := range ref.Q {
			if vec.Q[i] != ref.Q[i] {
				t.Fatalf("trial %d (%d values) value %d (%v, block scale %v): vector %d, Go %d", trial, n, i, x[i], ref.D[i/QK], vec.Q[i], ref.Q[i])
			}
		}
		for b := range ref.D {
			if math.Float32bits(vec.D[b]) != math.Float32bits(ref.D[b]) {
				t.Fatalf("trial %d (%d values) block %d: scale %v (%#x), Go %v (%#x)", trial, n, b, vec.D[b], math.Float32bits(vec.D[b]), ref.D[b], math.Float32bits(ref.D[b]))
			}
		}
	}
}

// BenchmarkQuantize compares the portable path and the AVX2 kernels on
// 768 activations (stories15M's FFN width), one goroutine.
func BenchmarkQuantize(b *testing.B) {
	if !hasAVX2 {
		b.Skip("no AVX2 here")
	}
	x := randomActivation(rand.New(rand.NewPCG(3, 3)), 768)
	var q QVec
	for _, mode := range []struct {
		name string
		avx2 bool
	}{{"go", false}, {"avx2", true}} {
		b.Run(mode.name, func(b *testing.B) {
			hasAVX2 = mode.avx2
			defer func() { hasAVX2 = true }()
			for i := 0; i < b.N; i++ {
				q.Quantize(x)
			}
		})
	}
}

// TestAttentionVectorMatchesGo: the AVX2 score dots (attnScores) and
// weighted sums (attnSum) of attention give the bits of the portable Go
// loops, for head sizes a multiple of 8 or not, every number of positions
// (a multiple of 8 or not), key strides wider than a head, and values of
// every kind (tiny to huge, subnormal, −0, Inf, the canonical NaN).
func TestAttentionVectorMatchesGo(t *testing.T) {
	if !hasAVX2 {
		t.Skip("no AVX2 here")
	}
	rng := rand.New(rand.NewPCG(29, 30))
	special := []float32{0, float32(math.Copysign(0, -1)), 1e-45, -3e-39, 3e38, -3e38, float32(math.Inf(1)), float32(math.Inf(-1)), canonicalNaN}
	value := func() float32 {
		if rng.IntN(50) == 0 {
			return special[rng.IntN(len(special))]
		}
		return float32(rng.NormFloat64() * math.Pow(10, float64(rng.IntN(9)-4)))
	}
	for trial := 0; trial < 1000; trial++ {
		hd := 8 * (1 + rng.IntN(20))
		if trial%5 == 4 {
			hd = 1 + rng.IntN(100)
		}
		n := 1 + rng.IntN(90)
		stride := hd + rng.IntN(3)*8 + rng.IntN(2)
		q := make([]float32, hd)
		for i := range q {
			q[i] = value()
		}
		kv := make([]float32, (n-1)*stride+hd)
		for i := range kv {
			kv[i] = value()
		}
		p := make([]float32, n)
		for i := range p {
			p[i] = value()
		}
		sc, ref := make([]float32, n), make([]float32, n)
		attnScores(sc, q, kv, stride)
		attnScoresGo(ref, q, kv, stride)
		for i := range sc {
			if math.Float32bits(sc[i]) != math.Float32bits(ref[i]) {
				t.Fatalf("trial %d (head %d, %d positions, stride %d): score %d vector %v (%#x), Go %v (%#x)", trial, hd, n, stride, i, sc[i], math.Float32bits(sc[i]), ref[i], math.Float32bits(ref[i]))
			}
		}
		o, oref := make([]float32, hd), make([]float32, hd)
		for i := range o {
			o[i] = 99 // must be overwritten
		}
		attnSum(o, p, kv, stride)
		attnSumGo(oref, p, kv, stride)
		for i := range o {
			if math.Float32bits(o[i]) != math.Float32bits(oref[i]) {
				t.Fatalf("trial %d (head %d, %d positions, stride %d): sum %d vector %v (%#x), Go %v (%#x)", trial, hd, n, stride, i, o[i], math.Float32bits(o[i]), oref[i], math.Float32bits(oref[i]))
			}
		}
	}
}

// BenchmarkAttention compares the portable path and the AVX2 kernels on
// one stories110M-sized attention (12 heads of 64, 256 positions).
func BenchmarkAttention(b *testing.B) {
	if !hasAVX2 {
		b.Skip("no AVX2 here")
	}
	c := Config{Heads: 12, KVHeads: 12, HeadDim: 64}
	m := &Model{Config: c, workers: 1}
	rng := rand.New(rand.NewPCG(5, 5))
	const n = 256
	q, out := randomActivation(rng, 12*64), make([]float32, 12*64)
	keys, vals := randomActivation(rng, n*12*64), randomActivation(rng, n*12*64)
	scores := make([]float32, 12*n)
	for _, mode := range []struct {
		name string
		avx2 bool
	}{{"go", false}, {"avx2", true}} {
		b.Run(mode.name, func(b *testing.B) {
			hasAVX2 = mode.avx2
			defer func() { hasAVX2 = true }()
			for i := 0; i < b.N; i++ {
				m.Attention(out, q, keys, vals, scores)
			}
		})
	}
}

// TestKQuantVectorMatchesGo: the AVX2 Q4_K and Q6_K row kernels
// (q4kRow, q6kRow) give the bits of the Go path (dotQ4K, dotQ6K) for rows
// of one to three random super-blocks (every nibble, six-bit value, scale
// and min; f16 scales of every kind, Inf and NaN included), activations
// from −127 to 127 with scales of every kind, and the extremes (all bits
// set against ±127); and whole-row dots of random Q4_K and Q6_K matrices
// (MulVec on several goroutines) equal DotRow on the Go path.
func TestKQuantVectorMatchesGo(t *testing.T) {
	if !hasAVX2 {
		t.Skip("no AVX2 here")
	}
	rng := rand.New(rand.NewPCG(31, 32))
	special := []float32{0, 1e-40, float32(math.Inf(1)), float32(math.NaN()), 3e38}
	for trial := 0; trial < 3000; trial++ {
		nsb := 1 + rng.IntN(3)
		row := make([]byte, 210*nsb)
		for i := range row {
			row[i] = byte(rng.Uint32())
		}
		x := QVec{Q: make([]int8, 256*nsb), D: make([]float32, 8*nsb)}
		for i := range x.Q {
			x.Q[i] = int8(rng.IntN(255) - 127)
		}
		for i := range x.D {
			x.D[i] = float32(rng.NormFloat64() * 0.01)
			if rng.IntN(30) == 0 {
				x.D[i] = special[rng.IntN(len(special))]
			}
		}
		if trial%10 == 0 { // the extremes
			for i := range x.Q {
				x.Q[i] = int8(127 - 254*(i&1))
			}
			for i := range row {
				row[i] = 0xff
			}
			for sb := 0; sb < nsb; sb++ { // finite scales
				binary.LittleEndian.PutUint16(row[144*sb:], f32ToF16(0.5))
				binary.LittleEndian.PutUint16(row[144*sb+2:], f32ToF16(0.25))
			}
		} else if rng.IntN(2) == 0 { // ordinary f16 scales
			for sb := 0; sb < nsb; sb++ {
				binary.LittleEndian.PutUint16(row[144*sb:], f32ToF16(float32(rng.NormFloat64()*0.01)))
				binary.LittleEndian.PutUint16(row[144*sb+2:], f32ToF16(float32(rng.NormFloat64()*0.01)))
			}
		}
		if got, want := q4kRow(row[:144*nsb], &x), dotQ4K(row[:144*nsb], &x); math.Float32bits(canon(got)) != math.Float32bits(canon(want)) {
			t.Fatalf("trial %d: Q4_K row of %d super-blocks %v (%#x), Go %v (%#x)", trial, nsb, got, math.Float32bits(got), want, math.Float32bits(want))
		}
		if trial%10 == 0 {
			for sb := 0; sb < nsb; sb++ {
				binary.LittleEndian.PutUint16(row[210*sb+208:], f32ToF16(0.5))
			}
		} else if rng.IntN(2) == 0 {
			for sb := 0; sb < nsb; sb++ {
				binary.LittleEndian.PutUint16(row[210*sb+208:], f32ToF16(float32(rng.NormFloat64()*0.01)))
			}
		}
		if got, want := q6kRow(row, &x), dotQ6K(row, &x); math.Float32bits(canon(got)) != math.Float32bits(canon(want)) {
			t.Fatalf("trial %d: Q6_K row of %d super-blocks %v (%#x), Go %v (%#x)", trial, nsb, got, math.Float32bits(got), want, math.Float32bits(want))
		}
	}
	for trial := 0; trial < 100; trial++ {
		typ, bs := gguf.TensorQ4_K, 144
		if trial%2 == 1 {
			typ, bs = gguf.TensorQ6_K, 210
		}
		rows, cols := 1+rng.IntN(40), 256*(1+rng.IntN(8))
		rb := cols / 256 * bs
		m := &Matrix{Type: typ, Rows: rows, Cols: cols, RowBytes: rb, Data: make([]byte, rows*rb)}
		for i := range m.Data {
			m.Data[i] = byte(rng.Uint32())
		}
		for r := 0; r < rows; r++ { // f16 scales: mostly ordinary, sometimes anything
			for sb := 0; sb < cols/256; sb++ {
				o := r*rb + sb*bs
				if typ == gguf.TensorQ6_K {
					o += 208
				}
				if rng.IntN(20) != 0 {
					binary.LittleEndian.PutUint16(m.Data[o:], f32ToF16(float32(rng.NormFloat64()*0.01)))
					if typ == gguf.TensorQ4_K {
						binary.LittleEndian.PutUint16(m.Data[o+2:], f32ToF16(float32(rng.NormFloat64()*0.01)))
					}
				}
			}
		}
		var q QVec
		q.Quantize(randomActivation(rng, cols))
		got := make([]float32, rows)
		m.MulVec(got, &q, 3)
		hasAVX2 = false
		for r := range got {
			if want := m.DotRow(r, &q); math.Float32bits(got[r]) != math.Float32bits(want) {
				hasAVX2 = true
				t.Fatalf("trial %d (%s %d×%d) row %d: vector %v (%#x), Go %v (%#x)", trial, typ, rows, cols, r, got[r], math.Float32bits(got[r]), want, math.Float32bits(want))
			}
		}
		hasAVX2 = true
	}
}

// BenchmarkMulVecKQuant compares the portable path and the AVX2 sums on
// 1024 × 2048 Q4_K and Q6_K matrices, one goroutine.
func BenchmarkMulVecKQuant(b *testing.B) {
	if !hasAVX2 {
		b.Skip("no AVX2 here")
	}
	const rows, cols = 1024, 2048
	rng := rand.New(rand.NewPCG(7, 7))
	var q QVec
	q.Quantize(randomActivation(rng, cols))
	y := make([]float32, rows)
	for _, k := range []struct {
		typ gguf.TensorType
		bs  int
	}{{gguf.TensorQ4_K, 144}, {gguf.TensorQ6_K, 210}} {
		rb := cols / 256 * k.bs
		m := &Matrix{Type: k.typ, Rows: rows, Cols: cols, RowBytes: rb, Data: make([]byte, rows*rb)}
		for i := range m.Data {
			m.Data[i] = byte(rng.Uint32())
		}
		for _, mode := range []struct {
			name string
			avx2 bool
		}{{"go", false}, {"avx2", true}} {
			b.Run(k.typ.String()+"/"+mode.name, func(b *testing.B) {
				hasAVX2 = mode.avx2
				defer func() { hasAVX2 = true }()
				c0 := cpuTime()
				for i := 0; i < b.N; i++ {
					m.MulVec(y, &q, 1)
				}
				b.ReportMetric(float64(rows*cols)*float64(b.N)/(cpuTime()-c0).Seconds()/1e9, "GMAC/cpu-s")
			})
		}
	}
}
