package model

import (
	"github.com/rmsnet/rms/merkle"
	"math"
	"strings"
	"testing"
)

func mk(t *testing.T) func(Tensor, error) Tensor {
	return func(tt Tensor, err error) Tensor {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return tt
	}
}

func TestMatMul(t *testing.T) {
	tests := []struct {
		name    string
		a, w    Tensor
		want    Tensor
		wantErr string
	}{
		{
			name: "i8 2x3 by 2x3",
			a:    Tensor{DType: I8, Shape: []int{2, 3}, I8: []int8{1, 2, 3, -4, 5, -6}},
			w:    Tensor{DType: I8, Shape: []int{2, 3}, I8: []int8{1, 0, -1, 127, -128, 2}},
			want: Tensor{DType: I32, Shape: []int{2, 2}, I32: []int32{1 - 3, 127 - 256 + 6, -4 + 6, -508 - 640 - 12}},
		},
		{
			name: "i16 vector",
			a:    Tensor{DType: I16, Shape: []int{3}, I16: []int16{32767, -32768, 255}},
			w:    Tensor{DType: I8, Shape: []int{1, 3}, I8: []int8{127, 127, -128}},
			want: Tensor{DType: I32, Shape: []int{1}, I32: []int32{32767*127 - 32768*127 - 255*128}},
		},
		{
			name: "extremes do not overflow",
			a:    Tensor{DType: I8, Shape: []int{1, 5}, I8: []int8{-128, -128, -128, -128, -128}},
			w:    Tensor{DType: I8, Shape: []int{1, 5}, I8: []int8{-128, -128, -128, -128, -128}},
			want: Tensor{DType: I32, Shape: []int{1, 1}, I32: []int32{5 * 16384}},
		},
		{
			name:    "K mismatch",
			a:       Tensor{DType: I8, Shape: []int{1, 2}, I8: []int8{1, 2}},
			w:       Tensor{DType: I8, Shape: []int{1, 3}, I8: []int8{1, 2, 3}},
			wantErr: "K=2",
		},
		{
			name:    "f32 weights rejected",
			a:       Tensor{DType: I8, Shape: []int{1}, I8: []int8{1}},
			w:       Tensor{DType: F32, Shape: []int{1, 1}, F32: []float32{1}},
			wantErr: "weight dtype f32",
		},
		{
			name:    "bad data length",
			a:       Tensor{DType: I8, Shape: []int{2}, I8: []int8{1}},
			w:       Tensor{DType: I8, Shape: []int{1, 2}, I8: []int8{1, 1}},
			wantErr: "needs 2 elements",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, workers := range []int{1, 2, 7} {
				got, err := MatMul(tc.a, tc.w, workers)
				if tc.wantErr != "" {
					if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
						t.Fatalf("err = %v, want %q", err, tc.wantErr)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if !got.Equal(tc.want) {
					t.Fatalf("workers %d: got %v %v, want %v %v", workers, got.Shape, got.I32, tc.want.Shape, tc.want.I32)
				}
			}
		})
	}
}

// TestMatMulWorkers checks the parallel path against a naive product on a
// size large enough to split.
func TestMatMulWorkers(t *testing.T) {
	// Large enough for MatMul to split the work (parallelMinWork), with N
	// not a multiple of 4 so that splits cut through rows and through the
	// four-output groups.
	const b, k, n = 8, 300, 115
	if b*n*k < parallelMinWork {
		t.Fatalf("%d multiply-adds stay on one goroutine; the test would not split", b*n*k)
	}
	a := mk(t)(New(I8, b, k))
	a16 := mk(t)(New(I16, b, k))
	w := mk(t)(New(I8, n, k))
	seed := uint32(1)
	next := func() uint32 { seed = seed*1664525 + 1013904223; return seed >> 8 }
	for i := range a.I8 {
		a.I8[i] = int8(next())
		a16.I16[i] = int16(next())
	}
	// Rows 1 and 5 are mostly zeros, so they take the sparse path; the
	// others are dense.
	for _, r := range []int{1, 5} {
		for i := r * k; i < (r+1)*k; i++ {
			if i%5 != 0 {
				a.I8[i], a16.I16[i] = 0, 0
			}
		}
	}
	for i := range w.I8 {
		w.I8[i] = int8(next())
	}
	for _, in := range []Tensor{a, a16} {
		want := make([]int32, b*n)
		for r := 0; r < b; r++ {
			for c := 0; c < n; c++ {
				var s int32
				for j := 0; j < k; j++ {
					if in.DType == I8 {
						s += int32(in.I8[r*k+j]) * int32(w.I8[c*k+j])
					} else {
						s += int32(in.I16[r*k+j]) * int32(w.I8[c*k+j])
					}
				}
				want[r*n+c] = s
			}
		}
		for _, workers := range []int{1, 2, 3, 7, 16, 1000} {
			got := mk(t)(MatMul(in, w, workers))
			for i := range want {
				if got.I32[i] != want[i] {
					t.Fatalf("%s workers %d: y[%d] = %d, want %d", in.DType, workers, i, got.I32[i], want[i])
				}
			}
		}
	}
}

