package llama

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/rmsnet/rms/model/gguf"
)

// refClassHeight is the trace height of the longest job of p positions,
// from TraceLength itself.
func refClassHeight(m *Model, p int) int {
	return TraceHeight(max(m.TraceLength(p, 0), m.TraceLength(1, p-1)))
}

// refFits is the allowed context's definition checked by brute force:
// every part of every op at every position below p, estimated and with the
// trace proof at the height of the longest job of p positions, is within
// the VM bound vm.
func refFits(m *Model, p int, vm int64) bool {
	if p > m.Config.Context {
		return false
	}
	proof := StepsTraceProof(refClassHeight(m, p))
	for pos := 0; pos < p; pos++ {
		for k := OpEmbed; k <= OpSample; k++ {
			for _, part := range m.Parts(k, pos) {
				if m.EstimateSteps(k, pos, part)+proof > vm {
					return false
				}
			}
		}
	}
	return true
}

// longPrompt returns n token ids of stories260K's vocabulary, BOS first.
func longPrompt(n int) []int {
	p := []int{1}
	for len(p) < n {
		p = append(p, 300+len(p)%200)
	}
	return p
}

// TestAllowedContextStories260K: on the real stories260K with the VM
// bound lowered to 2^25 and split bound 2^24, attention (one head, which
// cannot be cut) is above the VM bound before the model's context of
// 2,048 positions: the allowed context is the brute-force one (refFits at
// it, not one past it), a job that fills it runs and its last attention op
// recomputed alone (ExecOp, the guest's code) gives Run's bits, and a job
// one position longer is refused by Run, Generate and ExecOp (Schedule.Err)
// with the error that names the allowed context and the model's. At the
// real VM bound 2^30 the whole context is allowed.
func TestAllowedContextStories260K(t *testing.T) {
	full, _ := load(t, "../../testdata/stories260K.gguf")
	if a := full.AllowedContext(); a != full.Config.Context {
		t.Fatalf("allowed context %d at the VM bound 2^30, the model has %d", a, full.Config.Context)
	}
	m, _ := load(t, "../../testdata/stories260K.gguf", WithOpSteps(24))
	m.vmStepsLog2 = 25
	vm := int64(1) << 25
	a := m.AllowedContext()
	if a <= 16 || a >= m.Config.Context {
		t.Fatalf("allowed context %d of %d at the VM bound 2^25", a, m.Config.Context)
	}
	if !refFits(m, a, vm) || refFits(m, a+1, vm) {
		t.Fatalf("allowed context %d: brute force fits %v at it, %v one past", a, refFits(m, a, vm), refFits(m, a+1, vm))
	}
	if h := m.MaxTraceHeight(); h != refClassHeight(m, a) {
		t.Fatalf("class height %d, the longest job of %d positions needs %d", h, a, refClassHeight(m, a))
	}
	t.Logf("allowed context %d of %d at VM bound 2^25, split 2^24; class height %d", a, m.Config.Context, m.MaxTraceHeight())

	const newTokens = 4
	ok := Job{Prompt: longPrompt(a - newTokens), MaxTokens: newTokens}
	if err := m.CheckContext(len(ok.Prompt), ok.MaxTokens); err != nil {
		t.Fatal(err)
	}
	var lastAttn int
	var outs [][]float32
	res, err := m.Run(context.Background(), ok, RunOptions{EOS: -1, NoTrace: true, Hook: func(tr Trace) {
		outs = append(outs, append([]float32(nil), tr.Out.F32...))
	}})
	if err != nil {
		t.Fatalf("a job of %d positions: %v", a, err)
	}
	s := m.Schedule(len(ok.Prompt), ok.MaxTokens)
	if s.Err() != nil || len(s.Ops) != res.C || len(outs) != res.C || len(res.Tokens) != newTokens {
		t.Fatalf("schedule %v of %d ops, %d ops ran of %d, %d tokens", s.Err(), len(s.Ops), len(outs), res.C, len(res.Tokens))
	}
	for i, op := range s.Ops {
		if op.Kind == OpAttn {
			lastAttn = i
		}
	}
	if op := s.Ops[lastAttn]; op.Pos != a-2 {
		t.Fatalf("last attention op %+v, want position %d", op, a-2)
	}
	var ins [][]float32
	for _, k := range s.Inputs(lastAttn) {
		ins = append(ins, outs[k])
	}
	out, noop, err := m.ExecOp(ok, s, lastAttn, ins, -1)
	if err != nil || noop || len(out) != len(outs[lastAttn]) {
		t.Fatalf("op %d: %d values, noop %v, %v", lastAttn, len(out), noop, err)
	}
	for k := range out {
		if math.Float32bits(out[k]) != math.Float32bits(outs[lastAttn][k]) {
			t.Fatalf("op %d value %d: %v, Run %v", lastAttn, k, out[k], outs[lastAttn][k])
		}
	}

	past := Job{Prompt: ok.Prompt, MaxTokens: newTokens + 1}
	want := fmt.Sprintf("exceed the context of %d positions allowed by the VM bound 2^25, the model has %d (the attn op at position %d", a, m.Config.Context, a)
	s = m.Schedule(len(past.Prompt), past.MaxTokens)
	_, _, execErr := m.ExecOp(past, s, 0, nil, -1)
	_, genErr := m.Generate(context.Background(), past.Prompt, GenerateOptions{MaxTokens: past.MaxTokens, EOS: -1})
	_, runErr := m.Run(context.Background(), past, RunOptions{EOS: -1})
	for name, err := range map[string]error{"CheckContext": m.CheckContext(len(past.Prompt), past.MaxTokens), "Schedule": s.Err(), "ExecOp": execErr, "Generate": genErr, "Run": runErr} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s of a job of %d positions: %v, want %q", name, a+1, err, want)
		}
	}
	// Past the model's own context the error names that context.
	if err := m.CheckContext(m.Config.Context, 1); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("exceed the context of %d", m.Config.Context)) {
		t.Errorf("a job past the model's context: %v", err)
	}
}

