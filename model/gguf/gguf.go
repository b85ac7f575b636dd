package gguf

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/bits"
	"os"
	"sort"
	"unicode/utf8"
)

// Magic is the first four bytes of a GGUF file.
const Magic = "GGUF"

// Version is the GGUF version this package reads and writes.
const Version = 3

// DefaultAlignment is the alignment of tensor data when the file has no
// general.alignment key.
const DefaultAlignment = 32

// KeyAlignment is the metadata key that sets the data alignment.
const KeyAlignment = "general.alignment"

// Limits that bound what Parse accepts.
const (
	MaxTensors   = 1 << 20
	MaxKV        = 1 << 20
	MaxKeyLen    = 1 << 16
	MaxNameLen   = 255
	MaxDims      = 4
	MaxArrayNest = 4
	MaxAlignment = 1 << 30
)

// ValueType is the type code of a metadata value.
type ValueType uint32

// Metadata value types of GGUF.
const (
	TypeUint8   ValueType = 0
	TypeInt8    ValueType = 1
	TypeUint16  ValueType = 2
	TypeInt16   ValueType = 3
	TypeUint32  ValueType = 4
	TypeInt32   ValueType = 5
	TypeFloat32 ValueType = 6
	TypeBool    ValueType = 7
	TypeString  ValueType = 8
	TypeArray   ValueType = 9
	TypeUint64  ValueType = 10
	TypeInt64   ValueType = 11
	TypeFloat64 ValueType = 12
)

var valueSizes = map[ValueType]int{
	TypeUint8: 1, TypeInt8: 1, TypeUint16: 2, TypeInt16: 2, TypeUint32: 4, TypeInt32: 4,
	TypeFloat32: 4, TypeBool: 1, TypeUint64: 8, TypeInt64: 8, TypeFloat64: 8,
}

// TensorType is a ggml tensor type code.
type TensorType uint32

// The ggml tensor types this package handles: element types and the block
// quantised types of llama.cpp that RMS computes with.
const (
	TensorF32  TensorType = 0
	TensorF16  TensorType = 1
	TensorQ4_0 TensorType = 2
	TensorQ8_0 TensorType = 8
	TensorQ4_K TensorType = 12
	TensorQ6_K TensorType = 14
	TensorI8   TensorType = 24
	TensorI16  TensorType = 25
	TensorI32  TensorType = 26
	TensorI64  TensorType = 27
	TensorF64  TensorType = 28
	TensorBF16 TensorType = 30
)

var typeNames = map[TensorType]string{
	TensorF32: "F32", TensorF16: "F16", TensorQ4_0: "Q4_0", TensorQ8_0: "Q8_0", TensorQ4_K: "Q4_K",
	TensorQ6_K: "Q6_K", TensorI8: "I8", TensorI16: "I16", TensorI32: "I32", TensorI64: "I64",
	TensorF64: "F64", TensorBF16: "BF16",
	// Known to ggml, not handled here; named so errors can say what a file holds.
	3: "Q4_1", 6: "Q5_0", 7: "Q5_1", 9: "Q8_1", 10: "Q2_K", 11: "Q3_K", 13: "Q5_K", 15: "Q8_K",
	16: "IQ2_XXS", 17: "IQ2_XS", 18: "IQ3_XXS", 19: "IQ1_S", 20: "IQ4_NL", 21: "IQ3_S", 22: "IQ2_S",
	23: "IQ4_XS", 29: "IQ1_M", 34: "TQ1_0", 35: "TQ2_0", 39: "MXFP4",
}

// String returns ggml's name of t ("Q8_0"), or "type N" for a code ggml
// does not define.
func (t TensorType) String() string {
	if n, ok := typeNames[t]; ok {
		return n
	}
	return fmt.Sprintf("type %d", uint32(t))
}

// Size returns the size in bytes of one element of t, or 0 if t is block
// quantised or not supported.
func (t TensorType) Size() int {
	switch t {
	case TensorI8:
		return 1
	case TensorF16, TensorBF16, TensorI16:
		return 2
	case TensorF32, TensorI32:
		return 4
	case TensorI64, TensorF64:
		return 8
	}
	return 0
}

