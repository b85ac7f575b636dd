package main

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/rmsnet/rms/model/gguf"
	"github.com/rmsnet/rms/model/llama"
)

// textShape is a small synthetic shape whose rows suit every block type.
var textShape = llama.Shape{Config: llama.Config{Dim: 256, Layers: 1, Heads: 4, KVHeads: 2, FFN: 256, Vocab: 512, Context: 32}}

// runText generates with the LLaMA model at path (16 greedy tokens after
// "Once upon a time", then 8 sampled ones) and, with synth, 3 sampled
// tokens with synthetic models of the other block types, printing each run's tokens, trace root and every op
// root; the first job of each model at the class's trace height (Model.MaxTraceHeight), the rest at their own.
func runText(w io.Writer, path string, synth bool) error {
	f, err := gguf.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	files := []struct {
		name  string
		f     *gguf.File
		steps int // split bound (0: default)
	}{{"file", f.File, 0}}
	if synth {
		// The same file split at 2^25 (logits, ffn, q and k in parts).
		files = append(files, struct {
			name  string
			f     *gguf.File
			steps int
		}{"split-2^25", f.File, 25})
	}
	types := []gguf.TensorType{gguf.TensorF16, gguf.TensorQ4_0, gguf.TensorQ4_K, gguf.TensorQ6_K}
	if !synth {
		types = nil
	}
	for _, typ := range types {
		var b bytes.Buffer
		if err := llama.Synth(&b, textShape, typ, 3); err != nil {
			return err
		}
		g, err := gguf.Parse(b.Bytes())
		if err != nil {
			return err
		}
		files = append(files, struct {
			name  string
			f     *gguf.File
			steps int
		}{"synth-" + typ.String(), g, 0})
		if typ == gguf.TensorQ4_K {
			// Split to units: every product in single rows, q and k in
			// RoPE pairs, attention in heads.
			files = append(files, struct {
				name  string
				f     *gguf.File
				steps int
			}{"synth-Q4_K-split-units", g, 16})
		}
	}
	prompt := []int{1, 403, 407, 261, 378} // "Once upon a time" in stories260K's vocabulary
	for _, file := range files {
		m, err := llama.Load(file.f, llama.WithOpSteps(file.steps))
		if err != nil {
			return fmt.Errorf("%s: %w", file.name, err)
		}
		jobs := []llama.Job{
			{Prompt: prompt, MaxTokens: 16},
			{Prompt: prompt[:2], MaxTokens: 8, Seed: 5, Temperature: 0.9, TopP: 0.9},
		}
		if file.name != "file" && file.name != "split-2^25" {
			jobs = []llama.Job{{Prompt: prompt[:2], MaxTokens: 3, Seed: 5, Temperature: 0.9, TopP: 0.9}}
		}
		for k, job := range jobs {
			o := llama.RunOptions{EOS: -1}
			if k == 0 {
				o.TraceHeight = m.MaxTraceHeight() // as a text class commits it
			}
			res, err := m.Run(context.Background(), job, o)
			if err != nil {
				return fmt.Errorf("%s: %w", file.name, err)
			}
			fmt.Fprintf(w, "text %s max %d tokens %v output %s trace %s ops", file.name, job.MaxTokens, res.Tokens, res.OutputRoot, res.TraceRoot)
			for _, r := range res.OpRoots {
				fmt.Fprintf(w, " %s", r)
			}
			fmt.Fprintln(w)
		}
	}
	return nil
}
