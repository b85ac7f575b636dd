package gguf

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestDataOffset: DataOffset of a parsed file is where EncodeHeader's
// (padded) header ends, where the tensor data Parse hands out lies (as its
// position in the buffer shows), and the same through Parse, ReadFile and
// Open; for various alignments, header sizes and a file without tensors; 0
// for a File built in memory.
func TestDataOffset(t *testing.T) {
	tensors := []Tensor{
		{Name: "a", Dims: []uint64{3}, Type: TensorI8, Data: []byte{1, 2, 3}},
		{Name: "bb", Dims: []uint64{2, 2}, Type: TensorF32, Data: bytes.Repeat([]byte{7}, 16)},
	}
	for _, tc := range []struct {
		name string
		f    *File
	}{
		{"default alignment", &File{KV: []KV{{Key: "general.architecture", Value: "x"}}, Tensors: tensors}},
		{"alignment 64", &File{KV: []KV{{Key: KeyAlignment, Value: uint32(64)}, {Key: "k", Value: "a longer value to move the header end"}}, Tensors: tensors}},
		{"alignment 8", &File{KV: []KV{{Key: KeyAlignment, Value: uint32(8)}}, Tensors: tensors[:1]}},
		{"no tensors", &File{KV: []KV{{Key: "k", Value: "v"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.f.DataOffset() != 0 {
				t.Fatalf("File built in memory: DataOffset %d", tc.f.DataOffset())
			}
			b, err := tc.f.Encode()
			if err != nil {
				t.Fatal(err)
			}
			head, _, err := tc.f.EncodeHeader()
			if err != nil {
				t.Fatal(err)
			}
			want := min(uint64(len(head)), uint64(len(b)))
			p, err := Parse(b)
			if err != nil {
				t.Fatal(err)
			}
			if p.DataOffset() != want {
				t.Fatalf("Parse: DataOffset %d, header ends at %d", p.DataOffset(), want)
			}
			align, _ := p.Alignment()
			if len(p.Tensors) > 0 && p.DataOffset()%align != 0 {
				t.Fatalf("DataOffset %d not a multiple of %d", p.DataOffset(), align)
			}
			for _, pt := range p.Tensors {
				if pos := uint64(cap(b) - cap(pt.Data)); pos != p.DataOffset()+pt.Offset {
					t.Fatalf("tensor %q data at %d, DataOffset+Offset = %d", pt.Name, pos, p.DataOffset()+pt.Offset)
				}
			}
			path := filepath.Join(t.TempDir(), "f.gguf")
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			r, err := ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			m, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			if r.DataOffset() != want || m.DataOffset() != want {
				t.Fatalf("ReadFile %d, Open %d, want %d", r.DataOffset(), m.DataOffset(), want)
			}
		})
	}
}
