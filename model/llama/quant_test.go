package llama

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/rmsnet/rms/model/gguf"
)

// randomMatrix returns a rows×cols matrix of type typ with random data.
func randomMatrix(t *testing.T, typ gguf.TensorType, rows, cols int, seed uint64) (*Matrix, *gguf.Tensor) {
	t.Helper()
	gt := &gguf.Tensor{Name: "w", Dims: []uint64{uint64(cols), uint64(rows)}, Type: typ}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	if _, err := synthTensor(w, gt, rand.New(rand.NewPCG(seed, 9))); err != nil {
		t.Fatal(err)
	}
	gt.Data = buf.Bytes()
	m, err := NewMatrix(gt, 3)
	if err != nil {
		t.Fatal(err)
	}
	return m, gt
}

func randomVec(n int, seed uint64) []float32 {
	rng := rand.New(rand.NewPCG(seed, 7))
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(rng.NormFloat64())
	}
	return x
}

// TestDotRowAgainstFloat: every weight type's integer block dot equals the
// float64 dot of the dequantised row and the dequantised activations, to
// float32 rounding.
func TestDotRowAgainstFloat(t *testing.T) {
	for _, typ := range []gguf.TensorType{gguf.TensorF32, gguf.TensorF16, gguf.TensorQ8_0, gguf.TensorQ4_0, gguf.TensorQ4_K, gguf.TensorQ6_K} {
		cols := 512
		m, _ := randomMatrix(t, typ, 8, cols, uint64(typ))
		x := randomVec(cols, 5)
		var q QVec
		q.Quantize(x)
		row := make([]float32, cols)
		y := make([]float32, m.Rows)
		m.MulVec(y, &q, 4)
		for r := 0; r < m.Rows; r++ {
			m.Row(r, row)
			var want, mag float64
			for i := range row {
				xi := float64(q.Q[i]) * float64(q.D[i/QK])
				want += float64(row[i]) * xi
				mag += math.Abs(float64(row[i]) * xi)
			}
			got := m.DotRow(r, &q)
			if math.Abs(float64(got)-want) > 1e-5*mag+1e-30 {
				t.Errorf("%s row %d: dot %v, float reference %v (magnitude %v)", typ, r, got, want, mag)
			}
			if y[r] != got {
				t.Errorf("%s row %d: MulVec %v, DotRow %v", typ, r, y[r], got)
			}
		}
	}
}

// TestQuantizeShortBlock: a row of 172 values (stories260K's FFN) is
// quantised in five blocks of 32 and one of 12; each value is within half
// a step of its block's scale, and the largest value of a block maps to ±127.
func TestQuantizeShortBlock(t *testing.T) {
	x := randomVec(172, 11)
	x[170] = 9 // the short block's largest magnitude
	var q QVec
	q.Quantize(x)
	if len(q.D) != 6 || len(q.Q) != 172 {
		t.Fatalf("%d scales, %d values", len(q.D), len(q.Q))
	}
	if q.Q[170] != 127 {
		t.Fatalf("largest value quantised to %d", q.Q[170])
	}
	for i, v := range x {
		d := q.D[i/QK]
		if e := math.Abs(float64(v) - float64(q.Q[i])*float64(d)); e > 0.51*float64(d)+1e-3*math.Abs(float64(v)) {
			t.Fatalf("x[%d] = %v, quantised %d·%v (error %v)", i, v, q.Q[i], d, e)
		}
	}
	// F32 weights of that width are held as Q8_0 rows ending in a short block.
	gt := &gguf.Tensor{Name: "ffn_down", Dims: []uint64{172, 1}, Type: gguf.TensorF32, Data: make([]byte, 172*4)}
	for i, v := range x {
		binary.LittleEndian.PutUint32(gt.Data[4*i:], math.Float32bits(v))
	}
	m, err := NewMatrix(gt, 1)
	if err != nil {
		t.Fatal(err)
	}
	if m.RowBytes != 5*34+2+12 {
		t.Fatalf("row of %d bytes", m.RowBytes)
	}
	row := make([]float32, 172)
	m.Row(0, row)
	for i := range row {
		if row[i] != float32(float32(q.Q[i])*q.D[i/QK]) && row[i] != float32(q.D[i/QK]*float32(q.Q[i])) {
			t.Fatalf("weight %d: %v, activation path %v", i, row[i], float32(q.Q[i])*q.D[i/QK])
		}
	}
}

func TestRoundEven(t *testing.T) {
	for _, c := range []struct {
		in   float32
		want int32
	}{{0.5, 0}, {1.5, 2}, {2.5, 2}, {-0.5, 0}, {-1.5, -2}, {-2.5, -2}, {126.5, 126}, {127.4, 127}, {200, 127}, {-200, -127}, {float32(math.NaN()), 0}, {0.49999997, 0}} {
		if got := roundEven(c.in); got != c.want {
			t.Errorf("roundEven(%v) = %d, want %d", c.in, got, c.want)
		}
	}
}

// Dequantisers transcribed from llama.cpp's ggml-quants.c
// (dequantize_row_q4_0, _q4_K, _q6_K), the independent reference of the
// block layouts.
func refScaleMinK4(j int, q []byte) (byte, byte) {
	if j < 4 {
		return q[j] & 63, q[j+4] & 63
	}
	return (q[j+4] & 0xF) | ((q[j-4] >> 6) << 4), (q[j+4] >> 4) | ((q[j-0] >> 6) << 4)
}

