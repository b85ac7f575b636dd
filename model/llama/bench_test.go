package llama

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/rmsnet/rms/model/gguf"
)

// synthFile writes a synthetic model of shape name and type typ to a
// temporary file and returns its path.
func synthFile(tb testing.TB, s Shape, typ gguf.TensorType) string {
	tb.Helper()
	p := filepath.Join(tb.TempDir(), "m.gguf")
	f, err := os.Create(p)
	if err != nil {
		tb.Fatal(err)
	}
	if err := Synth(f, s, typ, 1); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return p
}

// BenchmarkGenerate measures generation of one token (after a 16-token
// prompt) on synthetic Q8_0 models, with and without the op trace.
func BenchmarkGenerate(b *testing.B) {
	for _, shape := range []string{"stories15M", "stories110M"} {
		path := synthFile(b, Shapes[shape], gguf.TensorQ8_0)
		m, _ := load(b, path)
		for _, trace := range []bool{false, true} {
			name := shape + "/notrace"
			if trace {
				name = shape + "/trace"
			}
			b.Run(name, func(b *testing.B) {
				prompt := make([]int, 16)
				for i := range prompt {
					prompt[i] = 300 + i
				}
				b.ResetTimer()
				var gen float64
				for i := 0; i < b.N; i++ {
					res, err := m.Run(context.Background(), Job{Prompt: prompt, MaxTokens: 16}, RunOptions{EOS: -1, NoTrace: !trace})
					if err != nil {
						b.Fatal(err)
					}
					gen += res.Generation.Seconds()
				}
				b.ReportMetric(float64(16*b.N)/gen, "gen_tok/s")
			})
		}
	}
}

// BenchmarkTextModel measures prompt and generation speed of the model in
// $RMS_BENCH_MODEL (for example one written by rms model synth), 32 prompt
// tokens and 16 new ones, with and without the op trace (Model.Measure).
// It reports wall tokens/s, CPU milliseconds per token (user + system of
// all threads) and the CPU of a whole run.
func BenchmarkTextModel(b *testing.B) {
	path := os.Getenv("RMS_BENCH_MODEL")
	if path == "" {
		b.Skip("set RMS_BENCH_MODEL to a LLaMA GGUF file")
	}
	m, _ := load(b, path)
	prompt := make([]int, 32)
	for i := range prompt {
		prompt[i] = 300 + i
	}
	for _, trace := range []bool{false, true} {
		b.Run(map[bool]string{false: "notrace", true: "trace"}[trace], func(b *testing.B) {
			var sum Speed
			for i := 0; i < b.N; i++ {
				s, err := m.Measure(context.Background(), Job{Prompt: prompt, MaxTokens: 16}, !trace)
				if err != nil {
					b.Fatal(err)
				}
				sum.Prompt += s.Prompt
				sum.Generated += s.Generated
				sum.PromptWall += s.PromptWall
				sum.GenWall += s.GenWall
				sum.PromptCPU += s.PromptCPU
				sum.GenCPU += s.GenCPU
				sum.TotalCPU += s.TotalCPU
				sum.Hashing += s.Hashing
			}
			pr, gr := sum.Rates()
			pc, gc := sum.PerToken()
			b.ReportMetric(pr, "prompt_tok/s")
			b.ReportMetric(gr, "gen_tok/s")
			b.ReportMetric(pc, "prompt_cpu_ms/tok")
			b.ReportMetric(gc, "gen_cpu_ms/tok")
			b.ReportMetric(float64(sum.TotalCPU.Microseconds())/1e3/float64(b.N), "cpu_ms/run")
			b.ReportMetric(sum.Hashing.Seconds()/float64(b.N), "hash_s/op")
		})
	}
}
