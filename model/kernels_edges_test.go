package model

import (
	"math"
	"testing"
)

// TestRequantZeroAtRange: a zero point at either end of the output range is
// taken (values clamp to the range), one past it is refused.
func TestRequantZeroAtRange(t *testing.T) {
	x := Tensor{DType: I32, Shape: []int{3}, I32: []int32{0, 1000, -1000}}
	for _, tc := range []struct {
		out  DType
		zero int64
		want []int64 // nil: refused
	}{
		{I8, math.MinInt8, []int64{-128, 127, -128}},
		{I8, math.MaxInt8, []int64{127, 127, -128}},
		{I8, math.MinInt8 - 1, nil},
		{I8, math.MaxInt8 + 1, nil},
		{I16, math.MinInt16, []int64{-32768, -31768, -32768}},
		{I16, math.MaxInt16, []int64{32767, 32767, 31767}},
		{I16, math.MinInt16 - 1, nil},
		{I16, math.MaxInt16 + 1, nil},
	} {
		y, err := Requant(x, 1, 0, tc.zero, tc.out)
		if tc.want == nil {
			if err == nil {
				t.Errorf("%v zero %d: accepted, want refused", tc.out, tc.zero)
			}
			continue
		}
		if err != nil {
			t.Errorf("%v zero %d: %v", tc.out, tc.zero, err)
			continue
		}
		for i, w := range tc.want {
			got := int64(0)
			if tc.out == I8 {
				got = int64(y.I8[i])
			} else {
				got = int64(y.I16[i])
			}
			if got != w {
				t.Errorf("%v zero %d: y[%d] = %d, want %d", tc.out, tc.zero, i, got, w)
			}
		}
	}
}

// TestAddBiasOneRow: a 1-D x of shape [N] takes a bias of [N].
func TestAddBiasOneRow(t *testing.T) {
	y, err := AddBias(Tensor{DType: I32, Shape: []int{3}, I32: []int32{1, 2, -3}}, Tensor{DType: I32, Shape: []int{3}, I32: []int32{10, 20, 30}})
	if err != nil {
		t.Fatal(err)
	}
	for i, w := range []int32{11, 22, 27} {
		if y.I32[i] != w {
			t.Errorf("y[%d] = %d, want %d", i, y.I32[i], w)
		}
	}
	if _, err := AddBias(Tensor{DType: I32, Shape: []int{}, I32: []int32{1}}, Tensor{DType: I32, Shape: []int{1}, I32: []int32{1}}); err == nil {
		t.Error("a scalar x took a bias")
	}
}
