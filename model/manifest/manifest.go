package manifest

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"sort"
	"unicode/utf8"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
)

// Encoding constants.
const (
	Magic   = "RMSM"
	Version = 1
	// MaxSize is the largest encoded manifest: it is one block.
	MaxSize = 1 << 20
	// FormatGGUF is the only format today.
	FormatGGUF = "gguf"
	// MinChunkSize is the smallest chunk size: one VM page.
	MinChunkSize = 4096
	// MaxChunkSize is the largest chunk size: the largest block.
	MaxChunkSize = 1 << 20
	// ChunkSize is the chunk size Import uses for every blob.
	ChunkSize = MaxChunkSize
	// MaxBlobLength bounds the length of one blob (1 TiB).
	MaxBlobLength = 1 << 40
	maxStr        = 255
)

// ErrCorrupt marks a manifest, block or file that does not hold what it
// claims (errors.Is).
var ErrCorrupt = errors.New("corrupt")

// Chunk is one block of a blob's stream: the sha2-256 digest of its bytes
// (its CID is CIDv1, raw codec, with this digest) and its word-tree root at
// the blob's chunk height.
type Chunk struct {
	Digest [32]byte
	Root   merkle.Hash
}

// CID is the block's name: CIDv1, raw codec, sha2-256.
func (c Chunk) CID() cid.Cid {
	h, err := mh.Encode(c.Digest[:], mh.SHA2_256)
	if err != nil {
		panic(fmt.Sprintf("sha2-256 multihash: %v", err)) // cannot happen: 32-byte digest
	}
	return cid.NewCidV1(cid.Raw, h)
}

// Blob is a byte string stored as chunks of its stream (DESIGN §4: the
// length word, then the bytes), cut every ChunkSize bytes.
type Blob struct {
	Root      merkle.Hash // merkle.BlobRoot of the bytes
	Length    uint64      // number of bytes (without the length word)
	ChunkSize int         // power of two in [MinChunkSize, MaxChunkSize]
	Chunks    []Chunk     // ceil((Length+32)/ChunkSize) chunks, in stream order
}

// Height is the blob's word-tree height, merkle.BlobHeight(Length).
func (b *Blob) Height() int { return merkle.BlobHeight(b.Length) }

// ChunkHeight is the word-tree height of one chunk.
func (b *Blob) ChunkHeight() int { return bits.TrailingZeros(uint(b.ChunkSize)) - 5 }

// CIDs are the names of the blob's chunks, in stream order.
func (b *Blob) CIDs() []cid.Cid {
	out := make([]cid.Cid, len(b.Chunks))
	for i, c := range b.Chunks {
		out[i] = c.CID()
	}
	return out
}

// Tensor is one tensor of the model: its GGUF description and its blob.
// For a GGML type with an RMS dtype (F32, I8, I16, I32) the blob is the
// tensor's canonical RMS encoding (model.Tensor.Encode: a 32-byte header,
// then exactly the element bytes the GGUF file holds); for any other type
// the GGUF file can hold (F16, BF16, block-quantised types) it is the
// tensor's bytes as the file holds them.
type Tensor struct {
	Name   string
	Type   gguf.TensorType // GGML type
	Dims   []uint64        // GGUF order: Dims[0] varies fastest
	Offset uint64          // of the data, from the start of the GGUF data section
	Blob   Blob            // root is the tensor root of the tensor index
}

// DType is the tensor's RMS dtype, 0 for a raw tensor.
func (t *Tensor) DType() model.DType {
	d, _ := model.DTypeOfGGML(t.Type)
	return d
}

// Raw reports whether the tensor's GGML type has no RMS dtype, so its blob
// is its GGUF bytes without an RMS header.
func (t *Tensor) Raw() bool { return t.DType() == 0 }

// headerSize is the size of the RMS header in front of the data in the blob.
func (t *Tensor) headerSize() uint64 {
	if t.Raw() {
		return 0
	}
	return model.HeaderSize
}

// Shape is the tensor's row-major RMS shape (the GGUF dims reversed).
func (t *Tensor) Shape() []int {
	s := make([]int, len(t.Dims))
	for i, d := range t.Dims {
		s[len(s)-1-i] = int(d)
	}
	return s
}

