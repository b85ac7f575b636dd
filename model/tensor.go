package model

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/rmsnet/rms/merkle"
)

// DType is the element type of a tensor.
type DType uint8

// The element types. Their numeric values are part of the canonical tensor
// encoding and must never change.
const (
	I8  DType = 1
	I16 DType = 2
	I32 DType = 3
	F32 DType = 4
)

// String returns the lower-case name of the type ("i8", "f32", …).
func (d DType) String() string {
	switch d {
	case I8:
		return "i8"
	case I16:
		return "i16"
	case I32:
		return "i32"
	case F32:
		return "f32"
	}
	return fmt.Sprintf("dtype(%d)", uint8(d))
}

// Size returns the size of one element in bytes, or 0 for an unknown type.
func (d DType) Size() int {
	switch d {
	case I8:
		return 1
	case I16:
		return 2
	case I32, F32:
		return 4
	}
	return 0
}

// Valid reports whether d is one of the defined types.
func (d DType) Valid() bool { return d.Size() != 0 }

// MaxRank is the greatest number of dimensions of a tensor.
const MaxRank = 6

// MaxElements bounds the number of elements of one tensor (2^31-1), so that
// sizes fit an int on 32-bit platforms such as the VM.
const MaxElements = 1<<31 - 1

// HeaderSize is the size of the header of a canonical tensor encoding.
const HeaderSize = 32

// Tensor is a dense row-major (last dimension fastest) array. Exactly one of
// the data slices is used: the one matching DType, holding Shape's product of
// elements. A tensor of rank 0 is a scalar with one element.
type Tensor struct {
	DType DType
	Shape []int
	I8    []int8
	I16   []int16
	I32   []int32
	F32   []float32
}

// NumElements returns the product of shape, or an error if a dimension is
// negative or the product exceeds MaxElements.
func NumElements(shape []int) (int, error) {
	if len(shape) > MaxRank {
		return 0, fmt.Errorf("rank %d exceeds %d", len(shape), MaxRank)
	}
	n := 1
	for i, d := range shape {
		if d < 0 {
			return 0, fmt.Errorf("dimension %d is negative (%d)", i, d)
		}
		if d != 0 && n > MaxElements/d {
			return 0, fmt.Errorf("shape %v has more than %d elements", shape, MaxElements)
		}
		n *= d
	}
	return n, nil
}

// New returns a zero tensor of the given type and shape.
func New(dt DType, shape ...int) (Tensor, error) {
	if !dt.Valid() {
		return Tensor{}, fmt.Errorf("new tensor: unknown dtype %d", uint8(dt))
	}
	n, err := NumElements(shape)
	if err != nil {
		return Tensor{}, fmt.Errorf("new tensor: %w", err)
	}
	t := Tensor{DType: dt, Shape: append([]int{}, shape...)}
	switch dt {
	case I8:
		t.I8 = make([]int8, n)
	case I16:
		t.I16 = make([]int16, n)
	case I32:
		t.I32 = make([]int32, n)
	case F32:
		t.F32 = make([]float32, n)
	}
	return t, nil
}

// FromI8 returns an int8 tensor holding data (not copied) with the shape.
func FromI8(data []int8, shape ...int) (Tensor, error) {
	t := Tensor{DType: I8, Shape: append([]int{}, shape...), I8: data}
	return t, t.Check()
}

// FromI16 returns an int16 tensor holding data (not copied) with the shape.
func FromI16(data []int16, shape ...int) (Tensor, error) {
	t := Tensor{DType: I16, Shape: append([]int{}, shape...), I16: data}
	return t, t.Check()
}

// FromI32 returns an int32 tensor holding data (not copied) with the shape.
func FromI32(data []int32, shape ...int) (Tensor, error) {
	t := Tensor{DType: I32, Shape: append([]int{}, shape...), I32: data}
	return t, t.Check()
}

// FromF32 returns a float32 tensor holding data (not copied) with the shape.
func FromF32(data []float32, shape ...int) (Tensor, error) {
	t := Tensor{DType: F32, Shape: append([]int{}, shape...), F32: data}
	return t, t.Check()
}