// Block returns how many elements one block of t holds and its size in
// bytes (1 element and Size bytes for element types); 0, 0 if t is not
// supported. A tensor's first dimension must be a whole number of blocks.
func (t TensorType) Block() (elems, bytes int) {
	switch t {
	case TensorQ4_0:
		return 32, 18 // f16 scale, 16 bytes of 4-bit values
	case TensorQ8_0:
		return 32, 34 // f16 scale, 32 int8 values
	case TensorQ4_K:
		return 256, 144 // f16 d, f16 dmin, 12 bytes of 6-bit scales and mins, 128 bytes of 4-bit values
	case TensorQ6_K:
		return 256, 210 // 128 bytes low 4 bits, 64 bytes high 2 bits, 16 int8 scales, f16 d
	}
	if s := t.Size(); s != 0 {
		return 1, s
	}
	return 0, 0
}

// KV is one metadata pair. Value holds one of the Go types uint8, int8,
// uint16, int16, uint32, int32, float32, bool, string, uint64, int64,
// float64, a slice of one of those ([]uint8 … []float64, []string, []bool),
// or for an array of arrays an []any whose items are such slices.
type KV struct {
	Key   string
	Value any
}

// Tensor is one tensor of a file. Dims are in GGUF order: Dims[0] is the
// fastest-varying dimension (a row-major [rows, cols] matrix has Dims
// [cols, rows]). Data holds the little-endian element bytes; Offset is the
// position of Data relative to the start of the data section (set by
// Parse; Encode computes its own).
type Tensor struct {
	Name   string
	Dims   []uint64
	Type   TensorType
	Offset uint64
	Data   []byte
}

// File is a parsed or to-be-written GGUF file.
type File struct {
	KV      []KV
	Tensors []Tensor

	dataOffset uint64 // set by the parsers, see DataOffset
}

// DataOffset is where the data section of a parsed file starts: the end of
// the header (magic, metadata and tensor infos) rounded up to the
// alignment, or the file's size when that lies past the end of a file
// without tensors. Tensor t's data lies at DataOffset()+t.Offset. It is 0
// for a File built in memory rather than parsed (Parse, ReadFile, Open).
func (f *File) DataOffset() uint64 { return f.dataOffset }

// Get returns the value of key and whether it is present.
func (f *File) Get(key string) (any, bool) {
	for _, kv := range f.KV {
		if kv.Key == key {
			return kv.Value, true
		}
	}
	return nil, false
}

// Tensor returns the tensor named name and whether it exists.
func (f *File) Tensor(name string) (*Tensor, bool) {
	for i := range f.Tensors {
		if f.Tensors[i].Name == name {
			return &f.Tensors[i], true
		}
	}
	return nil, false
}

// Alignment returns the data alignment set by general.alignment, or
// DefaultAlignment. It fails if the key has the wrong type or value.
func (f *File) Alignment() (uint64, error) {
	v, ok := f.Get(KeyAlignment)
	if !ok {
		return DefaultAlignment, nil
	}
	a, ok := v.(uint32)
	if !ok {
		return 0, fmt.Errorf("%s: type %T, want uint32", KeyAlignment, v)
	}
	if a == 0 || a&(a-1) != 0 || a > MaxAlignment {
		return 0, fmt.Errorf("%s: %d is not a power of two in [1, 2^30]", KeyAlignment, a)
	}
	return uint64(a), nil
}

