package llama

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"testing"

	"github.com/rmsnet/rms/model/gguf"
)

// tracedOp is one Tracer call, its output copied.
type tracedOp struct {
	pos, layer int
	op         OpKind
	out        []uint32
}

func (o tracedOp) String() string {
	return fmt.Sprintf("pos %d layer %d %s (%d values)", o.pos, o.layer, o.op, len(o.out))
}

// traceInto returns a Tracer that appends every call to ops.
func traceInto(ops *[]tracedOp) Tracer {
	return func(pos, layer int, op OpKind, out []float32) {
		bits := make([]uint32, len(out))
		for i, v := range out {
			bits[i] = math.Float32bits(v)
		}
		*ops = append(*ops, tracedOp{pos, layer, op, bits})
	}
}

// TestBatchMatchesStep: a prompt run by StepBatch (slices of MaxBatch
// positions through the layers together, every product batched) gives the
// logits and the trace of Step on one token at a time, bit for bit and call
// for call in the same order, and so do the tokens generated after it; for
// the real stories260K files (F32, Q8_0) and synthetic Q8_0 and Q4_0
// models with grouped-query attention and a vocabulary that is not a
// multiple of eight rows.
func TestBatchMatchesStep(t *testing.T) {
	small := Shape{Config{Dim: 128, Layers: 2, Heads: 4, KVHeads: 2, FFN: 352, Vocab: 509, Context: 64}, false}
	files := map[string]func(*testing.T) string{
		"stories260K-F32":  func(*testing.T) string { return filepath.Join("..", "..", "testdata", "stories260K.gguf") },
		"stories260K-Q8_0": func(t *testing.T) string { return sharedModel(t, "stories260K-Q8_0.gguf") },
		"synth-Q8_0":       func(t *testing.T) string { return synthFile(t, small, gguf.TensorQ8_0) },
		"synth-Q4_0":       func(t *testing.T) string { return synthFile(t, small, gguf.TensorQ4_0) },
	}
	for name, path := range files {
		t.Run(name, func(t *testing.T) {
			m, _ := load(t, path(t))
			prompt := make([]int, 2*MaxBatch+5)
			for i := range prompt {
				prompt[i] = 1 + (i*37)%(m.Config.Vocab-1)
			}
			ctx := context.Background()
			var one, batch []tracedOp
			a, err := m.NewState(len(prompt)+4, traceInto(&one))
			if err != nil {
				t.Fatal(err)
			}
			b, err := m.NewState(len(prompt)+4, traceInto(&batch))
			if err != nil {
				t.Fatal(err)
			}
			var la, lb []float32
			for i, tok := range prompt {
				if la, err = a.Step(ctx, tok, i == len(prompt)-1); err != nil {
					t.Fatal(err)
				}
			}
			if lb, err = b.StepBatch(ctx, prompt, true); err != nil {
				t.Fatal(err)
			}
			for g := 0; g < 4; g++ {
				ta, tb := Argmax(la), Argmax(lb)
				if ta != tb {
					t.Fatalf("token %d after the prompt: %d one at a time, %d batched", g, ta, tb)
				}
				if la, err = a.Step(ctx, ta, true); err != nil {
					t.Fatal(err)
				}
				if lb, err = b.Step(ctx, tb, true); err != nil {
					t.Fatal(err)
				}
			}
			if a.Pos() != b.Pos() {
				t.Fatalf("positions %d and %d", a.Pos(), b.Pos())
			}
			if len(one) != len(batch) {
				t.Fatalf("%d traced outputs one at a time, %d batched", len(one), len(batch))
			}
			for i := range one {
				x, y := one[i], batch[i]
				if x.pos != y.pos || x.layer != y.layer || x.op != y.op || len(x.out) != len(y.out) {
					t.Fatalf("traced output %d: %v one at a time, %v batched", i, x, y)
				}
				for k := range x.out {
					if x.out[k] != y.out[k] {
						t.Fatalf("traced output %d (%v) value %d: %#x one at a time, %#x batched", i, x, k, x.out[k], y.out[k])
					}
				}
			}
		})
	}
}

// TestTraceRootPinned: a 24-token generation after a 45-token prompt (three
// batches) on the stories260K files keeps the output and trace roots that
// the one-position-at-a-time forward pass gave before the batched and
// vectorised products (measured with that code).
func TestTraceRootPinned(t *testing.T) {
	files := map[string]struct {
		path  func(*testing.T) string
		trace string
	}{
		"F32":  {func(*testing.T) string { return filepath.Join("..", "..", "testdata", "stories260K.gguf") }, pinnedF32},
		"Q8_0": {func(t *testing.T) string { return sharedModel(t, "stories260K-Q8_0.gguf") }, pinnedQ8},
	}
	for name, f := range files {
		t.Run(name, func(t *testing.T) {
			m, tok := load(t, f.path(t))
			ids := tok.Encode(pinnedPrompt, true, false)
			if len(ids) <= 2*MaxBatch {
				t.Fatalf("prompt of %d tokens: want more than two batches", len(ids))
			}
			res, err := m.Run(context.Background(), Job{Prompt: ids, MaxTokens: 24}, RunOptions{EOS: -1})
			if err != nil {
				t.Fatal(err)
			}
			if res.TraceRoot.Hex() != f.trace || res.OutputRoot.Hex() != pinnedOutput[name] {
				t.Fatalf("%d prompt tokens: trace root %s output root %s, want %s and %s", len(ids), res.TraceRoot, res.OutputRoot, f.trace, pinnedOutput[name])
			}
		})
	}
}

const pinnedPrompt = "Once upon a time there was a little girl named Lily. She lived in a small house near the big forest with her mom and dad and her dog."

// The roots of the generation above (45 prompt tokens), from the forward
// pass of commit 56ffcd4.
const (
	pinnedF32 = "0x588625cb9313b849d2bd91e20e440d168892f0a3c7dedb5590ee9ace8526019c"
	pinnedQ8  = "0x988a2b4d76b6a4b6656558f562e0b42ffb7527c216ffbe90b322c41e910e443a"
)

var pinnedOutput = map[string]string{
	"F32":  "0xaa83973a1b3f0de22e14d7e904b3b1dcc90b25025f4c30fcaa0743da244e0f39",
	"Q8_0": "0x2897c71db22d44e248f58368066d7b21c939ccc113826c9fb08dd9bb4a4edcbe",
}
