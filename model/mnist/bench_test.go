package mnist

import (
	"context"
	"testing"

	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
)

func loadCommitted(tb testing.TB) (*model.Model, *Float) {
	tb.Helper()
	f, err := gguf.ReadFile(committed)
	if err != nil {
		tb.Fatal(err)
	}
	m, _, err := model.FromGGUF(f)
	if err != nil {
		tb.Fatal(err)
	}
	fl, err := Dequantize(m, f)
	if err != nil {
		tb.Fatal(err)
	}
	return m, fl
}

// TestDequantizedBaseline checks that the float baseline of the benchmarks
// is the same network: it must be about as accurate as the quantised one.
func TestDequantizedBaseline(t *testing.T) {
	_, test := data(t)
	_, fl := loadCommitted(t)
	if acc := fl.Accuracy(test); acc < 0.97 {
		t.Fatalf("dequantised float network: accuracy %.4f", acc)
	}
}

func benchImages(b *testing.B, n int) [][]byte {
	_, test := data(b)
	return test.Images[:n]
}

// BenchmarkInferSingle: one image per executor run, with the full trace
// (every op output hashed, accumulator, trace root).
func BenchmarkInferSingle(b *testing.B) {
	m, _ := loadCommitted(b)
	imgs := benchImages(b, 256)
	ins := make([]model.Tensor, len(imgs))
	for i, img := range imgs {
		ins[i], _ = Input(img)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := m.Run(context.Background(), ins[i%len(ins)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "images/s")
}

// BenchmarkInferBatch: 256 images per executor run (one trace per batch).
func BenchmarkInferBatch(b *testing.B) {
	m, _ := loadCommitted(b)
	in, _ := Input(benchImages(b, 256)...)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := m.Run(context.Background(), in); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*256)/b.Elapsed().Seconds(), "images/s")
}

// BenchmarkInferOpsOnly: one image, the nine ops through RunOp without
// hashing anything (the cost of the trace is the difference to
// BenchmarkInferSingle).
func BenchmarkInferOpsOnly(b *testing.B) {
	m, _ := loadCommitted(b)
	imgs := benchImages(b, 256)
	ins := make([]model.Tensor, len(imgs))
	for i, img := range imgs {
		ins[i], _ = Input(img)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		outs := make([]model.Tensor, 0, len(m.Program.Ops))
		for j, op := range m.Program.Ops {
			in, err := m.OpInputs(j, ins[i%len(ins)], outs)
			if err != nil {
				b.Fatal(err)
			}
			out, err := model.RunOpWorkers(op, in, 1)
			if err != nil {
				b.Fatal(err)
			}
			outs = append(outs, out)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "images/s")
}

// BenchmarkFloatBaseline: the same network in plain float32 Go, one image
// at a time on one goroutine.
func BenchmarkFloatBaseline(b *testing.B) {
	_, fl := loadCommitted(b)
	imgs := benchImages(b, 256)
	buf := fl.Buffer()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		fl.Predict(imgs[i%len(imgs)], buf)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "images/s")
}
