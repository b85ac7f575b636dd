package llama

import (
	"fmt"
	"sort"

	"github.com/rmsnet/rms/model/gguf"
)

// WithTensorData makes Load take tensor data from fetch (a tensor's name →
// its element bytes as the GGUF stores them) when an op first reads the
// tensor, instead of from the file: the file may then be a header alone
// (gguf.ParseHeader), as in the fraud-proof guest, which maps each tensor's
// blob only when an op needs it (docs/VM.md). Shapes and types are checked
// at Load from the header; a tensor's data length when it is fetched.
// ExecOp fetches the tensors of its op (Model.OpTensors); Run, Generate and
// NewState fetch every tensor first.
func WithTensorData(fetch func(name string) ([]byte, error)) Option {
	return func(m *Model) { m.fetch = fetch }
}

// later records that the data of tensor name fills in set when fetched.
func (m *Model) later(name string, set func([]byte) error) {
	if m.pending == nil {
		m.pending = map[string][]func([]byte) error{}
	}
	m.pending[name] = append(m.pending[name], set)
}

// embedding sets the token embedding from emb (its data now, or when
// fetched).
func (m *Model) embedding(emb *gguf.Tensor) error {
	if emb.Type != gguf.TensorF32 && emb.Type != gguf.TensorF16 {
		var err error
		m.embedQ, err = m.matrix(emb)
		m.embed = emb
		return err
	}
	if m.fetch == nil {
		m.embed = emb
		return nil
	}
	m.embed = &gguf.Tensor{Name: emb.Name, Dims: emb.Dims, Type: emb.Type}
	_, size, err := emb.Elements()
	if err != nil {
		return err
	}
	m.later(emb.Name, func(d []byte) error {
		if uint64(len(d)) != size {
			return fmt.Errorf("tensor %s: %d data bytes, want %d", emb.Name, len(d), size)
		}
		m.embed.Data = d
		return nil
	})
	return nil
}

// matrix returns the weight matrix of t, with its data now or when fetched.
func (m *Model) matrix(t *gguf.Tensor) (*Matrix, error) {
	if m.fetch == nil {
		return NewMatrix(t, m.workers)
	}
	mx, err := matrixOf(t, m.workers)
	if err != nil {
		return nil, err
	}
	m.later(t.Name, mx.setData)
	return mx, nil
}

// vector returns the n float32 values of the vector t, decoded now or when
// fetched.
func (m *Model) vector(t *gguf.Tensor, n int) ([]float32, error) {
	x := make([]float32, n)
	dec := func(d []byte) error {
		if err := decodeRow(t.Type, d, 0, n, x); err != nil {
			return fmt.Errorf("tensor %s: %w", t.Name, err)
		}
		return nil
	}
	if m.fetch == nil {
		return x, dec(t.Data)
	}
	m.later(t.Name, dec)
	return x, nil
}

// OpTensors returns the names of the model tensors op reads, sorted: the
// weights of its kind and layer (none for attention and sampling).
func (m *Model) OpTensors(op OpRef) []string {
	b := fmt.Sprintf("blk.%d.", op.Layer)
	var out []string
	switch op.Kind {
	case OpEmbed:
		out = []string{"token_embd.weight"}
	case OpAttnNorm:
		out = []string{b + "attn_norm.weight"}
	case OpQ, OpK:
		out = []string{b + map[OpKind]string{OpQ: "attn_q", OpK: "attn_k"}[op.Kind] + ".weight"}
		if m.RopeFreqs != nil {
			out = append(out, "rope_freqs.weight")
		}
	case OpV:
		out = []string{b + "attn_v.weight"}
	case OpAttnOut:
		out = []string{b + "attn_output.weight"}
	case OpFFNNorm:
		out = []string{b + "ffn_norm.weight"}
	case OpFFNGateUp:
		out = []string{b + "ffn_gate.weight", b + "ffn_up.weight"}
	case OpFFNDown:
		out = []string{b + "ffn_down.weight"}
	case OpOutNorm:
		out = []string{"output_norm.weight"}
	case OpLogits:
		out = []string{"output.weight"}
		if m.Tied {
			out = []string{"token_embd.weight"}
		}
	}
	sort.Strings(out)
	return out
}

// ensure fetches the data of the named tensors that have none yet.
func (m *Model) ensure(names []string) error {
	for _, n := range names {
		sets, ok := m.pending[n]
		if !ok {
			continue
		}
		d, err := m.fetch(n)
		if err != nil {
			return fmt.Errorf("tensor %s: %w", n, err)
		}
		for _, set := range sets {
			if err := set(d); err != nil {
				return err
			}
		}
		delete(m.pending, n)
	}
	return nil
}

// ensureAll fetches every tensor that has no data yet.
func (m *Model) ensureAll() error {
	names := make([]string, 0, len(m.pending))
	for n := range m.pending {
		names = append(names, n)
	}
	sort.Strings(names)
	if err := m.ensure(names); err != nil {
		return fmt.Errorf("llama: %w", err)
	}
	return nil
}
