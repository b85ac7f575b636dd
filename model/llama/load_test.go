package llama

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model/gguf"
)

var tiny = Shape{Config{Dim: 256, Layers: 2, Heads: 4, KVHeads: 2, FFN: 512, Vocab: 300, Context: 64}, false}

func synthBytes(t testing.TB, s Shape, typ gguf.TensorType) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Synth(&b, s, typ, 7); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestTypesAndWorkers: synthetic models of every weight type run, and the
// generated tokens and the trace root do not depend on the number of
// goroutines; the trace has its fixed length C.
func TestTypesAndWorkers(t *testing.T) {
	for _, typ := range []gguf.TensorType{gguf.TensorF32, gguf.TensorF16, gguf.TensorQ8_0, gguf.TensorQ4_0, gguf.TensorQ4_K, gguf.TensorQ6_K} {
		f, err := gguf.Parse(synthBytes(t, tiny, typ))
		if err != nil {
			t.Fatal(err)
		}
		var roots []merkle.Hash
		var toks [][]int
		for _, w := range []int{1, 3} {
			m, err := Load(f, WithWorkers(w))
			if err != nil {
				t.Fatalf("%s: %v", typ, err)
			}
			job := Job{Prompt: []int{1, 270, 280, 290}, MaxTokens: 6}
			res, err := m.Run(context.Background(), job, RunOptions{EOS: -1})
			if err != nil {
				t.Fatalf("%s: %v", typ, err)
			}
			if res.N != res.C || res.C != m.TraceLength(4, 6) || len(res.Tokens) != 6 {
				t.Fatalf("%s: N %d C %d tokens %d", typ, res.N, res.C, len(res.Tokens))
			}
			roots = append(roots, res.TraceRoot)
			toks = append(toks, res.Tokens)
		}
		if roots[0] != roots[1] || !equalInts(toks[0], toks[1]) {
			t.Fatalf("%s: 1 and 3 workers differ: %v %v, %v %v", typ, roots[0], roots[1], toks[0], toks[1])
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestEndOfText: when EOS is drawn the rest of the fixed-length trace is
// no-ops (A stays), and the roots equal those of the same job cut at EOS.
func TestEndOfText(t *testing.T) {
	m, _ := load(t, "../../testdata/stories260K.gguf")
	job := Job{Prompt: []int{1, 403, 407, 261, 378}, MaxTokens: 10}
	full, err := m.Run(context.Background(), job, RunOptions{EOS: -1})
	if err != nil {
		t.Fatal(err)
	}
	// Pretend the third generated token ends the text.
	eos := full.Tokens[2]
	cut, err := m.Run(context.Background(), job, RunOptions{EOS: eos})
	if err != nil {
		t.Fatal(err)
	}
	if !equalInts(cut.Tokens, full.Tokens[:3]) || cut.C != full.C || cut.N >= cut.C {
		t.Fatalf("cut: tokens %v, N %d, C %d", cut.Tokens, cut.N, cut.C)
	}
	for i := 0; i < cut.N; i++ {
		if cut.OpRoots[i] != full.OpRoots[i] {
			t.Fatalf("op %d differs before the end of text", i)
		}
	}
	if cut.TraceRoot == full.TraceRoot || cut.OutputRoot == full.OutputRoot {
		t.Fatal("cut trace equals the full one")
	}
	// At a class's height (the program's) the ops are the same, the trace
	// is committed at that height.
	cls, err := m.Run(context.Background(), job, RunOptions{EOS: -1, TraceHeight: m.MaxTraceHeight()})
	if err != nil {
		t.Fatal(err)
	}
	if cls.Height != m.MaxTraceHeight() || cls.Height <= full.Height || !slices.Equal(cls.OpRoots, full.OpRoots) || cls.TraceRoot == full.TraceRoot {
		t.Fatalf("at the class height %d: height %d (job's own %d), same ops %v, trace root %s (job's own %s)",
			m.MaxTraceHeight(), cls.Height, full.Height, slices.Equal(cls.OpRoots, full.OpRoots), cls.TraceRoot, full.TraceRoot)
	}
	// The trace root is the list A_1 … A_N, then A_N repeated up to 2^Height
	// (DESIGN §5: the guest keeps A_N for every later index; zero padding
	// past C would let a liar diverge at index C).
	for _, r := range []*Result{cut, full, cls} {
		acc, err := merkle.NewAccumulator(r.Height)
		if err != nil {
			t.Fatal(err)
		}
		var a merkle.Hash
		var list []merkle.Hash
		for _, o := range r.OpRoots {
			if a, err = acc.Append(o); err != nil {
				t.Fatal(err)
			}
			list = append(list, a)
		}
		for len(list) < 1<<r.Height {
			list = append(list, a)
		}
		want, err := merkle.ListRoot(list, r.Height)
		if err != nil {
			t.Fatal(err)
		}
		if r.TraceRoot != want {
			t.Fatalf("trace root %s, want the filled list's %s (N %d, C %d, height %d)", r.TraceRoot, want, r.N, r.C, r.Height)
		}
	}
	// Sampling is deterministic given the seed, and the seed matters.
	hot := job
	hot.Temperature, hot.TopP = 1, 0.9
	var outs [][]int
	for _, seed := range []uint64{1, 1, 2} {
		hot.Seed = seed
		r, err := m.Run(context.Background(), hot, RunOptions{EOS: -1, NoTrace: true})
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, r.Tokens)
	}
	if !equalInts(outs[0], outs[1]) || equalInts(outs[0], outs[2]) {
		t.Fatalf("sampling: seed 1 %v and %v, seed 2 %v", outs[0], outs[1], outs[2])
	}
}

// TestLoadErrors: what Load refuses, each error naming the problem.
func TestLoadErrors(t *testing.T) {
	good := synthBytes(t, tiny, gguf.TensorQ8_0)
	edit := func(f func(*gguf.File)) *gguf.File {
		g, err := gguf.Parse(good)
		if err != nil {
			t.Fatal(err)
		}
		f(g)
		return g
	}
	setKV := func(key string, v any) func(*gguf.File) {
		return func(g *gguf.File) {
			for i := range g.KV {
				if g.KV[i].Key == key {
					g.KV[i].Value = v
					return
				}
			}
			g.KV = append(g.KV, gguf.KV{Key: key, Value: v})
		}
	}
	dropKV := func(key string) func(*gguf.File) {
		return func(g *gguf.File) {
			for i := range g.KV {
				if g.KV[i].Key == key {
					g.KV = append(g.KV[:i], g.KV[i+1:]...)
					return
				}
			}
		}
	}
	tensor := func(name string, f func(*gguf.Tensor)) func(*gguf.File) {
		return func(g *gguf.File) {
			tt, ok := g.Tensor(name)
			if !ok {
				t.Fatalf("no %s", name)
			}
			f(tt)
		}
	}
	dropTensor := func(name string) func(*gguf.File) {
		return func(g *gguf.File) {
			for i := range g.Tensors {
				if g.Tensors[i].Name == name {
					g.Tensors = append(g.Tensors[:i], g.Tensors[i+1:]...)
					return
				}
			}
		}
	}
	tests := []struct {
		name string
		edit func(*gguf.File)
		err  string
	}{
		{"other architecture", setKV("general.architecture", "gpt2"), `general.architecture is gpt2, want "llama"`},
		{"missing key", dropKV("llama.block_count"), "llama.block_count missing"},
		{"missing eps", dropKV("llama.attention.layer_norm_rms_epsilon"), "layer_norm_rms_epsilon missing"},
		{"wrong key type", setKV("llama.embedding_length", "256"), "llama.embedding_length: string, want an integer"},
		{"zero heads", setKV("llama.attention.head_count", uint32(0)), "head_count: 0"},
		{"kv heads", setKV("llama.attention.head_count_kv", uint32(3)), "not a multiple of head_count_kv 3"},
		{"moe", setKV("llama.expert_count", uint32(8)), "mixture-of-experts"},
		{"rope scaling", setKV("llama.rope.scaling.type", "yarn"), "RoPE scaling is not supported"},
		{"odd rope", setKV("llama.rope.dimension_count", uint32(7)), "rope.dimension_count 7"},
		{"missing tensor", dropTensor("blk.1.ffn_up.weight"), "tensor blk.1.ffn_up.weight missing"},
		{"wrong shape", tensor("blk.0.attn_k.weight", func(tt *gguf.Tensor) { tt.Dims = []uint64{256, 64} }), "tensor blk.0.attn_k.weight: dims [256 64], want [256, 128]"},
		{"norm shape", tensor("output_norm.weight", func(tt *gguf.Tensor) { tt.Dims = []uint64{255} }), "tensor output_norm.weight: dims [255], want [256]"},
		{"unsupported type", tensor("blk.0.attn_q.weight", func(tt *gguf.Tensor) { tt.Type = gguf.TensorI32 }), "tensor blk.0.attn_q.weight: type I32 not supported"},
		{"norm type", tensor("blk.0.ffn_norm.weight", func(tt *gguf.Tensor) { tt.Type = gguf.TensorQ8_0 }), "blk.0.ffn_norm.weight: type Q8_0 is not F32 or F16"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(edit(tc.edit))
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("err = %v, want %q", err, tc.err)
			}
		})
	}
}

// FuzzLoad: a GGUF text model that parses either loads and generates or
// is refused with an error; nothing panics.
func FuzzLoad(f *testing.F) {
	small := Shape{Config{Dim: 32, Layers: 1, Heads: 2, KVHeads: 1, FFN: 64, Vocab: 260, Context: 8}, true}
	var b bytes.Buffer
	if err := Synth(&b, small, gguf.TensorQ8_0, 1); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := gguf.Parse(data)
		if err != nil {
			return
		}
		m, err := Load(g, WithWorkers(1))
		if err != nil {
			return
		}
		if m.Config.Dim*m.Config.Layers > 1<<16 || m.Config.Context > 1<<12 {
			return
		}
		_, _ = m.Run(context.Background(), Job{Prompt: []int{1}, MaxTokens: 2}, RunOptions{EOS: -1})
	})
}
