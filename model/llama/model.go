package llama

import (
	"fmt"
	"math"
	"runtime"

	"github.com/rmsnet/rms/model/gguf"
)

// Arch is the general.architecture value this package runs.
const Arch = "llama"

// Config is the shape of a LLaMA model, read from its GGUF metadata.
type Config struct {
	Dim      int     // llama.embedding_length
	Layers   int     // llama.block_count
	Heads    int     // llama.attention.head_count
	KVHeads  int     // llama.attention.head_count_kv (default Heads)
	HeadDim  int     // llama.attention.key_length (default Dim/Heads)
	FFN      int     // llama.feed_forward_length
	Vocab    int     // rows of token_embd.weight
	Context  int     // llama.context_length
	RopeDims int     // llama.rope.dimension_count (default HeadDim)
	RopeBase float32 // llama.rope.freq_base (default 10000)
	Eps      float32 // llama.attention.layer_norm_rms_epsilon
}

// Layer holds the weights of one transformer block.
type Layer struct {
	AttnNorm, FFNNorm []float32
	Q, K, V, O        *Matrix
	Gate, Up, Down    *Matrix
}

// Model is a loaded LLaMA model. Its weights may point into a mapped file.
type Model struct {
	Config    Config
	Layers    []Layer
	OutNorm   []float32
	Output    *Matrix // output.weight, or token_embd.weight when tied
	Tied      bool
	RopeFreqs []float32 // rope_freqs.weight (divides the angles), if present

	embed     *gguf.Tensor // token_embd.weight as stored
	embedQ    *Matrix      // embed as a Matrix when block quantised
	ropeScale float32      // theta_scale = base^(−2/RopeDims)
	workers   int
	stepsLog2 int // split bound of ops (WithOpSteps)
	// vmStepsLog2 lowers the VM step bound of an op (AllowedContext) in
	// tests; 0: MaxOpStepsLog2.
	vmStepsLog2 int

	// fetch, when set (WithTensorData), gives tensor data on first use;
	// pending holds, per tensor not fetched yet, what its data fills in.
	fetch   func(name string) ([]byte, error)
	pending map[string][]func([]byte) error
}

// Option adjusts Load.
type Option func(*Model)

// WithWorkers sets how many goroutines kernels may use (default
// runtime.GOMAXPROCS(0)). Results never depend on it.
func WithWorkers(n int) Option {
	return func(m *Model) {
		if n > 0 {
			m.workers = n
		}
	}
}

// Load builds a model from a GGUF file of architecture llama. Every missing
// key or tensor, unsupported type and wrong shape is an error that names it.
func Load(f *gguf.File, opts ...Option) (*Model, error) {
	m := &Model{workers: runtime.GOMAXPROCS(0), stepsLog2: DefaultOpStepsLog2}
	for _, o := range opts {
		o(m)
	}
	if err := checkStepsLog2(m.stepsLog2); err != nil {
		return nil, fmt.Errorf("llama: %w", err)
	}
	if err := m.load(f); err != nil {
		return nil, fmt.Errorf("llama: %w", err)
	}
	return m, nil
}

func metaInt(f *gguf.File, key string, def int, required bool) (int, error) {
	v, ok := f.Get(key)
	if !ok {
		if required {
			return 0, fmt.Errorf("metadata key %s missing", key)
		}
		return def, nil
	}
	var n int64
	switch x := v.(type) {
	case uint8:
		n = int64(x)
	case int8:
		n = int64(x)
	case uint16:
		n = int64(x)
	case int16:
		n = int64(x)
	case uint32:
		n = int64(x)
	case int32:
		n = int64(x)
	case uint64:
		if x > math.MaxInt32 {
			return 0, fmt.Errorf("metadata key %s: %d too large", key, x)
		}
		n = int64(x)
	case int64:
		n = x
	default:
		return 0, fmt.Errorf("metadata key %s: %T, want an integer", key, v)
	}
	if n <= 0 || n > math.MaxInt32 {
		return 0, fmt.Errorf("metadata key %s: %d, want a positive integer", key, n)
	}
	return int(n), nil
}

