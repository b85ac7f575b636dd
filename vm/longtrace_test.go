package vm

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
	"github.com/rmsnet/rms/model/llama"
	"github.com/rmsnet/rms/model/manifest"
)

// TestLateOpCostsAsEarly: the guest's proof that slot i of A_{i-1} is
// empty walks down the accumulator by node preimages, so an op late in a
// long trace takes about the steps of the same op early in it. On
// stories260K with a 120-token prompt (C = 5,523 ops, the class's trace
// height), ffn_norm of layer 0 at positions 1 and 110 (i = 53 and 5,067,
// A_{i-1} of thousands of entries) gives the native A_i at both, the two
// step counts differ by less than 1 % (hashing the i entries before op i,
// as the guest did before, cost ~20,000 steps per entry: ~100 M steps more
// at i = 5,067), and the proof itself (from the first node key the guest
// sets to its exit) stays within llama.StepsTraceProof of the height. With
// slot i already filled (A_i given as A_{i-1}) the guest exits 1 naming the
// slot, without a commit.
func TestLateOpCostsAsEarly(t *testing.T) {
	g := guestProgram(t)
	file, err := os.ReadFile("../testdata/stories260K.gguf")
	if err != nil {
		t.Fatal(err)
	}
	gf, err := gguf.Parse(file)
	if err != nil {
		t.Fatal(err)
	}
	lm0, err := llama.Load(gf)
	if err != nil {
		t.Fatal(err)
	}
	prog := llama.Program{EOS: -1, TraceHeight: lm0.MaxTraceHeight()}
	lm, err := llama.Load(gf, prog.Options()...)
	if err != nil {
		t.Fatal(err)
	}
	prompt := make([]int, 120)
	for k := range prompt {
		prompt[k] = 1 + (k*37)%400
	}
	job := llama.Job{Prompt: prompt, MaxTokens: 1}
	var outs []model.Tensor
	o := prog.RunOptions()
	o.Hook = func(tr llama.Trace) { outs = append(outs, tr.Out) }
	res, err := lm.Run(context.Background(), job, o)
	if err != nil {
		t.Fatal(err)
	}
	s := lm.Schedule(len(prompt), job.MaxTokens)
	// The blobs the guest maps: program, model (index, header, tensors),
	// job input and the outputs the chosen ops read.
	src := NewMemSource()
	var in OpInputs
	in.Program, _ = src.Add(prog.Encode())
	l, err := manifest.Lay(file)
	if err != nil {
		t.Fatal(err)
	}
	in.Model, _ = src.Add(l.Index)
	for _, b := range l.Blobs {
		src.Add(b)
	}
	jb, err := llama.EncodeJob(job)
	if err != nil {
		t.Fatal(err)
	}
	in.Input, _ = src.Add(jb)
	early, late := s.Index(1, 0, llama.OpFFNNorm), s.Index(110, 0, llama.OpFFNNorm)
	if early < 0 || late < 5000 || res.N != len(outs) {
		t.Fatalf("ops %d and %d of %d (%d outputs)", early, late, res.N, len(outs))
	}
	newVM := func(i int, prev merkle.Hash) (*VM, *bytes.Buffer) {
		t.Helper()
		for _, k := range s.Inputs(i) {
			b, err := outs[k].Encode()
			if err != nil {
				t.Fatal(err)
			}
			src.Add(b)
		}
		x := in
		x.Op, x.PrevAcc = uint64(i), prev
		var stderr bytes.Buffer
		v, err := New(g, WithBlockSource(src), WithOracle(Oracles{x.Local(), src}), WithStderr(&stderr))
		if err != nil {
			t.Fatal(err)
		}
		return v, &stderr
	}
	run := func(i int, prev merkle.Hash) (*VM, string) {
		t.Helper()
		v, stderr := newVM(i, prev)
		if err := v.Run(context.Background(), 1<<30); err != nil {
			t.Fatal(err)
		}
		return v, stderr.String()
	}
	steps := map[int]uint64{}
	for _, i := range []int{early, late} {
		prev, err := src.AddTree(res.OpRoots[:i], res.Height)
		if err != nil {
			t.Fatal(err)
		}
		want, err := merkle.ListRoot(res.OpRoots[:i+1], res.Height)
		if err != nil {
			t.Fatal(err)
		}
		v, stderr := run(i, prev)
		st := v.State()
		if st.Status != StatusExited || st.ExitCode != 0 {
			t.Fatalf("op %d: status %d code %d: %s", i, st.Status, st.ExitCode, stderr)
		}
		if got := v.Output(); got != want {
			t.Fatalf("op %d: A_i %s in the VM, %s natively", i, got, want)
		}
		steps[i] = st.Step
		// The proof's own cost: from the first node key the guest sets
		// (after out_i is computed and hashed) to the end: the walk,
		// AppendWithProof, the commit and the exit.
		v2, _ := newVM(i, prev)
		if err := v2.Run(context.Background(), st.Step-st.Step/8); err != nil {
			t.Fatal(err)
		}
		for !v2.Halted() && v2.State().PreimageKey[0] != 4 {
			if err := v2.Step(); err != nil {
				t.Fatal(err)
			}
		}
		proof := st.Step - v2.Steps()
		t.Logf("op %d: the empty-slot proof takes %d steps at height %d (%.0f per level); llama.StepsTraceProof(%d) = %d", i, proof, res.Height, float64(proof)/float64(res.Height), res.Height, llama.StepsTraceProof(res.Height))
		if v2.Halted() || proof > uint64(llama.StepsTraceProof(res.Height)) {
			t.Fatalf("op %d: the proof takes %d steps, more than llama.StepsTraceProof(%d) = %d", i, proof, res.Height, llama.StepsTraceProof(res.Height))
		}
	}
	d := int64(steps[late]) - int64(steps[early])
	t.Logf("ffn_norm layer 0: op %d (pos 1) %d steps, op %d (pos 110) %d steps, difference %d (%.3f %%); C = %d, height %d",
		early, steps[early], late, steps[late], d, 100*float64(d)/float64(steps[early]), res.C, res.Height)
	if max(d, -d)*100 > int64(steps[early]) {
		t.Fatalf("op %d takes %d steps, op %d %d: more than 1 %% apart", late, steps[late], early, steps[early])
	}
	// Slot i already filled: A_i passed as A_{i-1}.
	full, err := src.AddTree(res.OpRoots[:late+1], res.Height)
	if err != nil {
		t.Fatal(err)
	}
	v, stderr := run(late, full)
	st := v.State()
	want := fmt.Sprintf("slot %d is not empty", late)
	if st.Status != StatusExited || st.ExitCode != 1 || !v.Output().IsZero() || !strings.Contains(stderr, want) {
		t.Fatalf("filled slot: status %d code %d, output %s, stderr %q; want exit 1, no commit, %q", st.Status, st.ExitCode, v.Output(), stderr, want)
	}
}
