package llama

import (
	"testing"

	"github.com/rmsnet/rms/model/gguf"
)

// TestKVHeadGroups: in a model whose attention would be too large at the
// end of its long context, k and v are cut into groups of at most
// KVGroupHeads KV heads and attention at their boundaries; every part of
// attention reads, per position, exactly the k and v parts of its own KV
// heads, and ExecOp of every op of a generation still gives Run's outputs
// bit for bit. A short context keeps k and v whole.
func TestKVHeadGroups(t *testing.T) {
	long := Shape{Config{Dim: 256, Layers: 1, Heads: 16, KVHeads: 8, FFN: 256, Vocab: 300, Context: 1 << 16}, false}
	f, err := gguf.Parse(synthBytes(t, long, gguf.TensorQ8_0))
	if err != nil {
		t.Fatal(err)
	}
	m, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	hd := m.Config.HeadDim
	kv := m.Parts(OpK, 0)
	if len(kv) != 8/KVGroupHeads {
		t.Fatalf("k parts %v, want %d groups of %d heads", kv, 8/KVGroupHeads, KVGroupHeads)
	}
	for _, p := range kv {
		if p.Lo%hd != 0 || p.Hi-p.Lo > KVGroupHeads*hd {
			t.Fatalf("k part %v is not a group of at most %d whole heads of %d", p, KVGroupHeads, hd)
		}
	}
	job := Job{Prompt: []int{1, 40, 41, 42}, MaxTokens: 2}
	s := m.Schedule(len(job.Prompt), job.MaxTokens)
	attn := 0
	for i, op := range s.Ops {
		if op.Kind != OpAttn {
			continue
		}
		attn++
		lo, hi := s.kvRange(op)
		g := m.Config.Heads / m.Config.KVHeads
		if lo != op.Part.Lo/g || hi < op.Part.Hi/g || hi-lo > KVGroupHeads*hd {
			t.Fatalf("attention part %v reads k/v [%d, %d)", op.Part, lo, hi)
		}
		ins := s.Inputs(i)
		q := len(s.all(op.Pos, op.Layer, OpQ))
		if len(ins) != q+2*(op.Pos+1) {
			t.Fatalf("attention op %d (%+v) reads %d outputs, want %d q parts and one k and one v part per position", i, op, len(ins), q)
		}
		for _, j := range ins[q:] {
			if p := s.Ops[j].Part; p.Lo != lo || p.Hi != hi {
				t.Fatalf("attention op %d (%+v) reads part %v of %s, its group is [%d, %d)", i, op, p, s.Ops[j].Kind, lo, hi)
			}
		}
	}
	if attn < 2*len(job.Prompt) {
		t.Fatalf("%d attention ops", attn)
	}
	replay(t, m, replayJob{job, -1})
	// The same shape with a short context keeps k and v whole.
	short := long
	short.Context = 64
	f, err = gguf.Parse(synthBytes(t, short, gguf.TensorQ8_0))
	if err != nil {
		t.Fatal(err)
	}
	if m, err = Load(f); err != nil {
		t.Fatal(err)
	}
	if p := m.Parts(OpK, 0); len(p) != 1 {
		t.Fatalf("short context: k parts %v", p)
	}
}
