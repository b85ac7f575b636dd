package llama

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
)

// TestExecOpReplaysTrace: every op of a generation, recomputed alone by
// ExecOp from the outputs it names (Schedule.Inputs) and the job, gives the
// output Run recorded, bit for bit; past the end of text every op is a
// no-op. This is what a verifier (the VM guest) runs for one op.
func TestExecOpReplaysTrace(t *testing.T) {
	f, err := gguf.Parse(synthBytes(t, tiny, gguf.TensorQ8_0))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		steps int // split bound (0: default, nothing split)
		jobs  []replayJob
	}{
		{"stories260K", 0, replayJobs},
		// 2^25: logits, ffn_gate_up, ffn_down, q and k in parts.
		{"stories260K split", 25, replayJobs},
		// 2^16 is below every op's fixed cost: every product cut into
		// single rows, q, k and attention into single heads.
		{"tiny Q8_0 split to units", 16, []replayJob{{Job{Prompt: []int{1, 40, 41}, MaxTokens: 3, Seed: 3, Temperature: 0.9, TopP: 0.8}, -1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var m *Model
			if tc.name == "tiny Q8_0 split to units" {
				if m, err = Load(f, WithOpSteps(tc.steps)); err != nil {
					t.Fatal(err)
				}
			} else {
				m, _ = load(t, "../../testdata/stories260K.gguf", WithOpSteps(tc.steps))
			}
			split := 0
			for _, job := range tc.jobs {
				split = max(split, replay(t, m, job))
			}
			if (split > 0) != (tc.steps != 0) {
				t.Fatalf("%d split ops at bound 2^%d", split, m.OpStepsLog2())
			}
			t.Logf("%d ops in parts", split)
		})
	}
}

type replayJob struct {
	job Job
	eos int
}

var replayJobs = []replayJob{
	{Job{Prompt: []int{1, 403, 407, 261, 378}, MaxTokens: 16}, -1},
	{Job{Prompt: []int{1, 403}, MaxTokens: 8, Seed: 3, Temperature: 0.9, TopP: 0.8}, -1},
	{Job{Prompt: []int{1, 403, 407, 261, 378}, MaxTokens: 10}, 261}, // "a", drawn as the fourth token
}

