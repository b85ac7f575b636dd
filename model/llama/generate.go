package llama

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/rmsnet/rms/model"
)

// Sampler draws the next token from logits. The zero value is greedy.
type Sampler struct {
	Temperature float32 // 0: greedy (the first index of the largest logit)
	TopP        float32 // in (0, 1]; 0 means 1
	Seed        uint64
}

// Sample returns the next token. With a temperature it takes the softmax of
// logits/temperature (the project's Exp, fixed order), keeps the most
// likely tokens (ties by index) until their mass reaches TopP, and draws one.
// Draw n (0 for the first generated token) uses the PCG stream (Seed, n), so
// each draw depends only on the seed, its index and its logits and can be
// recomputed alone (an op of the trace).
func (s *Sampler) Sample(logits []float32, n int) int {
	if s.Temperature <= 0 {
		return Argmax(logits)
	}
	rng := rand.New(rand.NewPCG(s.Seed, uint64(n)))
	mx := float32(math.Inf(-1))
	for _, l := range logits {
		if l > mx {
			mx = l
		}
	}
	p := make([]float32, len(logits))
	var sum float32
	for i, l := range logits {
		p[i] = model.Exp((l - mx) / s.Temperature)
		sum += p[i]
	}
	idx := make([]int, len(p))
	for i := range idx {
		idx[i] = i
	}
	// Most likely first, ties by index: a total order, so any sort gives
	// these bits; pdqsort without reflection keeps the op cheap in the VM.
	slices.SortFunc(idx, func(a, b int) int {
		switch pa, pb := p[a], p[b]; {
		case pa > pb:
			return -1
		case pa < pb:
			return 1
		}
		return a - b
	})
	top := s.TopP
	if top <= 0 || top > 1 {
		top = 1
	}
	keep, mass := 0, float32(0)
	for keep < len(idx) {
		mass += p[idx[keep]]
		keep++
		if mass >= float32(top*sum) {
			break
		}
	}
	r := float32(float32(rng.Float64()) * mass)
	var acc float32
	for _, i := range idx[:keep] {
		acc += p[i]
		if r < acc {
			return i
		}
	}
	return idx[keep-1]
}

// Argmax returns the first index of the largest value (NaN never wins).
func Argmax(x []float32) int {
	best := 0
	for i, v := range x {
		if v > x[best] || x[best] != x[best] {
			best = i
		}
	}
	return best
}

// GenerateOptions controls Generate.
type GenerateOptions struct {
	MaxTokens int
	Sampler   Sampler
	EOS       int           // stop after this token (−1: never)
	OnToken   func(tok int) // called as each token is drawn
	Trace     Tracer        // receives every op's output
	OnPrompt  func(n int)   // called when the prompt has been processed
}

// Generate runs the prompt and then draws up to MaxTokens tokens, stopping
// after EOS. It returns the generated tokens (EOS included when drawn).
func (m *Model) Generate(ctx context.Context, prompt []int, o GenerateOptions) ([]int, error) {
	if len(prompt) == 0 {
		return nil, fmt.Errorf("llama: empty prompt")
	}
	if o.MaxTokens < 0 {
		return nil, fmt.Errorf("llama: max tokens %d is negative", o.MaxTokens)
	}
	if err := m.CheckContext(len(prompt), o.MaxTokens); err != nil {
		return nil, fmt.Errorf("llama: %w", err)
	}
	// Positions run: the prompt, then each drawn token but the last.
	st, err := m.NewState(len(prompt)+max(o.MaxTokens-1, 0), o.Trace)
	if err != nil {
		return nil, err
	}
	// The prompt runs in batches (StepBatch): the same values and trace as
	// one position at a time.
	logits, err := st.StepBatch(ctx, prompt, o.MaxTokens > 0)
	if err != nil {
		return nil, err
	}
	if o.OnPrompt != nil {
		o.OnPrompt(len(prompt))
	}
	var out []int
	var drawn []float32
	for len(out) < o.MaxTokens {
		tok := o.Sampler.Sample(logits, len(out))
		out = append(out, tok)
		if o.Trace != nil {
			// The sample op's output is the whole text so far, so the last
			// op's output root is the output root of the generation.
			drawn = append(drawn, float32(tok))
			o.Trace(st.Pos()-1, -1, OpSample, drawn)
		}
		if o.OnToken != nil {
			o.OnToken(tok)
		}
		if tok == o.EOS || len(out) == o.MaxTokens {
			break
		}
		if logits, err = st.Step(ctx, tok, true); err != nil {
			return nil, err
		}
	}
	return out, nil
}
