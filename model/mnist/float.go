package mnist

import (
	"fmt"

	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
)

// Dequantize returns the float32 network that a quantised MNIST model
// approximates: its int8 weights and int32 biases times the scales recorded
// in the file's rms.quant.* metadata. It is the "same network in plain
// float32 Go" that the benchmarks compare against.
func Dequantize(m *model.Model, f *gguf.File) (*Float, error) {
	scale := func(key string) (float64, error) {
		v, ok := f.Get(key)
		s, isF := v.(float32)
		if !ok || !isF || !(s > 0) {
			return 0, fmt.Errorf("dequantize: metadata %s missing or not a positive float32", key)
		}
		return float64(s), nil
	}
	s1, err := scale("rms.quant.fc1.weight_scale")
	if err != nil {
		return nil, err
	}
	s2, err := scale("rms.quant.fc2.weight_scale")
	if err != nil {
		return nil, err
	}
	sa, err := scale("rms.quant.fc1.act_scale")
	if err != nil {
		return nil, err
	}
	w1, b1, w2, b2 := m.Tensors[NameW1], m.Tensors[NameB1], m.Tensors[NameW2], m.Tensors[NameB2]
	if w1.DType != model.I8 || len(w1.Shape) != 2 || w1.Shape[1] != Pixels || w2.DType != model.I8 || len(w2.Shape) != 2 || w2.Shape[0] != Classes || w2.Shape[1] != w1.Shape[0] ||
		b1.DType != model.I32 || b1.Len() != w1.Shape[0] || b2.DType != model.I32 || b2.Len() != Classes {
		return nil, fmt.Errorf("dequantize: tensors are not those of an MNIST MLP")
	}
	H := w1.Shape[0]
	out := &Float{Hidden: H, W1: make([]float32, H*Pixels), B1: make([]float32, H), W2: make([]float32, Classes*H), B2: make([]float32, Classes)}
	for i, v := range w1.I8 {
		out.W1[i] = float32(float64(v) * s1)
	}
	for i, v := range b1.I32 {
		out.B1[i] = float32(float64(v) * s1 / 255)
	}
	for i, v := range w2.I8 {
		out.W2[i] = float32(float64(v) * s2)
	}
	for i, v := range b2.I32 {
		out.B2[i] = float32(float64(v) * s2 * sa)
	}
	return out, nil
}
