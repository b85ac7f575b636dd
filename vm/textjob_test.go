package vm

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	"github.com/rmsnet/rms/model/llama"
)

// TestGuestTextOps: ops of a 16-token generation on stories260K, run alone
// in the VM from their dispute-local inputs (lazy pages of the GGUF blob and
// of the outputs they read), give the native A_i; so do ops after the end
// of text (the accumulator stays). By default one op of every kind (each
// at the last position that has it, where attention reads the most) and the
// op past the trace; with RMS_LONG=1 every op of the generation.
func TestGuestTextOps(t *testing.T) {
	g := guestProgram(t)
	file, err := os.ReadFile("../testdata/stories260K.gguf")
	if err != nil {
		t.Fatal(err)
	}
	prompt := []int{1, 403, 407, 261, 378}
	var sched *llama.Schedule
	for _, tc := range []struct {
		name string
		job  llama.Job
		eos  int
		ops  func(n, c int) []int
	}{
		{"greedy 16", llama.Job{Prompt: prompt, MaxTokens: 16}, 2, func(n, c int) []int {
			var ops []int
			if os.Getenv("RMS_LONG") != "" {
				for i := 0; i <= c; i++ {
					ops = append(ops, i)
				}
				return ops
			}
			last := map[llama.OpKind]int{}
			for i, op := range sched.Ops {
				if op.Layer <= 0 {
					last[op.Kind] = i
				}
			}
			for k := llama.OpEmbed; k <= llama.OpSample; k++ {
				ops = append(ops, last[k])
			}
			return append(ops, 0, c)
		}},
		// "a" (261) is the 4th greedy token: the rest of the trace is no-ops.
		{"end of text", llama.Job{Prompt: prompt, MaxTokens: 8}, 261, func(n, c int) []int { return []int{n - 1, n, n + 1, c - 1} }},
		{"sampled", llama.Job{Prompt: prompt[:2], MaxTokens: 4, Seed: 9, Temperature: 0.9, TopP: 0.9}, 2, func(n, c int) []int { return []int{n - 1} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j, err := NewTextJob(context.Background(), file, llama.Program{EOS: tc.eos}, tc.job)
			if err != nil {
				t.Fatal(err)
			}
			n, c := j.Result.N, j.Result.C
			sched = j.Model.Schedule(len(tc.job.Prompt), tc.job.MaxTokens)
			var maxSteps uint64
			t0 := time.Now()
			for _, i := range tc.ops(n, c) {
				var stderr bytes.Buffer
				v, err := j.NewVM(g, uint64(i), WithStderr(&stderr))
				if err != nil {
					t.Fatal(err)
				}
				if err := v.Run(context.Background(), 1<<30); err != nil {
					t.Fatal(err)
				}
				s := v.State()
				if s.Status != StatusExited || s.ExitCode != 0 {
					t.Fatalf("op %d: status %d code %d: %s", i, s.Status, s.ExitCode, stderr.String())
				}
				if got, want := v.Output(), j.Acc(i+1); got != want {
					t.Fatalf("op %d of %d (%d real): A_i %s in the VM, %s natively", i, c, n, got, want)
				}
				maxSteps = max(maxSteps, s.Step)
			}
			t.Logf("%d ops checked (N %d, C %d), largest %d steps, %v", len(tc.ops(n, c)), n, c, maxSteps, time.Since(t0))
		})
	}
}
