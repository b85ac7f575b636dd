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
