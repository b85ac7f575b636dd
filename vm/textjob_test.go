package vm

import (
	"bytes"
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
	"github.com/rmsnet/rms/model/llama"
	"github.com/rmsnet/rms/model/manifest"
)

// TestGuestTextOps: ops of a 16-token generation on stories260K, run alone
// in the VM from their dispute-local inputs (lazy pages of the op's tensor blobs and
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
	gf, err := gguf.Parse(file)
	if err != nil {
		t.Fatal(err)
	}
	lm, err := llama.Load(gf)
	if err != nil {
		t.Fatal(err)
	}
	classHeight := lm.MaxTraceHeight()
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
		// Split at 2^25: the last part of every kind that is cut (logits,
		// ffn_gate_up, ffn_down, q, k) at the last position, and the first
		// part of the logits.
		{"split", llama.Job{Prompt: prompt[:3], MaxTokens: 3}, 2, func(n, c int) []int {
			first, last := map[llama.OpKind]int{}, map[llama.OpKind]int{}
			for i, op := range sched.Ops {
				if op.Part.Lo == 0 {
					first[op.Kind] = i
				}
				last[op.Kind] = i
			}
			var ops []int
			for k := llama.OpEmbed; k <= llama.OpSample; k++ {
				if first[k] != last[k] {
					ops = append(ops, last[k])
				}
				if k == llama.OpLogits {
					ops = append(ops, first[k])
				}
			}
			return ops
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			prog := llama.Program{EOS: tc.eos}
			switch tc.name {
			case "split":
				prog.OpStepsLog2 = 25
			case "greedy 16", "end of text":
				// As a node's class commits it: at the height of the
				// longest trace of the model's context, not the job's own.
				prog.TraceHeight = classHeight
			}
			j, err := NewTextJob(context.Background(), file, prog, tc.job)
			if err != nil {
				t.Fatal(err)
			}
			n, c := j.Result.N, j.Result.C
			if want, err := prog.Height(c); err != nil || j.Height != want {
				t.Fatalf("the job's trace height %d, the program's %d (%v)", j.Height, want, err)
			}
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
			if len(tc.ops(n, c)) == 0 {
				t.Fatal("no ops to check")
			}
			t.Logf("%d ops checked (N %d, C %d), largest %d steps, %v", len(tc.ops(n, c)), n, c, maxSteps, time.Since(t0))
		})
	}
}

// TestOpStepEstimate validates the schedule's step estimate
// (llama.Model.EstimateSteps, which decides the splits) against real VM
// runs: on a small synthetic shape, split at a low bound, the last part of
// every kind at the last position runs alone in the VM, gives the native
// A_i, and takes no more steps than estimated plus the trace proof
// (llama.StepsTraceProof of the trace height) and, for the matrix products, at least a quarter of
// the estimate, so it is not vacuous. Q8_0 and F16 (the cheapest and the
// dearest weights per step) by default, every type with RMS_LONG=1 (F16: v and logits only).
func TestOpStepEstimate(t *testing.T) {
	g := guestProgram(t)
	shape := llama.Shape{Config: llama.Config{Dim: 256, Layers: 1, Heads: 4, KVHeads: 2, FFN: 512, Vocab: 512, Context: 32}}
	types := []gguf.TensorType{gguf.TensorQ8_0, gguf.TensorF16}
	if os.Getenv("RMS_LONG") != "" {
		types = append(types, gguf.TensorQ4_0, gguf.TensorQ4_K, gguf.TensorQ6_K)
	}
	for _, typ := range types {
		t.Run(typ.String(), func(t *testing.T) {
			prog := llama.Program{EOS: -1, OpStepsLog2: 25}
			if typ == gguf.TensorF16 {
				prog.OpStepsLog2 = 27
			}
			var b bytes.Buffer
			if err := llama.Synth(&b, shape, typ, 3); err != nil {
				t.Fatal(err)
			}
			job := llama.Job{Prompt: []int{1, 300, 301, 302, 303, 304, 305}, MaxTokens: 2, Seed: 1, Temperature: 0.8}
			j, err := NewTextJob(context.Background(), b.Bytes(), prog, job)
			if err != nil {
				t.Fatal(err)
			}
			s := j.Model.Schedule(len(job.Prompt), job.MaxTokens)
			last := map[llama.OpKind]int{}
			split := 0
			for i, op := range s.Ops {
				last[op.Kind] = i
				if op.Part.Lo > 0 {
					split++
				}
			}
			if split == 0 {
				t.Fatalf("nothing split at 2^%d", prog.OpStepsLog2)
			}
			for k := llama.OpEmbed; k <= llama.OpSample; k++ {
				if typ == gguf.TensorF16 && k != llama.OpV && k != llama.OpLogits {
					continue // the rest as for Q8_0; F16 weights cost more steps
				}
				i := last[k]
				op := s.Ops[i]
				var stderr bytes.Buffer
				v, err := j.NewVM(g, uint64(i), WithStderr(&stderr))
				if err != nil {
					t.Fatal(err)
				}
				if err := v.Run(context.Background(), 1<<30); err != nil {
					t.Fatal(err)
				}
				st := v.State()
				if st.Status != StatusExited || st.ExitCode != 0 {
					t.Fatalf("op %d: status %d code %d: %s", i, st.Status, st.ExitCode, stderr.String())
				}
				if got, want := v.Output(), j.Acc(i+1); got != want {
					t.Fatalf("op %d (%+v): A_i %s in the VM, %s natively", i, op, got, want)
				}
				est := j.Model.EstimateSteps(op.Kind, op.Pos, op.Part) + llama.StepsTraceProof(j.Height)
				t.Logf("op %4d %-11s pos %d part %v: %d steps, estimate %d (%.2f×)", i, op.Kind, op.Pos, op.Part, st.Step, est, float64(est)/float64(st.Step))
				if uint64(est) < st.Step {
					t.Errorf("%s: %d steps in the VM, estimate %d", op.Kind, st.Step, est)
				}
				switch op.Kind {
				case llama.OpQ, llama.OpK, llama.OpV, llama.OpAttnOut, llama.OpFFNGateUp, llama.OpFFNDown, llama.OpLogits:
					if uint64(est) > 4*st.Step {
						t.Errorf("%s: %d steps in the VM, estimate %d is more than 4×", op.Kind, st.Step, est)
					}
				}
			}
		})
	}
}

