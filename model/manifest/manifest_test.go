package manifest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
)

// memBlocks is a BlockPutter and BlockGetter over a map.
type memBlocks struct {
	mu sync.Mutex
	m  map[cid.Cid][]byte
}

func newMemBlocks() *memBlocks { return &memBlocks{m: map[cid.Cid][]byte{}} }

func (s *memBlocks) PutBlock(_ context.Context, data []byte) (cid.Cid, error) {
	d := sha256.Sum256(data)
	h, _ := mh.Encode(d[:], mh.SHA2_256)
	c := cid.NewCidV1(cid.Raw, h)
	s.mu.Lock()
	s.m[c] = append([]byte(nil), data...)
	s.mu.Unlock()
	return c, nil
}

func (s *memBlocks) GetBlock(_ context.Context, c cid.Cid) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.m[c]
	if !ok {
		return nil, fmt.Errorf("block %s not found", c)
	}
	return b, nil
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mnistFile(t testing.TB) []byte { return readTestdata(t, "mnist.gguf") }

// synthFile is a GGUF file with tensors of several sizes: one spanning
// several 1 MiB chunks, a tiny one, identical data in two tensors, a custom
// alignment and tensors stored out of name order.
func synthFile(t testing.TB) []byte {
	t.Helper()
	big := make([]byte, 3<<20+100)
	for i := range big {
		big[i] = byte(i * 7 >> 3)
	}
	f := &gguf.File{
		KV: []gguf.KV{{Key: "general.architecture", Value: "synth"}, {Key: "general.alignment", Value: uint32(64)}},
		Tensors: []gguf.Tensor{
			{Name: "z.big", Dims: []uint64{uint64(len(big))}, Type: gguf.TensorI8, Data: big},
			{Name: "a.small", Dims: []uint64{3}, Type: gguf.TensorF32, Data: make([]byte, 12)},
			{Name: "m.same1", Dims: []uint64{4, 2}, Type: gguf.TensorI32, Data: bytes.Repeat([]byte{1, 2, 3, 4}, 8)},
			{Name: "m.same2", Dims: []uint64{4, 2}, Type: gguf.TensorI32, Data: bytes.Repeat([]byte{1, 2, 3, 4}, 8)},
			{Name: "q.q8", Dims: []uint64{64, 3}, Type: gguf.TensorQ8_0, Data: bytes.Repeat([]byte{9}, 6*34)},
			{Name: "h.f16", Dims: []uint64{5}, Type: gguf.TensorF16, Data: []byte{1, 0, 2, 0, 3, 0, 4, 0, 5, 0}},
		},
	}
	b, err := f.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestImportWriteRoundTrip(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		file []byte
	}{{"mnist", mnistFile(t)}, {"synth", synthFile(t)}, {"stories260K", readTestdata(t, "stories260K.gguf")}} {
		t.Run(tc.name, func(t *testing.T) {
			st := newMemBlocks()
			var last uint64
			m, err := Import(ctx, st, tc.file, func(done, total uint64) {
				if done < last || total != uint64(len(tc.file)) {
					t.Errorf("progress %d/%d after %d", done, total, last)
				}
				last = done
			})
			if err != nil {
				t.Fatal(err)
			}
			if last != uint64(len(tc.file)) {
				t.Errorf("progress ended at %d of %d", last, len(tc.file))
			}
			enc, err := m.Encode()
			if err != nil {
				t.Fatal(err)
			}
			m2, err := Decode(enc)
			if err != nil {
				t.Fatal(err)
			}
			enc2, _ := m2.Encode()
			if !bytes.Equal(enc, enc2) {
				t.Fatal("decode∘encode is not the identity")
			}
			var out bytes.Buffer
			if err := Write(ctx, st, m2, &out, nil); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out.Bytes(), tc.file) {
				t.Fatalf("written file differs from the original (%d vs %d bytes)", out.Len(), len(tc.file))
			}
			if err := m2.CheckGGUF(out.Bytes()); err != nil {
				t.Fatal(err)
			}
			// Independent reference: the tensor roots and the model root
			// are those model computes from the parsed file.
			f, err := gguf.Parse(tc.file)
			if err != nil {
				t.Fatal(err)
			}
			var idx []model.IndexEntry
			for _, gt := range f.Tensors {
				mt, ok := m2.Tensor(gt.Name)
				if !ok {
					t.Fatalf("tensor %q missing", gt.Name)
				}
				r := merkle.BlobRoot(gt.Data) // a raw tensor: its GGUF bytes
				if dt, ok := model.DTypeOfGGML(gt.Type); ok {
					tt, err := model.FromDataBytes(dt, mt.Shape(), gt.Data)
					if err != nil {
						t.Fatal(err)
					}
					r, _ = tt.Root()
				} else if !mt.Raw() {
					t.Fatalf("tensor %q of type %s is not raw", gt.Name, gt.Type)
				}
				if r != mt.Blob.Root {
					t.Errorf("tensor %q root %s, model says %s", gt.Name, mt.Blob.Root, r)
				}
				idx = append(idx, model.IndexEntry{Name: gt.Name, Root: r})
			}
			if _, ok := f.Get(model.KeyProgram); !ok {
				// A model without a program commits to its header too:
				// the file's bytes before the data section.
				start := f.DataOffset()
				if len(f.Tensors) == 0 {
					start = uint64(len(tc.file))
				}
				idx = append(idx, model.IndexEntry{Name: model.IndexHeader, Root: merkle.BlobRoot(tc.file[:start])})
			}
			for i := 1; i < len(idx); i++ { // EncodeIndex wants them sorted
				for j := i; j > 0 && idx[j].Name < idx[j-1].Name; j-- {
					idx[j], idx[j-1] = idx[j-1], idx[j]
				}
			}
			ib, _ := model.EncodeIndex(idx)
			if merkle.BlobRoot(ib) != m2.ModelRoot() {
				t.Errorf("model root %s, want %s", m2.ModelRoot(), merkle.BlobRoot(ib))
			}
			// Lay gives the same blobs and model root without storing.
			l, err := Lay(tc.file)
			if err != nil {
				t.Fatal(err)
			}
			if l.Root != m2.ModelRoot() || !bytes.Equal(l.Index, ib) || len(l.Blobs) != len(idx) {
				t.Fatalf("Lay: root %s, %d blobs; want %s, %d", l.Root, len(l.Blobs), m2.ModelRoot(), len(idx))
			}
			for k, e := range l.Entries {
				if e != idx[k] || merkle.BlobRoot(l.Blobs[k]) != e.Root {
					t.Errorf("Lay entry %d: %s %s, want %s %s", k, e.Name, e.Root, idx[k].Name, idx[k].Root)
				}
			}
		})
	}
}