// replay checks every op of one job against Run and returns how many ops
// are parts of a split op.
func replay(t *testing.T, m *Model, tc replayJob) int {
	t.Helper()
	var outs [][]float32
	res, err := m.Run(context.Background(), tc.job, RunOptions{EOS: tc.eos, Hook: func(tr Trace) {
		if tr.Out.DType == model.I32 {
			v := make([]float32, len(tr.Out.I32))
			for k, x := range tr.Out.I32 {
				v[k] = float32(x)
			}
			outs = append(outs, v)
		} else {
			outs = append(outs, append([]float32(nil), tr.Out.F32...))
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	s := m.Schedule(len(tc.job.Prompt), tc.job.MaxTokens)
	if len(s.Ops) != res.C {
		t.Fatalf("schedule of %d ops, trace length %d", len(s.Ops), res.C)
	}
	if tc.eos >= 0 && res.N == res.C {
		t.Fatalf("eos %d never drawn: %v", tc.eos, res.Tokens)
	}
	if tc.job.MaxTokens > 0 && res.OpRoots[res.N-1] != res.OutputRoot {
		t.Fatalf("last op's output %s is not the output root %s", res.OpRoots[res.N-1], res.OutputRoot)
	}
	split := 0
	for i, op := range s.Ops {
		if _, _, _, n := m.opCost(op.Kind, op.Pos); op.Part != (Part{0, n}) {
			split++
		}
		var ins [][]float32
		for _, k := range s.Inputs(i) {
			if k < 0 || k >= i {
				t.Fatalf("op %d (%+v) reads op %d", i, op, k)
			}
			if k < len(outs) {
				ins = append(ins, outs[k])
			} else {
				ins = append(ins, nil)
			}
		}
		out, noop, err := m.ExecOp(tc.job, s, i, ins, tc.eos)
		if err != nil {
			t.Fatalf("op %d (%+v): %v", i, op, err)
		}
		if noop != (i >= res.N) {
			t.Fatalf("op %d (%+v): noop %v, %d ops ran", i, op, noop, res.N)
		}
		if noop {
			continue
		}
		if len(out) != len(outs[i]) {
			t.Fatalf("op %d (%+v): %d values, Run %d", i, op, len(out), len(outs[i]))
		}
		for k := range out {
			if math.Float32bits(out[k]) != math.Float32bits(outs[i][k]) {
				t.Fatalf("op %d (%+v) value %d: %v, Run %v", i, op, k, out[k], outs[i][k])
			}
		}
	}
	return split
}

// TestSplitKeepsTokens: splitting changes the op list, never the tokens;
// every part is inside its output, parts tile it in order, q, k and
// attention parts are whole heads, and no part's estimate is above the
// bound unless it is a single unit.
func TestSplitKeepsTokens(t *testing.T) {
	ref, _ := load(t, "../../testdata/stories260K.gguf")
	job := Job{Prompt: []int{1, 403, 407, 261, 378}, MaxTokens: 8}
	want, err := ref.Run(context.Background(), job, RunOptions{EOS: -1})
	if err != nil {
		t.Fatal(err)
	}
	var lens []int
	for _, bound := range []int{16, 25, 26, 30} {
		m, _ := load(t, "../../testdata/stories260K.gguf", WithOpSteps(bound))
		got, err := m.Run(context.Background(), job, RunOptions{EOS: -1})
		if err != nil {
			t.Fatal(err)
		}
		if !equalInts(got.Tokens, want.Tokens) || got.OutputRoot != want.OutputRoot || got.C != m.TraceLength(len(job.Prompt), job.MaxTokens) {
			t.Fatalf("bound 2^%d: tokens %v (C %d), want %v", bound, got.Tokens, got.C, want.Tokens)
		}
		lens = append(lens, got.C)
		for k := OpEmbed; k <= OpSample; k++ {
			for _, pos := range []int{0, 12} {
				checkParts(t, m, k, pos)
			}
		}
	}
	if lens[0] <= lens[1] || lens[1] <= lens[2] || lens[3] != want.C {
		t.Fatalf("trace lengths %v at bounds 2^16, 2^25, 2^26, 2^30; unsplit %d", lens, want.C)
	}
}

func checkParts(t *testing.T, m *Model, k OpKind, pos int) {
	t.Helper()
	fixed, per, unit, n := m.opCost(k, pos)
	if k == OpV {
		unit = 2 // v is cut like k (kvParts)
	}
	parts := m.Parts(k, pos)
	at := 0
	for _, p := range parts {
		if p.Lo != at || p.Hi <= p.Lo || (p.Lo%unit != 0) || (p.Hi%unit != 0 && p.Hi != n) {
			t.Fatalf("%s at %d, bound 2^%d: parts %v of %d (unit %d)", k, pos, m.OpStepsLog2(), parts, n, unit)
		}
		if e := m.EstimateSteps(k, pos, p); e > 1<<m.OpStepsLog2() && p.Hi-p.Lo > unit && per > 0 {
			t.Fatalf("%s at %d: part %v estimated %d steps, bound 2^%d", k, pos, p, e, m.OpStepsLog2())
		}
		at = p.Hi
	}
	if at != n {
		t.Fatalf("%s at %d: parts %v end at %d of %d", k, pos, parts, at, n)
	}
	// k and v may be cut into KV head groups for attention's sake, and
	// attention at their boundaries (kvParts, kvGroups).
	if len(parts) > 1 && fixed+per*int64((n+unit-1)/unit) <= 1<<m.OpStepsLog2() && k != OpK && k != OpV && k != OpAttn {
		t.Fatalf("%s at %d: split into %d though the whole op is under the bound", k, pos, len(parts))
	}
}

// shapeModel returns a model of shape s with weights of type typ for the
// step estimate only (no data): the schedule depends on nothing else.
func shapeModel(s Shape, typ gguf.TensorType, stepsLog2 int) *Model {
	mat := func() *Matrix {
		m := &Matrix{Type: typ}
		if typ == gguf.TensorF32 || typ == gguf.TensorF16 {
			m.Type, m.src = gguf.TensorQ8_0, &gguf.Tensor{Type: typ}
		}
		return m
	}
	m := &Model{Config: s.Config, stepsLog2: stepsLog2, Output: mat()}
	m.Config.HeadDim = s.Dim / s.Heads
	m.Config.RopeDims = m.Config.HeadDim
	m.Layers = []Layer{{Q: mat(), K: mat(), V: mat(), O: mat(), Gate: mat(), Up: mat(), Down: mat()}}
	return m
}

// TestLargestOpUnderBound: for the shapes of stories15M … LLaMA-2-7B and
// every weight type, every part of every matrix product is estimated
// under the split bound 2^29 (the estimate is checked against the VM by
// vm.TestOpStepEstimate), so under 2^30 steps with the estimate's margin;
// every op, with the proof of its accumulator slot (StepsTraceProof of the
// class's trace height, the same at every index), is under 2^30 at every
// position of the allowed context (AllowedContext). stories15M, 110M and
// TinyLlama allow their whole context; LLaMA-2-7B's allowed context ends
// where one head of attention (which cannot be split), computed here from
// its cost per position, would go above 2^30 — for Q8_0 at least 2,560
// since attention reads only the k and v of its KV head group
// (TestKVHeadGroups) — and a job one position longer is refused. Ops per
// token, the largest op and the allowed context are logged
// (docs/BENCHMARKS.md, docs/MODEL.md).
func TestLargestOpUnderBound(t *testing.T) {
	const vm = int64(1) << MaxOpStepsLog2
	for _, name := range ShapeNames() {
		for _, typ := range []gguf.TensorType{gguf.TensorQ8_0, gguf.TensorQ4_0, gguf.TensorQ4_K, gguf.TensorQ6_K, gguf.TensorF16} {
			m := shapeModel(Shapes[name], typ, DefaultOpStepsLog2)
			c := m.Config
			allowed := m.AllowedContext()
			// Every op also proves its slot of the accumulator empty: a
			// constant of the class's trace height, not of the op's index.
			height := m.MaxTraceHeight()
			if allowed < 1 || height != refClassHeight(m, allowed) {
				t.Fatalf("%s %s: allowed context %d, class height %d, want %d", name, typ, allowed, height, refClassHeight(m, allowed))
			}
			proof := StepsTraceProof(height)
			var largest int64
			var largestKind OpKind
			step := max(1, allowed/64)
			for pos := 0; pos < allowed; pos += step {
				for _, pos := range []int{pos, min(pos+step, allowed) - 1} {
					for k := OpEmbed; k <= OpSample; k++ {
						for _, p := range m.Parts(k, pos) {
							e := m.EstimateSteps(k, pos, p)
							switch k {
							case OpQ, OpK, OpV, OpAttnOut, OpFFNGateUp, OpFFNDown, OpLogits:
								if e > 1<<DefaultOpStepsLog2 {
									t.Fatalf("%s %s: %s part %v at %d estimated %d steps", name, typ, k, p, pos, e)
								}
							}
							if e += proof; e > vm {
								t.Fatalf("%s %s: %s part %v at %d of the allowed %d estimated %d steps with the proof", name, typ, k, p, pos, allowed, e)
							}
							if e > largest {
								largest, largestKind = e, k
							}
						}
					}
				}
			}
			// One head of attention at position p: the fixed cost, q and
			// the k and v of its KV head group at every position, and two
			// multiply-adds per position and head dimension.
			head := func(p int) int64 {
				n := int64(p + 1)
				return stepsBase + stepsPerToken*int64(c.Vocab) + stepsPerInput*(int64(c.Heads*c.HeadDim)+2*n*int64(m.kvGroupMax())) + 2*n*int64(c.HeadDim)*stepsFloatMAC
			}
			switch {
			case name != "llama-7b":
				if allowed != c.Context {
					t.Fatalf("%s %s: allowed context %d of %d", name, typ, allowed, c.Context)
				}
			case head(allowed-1)+proof > vm || head(allowed)+StepsTraceProof(refClassHeight(m, allowed+1)) <= vm:
				t.Fatalf("%s %s: allowed context %d, but a head of attention takes %d steps at %d and %d at %d", name, typ, allowed, head(allowed-1), allowed-1, head(allowed), allowed)
			case typ == gguf.TensorQ8_0 && allowed < 2560:
				t.Fatalf("%s %s: allowed context %d", name, typ, allowed)
			}
			err := m.CheckContext(1, allowed)
			if err == nil || (allowed < c.Context) != strings.Contains(err.Error(), "allowed by the VM bound") || m.CheckContext(1, allowed-1) != nil {
				t.Fatalf("%s %s: a job of %d positions: %v; of %d: %v", name, typ, allowed+1, err, allowed, m.CheckContext(1, allowed-1))
			}
			ops := m.OpsAt(0) + m.outOps(0)
			t.Logf("%-14s %-4s: %4d ops per generated token (unsplit %d), largest op %s ≈ %.2f·2^28 steps (trace height %d, proof %d steps); allowed context %d of %d",
				name, typ, ops, 1+9*c.Layers+3, largestKind, float64(largest)/(1<<28), height, proof, allowed, c.Context)
		}
	}
}
