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

// TestScale7BOp runs, with RMS_SCALE=1, the largest parts of a LLaMA-2-7B
// layer in the VM: a synthetic Q8_0 model of LLaMA-2-7B's widths (4,096,
// 32 heads, FFN 11,008) with one layer and a small vocabulary (the output
// matrix of the real vocabulary is logged from the estimate), one token
// generated. For each of q, ffn_gate_up, ffn_down and attn_out it runs the
// last part in the VM, checks A_i against native and logs the steps, the
// estimate, the time and the VM's pages; it also logs the native CPU time
// of one layer (docs/BENCHMARKS.md scales it to 32 layers).
func TestScale7BOp(t *testing.T) {
	if os.Getenv("RMS_SCALE") == "" {
		t.Skip("RMS_SCALE=1 runs the 7B-width op in the VM (about 1 GB of memory, minutes)")
	}
	g := guestProgram(t)
	shape := llama.Shape{Config: llama.Config{Dim: 4096, Layers: 1, Heads: 32, KVHeads: 32, FFN: 11008, Vocab: 512, Context: 64}}
	var b bytes.Buffer
	if err := llama.Synth(&b, shape, gguf.TensorQ8_0, 1); err != nil {
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
	for _, k := range []llama.OpKind{llama.OpQ, llama.OpAttnOut, llama.OpFFNGateUp, llama.OpFFNDown} {
		i := last[k]
		op := s.Ops[i]
		t0 := time.Now()
		v, err := j.NewVM(g, uint64(i))
		if err != nil {
			t.Fatal(err)
		}
		if err := v.Run(context.Background(), 1<<31); err != nil {
			t.Fatal(err)
		}
		st := v.State()
		if st.Status != StatusExited || st.ExitCode != 0 || v.Output() != j.Acc(i+1) {
			t.Fatalf("op %d (%+v): status %d code %d, A_i %v", i, op, st.Status, st.ExitCode, v.Output() == j.Acc(i+1))
		}
		t.Logf("%-11s part %v of %d parts: %d steps (2^%.2f), estimate %d, %.1fs in the VM, %d pages (%d MiB) of VM memory",
			k, op.Part, parts[k], st.Step, math.Log2(float64(st.Step)), j.Model.EstimateSteps(op.Kind, op.Pos, op.Part),
			time.Since(t0).Seconds(), v.Memory().Pages(), v.Memory().Pages()*PageSize>>20)
	}
}
