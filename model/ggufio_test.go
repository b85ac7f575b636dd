package model

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rmsnet/rms/model/gguf"
)

func TestGGUFRoundTrip(t *testing.T) {
	m := tinyModel()
	m.Tensors["f"] = Tensor{DType: F32, Shape: []int{2, 1, 3}, F32: []float32{1, 2, 3, 4, 5, 6}}
	m.Tensors["h"] = Tensor{DType: I16, Shape: []int{1}, I16: []int16{-9}}
	path := filepath.Join(t.TempDir(), "m.gguf")
	if err := Save(path, m, ArchMLP, []gguf.KV{{Key: "rms.note", Value: "x"}}); err != nil {
		t.Fatal(err)
	}
	back, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	r1, _ := m.Root()
	r2, _ := back.Root()
	if r1 != r2 {
		t.Fatal("model root changed through GGUF")
	}
	// GGUF dims are reversed: the [3, 4] weight matrix is stored as [4, 3].
	f, _ := gguf.ReadFile(path)
	w, _ := f.Tensor("w1")
	if w.Dims[0] != 4 || w.Dims[1] != 3 || w.Type != gguf.TensorI8 {
		t.Fatalf("w1 stored as %v type %d", w.Dims, w.Type)
	}
	in := Tensor{DType: I16, Shape: []int{1, 4}, I16: []int16{1, 2, 3, 4}}
	a, _ := m.Run(context.Background(), in)
	b, _ := back.Run(context.Background(), in)
	if a.TraceRoot != b.TraceRoot {
		t.Fatal("trace changed through GGUF")
	}
}

func TestFromGGUFErrors(t *testing.T) {
	base := func() *gguf.File {
		f, err := ToGGUF(tinyModel(), ArchMLP, nil)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	tests := []struct {
		name string
		edit func(f *gguf.File)
		err  string
	}{
		{"no program", func(f *gguf.File) { f.KV = f.KV[:1] }, "no rms.program"},
		{"program type", func(f *gguf.File) { f.KV[1].Value = "x" }, "want an array of uint8"},
		{"bad program", func(f *gguf.File) { f.KV[1].Value = []uint8("RMSP") }, "rms.program"},
		{"no arch", func(f *gguf.File) { f.KV[0].Value = uint32(1) }, "general.architecture"},
		{"f16 tensor", func(f *gguf.File) { f.Tensors[0].Type = gguf.TensorF16 }, "not one of"},
		{"missing tensor", func(f *gguf.File) { f.Tensors = f.Tensors[1:] }, "lacks"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := base()
			tc.edit(f)
			if _, _, err := FromGGUF(f); err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("err = %v, want %q", err, tc.err)
			}
		})
	}
	m := tinyModel()
	m.Tensors["s"] = Tensor{DType: I32, I32: []int32{1}}
	if _, err := ToGGUF(m, ArchMLP, nil); err == nil {
		t.Fatal("rank-0 tensor: no error")
	}
}

// FuzzFromGGUF feeds arbitrary files through the GGUF reader and the model
// loader: anything accepted must run or fail cleanly, never panic.
func FuzzFromGGUF(f *testing.F) {
	g, _ := ToGGUF(tinyModel(), ArchMLP, nil)
	b, _ := g.Encode()
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := gguf.Parse(b)
		if err != nil {
			return
		}
		m, _, err := FromGGUF(g)
		if err != nil {
			return
		}
		in := Tensor{DType: I16, Shape: []int{1, 4}, I16: []int16{1, 2, 3, 4}}
		m.Run(context.Background(), in)
	})
}
