package vm

import (
	"bytes"
	"context"
	"math"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/rmsnet/rms/model/gguf"
	"github.com/rmsnet/rms/model/llama"
)

// TestScale7BOp runs, with RMS_SCALE=1, the largest parts of wide layers
// in the VM: synthetic Q8_0 models of LLaMA-2-7B's widths (4,096, 32 heads,
// FFN 11,008, vocabulary 32,000: the 139 MB output matrix, the largest
// tensor of a 7B model) and TinyLlama's (2,048, 32 heads, 4 KV heads, FFN
// 5,632) with one layer and a tied output, one token generated. For each of
// q, attn_out, ffn_gate_up, ffn_down and logits it runs the last part in
// the VM, checks A_i against native and logs the steps, the estimate, the
// time and the VM's pages: the guest maps only the op's tensors, so its
// memory is that of the op (docs/BENCHMARKS.md).
func TestScale7BOp(t *testing.T) {
	if os.Getenv("RMS_SCALE") == "" {
		t.Skip("RMS_SCALE=1 runs the 7B-width op in the VM (about 1 GB of memory, minutes)")
	}
	g := guestProgram(t)
	for _, tc := range []struct {
		name  string
		shape llama.Config
		typ   gguf.TensorType
	}{
		{"LLaMA-2-7B width", llama.Config{Dim: 4096, Layers: 1, Heads: 32, KVHeads: 32, FFN: 11008, Vocab: 32000, Context: 64}, gguf.TensorQ8_0},
		{"TinyLlama width", llama.Config{Dim: 2048, Layers: 1, Heads: 32, KVHeads: 4, FFN: 5632, Vocab: 32000, Context: 64}, gguf.TensorQ8_0},
	} {
		t.Run(tc.name, func(t *testing.T) { scaleOp(t, g, llama.Shape{Config: tc.shape, Tied: true}, tc.typ) })
	}
}

func scaleOp(t *testing.T, g *Program, shape llama.Shape, typ gguf.TensorType) {
	var b bytes.Buffer
	if err := llama.Synth(&b, shape, typ, 1); err != nil {
		t.Fatal(err)
	}
	t.Logf("file %d MB", b.Len()>>20)
	job := llama.Job{Prompt: []int{1, 300}, MaxTokens: 1}
	var r0, r1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &r0)
	j, err := NewTextJob(context.Background(), b.Bytes(), llama.Program{EOS: -1}, job)
	if err != nil {
		t.Fatal(err)
	}
	syscall.Getrusage(syscall.RUSAGE_SELF, &r1)
	cpu := time.Duration(r1.Utime.Nano() + r1.Stime.Nano() - r0.Utime.Nano() - r0.Stime.Nano())
	t.Logf("native run and blobs of 2 positions: %v CPU (with hashing the file into the source)", cpu)
	s := j.Model.Schedule(len(job.Prompt), job.MaxTokens)
	last := map[llama.OpKind]int{}
	parts := map[llama.OpKind]int{}
	for i, op := range s.Ops {
		if op.Pos == 1 {
			last[op.Kind] = i
			parts[op.Kind]++
		}
	}
	for _, k := range []llama.OpKind{llama.OpQ, llama.OpAttnOut, llama.OpFFNGateUp, llama.OpFFNDown, llama.OpLogits} {
		i := last[k]
		op := s.Ops[i]
		t0 := time.Now()
		var stderr bytes.Buffer
		v, err := j.NewVM(g, uint64(i), WithStderr(&stderr))
		if err != nil {
			t.Fatal(err)
		}
		if err := v.Run(context.Background(), 1<<31); err != nil {
			t.Fatal(err)
		}
		st := v.State()
		if st.Status != StatusExited || st.ExitCode != 0 || v.Output() != j.Acc(i+1) {
			t.Fatalf("op %d (%+v): status %d code %d, A_i %v: %s", i, op, st.Status, st.ExitCode, v.Output() == j.Acc(i+1), stderr.String())
		}
		t.Logf("%-11s part %v of %d parts: %d steps (2^%.2f), estimate %d, %.1fs in the VM, %d pages (%d MiB) of VM memory",
			k, op.Part, parts[k], st.Step, math.Log2(float64(st.Step)), j.Model.EstimateSteps(op.Kind, op.Pos, op.Part),
			time.Since(t0).Seconds(), v.Memory().Pages(), v.Memory().Pages()*PageSize>>20)
	}
}