func TestAddBiasReLU(t *testing.T) {
	x := Tensor{DType: I32, Shape: []int{2, 2}, I32: []int32{1, -5, math.MaxInt32, 0}}
	b := Tensor{DType: I32, Shape: []int{2}, I32: []int32{3, 4}}
	y := mk(t)(AddBias(x, b))
	want := []int32{4, -1, math.MinInt32 + 2, 4} // int32 addition wraps
	for i := range want {
		if y.I32[i] != want[i] {
			t.Fatalf("add bias: %v, want %v", y.I32, want)
		}
	}
	r := mk(t)(ReLU(y))
	wantR := []int32{4, 0, 0, 4}
	for i := range wantR {
		if r.I32[i] != wantR[i] {
			t.Fatalf("relu: %v, want %v", r.I32, wantR)
		}
	}
	f := Tensor{DType: F32, Shape: []int{4}, F32: []float32{-1, float32(math.Copysign(0, -1)), float32(math.NaN()), 2.5}}
	rf := mk(t)(ReLU(f))
	for i, w := range []float32{0, 0, 0, 2.5} {
		if math.Float32bits(rf.F32[i]) != math.Float32bits(w) {
			t.Fatalf("relu f32[%d] = %v (bits %x), want %v", i, rf.F32[i], math.Float32bits(rf.F32[i]), w)
		}
	}
	i8 := mk(t)(ReLU(Tensor{DType: I8, Shape: []int{2}, I8: []int8{-128, 127}}))
	if i8.I8[0] != 0 || i8.I8[1] != 127 {
		t.Fatalf("relu i8 = %v", i8.I8)
	}
	if _, err := AddBias(x, Tensor{DType: I32, Shape: []int{3}, I32: []int32{1, 2, 3}}); err == nil {
		t.Fatal("add bias with a wrong bias length: no error")
	}
	if _, err := AddBias(x, Tensor{DType: F32, Shape: []int{2}, F32: []float32{1, 2}}); err == nil {
		t.Fatal("add bias of mixed dtypes: no error")
	}
}

func TestRequant(t *testing.T) {
	x := Tensor{DType: I32, Shape: []int{7}, I32: []int32{0, 1, 2, 3, -3, 1000, -1000}}
	tests := []struct {
		name    string
		mult    int64
		shift   int
		zero    int64
		out     DType
		want    []int64
		wantErr string
	}{
		{name: "halve, round half up", mult: 1, shift: 1, out: I8, want: []int64{0, 1, 1, 2, -1, 127, -128}},
		{name: "identity", mult: 1, shift: 0, out: I16, want: []int64{0, 1, 2, 3, -3, 1000, -1000}},
		{name: "scale 3/4 with zero point", mult: 3, shift: 2, zero: 10, out: I8, want: []int64{10, 11, 12, 12, 8, 127, -128}},
		{name: "big multiplier", mult: math.MaxInt32, shift: 31, out: I16, want: []int64{0, 1, 2, 3, -3, 1000, -1000}},
		{name: "negative multiplier", mult: -1, out: I8, wantErr: "multiplier"},
		{name: "shift too big", mult: 1, shift: 63, out: I8, wantErr: "shift"},
		{name: "f32 output", mult: 1, out: F32, wantErr: "output dtype"},
		{name: "zero point outside", mult: 1, zero: 200, out: I8, wantErr: "zero point"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			y, err := Requant(x, tc.mult, tc.shift, tc.zero, tc.out)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for i, w := range tc.want {
				var g int64
				if tc.out == I8 {
					g = int64(y.I8[i])
				} else {
					g = int64(y.I16[i])
				}
				if g != w {
					t.Fatalf("y[%d] = %d, want %d", i, g, w)
				}
			}
		})
	}
}

