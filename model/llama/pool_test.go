package llama

import (
	"sync/atomic"
	"testing"
)

// TestParallelCoversOnce: parallel calls f on ranges that cover [0, n)
// exactly once, for worker counts below, at and above n, with work below
// and above parallelMin, nested calls included (a range that calls
// parallel itself must not wait forever for a worker).
func TestParallelCoversOnce(t *testing.T) {
	for _, tc := range []struct{ w, n, work int }{
		{1, 10, 1 << 20}, {2, 1, 1 << 20}, {2, 2, 1 << 20}, {2, 1001, 1 << 20}, {3, 7, 1 << 20},
		{8, 5, 1 << 20}, {16, 1000, 1 << 20}, {2, 1000, parallelMin - 1}, {64, 64, 1 << 20},
	} {
		for _, nested := range []bool{false, true} {
			for rep := 0; rep < 50; rep++ {
				hits := make([]atomic.Int32, tc.n)
				var calls atomic.Int32
				parallel(tc.w, tc.n, tc.work, func(lo, hi int) {
					calls.Add(1)
					if lo >= hi {
						t.Errorf("w=%d n=%d: empty range [%d, %d)", tc.w, tc.n, lo, hi)
					}
					if !nested {
						for i := lo; i < hi; i++ {
							hits[i].Add(1)
						}
						return
					}
					parallel(tc.w, hi-lo, tc.work, func(a, b int) {
						for i := lo + a; i < lo+b; i++ {
							hits[i].Add(1)
						}
					})
				})
				for i := range hits {
					if h := hits[i].Load(); h != 1 {
						t.Fatalf("w=%d n=%d work=%d nested=%v: index %d run %d times", tc.w, tc.n, tc.work, nested, i, h)
					}
				}
				want := int32(min(tc.w, tc.n))
				if tc.work < parallelMin || want < 1 {
					want = 1
				}
				if c := calls.Load(); c != want {
					t.Fatalf("w=%d n=%d work=%d: %d ranges, want %d", tc.w, tc.n, tc.work, c, want)
				}
			}
		}
	}
}

// BenchmarkParallel measures one hand-off of a small product's worth of
// work to two goroutines and back.
func BenchmarkParallel(b *testing.B) {
	var sink [2]atomic.Int64
	for i := 0; i < b.N; i++ {
		parallel(2, 2, parallelMin, func(lo, hi int) { sink[lo].Add(1) })
	}
}
