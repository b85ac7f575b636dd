package model

import (
	"fmt"
	"runtime"
	"testing"
)

func benchTensors(rows, k, n int, zeroEvery int) (Tensor, Tensor) {
	a, _ := New(I8, rows, k)
	w, _ := New(I8, n, k)
	seed := uint32(3)
	next := func() uint32 { seed = seed*1664525 + 1013904223; return seed >> 8 }
	for i := range a.I8 {
		if zeroEvery == 0 || i%zeroEvery == 0 {
			a.I8[i] = int8(next())
		}
	}
	for i := range w.I8 {
		w.I8[i] = int8(next())
	}
	return a, w
}

// BenchmarkMatMul: int8 [256, 784] × [128, 784] → int32, dense and with 80 %
// zero inputs (sparse path), on one goroutine and on GOMAXPROCS.
func BenchmarkMatMul(b *testing.B) {
	for _, sp := range []struct {
		name      string
		zeroEvery int
	}{{"dense", 0}, {"sparse", 5}} {
		a, w := benchTensors(256, 784, 128, sp.zeroEvery)
		for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
			b.Run(fmt.Sprintf("%s/workers=%d", sp.name, workers), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if _, err := MatMul(a, w, workers); err != nil {
						b.Fatal(err)
					}
				}
				macs := float64(256*784*128) * float64(b.N)
				b.ReportMetric(macs/b.Elapsed().Seconds()/1e9, "GMAC/s")
			})
		}
	}
}

func BenchmarkSoftmax(b *testing.B) {
	x, _ := New(F32, 256, 10)
	for i := range x.F32 {
		x.F32[i] = float32(i%37) * 0.3
	}
	for i := 0; i < b.N; i++ {
		if _, err := Softmax(x); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExp(b *testing.B) {
	var s float32
	for i := 0; i < b.N; i++ {
		s += Exp(float32(i&1023) * -0.01)
	}
	_ = s
}