// TestGuestTextBadModel: a text model root whose index or blobs do not
// hold what the header says makes the guest exit 1 without a commit and
// name the problem: no header entry, a header that is not GGUF, a tensor
// entry pointing at another tensor's blob, a tensor missing from the index.
func TestGuestTextBadModel(t *testing.T) {
	g := guestProgram(t)
	file, err := os.ReadFile("../testdata/stories260K.gguf")
	if err != nil {
		t.Fatal(err)
	}
	job := llama.Job{Prompt: []int{1, 403}, MaxTokens: 1}
	j, err := NewTextJob(context.Background(), file, llama.Program{EOS: 2}, job)
	if err != nil {
		t.Fatal(err)
	}
	l, err := manifest.Lay(file)
	if err != nil {
		t.Fatal(err)
	}
	s := j.Model.Schedule(len(job.Prompt), job.MaxTokens)
	op := s.Index(0, 0, llama.OpAttnNorm)
	root := func(name string) merkle.Hash { r, _ := model.LookupIndex(l.Entries, name); return r }
	for _, tc := range []struct {
		name string
		edit func([]model.IndexEntry) []model.IndexEntry
		want string
	}{
		{"no header entry", func(e []model.IndexEntry) []model.IndexEntry {
			return slices.DeleteFunc(e, func(x model.IndexEntry) bool { return x.Name == model.IndexHeader })
		}, `the index has no "gguf:header" entry`},
		{"header not GGUF", func(e []model.IndexEntry) []model.IndexEntry {
			for k := range e {
				if e[k].Name == model.IndexHeader {
					e[k].Root = root("blk.0.attn_norm.weight")
				}
			}
			return e
		}, "model header: magic"},
		{"another tensor's blob", func(e []model.IndexEntry) []model.IndexEntry {
			for k := range e {
				if e[k].Name == "blk.0.attn_norm.weight" {
					e[k].Root = root("blk.0.attn_q.weight")
				}
			}
			return e
		}, "blk.0.attn_norm.weight: blob header is not that of"},
		{"tensor missing", func(e []model.IndexEntry) []model.IndexEntry {
			return slices.DeleteFunc(e, func(x model.IndexEntry) bool { return x.Name == "blk.0.attn_norm.weight" })
		}, "blk.0.attn_norm.weight: not in the model index"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			idx, err := model.EncodeIndex(tc.edit(slices.Clone(l.Entries)))
			if err != nil {
				t.Fatal(err)
			}
			in := j.Inputs(uint64(op))
			in.Model, _ = j.Source.Add(idx)
			var stderr bytes.Buffer
			v, err := New(g, WithBlockSource(j.Source), WithOracle(Oracles{in.Local(), j.Source}), WithStderr(&stderr))
			if err != nil {
				t.Fatal(err)
			}
			if err := v.Run(context.Background(), 1<<30); err != nil {
				t.Fatal(err)
			}
			st := v.State()
			if st.Status != StatusExited || st.ExitCode != 1 || !v.Output().IsZero() || !strings.Contains(stderr.String(), tc.want) {
				t.Fatalf("status %d code %d, output %s, stderr %q; want exit 1, no commit, %q", st.Status, st.ExitCode, v.Output(), stderr.String(), tc.want)
			}
		})
	}
}