func TestDequant(t *testing.T) {
	y := mk(t)(Dequant(Tensor{DType: I32, Shape: []int{3}, I32: []int32{-2, 0, 1 << 24}}, 0.5))
	for i, w := range []float32{-1, 0, 1 << 23} {
		if y.F32[i] != w {
			t.Fatalf("dequant = %v", y.F32)
		}
	}
	if _, err := Dequant(Tensor{DType: F32, Shape: []int{1}, F32: []float32{1}}, 1); err == nil {
		t.Fatal("dequant of f32: no error")
	}
}

func TestExp(t *testing.T) {
	// Accuracy against the platform's float64 exp over a sweep.
	worst := 0.0
	for x := float32(-87); x <= 88.5; x += 0.01171875 {
		got := float64(Exp(x))
		want := math.Exp(float64(x))
		rel := math.Abs(got-want) / want
		worst = max(worst, rel)
	}
	if worst > 4e-7 {
		t.Fatalf("worst relative error %g", worst)
	}
	special := []struct{ x, want float32 }{
		{0, 1},
		{-100, 0},
		{100, float32(math.Inf(1))},
		{float32(math.Inf(-1)), 0},
		{float32(math.Inf(1)), float32(math.Inf(1))},
	}
	for _, s := range special {
		if got := Exp(s.x); got != s.want {
			t.Errorf("Exp(%v) = %v, want %v", s.x, got, s.want)
		}
	}
	if got := Exp(float32(math.NaN())); got == got {
		t.Errorf("Exp(NaN) = %v", got)
	}
	// Pinned bits: a change to the algorithm changes committed roots, so
	// the bits of a sweep are fixed here.
	var buf []byte
	for x := float32(-90); x <= 90; x += 0.0625 {
		v := math.Float32bits(Exp(x))
		buf = append(buf, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
	}
	if got := merkle.Keccak(buf).Hex(); got != pinnedExpSweep {
		t.Fatalf("Exp sweep hash %s, want %s", got, pinnedExpSweep)
	}
}

const pinnedExpSweep = "0xf134de1eb2e9b64c24836d3bb9bfe1b4c846b125d660480321f0429bc74d7304"

func TestSoftmaxArgmax(t *testing.T) {
	x := Tensor{DType: F32, Shape: []int{2, 3}, F32: []float32{1, 2, 3, 0, 0, 0}}
	y := mk(t)(Softmax(x))
	for r := 0; r < 2; r++ {
		var sum float64
		for j := 0; j < 3; j++ {
			sum += float64(y.F32[r*3+j])
		}
		if math.Abs(sum-1) > 1e-6 {
			t.Fatalf("row %d sums to %v", r, sum)
		}
	}
	e := []float64{math.Exp(1), math.Exp(2), math.Exp(3)}
	for j := 0; j < 3; j++ {
		want := e[j] / (e[0] + e[1] + e[2])
		if math.Abs(float64(y.F32[j])-want) > 1e-6 {
			t.Fatalf("softmax[%d] = %v, want %v", j, y.F32[j], want)
		}
	}
	if y.F32[3] != y.F32[4] || y.F32[4] != y.F32[5] {
		t.Fatalf("equal inputs, unequal outputs %v", y.F32[3:])
	}
	a := mk(t)(Argmax(y))
	if len(a.Shape) != 1 || a.Shape[0] != 2 || a.I32[0] != 2 || a.I32[1] != 0 {
		t.Fatalf("argmax = %v %v, want [2] [2 0]", a.Shape, a.I32)
	}
	nan := float32(math.NaN())
	tests := []struct {
		in   Tensor
		want int32
	}{
		{Tensor{DType: F32, Shape: []int{3}, F32: []float32{nan, 1, 5}}, 2},
		{Tensor{DType: F32, Shape: []int{3}, F32: []float32{nan, nan, nan}}, 0},
		{Tensor{DType: F32, Shape: []int{3}, F32: []float32{4, nan, 4}}, 0},
		{Tensor{DType: I32, Shape: []int{4}, I32: []int32{-5, 7, 7, 1}}, 1},
		{Tensor{DType: I8, Shape: []int{2}, I8: []int8{-128, -127}}, 1},
		{Tensor{DType: I16, Shape: []int{1}, I16: []int16{3}}, 0},
	}
	for i, tc := range tests {
		got := mk(t)(Argmax(tc.in))
		if len(got.Shape) != 0 || got.I32[0] != tc.want {
			t.Errorf("case %d: argmax = %v %v, want scalar %d", i, got.Shape, got.I32, tc.want)
		}
	}
	if _, err := Softmax(Tensor{DType: I32, Shape: []int{1}, I32: []int32{1}}); err == nil {
		t.Fatal("softmax of i32: no error")
	}
	if _, err := Argmax(Tensor{DType: F32, Shape: []int{0}}); err == nil {
		t.Fatal("argmax of an empty row: no error")
	}
}

func TestTensorEncoding(t *testing.T) {
	tensors := []Tensor{
		{DType: I8, Shape: []int{2, 2}, I8: []int8{-1, 2, -3, 4}},
		{DType: I16, Shape: []int{3}, I16: []int16{-32768, 0, 32767}},
		{DType: I32, Shape: []int{}, I32: []int32{-7}},
		{DType: F32, Shape: []int{1, 1, 1, 1, 1, 2}, F32: []float32{1.5, float32(math.Inf(-1))}},
		{DType: F32, Shape: []int{0, 3}},
	}
	for _, tt := range tensors {
		b, err := tt.Encode()
		if err != nil {
			t.Fatal(err)
		}
		back, err := DecodeTensor(b)
		if err != nil {
			t.Fatalf("%v: %v", tt.Shape, err)
		}
		if !back.Equal(tt) {
			t.Fatalf("round trip of %v changed it", tt.Shape)
		}
	}
	// The layout is fixed: check one encoding byte by byte.
	b, _ := Tensor{DType: I16, Shape: []int{2}, I16: []int16{1, -2}}.Encode()
	want := []byte{2, 1, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0}
	want = append(want, make([]byte, 20)...)
	want = append(want, 1, 0, 0xfe, 0xff)
	if string(b) != string(want) {
		t.Fatalf("encoding = %x, want %x", b, want)
	}
	bad := []struct {
		name string
		b    []byte
		err  string
	}{
		{"short", make([]byte, 31), "header"},
		{"dtype 0", make([]byte, 32), "dtype"},
		{"rank 7", append([]byte{1, 7}, make([]byte, 30)...), "rank"},
		{"padding", append([]byte{1, 0, 1}, make([]byte, 30)...), "header byte 2"},
		{"dim past rank", append(append([]byte{1, 0}, make([]byte, 6)...), append([]byte{1}, make([]byte, 23)...)...), "beyond rank"},
		{"trailing data", append(append([]byte{1, 0}, make([]byte, 30)...), 1, 2), "needs 1 bytes"},
	}
	for _, tc := range bad {
		if _, err := DecodeTensor(tc.b); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.err)
		}
	}
}

