package manifest

import (
	"bytes"
	"context"
	"testing"
)

// FuzzDecode: Decode never panics, and whatever it accepts encodes back to
// the same bytes. Seeds (testdata/fuzz/FuzzDecode) include the manifests of
// the MNIST model and of a multi-chunk synthetic file.
func FuzzDecode(f *testing.F) {
	for _, file := range [][]byte{mnistFile(f), synthFile(f)} {
		m, err := Import(context.Background(), newMemBlocks(), file, nil)
		if err != nil {
			f.Fatal(err)
		}
		b, err := m.Encode()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Decode(b)
		if err != nil {
			return
		}
		out, err := m.Encode()
		if err != nil {
			t.Fatalf("decoded manifest does not encode: %v", err)
		}
		if !bytes.Equal(out, b) {
			t.Fatal("encode∘decode is not the identity")
		}
	})
}