// elements returns the product of dims and the data size of a tensor,
// failing on overflow, zero dimensions, an unsupported type or a first
// dimension that is not a whole number of blocks.
func elements(t *Tensor) (n, size uint64, err error) {
	if len(t.Dims) == 0 || len(t.Dims) > MaxDims {
		return 0, 0, fmt.Errorf("tensor %q: %d dimensions, want 1…%d", t.Name, len(t.Dims), MaxDims)
	}
	be, bs := t.Type.Block()
	if be == 0 {
		return 0, 0, fmt.Errorf("tensor %q: ggml type %d (%s) not supported", t.Name, uint32(t.Type), t.Type)
	}
	n = 1
	for i, d := range t.Dims {
		if d == 0 {
			return 0, 0, fmt.Errorf("tensor %q: dimension %d is 0", t.Name, i)
		}
		hi, lo := bits.Mul64(n, d)
		if hi != 0 || lo > math.MaxInt64/8 {
			return 0, 0, fmt.Errorf("tensor %q: element count overflows at dimension %d", t.Name, i)
		}
		n = lo
	}
	if t.Dims[0]%uint64(be) != 0 {
		return 0, 0, fmt.Errorf("tensor %q: dimension 0 is %d, not a multiple of the %s block of %d", t.Name, t.Dims[0], t.Type, be)
	}
	return n, n / uint64(be) * uint64(bs), nil
}

// Elements returns the number of elements of t and the bytes its data must
// take, or an error naming what is wrong with its dimensions or type.
func (t *Tensor) Elements() (n, size uint64, err error) { return elements(t) }

// ReadFile reads the GGUF file at path: it must be a regular file, its
// header is checked from the first bytes before anything else is read, and
// tensor data is then read by offset (only the bytes the tensors occupy).
// Open maps the file instead of reading the tensors.
func ReadFile(path string) (*File, error) {
	fh, size, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	f, start, err := parseHeader(fh, size, false)
	if err != nil {
		return nil, fmt.Errorf("read gguf %s: %w", path, err)
	}
	for i := range f.Tensors {
		t := &f.Tensors[i]
		_, n, _ := elements(t)
		t.Data = make([]byte, n)
		if _, err := fh.ReadAt(t.Data, int64(start+t.Offset)); err != nil {
			return nil, fmt.Errorf("read gguf %s: tensor %q data: %w", path, t.Name, err)
		}
	}
	return f, nil
}

// openRegular opens path for reading and returns it with its size; it
// refuses anything but a regular file (a device such as /dev/zero, a pipe or
// a directory) before reading a byte.
func openRegular(path string) (*os.File, uint64, error) {
	// Stat before opening: opening a named pipe blocks until a writer comes.
	if st, err := os.Stat(path); err != nil {
		return nil, 0, fmt.Errorf("read gguf: %w", err)
	} else if !st.Mode().IsRegular() {
		return nil, 0, fmt.Errorf("read gguf %s: not a regular file (%s)", path, fileKind(st.Mode()))
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, 0, fmt.Errorf("read gguf: %w", err)
	}
	st, err := fh.Stat()
	if err != nil {
		fh.Close()
		return nil, 0, fmt.Errorf("read gguf: %w", err)
	}
	if !st.Mode().IsRegular() {
		fh.Close()
		return nil, 0, fmt.Errorf("read gguf %s: not a regular file (%s)", path, fileKind(st.Mode()))
	}
	return fh, uint64(st.Size()), nil
}

// fileKind names the kind of a file that is not regular.
func fileKind(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&os.ModeCharDevice != 0:
		return "a character device"
	case m&os.ModeDevice != 0:
		return "a block device"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	}
	return "mode " + m.Type().String()
}

// WriteFile encodes f and writes it to path.
func WriteFile(path string, f *File) error {
	b, err := f.Encode()
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("write gguf: %w", err)
	}
	return nil
}

// reader reads little-endian fields of a GGUF stream of known total size.
// Every length is checked against the bytes left before anything is
// allocated.
type reader struct {
	src  *bufio.Reader
	off  uint64
	size uint64
}

func (r *reader) left() uint64 { return r.size - r.off }

