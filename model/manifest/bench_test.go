package manifest

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/rmsnet/rms/model/gguf"
)

func benchFile(b *testing.B, n int) []byte {
	data := make([]byte, n)
	rand.NewChaCha8([32]byte{1}).Read(data)
	f := &gguf.File{
		KV:      []gguf.KV{{Key: "general.architecture", Value: "synth"}},
		Tensors: []gguf.Tensor{{Name: "w", Dims: []uint64{uint64(n)}, Type: gguf.TensorI8, Data: data}},
	}
	enc, err := f.Encode()
	if err != nil {
		b.Fatal(err)
	}
	return enc
}

// BenchmarkImport: Import of a 64 MiB tensor into memory (word tree and
// sha2-256 of every chunk, on all cores).
func BenchmarkImport(b *testing.B) {
	file := benchFile(b, 64<<20)
	b.SetBytes(int64(len(file)))
	for i := 0; i < b.N; i++ {
		if _, err := Import(context.Background(), newMemBlocks(), file, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerify: Verify of the same model from memory (every chunk's
// sha2-256 and word-tree root).
func BenchmarkVerify(b *testing.B) {
	file := benchFile(b, 64<<20)
	st := newMemBlocks()
	m, err := Import(context.Background(), st, file, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(file)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := Verify(context.Background(), st, m, nil); err != nil {
			b.Fatal(err)
		}
	}
}