func metaFloat(f *gguf.File, key string, def float32, required bool) (float32, error) {
	v, ok := f.Get(key)
	if !ok {
		if required {
			return 0, fmt.Errorf("metadata key %s missing", key)
		}
		return def, nil
	}
	var x float32
	switch t := v.(type) {
	case float32:
		x = t
	case float64:
		x = float32(t)
	default:
		return 0, fmt.Errorf("metadata key %s: %T, want a float", key, v)
	}
	if !(x > 0) || x > 1e30 {
		return 0, fmt.Errorf("metadata key %s: %v, want a positive number", key, x)
	}
	return x, nil
}

func (m *Model) load(f *gguf.File) error {
	arch, _ := f.Get("general.architecture")
	if s, ok := arch.(string); !ok || s != Arch {
		return fmt.Errorf("general.architecture is %v, want %q (the only text architecture supported)", arch, Arch)
	}
	if v, ok := f.Get("llama.expert_count"); ok && fmt.Sprint(v) != "0" {
		return fmt.Errorf("llama.expert_count = %v: mixture-of-experts models are not supported", v)
	}
	if v, ok := f.Get("llama.rope.scaling.type"); ok && v != "none" {
		return fmt.Errorf("llama.rope.scaling.type = %v: RoPE scaling is not supported", v)
	}
	c := &m.Config
	var err error
	p := "llama."
	if c.Dim, err = metaInt(f, p+"embedding_length", 0, true); err != nil {
		return err
	}
	if c.Layers, err = metaInt(f, p+"block_count", 0, true); err != nil {
		return err
	}
	if c.Heads, err = metaInt(f, p+"attention.head_count", 0, true); err != nil {
		return err
	}
	if c.KVHeads, err = metaInt(f, p+"attention.head_count_kv", c.Heads, false); err != nil {
		return err
	}
	if c.FFN, err = metaInt(f, p+"feed_forward_length", 0, true); err != nil {
		return err
	}
	if c.Context, err = metaInt(f, p+"context_length", 0, true); err != nil {
		return err
	}
	if c.Dim%c.Heads != 0 {
		return fmt.Errorf("llama.embedding_length %d is not a multiple of llama.attention.head_count %d", c.Dim, c.Heads)
	}
	if c.HeadDim, err = metaInt(f, p+"attention.key_length", c.Dim/c.Heads, false); err != nil {
		return err
	}
	if vl, err := metaInt(f, p+"attention.value_length", c.HeadDim, false); err != nil {
		return err
	} else if vl != c.HeadDim {
		return fmt.Errorf("llama.attention.value_length %d differs from the key length %d: not supported", vl, c.HeadDim)
	}
	if c.Heads%c.KVHeads != 0 {
		return fmt.Errorf("llama.attention.head_count %d is not a multiple of head_count_kv %d", c.Heads, c.KVHeads)
	}
	if c.RopeDims, err = metaInt(f, p+"rope.dimension_count", c.HeadDim, false); err != nil {
		return err
	}
	if c.RopeDims > c.HeadDim || c.RopeDims%2 != 0 {
		return fmt.Errorf("llama.rope.dimension_count %d: want an even number ≤ the head size %d", c.RopeDims, c.HeadDim)
	}
	if c.RopeBase, err = metaFloat(f, p+"rope.freq_base", 10000, false); err != nil {
		return err
	}
	if c.Eps, err = metaFloat(f, p+"attention.layer_norm_rms_epsilon", 0, true); err != nil {
		return err
	}
	emb, ok := f.Tensor("token_embd.weight")
	if !ok {
		return fmt.Errorf("tensor token_embd.weight missing")
	}
	if len(emb.Dims) != 2 || emb.Dims[0] != uint64(c.Dim) || emb.Dims[1] == 0 || emb.Dims[1] > math.MaxInt32 {
		return fmt.Errorf("tensor token_embd.weight: dims %v, want [%d, vocab]", emb.Dims, c.Dim)
	}
	if emb.Dims[1] > 1<<24 {
		return fmt.Errorf("tensor token_embd.weight: vocabulary of %d tokens above 2^24 (token ids travel as float32 in the trace)", emb.Dims[1])
	}
	c.Vocab = int(emb.Dims[1])
	if err := m.embedding(emb); err != nil {
		return err
	}
	qd, kvd := c.Heads*c.HeadDim, c.KVHeads*c.HeadDim
	mat := func(name string, cols, rows int) (*Matrix, error) {
		t, ok := f.Tensor(name)
		if !ok {
			return nil, fmt.Errorf("tensor %s missing", name)
		}
		if len(t.Dims) != 2 || t.Dims[0] != uint64(cols) || t.Dims[1] != uint64(rows) {
			return nil, fmt.Errorf("tensor %s: dims %v, want [%d, %d]", name, t.Dims, cols, rows)
		}
		return m.matrix(t)
	}
	vec := func(name string, n int) ([]float32, error) {
		t, ok := f.Tensor(name)
		if !ok {
			return nil, fmt.Errorf("tensor %s missing", name)
		}
		if len(t.Dims) != 1 || t.Dims[0] != uint64(n) {
			return nil, fmt.Errorf("tensor %s: dims %v, want [%d]", name, t.Dims, n)
		}
		return m.vector(t, n)
	}
	m.Layers = make([]Layer, c.Layers)
	for i := range m.Layers {
		l := &m.Layers[i]
		b := fmt.Sprintf("blk.%d.", i)
		steps := []struct {
			dst        **Matrix
			name       string
			cols, rows int
		}{
			{&l.Q, "attn_q", c.Dim, qd}, {&l.K, "attn_k", c.Dim, kvd}, {&l.V, "attn_v", c.Dim, kvd},
			{&l.O, "attn_output", qd, c.Dim}, {&l.Gate, "ffn_gate", c.Dim, c.FFN},
			{&l.Up, "ffn_up", c.Dim, c.FFN}, {&l.Down, "ffn_down", c.FFN, c.Dim},
		}
		for _, s := range steps {
			if *s.dst, err = mat(b+s.name+".weight", s.cols, s.rows); err != nil {
				return err
			}
		}
		if l.AttnNorm, err = vec(b+"attn_norm.weight", c.Dim); err != nil {
			return err
		}
		if l.FFNNorm, err = vec(b+"ffn_norm.weight", c.Dim); err != nil {
			return err
		}
	}
	if m.OutNorm, err = vec("output_norm.weight", c.Dim); err != nil {
		return err
	}
	if _, ok := f.Tensor("output.weight"); ok {
		if m.Output, err = mat("output.weight", c.Dim, c.Vocab); err != nil {
			return err
		}
	} else {
		m.Tied = true
		if m.Output, err = mat("token_embd.weight", c.Dim, c.Vocab); err != nil {
			return err
		}
	}
	if _, ok := f.Tensor("rope_freqs.weight"); ok {
		if m.RopeFreqs, err = vec("rope_freqs.weight", c.RopeDims/2); err != nil {
			return err
		}
	}
	m.ropeScale = float32(pow64(float64(c.RopeBase), float64(float32(-2)/float32(c.RopeDims))))
	return nil
}

// Embed writes the embedding of token tok to x: the stored row, exact for
// F32 and F16, scale times value for quantised types.
func (m *Model) Embed(tok int, x []float32) error {
	if tok < 0 || tok >= m.Config.Vocab {
		return fmt.Errorf("token %d outside the vocabulary of %d", tok, m.Config.Vocab)
	}
	if m.embedQ != nil {
		m.embedQ.Row(tok, x)
		return nil
	}
	return decodeRow(m.embed.Type, m.embed.Data, tok, m.Config.Dim, x)
}