// Len returns the number of elements held by the slice of t's type.
func (t Tensor) Len() int {
	switch t.DType {
	case I8:
		return len(t.I8)
	case I16:
		return len(t.I16)
	case I32:
		return len(t.I32)
	case F32:
		return len(t.F32)
	}
	return 0
}

// Check reports whether t is well formed: a known type, a valid shape, the
// data slice of its type of the right length and no other slice set.
func (t Tensor) Check() error {
	if !t.DType.Valid() {
		return fmt.Errorf("tensor: unknown dtype %d", uint8(t.DType))
	}
	n, err := NumElements(t.Shape)
	if err != nil {
		return fmt.Errorf("tensor: %w", err)
	}
	if t.Len() != n {
		return fmt.Errorf("tensor: %s shape %v needs %d elements, data has %d", t.DType, t.Shape, n, t.Len())
	}
	set := 0
	for _, l := range []int{len(t.I8), len(t.I16), len(t.I32), len(t.F32)} {
		if l > 0 {
			set++
		}
	}
	if set > 1 {
		return fmt.Errorf("tensor: more than one data slice set")
	}
	return nil
}

// Equal reports whether a and b have the same type, shape and bytes (floats
// compare by bit pattern, so NaNs with equal bits are equal).
func (t Tensor) Equal(b Tensor) bool {
	if t.DType != b.DType || len(t.Shape) != len(b.Shape) || t.Len() != b.Len() {
		return false
	}
	for i := range t.Shape {
		if t.Shape[i] != b.Shape[i] {
			return false
		}
	}
	switch t.DType {
	case I8:
		for i := range t.I8 {
			if t.I8[i] != b.I8[i] {
				return false
			}
		}
	case I16:
		for i := range t.I16 {
			if t.I16[i] != b.I16[i] {
				return false
			}
		}
	case I32:
		for i := range t.I32 {
			if t.I32[i] != b.I32[i] {
				return false
			}
		}
	case F32:
		for i := range t.F32 {
			if math.Float32bits(t.F32[i]) != math.Float32bits(b.F32[i]) {
				return false
			}
		}
	}
	return true
}

// DataBytes returns the elements of t in little-endian byte order (floats as
// their IEEE 754 bits), the layout of GGUF tensor data.
func (t Tensor) DataBytes() []byte {
	out := make([]byte, t.Len()*t.DType.Size())
	t.putData(out)
	return out
}

func (t Tensor) putData(out []byte) {
	switch t.DType {
	case I8:
		for i, v := range t.I8 {
			out[i] = byte(v)
		}
	case I16:
		for i, v := range t.I16 {
			binary.LittleEndian.PutUint16(out[2*i:], uint16(v))
		}
	case I32:
		for i, v := range t.I32 {
			binary.LittleEndian.PutUint32(out[4*i:], uint32(v))
		}
	case F32:
		for i, v := range t.F32 {
			binary.LittleEndian.PutUint32(out[4*i:], math.Float32bits(v))
		}
	}
}

