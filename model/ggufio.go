package model

import (
	"fmt"
	"os"
	"sort"

	"github.com/rmsnet/rms/model/gguf"
)

// Metadata keys that carry an RMS model in a GGUF file.
const (
	// KeyProgram holds the canonical program encoding as an array of uint8.
	KeyProgram = "rms.program"
	// KeyArchitecture is the GGUF architecture key; RMS models write
	// ArchMLP or another "rms-" name.
	KeyArchitecture = "general.architecture"
	// ArchMLP is the architecture name of the MNIST multilayer perceptron.
	ArchMLP = "rms-mlp"
)

var dtypeToGGML = map[DType]gguf.TensorType{
	I8: gguf.TensorI8, I16: gguf.TensorI16, I32: gguf.TensorI32, F32: gguf.TensorF32,
}

// ToGGUF returns m as a GGUF file: the program in rms.program, the
// architecture arch in general.architecture, the extra metadata meta (which
// must not repeat those keys), and every tensor (sorted by name) with its
// dimensions reversed into GGUF order. Tensors of rank 0 cannot be stored.
func ToGGUF(m *Model, arch string, meta []gguf.KV) (*gguf.File, error) {
	if err := m.Check(); err != nil {
		return nil, fmt.Errorf("to gguf: %w", err)
	}
	prog, err := m.Program.Encode()
	if err != nil {
		return nil, fmt.Errorf("to gguf: %w", err)
	}
	f := &gguf.File{KV: []gguf.KV{{Key: KeyArchitecture, Value: arch}, {Key: KeyProgram, Value: prog}}}
	for _, kv := range meta {
		if kv.Key == KeyArchitecture || kv.Key == KeyProgram {
			return nil, fmt.Errorf("to gguf: metadata repeats %q", kv.Key)
		}
		f.KV = append(f.KV, kv)
	}
	names := make([]string, 0, len(m.Tensors))
	for n := range m.Tensors {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t := m.Tensors[n]
		if len(t.Shape) == 0 || len(t.Shape) > gguf.MaxDims {
			return nil, fmt.Errorf("to gguf: tensor %q of rank %d; GGUF holds ranks 1…%d", n, len(t.Shape), gguf.MaxDims)
		}
		dims := make([]uint64, len(t.Shape))
		for i, d := range t.Shape {
			dims[len(dims)-1-i] = uint64(d)
		}
		f.Tensors = append(f.Tensors, gguf.Tensor{Name: n, Dims: dims, Type: dtypeToGGML[t.DType], Data: t.DataBytes()})
	}
	return f, nil
}

// FromGGUF builds a model from a GGUF file written by ToGGUF (or any file
// with an rms.program key and I8, I16, I32 or F32 tensors). It returns the
// model and the file's architecture.
func FromGGUF(f *gguf.File) (*Model, string, error) {
	arch, _ := f.Get(KeyArchitecture)
	archStr, ok := arch.(string)
	if !ok {
		return nil, "", fmt.Errorf("from gguf: %s missing or not a string", KeyArchitecture)
	}
	v, ok := f.Get(KeyProgram)
	if !ok {
		return nil, "", fmt.Errorf("from gguf: no %s key: not an RMS model", KeyProgram)
	}
	pb, ok := v.([]uint8)
	if !ok {
		return nil, "", fmt.Errorf("from gguf: %s is %T, want an array of uint8", KeyProgram, v)
	}
	p, err := DecodeProgram(pb)
	if err != nil {
		return nil, "", fmt.Errorf("from gguf: %s: %w", KeyProgram, err)
	}
	m := &Model{Program: *p, Tensors: map[string]Tensor{}}
	for _, gt := range f.Tensors {
		var dt DType
		for d, g := range dtypeToGGML {
			if g == gt.Type {
				dt = d
			}
		}
		if dt == 0 {
			return nil, "", fmt.Errorf("from gguf: tensor %q: ggml type %d is not one of F32, I8, I16, I32", gt.Name, uint32(gt.Type))
		}
		shape := make([]int, len(gt.Dims))
		for i, d := range gt.Dims {
			if d > MaxElements {
				return nil, "", fmt.Errorf("from gguf: tensor %q: dimension %d too large", gt.Name, d)
			}
			shape[len(shape)-1-i] = int(d)
		}
		t, err := FromDataBytes(dt, shape, gt.Data)
		if err != nil {
			return nil, "", fmt.Errorf("from gguf: tensor %q: %w", gt.Name, err)
		}
		m.Tensors[gt.Name] = t
	}
	if err := m.Check(); err != nil {
		return nil, "", fmt.Errorf("from gguf: %w", err)
	}
	return m, archStr, nil
}

// Load reads a model from the GGUF file at path.
func Load(path string) (*Model, error) {
	f, err := gguf.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	m, _, err := FromGGUF(f)
	if err != nil {
		return nil, fmt.Errorf("load model %s: %w", path, err)
	}
	return m, nil
}

// Save writes m to path as GGUF (see ToGGUF).
func Save(path string, m *Model, arch string, meta []gguf.KV) error {
	f, err := ToGGUF(m, arch, meta)
	if err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	b, err := f.Encode()
	if err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	return nil
}

// DTypeOfGGML returns the RMS dtype whose canonical element bytes are those
// of GGML tensor type t, and whether there is one.
func DTypeOfGGML(t gguf.TensorType) (DType, bool) {
	for d, g := range dtypeToGGML {
		if g == t {
			return d, true
		}
	}
	return 0, false
}
