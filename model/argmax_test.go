package model

import "testing"

// TestArgmaxRows: Argmax of integer tensors with several rows, each row's
// answer written by hand; a tie goes to the first index, as for the float
// path and as llama.cpp's greedy sampler picks the first of equal logits.
func TestArgmaxRows(t *testing.T) {
	// Three rows of four: the maximum last, a tie of the first and third
	// (first wins), the maximum first with the rest negative.
	rows := [][]int{{-5, 0, 3, 9}, {7, -1, 7, 2}, {4, -3, -2, -1}}
	want := []int32{3, 0, 0}
	for _, dt := range []DType{I8, I16, I32} {
		x := Tensor{DType: dt, Shape: []int{3, 4}}
		for _, r := range rows {
			for _, v := range r {
				switch dt {
				case I8:
					x.I8 = append(x.I8, int8(v))
				case I16:
					x.I16 = append(x.I16, int16(v))
				case I32:
					x.I32 = append(x.I32, int32(v))
				}
			}
		}
		a, err := Argmax(x)
		if err != nil {
			t.Fatalf("%v: %v", dt, err)
		}
		if len(a.Shape) != 1 || a.Shape[0] != 3 {
			t.Fatalf("%v: argmax shape %v, want [3]", dt, a.Shape)
		}
		for r := range want {
			if a.I32[r] != want[r] {
				t.Errorf("%v: argmax of row %d %v = %d, want %d", dt, r, rows[r], a.I32[r], want[r])
			}
		}
	}
}