// DataSize is the number of element bytes.
func (t *Tensor) DataSize() uint64 { return t.Blob.Length - t.headerSize() }

// Manifest describes one model file stored as chunks.
type Manifest struct {
	Format       string // FormatGGUF
	Architecture string // general.architecture
	FileSize     uint64 // bytes of the original file
	// Header holds the file's bytes before its data section (magic,
	// metadata, tensor infos, alignment padding).
	Header Blob
	// Program is the blob of the canonical program encoding (rms.program),
	// nil for a file without one.
	Program *Blob
	// Index is the blob of the tensor index (model.EncodeIndex of
	// IndexEntries: the tensors' names and roots, and the header's for a
	// model without a program); its root is the model root.
	Index   Blob
	Tensors []Tensor // sorted by name, names unique
}

// ModelRoot is the model root: the root of the tensor index (model.Model.Root).
func (m *Manifest) ModelRoot() merkle.Hash { return m.Index.Root }

// ProgramRoot is the program root, or the zero hash when there is no program.
func (m *Manifest) ProgramRoot() merkle.Hash {
	if m.Program == nil {
		return merkle.Hash{}
	}
	return m.Program.Root
}

// Tensor returns the tensor named name.
func (m *Manifest) Tensor(name string) (*Tensor, bool) {
	i := sort.Search(len(m.Tensors), func(i int) bool { return m.Tensors[i].Name >= name })
	if i < len(m.Tensors) && m.Tensors[i].Name == name {
		return &m.Tensors[i], true
	}
	return nil, false
}

// Blobs lists every blob of the manifest: header, program (if any), index,
// then the tensors in name order.
func (m *Manifest) Blobs() []*Blob {
	out := []*Blob{&m.Header}
	if m.Program != nil {
		out = append(out, m.Program)
	}
	out = append(out, &m.Index)
	for i := range m.Tensors {
		out = append(out, &m.Tensors[i].Blob)
	}
	return out
}

// StoredBytes is the total size of the chunks of every blob (the bytes a
// full fetch moves, besides the manifest).
func (m *Manifest) StoredBytes() uint64 {
	var n uint64
	for _, b := range m.Blobs() {
		n += b.Length + merkle.WordSize
	}
	return n
}

// Encode returns the canonical encoding (all integers little-endian):
//
//	"RMSM" | version u32 = 1 | format str | architecture str | file size u64
//	| header blob | program flag u32 (0 or 1) | [program blob] | index blob
//	| tensor count u32 | tensor…
//	str:    length u32 (1…255) | UTF-8 bytes
//	blob:   root [32] | length u64 | chunk size u32 | chunk… (ceil((length+32)/chunk size) of them)
//	chunk:  sha2-256 digest of the block [32] | word-tree root of the block at chunk height [32]
//	tensor: name str | ggml type u32 | dim count u32 (1…4) | dim u64… | data offset u64 | blob
//
// Encode checks m as Decode does, so a manifest it returns always decodes.
func (m *Manifest) Encode() ([]byte, error) {
	var w bytes.Buffer
	w.WriteString(Magic)
	u32 := func(v uint32) { w.Write(binary.LittleEndian.AppendUint32(nil, v)) }
	u64 := func(v uint64) { w.Write(binary.LittleEndian.AppendUint64(nil, v)) }
	str := func(s string) { u32(uint32(len(s))); w.WriteString(s) }
	blob := func(b *Blob) {
		w.Write(b.Root[:])
		u64(b.Length)
		u32(uint32(b.ChunkSize))
		for _, c := range b.Chunks {
			w.Write(c.Digest[:])
			w.Write(c.Root[:])
		}
	}
	u32(Version)
	str(m.Format)
	str(m.Architecture)
	u64(m.FileSize)
	blob(&m.Header)
	if m.Program != nil {
		u32(1)
		blob(m.Program)
	} else {
		u32(0)
	}
	blob(&m.Index)
	u32(uint32(len(m.Tensors)))
	for i := range m.Tensors {
		t := &m.Tensors[i]
		str(t.Name)
		u32(uint32(t.Type))
		u32(uint32(len(t.Dims)))
		for _, d := range t.Dims {
			u64(d)
		}
		u64(t.Offset)
		blob(&t.Blob)
	}
	b := w.Bytes()
	if _, err := Decode(b); err != nil {
		return nil, fmt.Errorf("manifest: encode: %w", err)
	}
	return b, nil
}

