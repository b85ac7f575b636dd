package llama

import (
	"context"
	"time"
)

// Speed is one measured generation: how long its prompt and its generated
// tokens took, in wall time and in CPU time (user + system of every thread
// of the process, which on a shared machine measures the work better than
// the wall clock).
type Speed struct {
	Prompt, Generated   int // tokens
	PromptWall, GenWall time.Duration
	PromptCPU, GenCPU   time.Duration
	TotalCPU            time.Duration // the whole run
	Hashing             time.Duration // summed over the hashing goroutines (Result.Hashing)
	Trace               bool          // the op outputs were hashed
}

// Measure runs job j, with the op trace unless noTrace, and times it: the
// prompt up to the first drawn token, generation from there to the end
// (with the trace, the hashing of prompt ops still running then counts as
// generation). The process CPU time is read through getrusage.
func (m *Model) Measure(ctx context.Context, j Job, noTrace bool) (Speed, error) {
	c0 := cpuTime()
	var c1 time.Duration
	res, err := m.Run(ctx, j, RunOptions{EOS: -1, NoTrace: noTrace, OnToken: func(int) {
		if c1 == 0 {
			c1 = cpuTime()
		}
	}})
	c2 := cpuTime()
	if err != nil {
		return Speed{}, err
	}
	if c1 == 0 {
		c1 = c2
	}
	return Speed{Prompt: len(j.Prompt), Generated: len(res.Tokens), PromptWall: res.Prompt, GenWall: res.Generation,
		PromptCPU: c1 - c0, GenCPU: c2 - c1, TotalCPU: c2 - c0, Hashing: res.Hashing, Trace: !noTrace}, nil
}

// PerToken returns the CPU milliseconds per prompt token and per generated
// token (the last drawn token is sampled from the logits of the position
// before it, so generation counts tokens, not positions).
func (s Speed) PerToken() (prompt, gen float64) {
	if s.Prompt > 0 {
		prompt = float64(s.PromptCPU.Microseconds()) / 1e3 / float64(s.Prompt)
	}
	if s.Generated > 0 {
		gen = float64(s.GenCPU.Microseconds()) / 1e3 / float64(s.Generated)
	}
	return prompt, gen
}

// Rates returns wall-clock tokens per second of the prompt and of
// generation.
func (s Speed) Rates() (prompt, gen float64) {
	if s.PromptWall > 0 {
		prompt = float64(s.Prompt) / s.PromptWall.Seconds()
	}
	if s.GenWall > 0 {
		gen = float64(s.Generated) / s.GenWall.Seconds()
	}
	return prompt, gen
}