// FromDataBytes decodes little-endian element data (the inverse of
// DataBytes) into a tensor of the given type and shape.
func FromDataBytes(dt DType, shape []int, data []byte) (Tensor, error) {
	if !dt.Valid() {
		return Tensor{}, fmt.Errorf("tensor data: unknown dtype %d", uint8(dt))
	}
	n, err := NumElements(shape)
	if err != nil {
		return Tensor{}, fmt.Errorf("tensor data: %w", err)
	}
	if uint64(len(data)) != uint64(n)*uint64(dt.Size()) {
		return Tensor{}, fmt.Errorf("tensor data: %s shape %v needs %d bytes, got %d", dt, shape, uint64(n)*uint64(dt.Size()), len(data))
	}
	t, err := New(dt, shape...)
	if err != nil {
		return Tensor{}, err
	}
	switch dt {
	case I8:
		for i := range t.I8 {
			t.I8[i] = int8(data[i])
		}
	case I16:
		for i := range t.I16 {
			t.I16[i] = int16(binary.LittleEndian.Uint16(data[2*i:]))
		}
	case I32:
		for i := range t.I32 {
			t.I32[i] = int32(binary.LittleEndian.Uint32(data[4*i:]))
		}
	case F32:
		for i := range t.F32 {
			t.F32[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
		}
	}
	return t, nil
}

// Encode returns the canonical encoding of t, the blob whose word-tree root
// (merkle.BlobRoot) is t's root:
//
//	byte 0       dtype (1 i8, 2 i16, 3 i32, 4 f32)
//	byte 1       rank r (0 … 6)
//	bytes 2..7   zero
//	bytes 8..31  six little-endian uint32 dimensions; those past r are zero
//	bytes 32..   the elements, row-major, little-endian (DataBytes)
//
// The 32-byte header keeps the data word-aligned in the blob's word tree.
// Encode fails only if t is malformed (see Check).
func (t Tensor) Encode() ([]byte, error) {
	if err := t.Check(); err != nil {
		return nil, err
	}
	out := make([]byte, HeaderSize+t.Len()*t.DType.Size())
	putHeader(out, t.DType, t.Shape)
	t.putData(out[HeaderSize:])
	return out, nil
}

func putHeader(out []byte, dt DType, shape []int) {
	out[0] = byte(dt)
	out[1] = byte(len(shape))
	for i, d := range shape {
		binary.LittleEndian.PutUint32(out[8+4*i:], uint32(d))
	}
}

// EncodeHeader returns the 32-byte header of the canonical encoding of a
// tensor of type dt and shape shape (see Encode), for callers that hold the
// element bytes elsewhere and hash or store the encoding in pieces.
func EncodeHeader(dt DType, shape []int) ([]byte, error) {
	if !dt.Valid() {
		return nil, fmt.Errorf("tensor header: unknown dtype %d", uint8(dt))
	}
	if _, err := NumElements(shape); err != nil {
		return nil, fmt.Errorf("tensor header: %w", err)
	}
	out := make([]byte, HeaderSize)
	putHeader(out, dt, shape)
	return out, nil
}

// Root returns merkle.BlobRoot of t's canonical encoding.
func (t Tensor) Root() (merkle.Hash, error) {
	b, err := t.Encode()
	if err != nil {
		return merkle.Hash{}, err
	}
	return merkle.BlobRoot(b), nil
}

// DecodeTensor parses a canonical tensor encoding. It accepts exactly the
// bytes Encode produces: any other input (unknown dtype, rank above 6,
// nonzero padding, a length that does not match the shape) is an error.
func DecodeTensor(b []byte) (Tensor, error) {
	if len(b) < HeaderSize {
		return Tensor{}, fmt.Errorf("decode tensor: %d bytes, shorter than the %d-byte header", len(b), HeaderSize)
	}
	dt := DType(b[0])
	if !dt.Valid() {
		return Tensor{}, fmt.Errorf("decode tensor: unknown dtype %d", b[0])
	}
	rank := int(b[1])
	if rank > MaxRank {
		return Tensor{}, fmt.Errorf("decode tensor: rank %d exceeds %d", rank, MaxRank)
	}
	for i := 2; i < 8; i++ {
		if b[i] != 0 {
			return Tensor{}, fmt.Errorf("decode tensor: header byte %d is %d, want 0", i, b[i])
		}
	}
	shape := make([]int, rank)
	for i := 0; i < MaxRank; i++ {
		d := binary.LittleEndian.Uint32(b[8+4*i:])
		if i >= rank {
			if d != 0 {
				return Tensor{}, fmt.Errorf("decode tensor: dimension %d is %d beyond rank %d", i, d, rank)
			}
			continue
		}
		if d > MaxElements {
			return Tensor{}, fmt.Errorf("decode tensor: dimension %d is %d, above %d", i, d, MaxElements)
		}
		shape[i] = int(d)
	}
	t, err := FromDataBytes(dt, shape, b[HeaderSize:])
	if err != nil {
		return Tensor{}, fmt.Errorf("decode tensor: %w", err)
	}
	return t, nil
}