func (r *reader) take(n uint64, field string) ([]byte, error) {
	if n > r.left() {
		return nil, fmt.Errorf("%s: needs %d bytes at offset %d, %d left", field, n, r.off, r.left())
	}
	out := make([]byte, n)
	if _, err := io.ReadFull(r.src, out); err != nil {
		return nil, fmt.Errorf("%s: at offset %d: %w", field, r.off, err)
	}
	r.off += n
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

func (r *reader) str(field string, max uint64) (string, error) {
	n, err := r.u64(field + " length")
	if err != nil {
		return "", err
	}
	if n > max {
		return "", fmt.Errorf("%s: length %d above %d", field, n, max)
	}
	b, err := r.take(n, field)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// Parse decodes a GGUF v3 file held in b. Tensor data slices point into b.
func Parse(b []byte) (*File, error) {
	f, start, err := parseHeader(bytes.NewReader(b), uint64(len(b)), false)
	if err != nil {
		return nil, err
	}
	for i := range f.Tensors {
		t := &f.Tensors[i]
		_, n, _ := elements(t)
		t.Data = b[start+t.Offset : start+t.Offset+n]
	}
	return f, nil
}

// ParseHeader decodes the header of a GGUF v3 file: b holds exactly the
// bytes before its data section (magic, metadata, tensor infos, alignment
// padding; the whole file when it has no tensors), as a model manifest's
// header blob does. Tensors have no Data; their spans are checked against
// each other (no overlap) but not against a file size, which b does not
// know.
func ParseHeader(b []byte) (*File, error) {
	f, _, err := parseHeader(bytes.NewReader(b), uint64(len(b)), true)
	return f, err
}

// parseHeader reads the header, metadata and tensor infos of a GGUF file of
// size bytes from src, checking the magic and version in the first eight
// bytes before anything else, and every tensor's data span against size. It
// returns the file without tensor data and the start of the data section.
// With headerOnly, src holds only the bytes before the data section: the
// section must start exactly at size, and spans are checked only against
// each other.
func parseHeader(src io.ReaderAt, size uint64, headerOnly bool) (*File, uint64, error) {
	r := &reader{src: bufio.NewReaderSize(io.NewSectionReader(src, 0, int64(size)), 1<<16), size: size}
	magic, err := r.take(4, "magic")
	if err != nil {
		return nil, 0, err
	}
	if string(magic) != Magic {
		return nil, 0, fmt.Errorf("magic: %q, want %q", magic, Magic)
	}
	ver, err := r.u32("version")
	if err != nil {
		return nil, 0, err
	}
	if ver != Version {
		return nil, 0, fmt.Errorf("version: %d, want %d", ver, Version)
	}
	nt, err := r.u64("tensor count")
	if err != nil {
		return nil, 0, err
	}
	nkv, err := r.u64("metadata kv count")
	if err != nil {
		return nil, 0, err
	}
	// A kv takes at least 8+1+4+1 bytes, a tensor info 8+1+4+8+4+8.
	if nkv > MaxKV || nkv > r.left()/14 {
		return nil, 0, fmt.Errorf("metadata kv count: %d impossible for %d bytes left", nkv, r.left())
	}
	if nt > MaxTensors || nt > r.left()/33 {
		return nil, 0, fmt.Errorf("tensor count: %d impossible for %d bytes left", nt, r.left())
	}
	f := &File{KV: make([]KV, 0, nkv), Tensors: make([]Tensor, 0, nt)}
	seen := map[string]bool{}
	for i := uint64(0); i < nkv; i++ {
		key, err := r.str(fmt.Sprintf("kv %d key", i), MaxKeyLen)
		if err != nil {
			return nil, 0, err
		}
		if key == "" || !utf8.ValidString(key) {
			return nil, 0, fmt.Errorf("kv %d key: empty or not UTF-8", i)
		}
		if seen[key] {
			return nil, 0, fmt.Errorf("kv %d key: %q appears twice", i, key)
		}
		seen[key] = true
		t, err := r.u32(fmt.Sprintf("kv %q type", key))
		if err != nil {
			return nil, 0, err
		}
		v, err := r.value(ValueType(t), key, 0)
		if err != nil {
			return nil, 0, err
		}
		f.KV = append(f.KV, KV{Key: key, Value: v})
	}
	align, err := f.Alignment()
	if err != nil {
		return nil, 0, err
	}
	names := map[string]bool{}
	for i := uint64(0); i < nt; i++ {
		name, err := r.str(fmt.Sprintf("tensor %d name", i), MaxNameLen)
		if err != nil {
			return nil, 0, err
		}
		if name == "" {
			return nil, 0, fmt.Errorf("tensor %d name: empty", i)
		}
		if names[name] {
			return nil, 0, fmt.Errorf("tensor %d name: %q appears twice", i, name)
		}
		names[name] = true
		nd, err := r.u32(fmt.Sprintf("tensor %q dimension count", name))
		if err != nil {
			return nil, 0, err
		}
		if nd == 0 || nd > MaxDims {
			return nil, 0, fmt.Errorf("tensor %q dimension count: %d, want 1…%d", name, nd, MaxDims)
		}
		t := Tensor{Name: name, Dims: make([]uint64, nd)}
		for d := range t.Dims {
			if t.Dims[d], err = r.u64(fmt.Sprintf("tensor %q dimension %d", name, d)); err != nil {
				return nil, 0, err
			}
		}
		typ, err := r.u32(fmt.Sprintf("tensor %q type", name))
		if err != nil {
			return nil, 0, err
		}
		t.Type = TensorType(typ)
		if t.Offset, err = r.u64(fmt.Sprintf("tensor %q offset", name)); err != nil {
			return nil, 0, err
		}
		if _, _, err := elements(&t); err != nil {
			return nil, 0, err
		}
		if t.Offset%align != 0 {
			return nil, 0, fmt.Errorf("tensor %q offset: %d is not a multiple of the alignment %d", name, t.Offset, align)
		}
		f.Tensors = append(f.Tensors, t)
	}
	start := (r.off + align - 1) / align * align
	if start > size {
		if nt > 0 {
			return nil, 0, fmt.Errorf("data section: starts at %d, past the end of the file (%d bytes)", start, size)
		}
		start = size
	}
	if headerOnly && nt > 0 && start != size {
		return nil, 0, fmt.Errorf("header: the data section starts at %d, not at the end of the %d header bytes", start, size)
	}
	f.dataOffset = start
	dataLen := size - start
	if headerOnly {
		dataLen = math.MaxUint64
	}
	type span struct {
		lo, hi uint64
		name   string
	}
	spans := make([]span, 0, len(f.Tensors))
	for i := range f.Tensors {
		t := &f.Tensors[i]
		_, n, _ := elements(t)
		if t.Offset > dataLen || n > dataLen-t.Offset {
			return nil, 0, fmt.Errorf("tensor %q data: [%d, %d+%d) outside the %d-byte data section", t.Name, t.Offset, t.Offset, n, dataLen)
		}
		spans = append(spans, span{t.Offset, t.Offset + n, t.Name})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].lo < spans[j].lo })
	for i := 1; i < len(spans); i++ {
		if spans[i].lo < spans[i-1].hi {
			return nil, 0, fmt.Errorf("tensor %q data: overlaps tensor %q", spans[i].name, spans[i-1].name)
		}
	}
	return f, start, nil
}

