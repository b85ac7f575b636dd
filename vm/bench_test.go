package vm

import (
	"context"
	"testing"
)

// benchProg runs a guest program to completion per iteration and reports
// steps per second of fast mode (loading excluded).
func benchProg(b *testing.B, name string) {
	p := loadProg(b, name)
	var steps uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		v, err := New(p)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := v.Run(context.Background(), 0); err != nil {
			b.Fatal(err)
		}
		if v.State().Status != StatusExited {
			b.Fatal("did not exit")
		}
		steps += v.Steps()
	}
	b.ReportMetric(float64(steps)/b.Elapsed().Seconds(), "steps/s")
	b.ReportMetric(float64(steps)/float64(b.N), "steps/op")
}

func BenchmarkFastDot(b *testing.B)    { benchProg(b, "dot") }
func BenchmarkFastSHA256(b *testing.B) { benchProg(b, "hashes") }
