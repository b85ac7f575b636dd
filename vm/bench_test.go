package vm

import (
	"context"
	"fmt"
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

// BenchmarkMemoryRoot measures the memory root after writing one word in
// each of N pages (fast mode, then the root on demand).
func BenchmarkMemoryRoot(b *testing.B) {
	for _, n := range []int{1, 16, 256, 4096} {
		b.Run(fmt.Sprintf("pages=%d", n), func(b *testing.B) {
			m := newMemory()
			for p := 0; p < n; p++ {
				_ = m.Store32(uint32(0x10000000+p*PageSize), 1)
			}
			m.Root()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				for p := 0; p < n; p++ {
					_ = m.Store32(uint32(0x10000000+p*PageSize), uint32(i))
				}
				b.StartTimer()
				m.Root()
			}
		})
	}
}

// BenchmarkWitnessStep measures steps per second when every step produces
// its witness (proofs of every access), on the sha256 guest.
func BenchmarkWitnessStep(b *testing.B) {
	v, err := New(loadProg(b, "hashes"))
	if err != nil {
		b.Fatal(err)
	}
	if err := v.Run(context.Background(), 5_000_000); err != nil {
		b.Fatal(err)
	}
	v.mem.Root()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := v.StepWitness(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "steps/s")
}

// BenchmarkReachStep measures bringing a VM that has run the sha256 guest
// to its end back to step t, with snapshots every 10M steps and without
// (a fresh run from step 0).
func BenchmarkReachStep(b *testing.B) {
	p := loadProg(b, "hashes")
	const t = 145_000_000 // 5 M steps past the nearest snapshot
	b.Run("snapshots", func(b *testing.B) {
		v, err := New(p, WithSnapshotEvery(10_000_000))
		if err != nil {
			b.Fatal(err)
		}
		if err := v.Run(context.Background(), 0); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if err := v.RunTo(context.Background(), t); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			_ = v.Run(context.Background(), 0)
			b.StartTimer()
		}
	})
	b.Run("fresh", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			v, err := New(p)
			if err != nil {
				b.Fatal(err)
			}
			if err := v.Run(context.Background(), t); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkMNISTInference runs the whole MNIST inference (single-phase
// mode) in the guest.
func BenchmarkMNISTInference(b *testing.B) {
	g := guestProgram(b)
	j := mnistJob(b, 0)
	var steps uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v, err := j.NewVM(g, AllOps)
		if err != nil {
			b.Fatal(err)
		}
		if err := v.Run(context.Background(), 0); err != nil {
			b.Fatal(err)
		}
		if v.Output() != j.Acc(len(j.Model.Program.Ops)) {
			b.Fatal("wrong result")
		}
		steps += v.Steps()
	}
	b.ReportMetric(float64(steps)/float64(b.N), "steps/op")
	b.ReportMetric(float64(steps)/b.Elapsed().Seconds(), "steps/s")
}