// TestCanonicalNaN: every NaN a float kernel outputs has the bits
// 0x7fc00000, whatever operation made it (amd64 makes 0xffc00000 for ∞−∞).
func TestCanonicalNaN(t *testing.T) {
	inf := float32(math.Inf(1))
	negNaN := math.Float32frombits(0xffc00001)
	check := func(name string, tt Tensor, err error, idx ...int) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		for _, i := range idx {
			if b := math.Float32bits(tt.F32[i]); b != 0x7fc00000 {
				t.Errorf("%s[%d] bits %08x, want 7fc00000", name, i, b)
			}
		}
	}
	sm, err := Softmax(Tensor{DType: F32, Shape: []int{2, 2}, F32: []float32{-1, inf, negNaN, 1}})
	check("softmax", sm, err, 0, 1, 2, 3)
	ab, err := AddBias(Tensor{DType: F32, Shape: []int{2}, F32: []float32{inf, negNaN}}, Tensor{DType: F32, Shape: []int{2}, F32: []float32{-inf, 1}})
	check("add bias", ab, err, 0, 1)
	dq, err := Dequant(Tensor{DType: I32, Shape: []int{1}, I32: []int32{0}}, inf)
	check("dequant", dq, err, 0)
	if b := math.Float32bits(Exp(negNaN)); b != 0x7fc00000 {
		t.Errorf("Exp(NaN) bits %08x", b)
	}
}