type reader struct {
	b   []byte
	off int
}

func (r *reader) take(n uint64, field string) ([]byte, error) {
	if n > uint64(len(r.b)-r.off) {
		return nil, fmt.Errorf("%s: %d bytes needed at offset %d, %d left", field, n, r.off, len(r.b)-r.off)
	}
	out := r.b[r.off : r.off+int(n)]
	r.off += int(n)
	return out, nil
}

func (r *reader) u32(field string) (uint32, error) {
	b, err := r.take(4, field)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b), nil
}

func (r *reader) u64(field string) (uint64, error) {
	b, err := r.take(8, field)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint64(b), nil
}

func (r *reader) str(field string) (string, error) {
	n, err := r.u32(field + " length")
	if err != nil {
		return "", err
	}
	if n == 0 || n > maxStr {
		return "", fmt.Errorf("%s: length %d, want 1…%d", field, n, maxStr)
	}
	b, err := r.take(uint64(n), field)
	if err != nil {
		return "", err
	}
	if !utf8.Valid(b) {
		return "", fmt.Errorf("%s: not UTF-8", field)
	}
	return string(b), nil
}

func (r *reader) blob(field string) (Blob, error) {
	var b Blob
	root, err := r.take(32, field+" root")
	if err != nil {
		return b, err
	}
	copy(b.Root[:], root)
	if b.Length, err = r.u64(field + " length"); err != nil {
		return b, err
	}
	if b.Length > MaxBlobLength {
		return b, fmt.Errorf("%s length: %d exceeds %d", field, b.Length, uint64(MaxBlobLength))
	}
	cs, err := r.u32(field + " chunk size")
	if err != nil {
		return b, err
	}
	if cs < MinChunkSize || cs > MaxChunkSize || cs&(cs-1) != 0 {
		return b, fmt.Errorf("%s chunk size: %d is not a power of two in [%d, %d]", field, cs, MinChunkSize, MaxChunkSize)
	}
	b.ChunkSize = int(cs)
	n := (b.Length + merkle.WordSize + uint64(cs) - 1) / uint64(cs)
	if n > uint64(len(r.b)-r.off)/64 {
		return b, fmt.Errorf("%s: %d chunks need %d bytes, %d left", field, n, n*64, len(r.b)-r.off)
	}
	b.Chunks = make([]Chunk, n)
	for i := range b.Chunks {
		raw, _ := r.take(64, field)
		copy(b.Chunks[i].Digest[:], raw[:32])
		copy(b.Chunks[i].Root[:], raw[32:])
	}
	if err := b.checkRoots(); err != nil {
		return b, fmt.Errorf("%s: %w", field, err)
	}
	return b, nil
}

// checkRoots checks that the chunk roots give the blob's root: the tree of
// height Height over the chunk subtrees (zero subtrees past the last chunk);
// for a blob of one chunk, the root lifted to chunk height with zero
// siblings must be the chunk's root.
func (b *Blob) checkRoots() error {
	h, ch := b.Height(), b.ChunkHeight()
	if h <= ch {
		r := b.Root
		for l := h; l < ch; l++ {
			r = merkle.Node(r, merkle.Zero(l))
		}
		if r != b.Chunks[0].Root {
			return fmt.Errorf("%w: chunk root %s does not hold blob root %s", ErrCorrupt, b.Chunks[0].Root, b.Root)
		}
		return nil
	}
	if got := upperRoot(b); got != b.Root {
		return fmt.Errorf("%w: chunk roots give %s, not the blob root %s", ErrCorrupt, got, b.Root)
	}
	return nil
}

// Decode parses a canonical manifest encoding and checks it: every field in
// range, chunk counts that match the lengths, chunk roots that give each
// blob's root, tensors sorted by unique name with an RMS dtype and a blob
// length that matches their shape, tensor data inside the file and not
// overlapping, and an index blob whose root is that of the index the
// tensors give. Anything else is an error naming the field.
func Decode(b []byte) (*Manifest, error) {
	m, err := decode(b)
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	return m, nil
}

