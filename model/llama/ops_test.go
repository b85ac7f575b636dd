package llama

import (
	"context"
	"math"
	"testing"

	"github.com/rmsnet/rms/model"
)

// TestExecOpReplaysTrace: every op of a generation, recomputed alone by
// ExecOp from the outputs it names (Schedule.Inputs) and the job, gives the
// output Run recorded, bit for bit; past the end of text every op is a
// no-op. This is what a verifier (the VM guest) runs for one op.
func TestExecOpReplaysTrace(t *testing.T) {
	m, _ := load(t, "../../testdata/stories260K.gguf")
	for _, tc := range []struct {
		job Job
		eos int
	}{
		{Job{Prompt: []int{1, 403, 407, 261, 378}, MaxTokens: 16}, -1},
		{Job{Prompt: []int{1, 403}, MaxTokens: 8, Seed: 3, Temperature: 0.9, TopP: 0.8}, -1},
		{Job{Prompt: []int{1, 403, 407, 261, 378}, MaxTokens: 10}, 261}, // "a", drawn as the fourth token
	} {
		var outs [][]float32
		res, err := m.Run(context.Background(), tc.job, RunOptions{EOS: tc.eos, Hook: func(tr Trace) {
			if tr.Out.DType == model.I32 {
				outs = append(outs, []float32{float32(tr.Out.I32[0])})
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
		for i := range s.Ops {
			var ins [][]float32
			for _, k := range s.Inputs(i) {
				if k < 0 || k >= i {
					t.Fatalf("op %d (%+v) reads op %d", i, s.Ops[i], k)
				}
				if k < len(outs) {
					ins = append(ins, outs[k])
				} else {
					ins = append(ins, nil)
				}
			}
			out, noop, err := m.ExecOp(tc.job, s, i, ins, tc.eos)
			if err != nil {
				t.Fatalf("op %d (%+v): %v", i, s.Ops[i], err)
			}
			if noop != (i >= res.N) {
				t.Fatalf("op %d (%+v): noop %v, %d ops ran", i, s.Ops[i], noop, res.N)
			}
			if noop {
				continue
			}
			if len(out) != len(outs[i]) {
				t.Fatalf("op %d (%+v): %d values, Run %d", i, s.Ops[i], len(out), len(outs[i]))
			}
			for k := range out {
				if math.Float32bits(out[k]) != math.Float32bits(outs[i][k]) {
					t.Fatalf("op %d (%+v) value %d: %v, Run %v", i, s.Ops[i], k, out[k], outs[i][k])
				}
			}
		}
	}
}
