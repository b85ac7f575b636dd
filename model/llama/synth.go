package llama

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"

	"github.com/rmsnet/rms/model/gguf"
)

// Shape is a named model shape for Synth.
type Shape struct {
	Config
	Tied bool // output shares token_embd.weight
}

// Shapes are the shapes of well-known LLaMA-architecture models
// (llama2.c's stories15M and stories110M, TinyLlama 1.1B, LLaMA 2 7B).
var Shapes = map[string]Shape{
	"stories15M":     {Config{Dim: 288, Layers: 6, Heads: 6, KVHeads: 6, FFN: 768, Vocab: 32000, Context: 256}, true},
	"stories110M":    {Config{Dim: 768, Layers: 12, Heads: 12, KVHeads: 12, FFN: 2048, Vocab: 32000, Context: 1024}, true},
	"tinyllama-1.1b": {Config{Dim: 2048, Layers: 22, Heads: 32, KVHeads: 4, FFN: 5632, Vocab: 32000, Context: 2048}, false},
	"llama-7b":       {Config{Dim: 4096, Layers: 32, Heads: 32, KVHeads: 32, FFN: 11008, Vocab: 32000, Context: 4096}, false},
}

// ShapeNames returns the names of Shapes, sorted.
func ShapeNames() []string {
	var out []string
	for n := range Shapes {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Synth writes a LLaMA GGUF file of shape s with seeded random weights of
// type typ (norms in F32), in the layout llama.cpp writes (general.*,
// llama.* and tokenizer.ggml.* metadata; a SentencePiece vocabulary of
// control, byte, ASCII and filler tokens). The same seed gives the same
// bytes. Tensors are generated and written one at a time, so any size can
// be written with little memory.
func Synth(w io.Writer, s Shape, typ gguf.TensorType, seed uint64) error {
	c := s.Config
	if c.Dim <= 0 || c.Layers <= 0 || c.Heads <= 0 || c.KVHeads <= 0 || c.FFN <= 0 || c.Vocab < 260 || c.Context <= 0 ||
		c.Dim%c.Heads != 0 || c.Heads%c.KVHeads != 0 {
		return fmt.Errorf("synth: shape %+v is not a LLaMA shape (vocab ≥ 260)", c)
	}
	be, _ := typ.Block()
	switch typ {
	case gguf.TensorF32, gguf.TensorF16, gguf.TensorQ8_0, gguf.TensorQ4_0, gguf.TensorQ4_K, gguf.TensorQ6_K:
	default:
		return fmt.Errorf("synth: type %s not supported", typ)
	}
	hd := c.Dim / c.Heads
	for _, n := range []int{c.Dim, c.FFN} {
		if n%be != 0 {
			return fmt.Errorf("synth: %s needs rows of a multiple of %d, the shape has %d", typ, be, n)
		}
	}
	f := &gguf.File{KV: []gguf.KV{
		{Key: "general.architecture", Value: Arch},
		{Key: "general.name", Value: "rms synthetic"},
		{Key: "general.alignment", Value: uint32(32)},
		{Key: "llama.context_length", Value: uint32(c.Context)},
		{Key: "llama.embedding_length", Value: uint32(c.Dim)},
		{Key: "llama.feed_forward_length", Value: uint32(c.FFN)},
		{Key: "llama.attention.head_count", Value: uint32(c.Heads)},
		{Key: "llama.attention.head_count_kv", Value: uint32(c.KVHeads)},
		{Key: "llama.block_count", Value: uint32(c.Layers)},
		{Key: "llama.rope.dimension_count", Value: uint32(hd)},
		{Key: "llama.rope.freq_base", Value: float32(10000)},
		{Key: "llama.attention.layer_norm_rms_epsilon", Value: float32(1e-5)},
		{Key: "general.quantization_version", Value: uint32(2)},
	}}
	f.KV = append(f.KV, synthVocab(c.Vocab)...)
	mat := func(name string, cols, rows int) {
		f.Tensors = append(f.Tensors, gguf.Tensor{Name: name, Dims: []uint64{uint64(cols), uint64(rows)}, Type: typ})
	}
	vec := func(name string, n int) {
		f.Tensors = append(f.Tensors, gguf.Tensor{Name: name, Dims: []uint64{uint64(n)}, Type: gguf.TensorF32})
	}
	mat("token_embd.weight", c.Dim, c.Vocab)
	vec("output_norm.weight", c.Dim)
	if !s.Tied {
		mat("output.weight", c.Dim, c.Vocab)
	}
	for l := 0; l < c.Layers; l++ {
		b := fmt.Sprintf("blk.%d.", l)
		mat(b+"attn_q.weight", c.Dim, c.Heads*hd)
		mat(b+"attn_k.weight", c.Dim, c.KVHeads*hd)
		mat(b+"attn_v.weight", c.Dim, c.KVHeads*hd)
		mat(b+"attn_output.weight", c.Heads*hd, c.Dim)
		vec(b+"attn_norm.weight", c.Dim)
		mat(b+"ffn_gate.weight", c.Dim, c.FFN)
		mat(b+"ffn_down.weight", c.FFN, c.Dim)
		mat(b+"ffn_up.weight", c.Dim, c.FFN)
		vec(b+"ffn_norm.weight", c.Dim)
	}
	head, offsets, err := f.EncodeHeader()
	if err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	if _, err := bw.Write(head); err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	rng := rand.New(rand.NewPCG(seed, 0x73796e7468)) // "synth"
	var written uint64
	for i := range f.Tensors {
		t := &f.Tensors[i]
		for ; written < offsets[i]; written++ {
			bw.WriteByte(0)
		}
		_, size, err := t.Elements()
		if err != nil {
			return fmt.Errorf("synth: %w", err)
		}
		n, err := synthTensor(bw, t, rng)
		if err != nil {
			return fmt.Errorf("synth: %w", err)
		}
		if n != size {
			return fmt.Errorf("synth: tensor %s: wrote %d bytes, want %d", t.Name, n, size)
		}
		written += size
	}
	for ; written%32 != 0; written++ {
		bw.WriteByte(0)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	return nil
}

// synthVocab returns tokenizer metadata of a SentencePiece vocabulary of n
// tokens: <unk>, <s>, </s>, the 256 byte tokens, "▁" and printable ASCII,
// then filler tokens.
func synthVocab(n int) []gguf.KV {
	toks := []string{"<unk>", "<s>", "</s>"}
	types := []int32{2, 3, 3}
	for b := 0; b < 256; b++ {
		toks = append(toks, fmt.Sprintf("<0x%02X>", b))
		types = append(types, 6)
	}
	extra := []string{"▁"}
	for c := '!'; c <= '~'; c++ {
		extra = append(extra, string(c))
	}
	for i := 0; len(toks) < n; i++ {
		if i < len(extra) {
			toks = append(toks, extra[i])
		} else {
			toks = append(toks, fmt.Sprintf("▁w%d", i))
		}
		types = append(types, 1)
	}
	scores := make([]float32, n)
	for i := range scores {
		if types[i] == 1 {
			scores[i] = -float32(i)
		}
	}
	return []gguf.KV{
		{Key: "tokenizer.ggml.model", Value: "llama"},
		{Key: "tokenizer.ggml.tokens", Value: toks},
		{Key: "tokenizer.ggml.scores", Value: scores},
		{Key: "tokenizer.ggml.token_type", Value: types},
		{Key: "tokenizer.ggml.bos_token_id", Value: uint32(1)},
		{Key: "tokenizer.ggml.eos_token_id", Value: uint32(2)},
		{Key: "tokenizer.ggml.unknown_token_id", Value: uint32(0)},
	}
}

// synthTensor writes random data for t: norms near 1, weights with a
// standard deviation near 1/√cols so activations stay in range.
func synthTensor(w *bufio.Writer, t *gguf.Tensor, rng *rand.Rand) (uint64, error) {
	cols := int(t.Dims[0])
	rows := 1
	if len(t.Dims) == 2 {
		rows = int(t.Dims[1])
	}
	le := binary.LittleEndian
	std := float32(1 / math.Sqrt(float64(cols)))
	var n uint64
	put := func(b []byte) { w.Write(b); n += uint64(len(b)) }
	buf := make([]byte, 0, 256)
	for r := 0; r < rows; r++ {
		switch t.Type {
		case gguf.TensorF32:
			for i := 0; i < cols; i++ {
				v := float32(1)
				if len(t.Dims) == 2 {
					v = (rng.Float32()*2 - 1) * std * 1.7
				} else {
					v = 0.9 + 0.2*rng.Float32()
				}
				put(le.AppendUint32(buf[:0], math.Float32bits(v)))
			}
		case gguf.TensorF16:
			for i := 0; i < cols; i++ {
				put(le.AppendUint16(buf[:0], f32ToF16((rng.Float32()*2-1)*std*1.7)))
			}
		case gguf.TensorQ8_0:
			for b := 0; b < cols/QK; b++ {
				buf = le.AppendUint16(buf[:0], f32ToF16(std*1.7/127))
				for i := 0; i < QK; i++ {
					buf = append(buf, byte(int8(rng.IntN(255)-127)))
				}
				put(buf)
			}
		case gguf.TensorQ4_0:
			for b := 0; b < cols/QK; b++ {
				buf = le.AppendUint16(buf[:0], f32ToF16(std*1.7/8))
				for i := 0; i < 16; i++ {
					buf = append(buf, byte(rng.Uint32()))
				}
				put(buf)
			}
		case gguf.TensorQ4_K:
			for b := 0; b < cols/256; b++ {
				buf = le.AppendUint16(buf[:0], f32ToF16(std*3.4/(15*40)))
				buf = le.AppendUint16(buf, f32ToF16(std*1.7/40))
				for i := 0; i < 12; i++ {
					buf = append(buf, byte(rng.Uint32()))
				}
				for i := 0; i < 128; i++ {
					buf = append(buf, byte(rng.Uint32()))
				}
				put(buf)
			}
		case gguf.TensorQ6_K:
			for b := 0; b < cols/256; b++ {
				buf = buf[:0]
				for i := 0; i < 192; i++ {
					buf = append(buf, byte(rng.Uint32()))
				}
				for i := 0; i < 16; i++ {
					buf = append(buf, byte(int8(rng.IntN(64)+1)))
				}
				buf = le.AppendUint16(buf, f32ToF16(std*1.7/(32*32)))
				put(buf)
			}
		default:
			return n, fmt.Errorf("tensor %s: type %s", t.Name, t.Type)
		}
	}
	return n, w.Flush()
}