func refDequant(typ gguf.TensorType, x []byte, k int) []float32 {
	le := binary.LittleEndian
	y := make([]float32, 0, k)
	switch typ {
	case gguf.TensorQ4_0:
		for b := 0; b < k/32; b++ {
			blk := x[18*b:]
			d := f16ToF32(le.Uint16(blk))
			out := make([]float32, 32)
			for j := 0; j < 16; j++ {
				out[j] = float32(int(blk[2+j]&0x0F)-8) * d
				out[j+16] = float32(int(blk[2+j]>>4)-8) * d
			}
			y = append(y, out...)
		}
	case gguf.TensorQ4_K:
		for b := 0; b < k/256; b++ {
			blk := x[144*b:]
			d, mn := f16ToF32(le.Uint16(blk)), f16ToF32(le.Uint16(blk[2:]))
			scales, q := blk[4:16], blk[16:144]
			is := 0
			for j := 0; j < 256; j += 64 {
				sc, m := refScaleMinK4(is, scales)
				d1, m1 := d*float32(sc), mn*float32(m)
				sc, m = refScaleMinK4(is+1, scales)
				d2, m2 := d*float32(sc), mn*float32(m)
				for l := 0; l < 32; l++ {
					y = append(y, d1*float32(q[l]&0xF)-m1)
				}
				for l := 0; l < 32; l++ {
					y = append(y, d2*float32(q[l]>>4)-m2)
				}
				q = q[32:]
				is += 2
			}
		}
	case gguf.TensorQ6_K:
		for b := 0; b < k/256; b++ {
			blk := x[210*b:]
			ql, qh, sc := blk[0:128], blk[128:192], blk[192:208]
			d := f16ToF32(le.Uint16(blk[208:]))
			out := make([]float32, 256)
			for n := 0; n < 256; n += 128 {
				for l := 0; l < 32; l++ {
					is := l / 16
					q1 := int8((ql[l+0]&0xF)|(((qh[l]>>0)&3)<<4)) - 32
					q2 := int8((ql[l+32]&0xF)|(((qh[l]>>2)&3)<<4)) - 32
					q3 := int8((ql[l+0]>>4)|(((qh[l]>>4)&3)<<4)) - 32
					q4 := int8((ql[l+32]>>4)|(((qh[l]>>6)&3)<<4)) - 32
					out[n+l+0] = d * float32(int8(sc[is+0])) * float32(q1)
					out[n+l+32] = d * float32(int8(sc[is+2])) * float32(q2)
					out[n+l+64] = d * float32(int8(sc[is+4])) * float32(q3)
					out[n+l+96] = d * float32(int8(sc[is+6])) * float32(q4)
				}
				ql, qh, sc = ql[64:], qh[32:], sc[8:]
			}
			y = append(y, out...)
		}
	}
	return y
}

// TestBlockLayouts: Row's unpacking of Q4_0, Q4_K and Q6_K blocks equals
// llama.cpp's dequantisers.
func TestBlockLayouts(t *testing.T) {
	for _, typ := range []gguf.TensorType{gguf.TensorQ4_0, gguf.TensorQ4_K, gguf.TensorQ6_K} {
		m, gt := randomMatrix(t, typ, 3, 512, uint64(typ)+100)
		row := make([]float32, 512)
		for r := 0; r < 3; r++ {
			m.Row(r, row)
			want := refDequant(typ, gt.Data[r*m.RowBytes:], 512)
			for i := range row {
				if math.Abs(float64(row[i]-want[i])) > 1e-6*math.Abs(float64(want[i]))+1e-12 {
					t.Fatalf("%s row %d value %d: %v, llama.cpp %v", typ, r, i, row[i], want[i])
				}
			}
		}
	}
}

// TestBlockDotsAVX2: the vector block dots equal the portable ones bit for
// bit, extremes included (weights −128…127, activations −127…127).
func TestBlockDotsAVX2(t *testing.T) {
	if !hasAVX2 {
		t.Skip("no AVX2 here: the portable path is the only one")
	}
	rng := rand.New(rand.NewPCG(8, 8))
	for trial := 0; trial < 200; trial++ {
		nb := 1 + rng.IntN(70)
		row := make([]byte, nb*q8Block)
		x := make([]int8, nb*QK)
		for i := range row {
			row[i] = byte(rng.Uint32())
		}
		for i := range x {
			x[i] = int8(rng.IntN(255) - 127)
		}
		if trial%3 == 0 { // the largest magnitudes everywhere
			for b := 0; b < nb; b++ {
				for i := 0; i < QK; i++ {
					row[b*q8Block+2+i] = 0x80
					x[b*QK+i] = -127
				}
			}
		}
		got, want := make([]int32, nb), make([]int32, nb)
		blockDots(row, x, got)
		blockDotsGo(row, x, want)
		for b := range got {
			if got[b] != want[b] {
				t.Fatalf("trial %d block %d: AVX2 %d, Go %d", trial, b, got[b], want[b])
			}
		}
	}
}
