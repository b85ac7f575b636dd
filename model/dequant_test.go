package model

import "testing"

// TestDequantNarrowInts: Dequant of i8 and i16 tensors, known values (each
// product is exact in float32), at the ends of each type's range.
func TestDequantNarrowInts(t *testing.T) {
	for _, tc := range []struct {
		name  string
		x     Tensor
		scale float32
		want  []float32
	}{
		{"i8", Tensor{DType: I8, Shape: []int{4}, I8: []int8{-128, -1, 3, 127}}, 0.5, []float32{-64, -0.5, 1.5, 63.5}},
		{"i8 negative scale", Tensor{DType: I8, Shape: []int{2}, I8: []int8{-128, 127}}, -2, []float32{256, -254}},
		{"i16", Tensor{DType: I16, Shape: []int{4}, I16: []int16{-32768, -3, 5, 32767}}, 0.25, []float32{-8192, -0.75, 1.25, 8191.75}},
		{"i16 scale 3", Tensor{DType: I16, Shape: []int{1, 2}, I16: []int16{-32768, 32767}}, 3, []float32{-98304, 98301}},
	} {
		y, err := Dequant(tc.x, tc.scale)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if y.DType != F32 || len(y.F32) != len(tc.want) {
			t.Fatalf("%s: got %v %d values", tc.name, y.DType, len(y.F32))
		}
		for i, w := range tc.want {
			if y.F32[i] != w {
				t.Fatalf("%s: dequant = %v, want %v", tc.name, y.F32, tc.want)
			}
		}
	}
}