// TestAllowedContextHeight: the class height that allowed sums a position
// at a time is the height of the longest job of that many positions from
// TraceLength, on models whose attention is whole at early positions and
// cut into heads later (so the op count per position changes).
func TestAllowedContextHeight(t *testing.T) {
	m, _ := load(t, "../../testdata/stories260K.gguf", WithOpSteps(25))
	if a, b := len(m.Parts(OpAttn, 0)), len(m.Parts(OpAttn, m.Config.Context-1)); a == b {
		t.Fatalf("attention in %d parts at 0, %d at the end: the op count does not change", a, b)
	}
	tiny := shapeModel(Shapes["tinyllama-1.1b"], gguf.TensorQ4_K, DefaultOpStepsLog2)
	for _, tc := range []struct {
		name string
		m    *Model
	}{{"stories260K split 2^25", m}, {"tinyllama-1.1b Q4_K", tiny}} {
		n := tc.m.Config.Context
		for _, p := range []int{1, 2, 3, 100, 101, n / 2, n - 1, n} {
			r := tc.m.allowed(p)
			if r.positions != p || r.height != refClassHeight(tc.m, p) {
				t.Fatalf("%s: %d positions: allowed %d at height %d, TraceLength gives height %d", tc.name, p, r.positions, r.height, refClassHeight(tc.m, p))
			}
		}
		if h := tc.m.MaxTraceHeight(); h != refClassHeight(tc.m, n) {
			t.Fatalf("%s: class height %d, want %d", tc.name, h, refClassHeight(tc.m, n))
		}
	}
}

// TestOnlyAttentionGrows: allowed estimates and counts every kind but
// attention once; that holds because no other kind's parts or estimates
// depend on the position, for every shape and weight type.
func TestOnlyAttentionGrows(t *testing.T) {
	for _, name := range ShapeNames() {
		for _, typ := range []gguf.TensorType{gguf.TensorQ8_0, gguf.TensorQ4_K, gguf.TensorF16} {
			m := shapeModel(Shapes[name], typ, 26)
			last := m.Config.Context - 1
			for k := OpEmbed; k <= OpSample; k++ {
				if k == OpAttn {
					continue
				}
				p0, p1 := m.Parts(k, 0), m.Parts(k, last)
				if len(p0) != len(p1) || m.EstimateSteps(k, 0, p0[len(p0)-1]) != m.EstimateSteps(k, last, p1[len(p1)-1]) {
					t.Fatalf("%s %s: %s has %d parts at 0, %d at %d", name, typ, k, len(p0), len(p1), last)
				}
			}
			if m.EstimateSteps(OpAttn, 0, Part{0, m.Config.HeadDim}) >= m.EstimateSteps(OpAttn, last, Part{0, m.Config.HeadDim}) {
				t.Fatalf("%s %s: a head of attention costs no more at %d than at 0", name, typ, last)
			}
		}
	}
}

// TestExecOpRefusesPastContext: the guest's path (Schedule then ExecOp) of
// a job past the allowed context fails on every op, the first as the last.
func TestExecOpRefusesPastContext(t *testing.T) {
	m, _ := load(t, "../../testdata/stories260K.gguf", WithOpSteps(24))
	m.vmStepsLog2 = 25
	a := m.AllowedContext()
	job := Job{Prompt: longPrompt(a), MaxTokens: 1}
	s := m.Schedule(len(job.Prompt), job.MaxTokens)
	if s.Err() == nil {
		t.Fatalf("a job of %d positions scheduled without error (allowed %d)", a+1, a)
	}
	for _, i := range []int{0, len(s.Ops) - 1} {
		ins := make([][]float32, len(s.Inputs(i)))
		for k := range ins {
			ins[k] = []float32{0}
		}
		if _, _, err := m.ExecOp(job, s, i, ins, -1); err == nil || !strings.Contains(err.Error(), "allowed by the VM bound") {
			t.Errorf("op %d of %d: %v", i, len(s.Ops), err)
		}
	}
}
