package llama

import (
	"context"
	"errors"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
)

// TestLazyTensors: a model loaded from the GGUF header alone
// (gguf.ParseHeader) with WithTensorData computes every op of a generation
// alone, each on a fresh model, bit for bit as Run does, and fetches
// exactly the tensors OpTensors names for the op: stories260K (F32, untied)
// and a tied Q8_0 model split at 2^25 (parts of products). A fetch that
// fails or returns the wrong length is an error naming the tensor; Run on a
// lazy model fetches everything first.
func TestLazyTensors(t *testing.T) {
	file, err := os.ReadFile("../../testdata/stories260K.gguf")
	if err != nil {
		t.Fatal(err)
	}
	tied := tiny
	tied.Tied = true
	for _, tc := range []struct {
		name  string
		file  []byte
		steps int
	}{
		{"stories260K", file, 0},
		{"tied Q8_0 split", synthBytes(t, tied, gguf.TensorQ8_0), 25},
	} {
		t.Run(tc.name, func(t *testing.T) {
			full, err := gguf.Parse(tc.file)
			if err != nil {
				t.Fatal(err)
			}
			job := Job{Prompt: []int{1, 43, 44}, MaxTokens: 3}
			ref, err := Load(full, WithOpSteps(tc.steps))
			if err != nil {
				t.Fatal(err)
			}
			var outs [][]float32
			res, err := ref.Run(context.Background(), job, RunOptions{EOS: -1, Hook: func(tr Trace) {
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
			data := func(name string) []byte {
				gt, ok := full.Tensor(name)
				if !ok {
					t.Fatalf("fetch of %q, not a tensor of the file", name)
				}
				return gt.Data
			}
			header := tc.file[:full.DataOffset()]
			lazy := func(fetched *[]string, opts ...Option) *Model {
				h, err := gguf.ParseHeader(header)
				if err != nil {
					t.Fatal(err)
				}
				opts = append(opts, WithOpSteps(tc.steps), WithTensorData(func(name string) ([]byte, error) {
					*fetched = append(*fetched, name)
					return data(name), nil
				}))
				m, err := Load(h, opts...)
				if err != nil {
					t.Fatal(err)
				}
				return m
			}
			s := ref.Schedule(len(job.Prompt), job.MaxTokens)
			kinds := map[OpKind]bool{}
			for i, op := range s.Ops {
				var fetched []string
				m := lazy(&fetched)
				if len(fetched) != 0 {
					t.Fatalf("Load fetched %v", fetched)
				}
				var ins [][]float32
				for _, k := range s.Inputs(i) {
					ins = append(ins, outs[k])
				}
				out, noop, err := m.ExecOp(job, s, i, ins, -1)
				if err != nil || noop {
					t.Fatalf("op %d (%+v): noop %v, %v", i, op, noop, err)
				}
				if !slices.Equal(fetched, m.OpTensors(op)) {
					t.Fatalf("op %d (%+v) fetched %v, OpTensors says %v", i, op, fetched, m.OpTensors(op))
				}
				if len(out) != len(outs[i]) {
					t.Fatalf("op %d: %d values, Run %d", i, len(out), len(outs[i]))
				}
				for k := range out {
					if math.Float32bits(out[k]) != math.Float32bits(outs[i][k]) {
						t.Fatalf("op %d (%+v) value %d: %v, Run %v", i, op, k, out[k], outs[i][k])
					}
				}
				kinds[op.Kind] = true
			}
			t.Logf("%d ops", len(s.Ops))
			if len(kinds) != int(OpSample-OpEmbed)+1 {
				t.Fatalf("only kinds %v ran", kinds)
			}
			// Run on a lazy model fetches every tensor first, once.
			var fetched []string
			m := lazy(&fetched)
			got, err := m.Run(context.Background(), job, RunOptions{EOS: -1})
			if err != nil {
				t.Fatal(err)
			}
			if got.TraceRoot != res.TraceRoot || len(fetched) != len(full.Tensors) {
				t.Fatalf("lazy Run: trace root %s (want %s), %d of %d tensors fetched", got.TraceRoot, res.TraceRoot, len(fetched), len(full.Tensors))
			}
			// Bad data is an error naming the tensor, never a panic.
			i := s.Index(0, 0, OpFFNGateUp)
			var ins [][]float32
			for _, k := range s.Inputs(i) {
				ins = append(ins, outs[k])
			}
			for _, bad := range []struct {
				fetch func(string) ([]byte, error)
				want  string
			}{
				{func(n string) ([]byte, error) { return nil, errors.New("no such blob") }, "blk.0.ffn_gate.weight: no such blob"},
				{func(n string) ([]byte, error) { d := data(n); return d[:len(d)-1], nil }, "tensor blk.0.ffn_gate.weight: "},
			} {
				h, _ := gguf.ParseHeader(header)
				m, err := Load(h, WithOpSteps(tc.steps), WithTensorData(bad.fetch))
				if err != nil {
					t.Fatal(err)
				}
				if _, _, err := m.ExecOp(job, s, i, ins, -1); err == nil || !strings.Contains(err.Error(), bad.want) {
					t.Fatalf("error %v, want one with %q", err, bad.want)
				}
			}
		})
	}
}
