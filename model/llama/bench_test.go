package llama

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

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

// cpuTime returns the CPU time (user + system, all threads) the process has
// used: on a shared machine it measures the work better than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkTextModel measures prompt and generation speed of the model in
// $RMS_BENCH_MODEL (for example one written by rms model synth), 32 prompt
// tokens and 16 new ones, with and without the op trace. It reports wall
// tokens/s and CPU milliseconds per token (user + system of all threads).
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
			var promptWall, genWall, promptCPU, genCPU, hashing time.Duration
			for i := 0; i < b.N; i++ {
				c0 := cpuTime()
				var c1 time.Duration
				res, err := m.Run(context.Background(), Job{Prompt: prompt, MaxTokens: 16}, RunOptions{EOS: -1, NoTrace: !trace,
					Hook: func(t Trace) {
						if c1 == 0 && t.Op == OpOutNorm {
							c1 = cpuTime()
						}
					}})
				if err != nil {
					b.Fatal(err)
				}
				c2 := cpuTime()
				if c1 == 0 { // without a hook call (no trace), split by wall time
					c1 = c0 + time.Duration(float64(c2-c0)*res.Prompt.Seconds()/(res.Prompt+res.Generation).Seconds())
				}
				promptWall += res.Prompt
				genWall += res.Generation
				promptCPU += c1 - c0
				genCPU += c2 - c1
				hashing += res.Hashing
			}
			n := float64(b.N)
			b.ReportMetric(32*n/promptWall.Seconds(), "prompt_tok/s")
			b.ReportMetric(16*n/genWall.Seconds(), "gen_tok/s")
			b.ReportMetric(float64(promptCPU.Milliseconds())/(32*n), "prompt_cpu_ms/tok")
			b.ReportMetric(float64(genCPU.Milliseconds())/(16*n), "gen_cpu_ms/tok")
			b.ReportMetric(hashing.Seconds()/n, "hash_s/op")
		})
	}
}