func TestMNISTRoots(t *testing.T) {
	m, err := Import(context.Background(), newMemBlocks(), mnistFile(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := model.Load(filepath.Join("..", "..", "testdata", "mnist.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	mr, _ := ref.Root()
	pr, _ := ref.Program.Root()
	if m.ModelRoot() != mr || m.ProgramRoot() != pr {
		t.Fatalf("roots %s %s, model.Load gives %s %s", m.ModelRoot(), m.ProgramRoot(), mr, pr)
	}
	// docs/MODEL.md pins the committed model's roots.
	if mr.Hex() != "0xe46efb2a8fd60ddf582ce1b9d4fe81b2afd624d4c54e8babd7e069c8d1f9684a" {
		t.Fatalf("model root %s", mr)
	}
	if m.Architecture != "rms-mlp" || len(m.Tensors) != 4 {
		t.Fatalf("architecture %q, %d tensors", m.Architecture, len(m.Tensors))
	}
}

func TestImportErrors(t *testing.T) {
	good := mnistFile(t)
	padded := synthFile(t)
	// A nonzero byte in the alignment padding after the last tensor.
	padded = append(padded, make([]byte, 64)...)
	padded[len(padded)-1] = 9
	hf := &gguf.File{KV: []gguf.KV{{Key: "general.architecture", Value: "llama"}},
		Tensors: []gguf.Tensor{{Name: model.IndexHeader, Dims: []uint64{1}, Type: gguf.TensorI8, Data: []byte{1}}}}
	headerNamed, err := hf.Encode()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		file []byte
		want string
	}{
		{"empty", nil, "not a valid GGUF"},
		{"truncated", good[:len(good)-10], "not a valid GGUF"},
		{"bad magic", append([]byte("GGUX"), good[4:]...), "not a valid GGUF"},
		{"nonzero padding", padded, "not padding"},
		{"tensor named as the header entry", headerNamed, "the name of the header's index entry"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Import(context.Background(), newMemBlocks(), tc.file, nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want %q", err, tc.want)
			}
			if _, err := Lay(tc.file); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Lay: err %v, want %q", err, tc.want)
			}
		})
	}
}

func TestDecodeRejects(t *testing.T) {
	m, err := Import(context.Background(), newMemBlocks(), synthFile(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	enc, _ := m.Encode()
	big, _ := m.Tensor("z.big")
	for _, tc := range []struct {
		name string
		edit func(m *Manifest)
		want string
	}{
		{"tensor root", func(m *Manifest) { m.Tensors[0].Blob.Root[3] ^= 1 }, "chunk root"},
		{"chunk root", func(m *Manifest) { t := &m.Tensors[len(m.Tensors)-1]; t.Blob.Chunks[1].Root[0] ^= 1 }, "chunk roots give"},
		{"index root", func(m *Manifest) { m.Index.Root[0] ^= 1 }, "index"},
		{"tensor order", func(m *Manifest) { m.Tensors[0], m.Tensors[1] = m.Tensors[1], m.Tensors[0] }, "sorted"},
		{"length", func(m *Manifest) { m.Tensors[0].Blob.Length++ }, "length"},
		{"overlap", func(m *Manifest) { m.Tensors[1].Offset = m.Tensors[2].Offset }, "overlaps"},
		{"outside", func(m *Manifest) { m.FileSize = m.Header.Length + big.Offset }, "outside"},
		{"format", func(m *Manifest) { m.Format = "onnx" }, "format"},
		{"dtype", func(m *Manifest) { m.Tensors[0].Type = gguf.TensorF16 }, "blob length"},
		{"unknown type", func(m *Manifest) { m.Tensors[0].Type = 3 }, "Q4_1"},
		{"chunk size", func(m *Manifest) { m.Header.ChunkSize = 3000 }, "chunk size"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := Decode(enc)
			tc.edit(c)
			if _, err := c.Encode(); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want %q", err, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		name string
		b    []byte
		want string
	}{
		{"empty", nil, "magic"},
		{"truncated", enc[:len(enc)-1], "left"},
		{"trailing", append(append([]byte(nil), enc...), 0), "after the last tensor"},
		{"version", append(append([]byte(Magic), 2, 0, 0, 0), enc[8:]...), "version"},
		{"too large", make([]byte, MaxSize+1), "more than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Decode(tc.b); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want %q", err, tc.want)
			}
		})
	}
}

func TestWriteRefusesBadBlocks(t *testing.T) {
	ctx := context.Background()
	st := newMemBlocks()
	m, err := Import(ctx, st, synthFile(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	big, _ := m.Tensor("z.big")
	c := big.Blob.Chunks[2].CID()
	orig := st.m[c]
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"flipped bit", func() []byte { b := append([]byte(nil), orig...); b[100] ^= 1; return b }(), "does not hash to its CID"},
		{"short", orig[:len(orig)-1], "bytes, want"},
		{"missing", nil, "not found"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.data == nil {
				delete(st.m, c)
			} else {
				st.m[c] = tc.data
			}
			defer func() { st.m[c] = orig }()
			var out bytes.Buffer
			err := Write(ctx, st, m, &out, nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "z.big") {
				t.Fatalf("err %v, want %q naming the tensor", err, tc.want)
			}
			if err := Verify(ctx, st, m, nil); err == nil {
				t.Fatal("verify passed")
			}
		})
	}
	if err := Verify(ctx, st, m, nil); err != nil {
		t.Fatal(err)
	}
	// A block that hashes to its CID but whose word-tree root is not the
	// manifest's: only a forged manifest can name it; Write still refuses.
	var out bytes.Buffer
	bad := *m
	bad.Tensors = append([]Tensor(nil), m.Tensors...)
	tb := &bad.Tensors[0]
	tb.Blob.Chunks = append([]Chunk(nil), tb.Blob.Chunks...)
	tb.Blob.Chunks[0].Root[0] ^= 1
	if err := Write(ctx, st, &bad, &out, nil); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("wrong chunk root: %v", err)
	}
}

func TestCheckGGUF(t *testing.T) {
	file := synthFile(t)
	m, err := Import(context.Background(), newMemBlocks(), file, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.CheckGGUF(file); err != nil {
		t.Fatal(err)
	}
	other := mnistFile(t)
	if err := m.CheckGGUF(other); err == nil {
		t.Fatal("another model's file passed")
	}
}