// value reads one metadata value of type t.
func (r *reader) value(t ValueType, key string, depth int) (any, error) {
	field := fmt.Sprintf("kv %q value", key)
	if t == TypeString {
		s, err := r.str(field, r.left())
		return s, err
	}
	if t == TypeArray {
		if depth >= MaxArrayNest {
			return nil, fmt.Errorf("%s: arrays nested deeper than %d", field, MaxArrayNest)
		}
		et, err := r.u32(field + " array type")
		if err != nil {
			return nil, err
		}
		n, err := r.u64(field + " array length")
		if err != nil {
			return nil, err
		}
		return r.array(ValueType(et), n, key, depth)
	}
	size, ok := valueSizes[t]
	if !ok {
		return nil, fmt.Errorf("kv %q type: unknown value type %d", key, uint32(t))
	}
	b, err := r.take(uint64(size), field)
	if err != nil {
		return nil, err
	}
	return scalar(t, b, field)
}

func scalar(t ValueType, b []byte, field string) (any, error) {
	le := binary.LittleEndian
	switch t {
	case TypeUint8:
		return b[0], nil
	case TypeInt8:
		return int8(b[0]), nil
	case TypeUint16:
		return le.Uint16(b), nil
	case TypeInt16:
		return int16(le.Uint16(b)), nil
	case TypeUint32:
		return le.Uint32(b), nil
	case TypeInt32:
		return int32(le.Uint32(b)), nil
	case TypeFloat32:
		return math.Float32frombits(le.Uint32(b)), nil
	case TypeBool:
		if b[0] > 1 {
			return nil, fmt.Errorf("%s: bool byte %d, want 0 or 1", field, b[0])
		}
		return b[0] == 1, nil
	case TypeUint64:
		return le.Uint64(b), nil
	case TypeInt64:
		return int64(le.Uint64(b)), nil
	case TypeFloat64:
		return math.Float64frombits(le.Uint64(b)), nil
	}
	return nil, fmt.Errorf("%s: unknown value type %d", field, uint32(t))
}