func decode(b []byte) (*Manifest, error) {
	if len(b) > MaxSize {
		return nil, fmt.Errorf("%d bytes, more than the %d of one block", len(b), MaxSize)
	}
	r := &reader{b: b}
	magic, err := r.take(4, "magic")
	if err != nil {
		return nil, err
	}
	if string(magic) != Magic {
		return nil, fmt.Errorf("magic: %q, want %q", magic, Magic)
	}
	ver, err := r.u32("version")
	if err != nil {
		return nil, err
	}
	if ver != Version {
		return nil, fmt.Errorf("version: %d, want %d", ver, Version)
	}
	m := &Manifest{}
	if m.Format, err = r.str("format"); err != nil {
		return nil, err
	}
	if m.Format != FormatGGUF {
		return nil, fmt.Errorf("format: %q, want %q", m.Format, FormatGGUF)
	}
	if m.Architecture, err = r.str("architecture"); err != nil {
		return nil, err
	}
	if m.FileSize, err = r.u64("file size"); err != nil {
		return nil, err
	}
	if m.Header, err = r.blob("header"); err != nil {
		return nil, err
	}
	if m.Header.Length > m.FileSize {
		return nil, fmt.Errorf("header: %d bytes in a file of %d", m.Header.Length, m.FileSize)
	}
	flag, err := r.u32("program flag")
	if err != nil {
		return nil, err
	}
	switch flag {
	case 0:
	case 1:
		p, err := r.blob("program")
		if err != nil {
			return nil, err
		}
		m.Program = &p
	default:
		return nil, fmt.Errorf("program flag: %d, want 0 or 1", flag)
	}
	if m.Index, err = r.blob("index"); err != nil {
		return nil, err
	}
	nt, err := r.u32("tensor count")
	if err != nil {
		return nil, err
	}
	// A tensor takes at least 4+1+4+4+4+8+8+32+8+4+64 bytes.
	if uint64(nt) > uint64(len(b)-r.off)/141 {
		return nil, fmt.Errorf("tensor count: %d impossible for %d bytes left", nt, len(b)-r.off)
	}
	dataLen := m.FileSize - m.Header.Length
	type span struct {
		lo, hi uint64
		name   string
	}
	spans := make([]span, 0, nt)
	m.Tensors = make([]Tensor, 0, nt)
	for i := uint32(0); i < nt; i++ {
		var t Tensor
		if t.Name, err = r.str(fmt.Sprintf("tensor %d name", i)); err != nil {
			return nil, err
		}
		if i > 0 && t.Name <= m.Tensors[i-1].Name {
			return nil, fmt.Errorf("tensor %d name: %q does not follow %q (names sorted, unique)", i, t.Name, m.Tensors[i-1].Name)
		}
		f := fmt.Sprintf("tensor %q", t.Name)
		typ, err := r.u32(f + " type")
		if err != nil {
			return nil, err
		}
		t.Type = gguf.TensorType(typ)
		if be, _ := t.Type.Block(); be == 0 {
			return nil, fmt.Errorf("%s type: ggml type %d (%s) not supported", f, typ, t.Type)
		}
		nd, err := r.u32(f + " dimension count")
		if err != nil {
			return nil, err
		}
		if nd == 0 || nd > gguf.MaxDims {
			return nil, fmt.Errorf("%s dimension count: %d, want 1…%d", f, nd, gguf.MaxDims)
		}
		t.Dims = make([]uint64, nd)
		n := uint64(1)
		for d := range t.Dims {
			if t.Dims[d], err = r.u64(fmt.Sprintf("%s dimension %d", f, d)); err != nil {
				return nil, err
			}
			if t.Dims[d] == 0 || t.Dims[d] > model.MaxElements || n*t.Dims[d] > model.MaxElements {
				return nil, fmt.Errorf("%s dimension %d: %d (zero, or more than %d elements)", f, d, t.Dims[d], model.MaxElements)
			}
			n *= t.Dims[d]
		}
		if t.Offset, err = r.u64(f + " data offset"); err != nil {
			return nil, err
		}
		if t.Blob, err = r.blob(f + " blob"); err != nil {
			return nil, err
		}
		_, size, err := (&gguf.Tensor{Name: t.Name, Dims: t.Dims, Type: t.Type}).Elements()
		if err != nil {
			return nil, err
		}
		if t.Blob.Length != t.headerSize()+size {
			return nil, fmt.Errorf("%s blob length: %d, want %d for %s %v", f, t.Blob.Length, t.headerSize()+size, t.Type, t.Dims)
		}
		if t.Offset > dataLen || size > dataLen-t.Offset {
			return nil, fmt.Errorf("%s data: [%d, %d) outside the %d-byte data section", f, t.Offset, t.Offset+size, dataLen)
		}
		spans = append(spans, span{t.Offset, t.Offset + size, t.Name})
		m.Tensors = append(m.Tensors, t)
	}
	if r.off != len(b) {
		return nil, fmt.Errorf("%d bytes after the last tensor", len(b)-r.off)
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].lo < spans[j].lo })
	for i := 1; i < len(spans); i++ {
		if spans[i].lo < spans[i-1].hi {
			return nil, fmt.Errorf("tensor %q data: overlaps tensor %q", spans[i].name, spans[i-1].name)
		}
	}
	enc, err := m.encodeIndex()
	if err != nil {
		return nil, err
	}
	if got := merkle.BlobRoot(enc); got != m.Index.Root || uint64(len(enc)) != m.Index.Length {
		return nil, fmt.Errorf("index: %w: root %s of %d bytes, the tensors give %s of %d bytes", ErrCorrupt, m.Index.Root, m.Index.Length, got, len(enc))
	}
	return m, nil
}

// IndexEntries returns the entries of the model's tensor index: every
// tensor's name and root, and for a model without a program of its own (a
// text model, which a template program runs) also the header blob's root
// under model.IndexHeader, so that the model root commits to the metadata
// too. Sorted by name.
func (m *Manifest) IndexEntries() ([]model.IndexEntry, error) {
	idx := make([]model.IndexEntry, 0, len(m.Tensors)+1)
	for i := range m.Tensors {
		if m.Tensors[i].Name == model.IndexHeader {
			return nil, fmt.Errorf("tensor %q: the name of the header's index entry", model.IndexHeader)
		}
		idx = append(idx, model.IndexEntry{Name: m.Tensors[i].Name, Root: m.Tensors[i].Blob.Root})
	}
	if m.Program == nil {
		idx = append(idx, model.IndexEntry{Name: model.IndexHeader, Root: m.Header.Root})
		sort.Slice(idx, func(i, j int) bool { return idx[i].Name < idx[j].Name })
	}
	return idx, nil
}

// encodeIndex is the encoding of IndexEntries: the index blob's bytes.
func (m *Manifest) encodeIndex() ([]byte, error) {
	idx, err := m.IndexEntries()
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	enc, err := model.EncodeIndex(idx)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	return enc, nil
}

// CheckChunk checks that data is chunk i of blob b: its sha2-256 digest,
// its word-tree root and its length (the last chunk may be shorter).
func (b *Blob) CheckChunk(i int, data []byte) error {
	if i < 0 || i >= len(b.Chunks) {
		return fmt.Errorf("chunk %d of a blob of %d chunks", i, len(b.Chunks))
	}
	stream := b.Length + merkle.WordSize
	want := uint64(b.ChunkSize)
	if last := uint64(i) * uint64(b.ChunkSize); stream-last < want {
		want = stream - last
	}
	if uint64(len(data)) != want {
		return fmt.Errorf("%w: chunk %d has %d bytes, want %d", ErrCorrupt, i, len(data), want)
	}
	if sha256.Sum256(data) != b.Chunks[i].Digest {
		return fmt.Errorf("%w: chunk %d does not hash to its CID %s", ErrCorrupt, i, b.Chunks[i].CID())
	}
	r, err := merkle.RootAt(data, b.ChunkHeight())
	if err != nil {
		return fmt.Errorf("chunk %d: %w", i, err)
	}
	if r != b.Chunks[i].Root {
		return fmt.Errorf("%w: chunk %d has word-tree root %s, the manifest says %s", ErrCorrupt, i, r, b.Chunks[i].Root)
	}
	if i == 0 && !bytes.Equal(data[:merkle.WordSize], lengthWord(b.Length)) {
		return fmt.Errorf("%w: chunk 0 does not start with the length word of %d bytes", ErrCorrupt, b.Length)
	}
	return nil
}

func lengthWord(n uint64) []byte {
	w := merkle.LengthWord(n)
	return w[:]
}