func (r *reader) array(et ValueType, n uint64, key string, depth int) (any, error) {
	field := fmt.Sprintf("kv %q array", key)
	switch et {
	case TypeString:
		if n > r.left()/8 {
			return nil, fmt.Errorf("%s length: %d strings impossible for %d bytes left", field, n, r.left())
		}
		out := make([]string, n)
		for i := range out {
			s, err := r.str(fmt.Sprintf("%s item %d", field, i), r.left())
			if err != nil {
				return nil, err
			}
			out[i] = s
		}
		return out, nil
	case TypeArray:
		if n > r.left()/12 {
			return nil, fmt.Errorf("%s length: %d arrays impossible for %d bytes left", field, n, r.left())
		}
		out := make([]any, n)
		for i := range out {
			v, err := r.value(TypeArray, key, depth+1)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	}
	size, ok := valueSizes[et]
	if !ok {
		return nil, fmt.Errorf("%s type: unknown value type %d", field, uint32(et))
	}
	if n > r.left()/uint64(size) {
		return nil, fmt.Errorf("%s length: %d items of %d bytes, %d bytes left", field, n, size, r.left())
	}
	b, err := r.take(n*uint64(size), field)
	if err != nil {
		return nil, err
	}
	le := binary.LittleEndian
	switch et {
	case TypeUint8:
		return append([]uint8{}, b...), nil
	case TypeInt8:
		out := make([]int8, n)
		for i := range out {
			out[i] = int8(b[i])
		}
		return out, nil
	case TypeUint16:
		out := make([]uint16, n)
		for i := range out {
			out[i] = le.Uint16(b[2*i:])
		}
		return out, nil
	case TypeInt16:
		out := make([]int16, n)
		for i := range out {
			out[i] = int16(le.Uint16(b[2*i:]))
		}
		return out, nil
	case TypeUint32:
		out := make([]uint32, n)
		for i := range out {
			out[i] = le.Uint32(b[4*i:])
		}
		return out, nil
	case TypeInt32:
		out := make([]int32, n)
		for i := range out {
			out[i] = int32(le.Uint32(b[4*i:]))
		}
		return out, nil
	case TypeFloat32:
		out := make([]float32, n)
		for i := range out {
			out[i] = math.Float32frombits(le.Uint32(b[4*i:]))
		}
		return out, nil
	case TypeBool:
		out := make([]bool, n)
		for i := range out {
			if b[i] > 1 {
				return nil, fmt.Errorf("%s item %d: bool byte %d, want 0 or 1", field, i, b[i])
			}
			out[i] = b[i] == 1
		}
		return out, nil
	case TypeUint64:
		out := make([]uint64, n)
		for i := range out {
			out[i] = le.Uint64(b[8*i:])
		}
		return out, nil
	case TypeInt64:
		out := make([]int64, n)
		for i := range out {
			out[i] = int64(le.Uint64(b[8*i:]))
		}
		return out, nil
	case TypeFloat64:
		out := make([]float64, n)
		for i := range out {
			out[i] = math.Float64frombits(le.Uint64(b[8*i:]))
		}
		return out, nil
	}
	return nil, fmt.Errorf("%s type: unknown value type %d", field, uint32(et))
}

// Encode returns f as GGUF v3 bytes. Tensor data is laid out in the order of
// f.Tensors at the file's alignment; the Offset fields of f are ignored.
func (f *File) Encode() ([]byte, error) {
	for i := range f.Tensors {
		t := &f.Tensors[i]
		if _, size, err := elements(t); err == nil && uint64(len(t.Data)) != size {
			return nil, fmt.Errorf("encode gguf: tensor %q: %d data bytes, dims %v need %d", t.Name, len(t.Data), t.Dims, size)
		}
	}
	head, offsets, err := f.EncodeHeader()
	if err != nil {
		return nil, err
	}
	w := bytes.NewBuffer(head)
	start := uint64(len(head))
	for i, t := range f.Tensors {
		for uint64(w.Len()) < start+offsets[i] {
			w.WriteByte(0)
		}
		w.Write(t.Data)
	}
	if len(f.Tensors) > 0 {
		align, _ := f.Alignment()
		for uint64(w.Len())%align != 0 {
			w.WriteByte(0)
		}
	}
	return w.Bytes(), nil
}

// EncodeHeader returns the header, metadata and tensor infos of f padded to
// the alignment, and each tensor's data offset from the end of that header;
// it ignores the tensors' Data, so a writer can stream tensor data it makes
// one tensor at a time (each tensor's bytes at len(header)+offset, zeros
// between, and the file padded to the alignment).
func (f *File) EncodeHeader() ([]byte, []uint64, error) {
	align, err := f.Alignment()
	if err != nil {
		return nil, nil, fmt.Errorf("encode gguf: %w", err)
	}
	var w bytes.Buffer
	le := binary.LittleEndian
	u32 := func(v uint32) { w.Write(le.AppendUint32(nil, v)) }
	u64 := func(v uint64) { w.Write(le.AppendUint64(nil, v)) }
	str := func(s string) { u64(uint64(len(s))); w.WriteString(s) }
	w.WriteString(Magic)
	u32(Version)
	u64(uint64(len(f.Tensors)))
	u64(uint64(len(f.KV)))
	seen := map[string]bool{}
	for _, kv := range f.KV {
		if kv.Key == "" || len(kv.Key) > MaxKeyLen || !utf8.ValidString(kv.Key) || seen[kv.Key] {
			return nil, nil, fmt.Errorf("encode gguf: key %q empty, too long, not UTF-8 or repeated", kv.Key)
		}
		seen[kv.Key] = true
		str(kv.Key)
		if err := writeValue(&w, kv.Value, true, 0); err != nil {
			return nil, nil, fmt.Errorf("encode gguf: kv %q: %w", kv.Key, err)
		}
	}
	offsets := make([]uint64, len(f.Tensors))
	var off uint64
	names := map[string]bool{}
	for i := range f.Tensors {
		t := &f.Tensors[i]
		if t.Name == "" || len(t.Name) > MaxNameLen || names[t.Name] {
			return nil, nil, fmt.Errorf("encode gguf: tensor name %q empty, too long or repeated", t.Name)
		}
		names[t.Name] = true
		_, size, err := elements(t)
		if err != nil {
			return nil, nil, fmt.Errorf("encode gguf: %w", err)
		}
		offsets[i] = off
		off = (off + size + align - 1) / align * align
		str(t.Name)
		u32(uint32(len(t.Dims)))
		for _, d := range t.Dims {
			u64(d)
		}
		u32(uint32(t.Type))
		u64(offsets[i])
	}
	for uint64(w.Len())%align != 0 {
		w.WriteByte(0)
	}
	return w.Bytes(), offsets, nil
}

// writeValue writes v; withType prefixes its type code (not done for the
// items of an array, whose type is given once).
func writeValue(w *bytes.Buffer, v any, withType bool, depth int) error {
	le := binary.LittleEndian
	typ := func(t ValueType) {
		if withType {
			w.Write(le.AppendUint32(nil, uint32(t)))
		}
	}
	arr := func(et ValueType, n int) {
		typ(TypeArray)
		w.Write(le.AppendUint32(nil, uint32(et)))
		w.Write(le.AppendUint64(nil, uint64(n)))
	}
	str := func(s string) { w.Write(le.AppendUint64(nil, uint64(len(s)))); w.WriteString(s) }
	switch x := v.(type) {
	case uint8:
		typ(TypeUint8)
		w.WriteByte(x)
	case int8:
		typ(TypeInt8)
		w.WriteByte(byte(x))
	case uint16:
		typ(TypeUint16)
		w.Write(le.AppendUint16(nil, x))
	case int16:
		typ(TypeInt16)
		w.Write(le.AppendUint16(nil, uint16(x)))
	case uint32:
		typ(TypeUint32)
		w.Write(le.AppendUint32(nil, x))
	case int32:
		typ(TypeInt32)
		w.Write(le.AppendUint32(nil, uint32(x)))
	case float32:
		typ(TypeFloat32)
		w.Write(le.AppendUint32(nil, math.Float32bits(x)))
	case bool:
		typ(TypeBool)
		if x {
			w.WriteByte(1)
		} else {
			w.WriteByte(0)
		}
	case string:
		typ(TypeString)
		str(x)
	case uint64:
		typ(TypeUint64)
		w.Write(le.AppendUint64(nil, x))
	case int64:
		typ(TypeInt64)
		w.Write(le.AppendUint64(nil, uint64(x)))
	case float64:
		typ(TypeFloat64)
		w.Write(le.AppendUint64(nil, math.Float64bits(x)))
	case []uint8:
		arr(TypeUint8, len(x))
		w.Write(x)
	case []int8:
		arr(TypeInt8, len(x))
		for _, e := range x {
			w.WriteByte(byte(e))
		}
	case []uint16:
		arr(TypeUint16, len(x))
		for _, e := range x {
			w.Write(le.AppendUint16(nil, e))
		}
	case []int16:
		arr(TypeInt16, len(x))
		for _, e := range x {
			w.Write(le.AppendUint16(nil, uint16(e)))
		}
	case []uint32:
		arr(TypeUint32, len(x))
		for _, e := range x {
			w.Write(le.AppendUint32(nil, e))
		}
	case []int32:
		arr(TypeInt32, len(x))
		for _, e := range x {
			w.Write(le.AppendUint32(nil, uint32(e)))
		}
	case []float32:
		arr(TypeFloat32, len(x))
		for _, e := range x {
			w.Write(le.AppendUint32(nil, math.Float32bits(e)))
		}
	case []bool:
		arr(TypeBool, len(x))
		for _, e := range x {
			if e {
				w.WriteByte(1)
			} else {
				w.WriteByte(0)
			}
		}
	case []string:
		arr(TypeString, len(x))
		for _, e := range x {
			str(e)
		}
	case []uint64:
		arr(TypeUint64, len(x))
		for _, e := range x {
			w.Write(le.AppendUint64(nil, e))
		}
	case []int64:
		arr(TypeInt64, len(x))
		for _, e := range x {
			w.Write(le.AppendUint64(nil, uint64(e)))
		}
	case []float64:
		arr(TypeFloat64, len(x))
		for _, e := range x {
			w.Write(le.AppendUint64(nil, math.Float64bits(e)))
		}
	case []any:
		if depth+1 >= MaxArrayNest {
			return fmt.Errorf("arrays nested deeper than %d", MaxArrayNest)
		}
		arr(TypeArray, len(x))
		for i, e := range x {
			if !isArray(e) {
				return fmt.Errorf("item %d of an array of arrays is %T", i, e)
			}
			// Items of an array of arrays carry their own element type and
			// length but no value type code.
			var item bytes.Buffer
			if err := writeValue(&item, e, true, depth+1); err != nil {
				return fmt.Errorf("item %d: %w", i, err)
			}
			w.Write(item.Bytes()[4:])
		}
	default:
		return fmt.Errorf("value of Go type %T has no GGUF type", v)
	}
	return nil
}

func isArray(v any) bool {
	switch v.(type) {
	case []uint8, []int8, []uint16, []int16, []uint32, []int32, []float32, []bool, []string, []uint64, []int64, []float64, []any:
		return true
	}
	return false
}
