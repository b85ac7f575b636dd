package llama

import (
	"encoding/binary"
	"fmt"
	"math"
	"sync"
	"sync/atomic"

	"github.com/rmsnet/rms/model/gguf"
)

// QK is the block length of activation quantisation (and of Q8_0/Q4_0).
const QK = 32

// q8Block is the byte size of one Q8_0 block: f16 scale, 32 int8 values.
const q8Block = 2 + QK

// QVec is an activation vector quantised to 8-bit blocks of QK: element i
// is approximately Q[i]·D[i/QK]. The last block is shorter when the length
// is not a multiple of QK.
type QVec struct {
	Q []int8
	D []float32 // block scales, rounded to f16 as llama.cpp stores them
}

// Quantize quantises x into v (reusing its storage): per block of 32 (the
// last one shorter), amax = max |x|, the scale d = amax/127 rounded to f16,
// q = round-half-even(x·127/amax), as llama.cpp's vectorised
// quantize_row_q8_0 does. A block of zeros has scale 0 and values 0.
func (v *QVec) Quantize(x []float32) {
	n := len(x)
	nb := (n + QK - 1) / QK
	if cap(v.Q) < n {
		v.Q = make([]int8, n)
	}
	if cap(v.D) < nb {
		v.D = make([]float32, nb)
	}
	v.Q, v.D = v.Q[:n], v.D[:nb]
	b := 0
	if hasAVX2 && n >= QK {
		b = n / QK
		quantBlocks(x[:b*QK], v.Q[:b*QK], v.D[:b])
	}
	for ; b < nb; b++ {
		lo, hi := b*QK, min((b+1)*QK, n)
		d, _ := quantBlock(x[lo:hi], v.Q[lo:hi])
		v.D[b] = f16ToF32(d)
	}
}

// quantBlock quantises one block of at most QK values into q and returns
// the f16 bits of its scale.
func quantBlock(x []float32, q []int8) (uint16, float32) {
	var amax float32
	for _, f := range x {
		if f < 0 {
			f = -f
		}
		if f > amax { // NaN never wins
			amax = f
		}
	}
	d, id := blockScale(amax)
	for i, f := range x {
		q[i] = int8(roundEven(float32(f * id)))
	}
	return f32ToF16(d), d
}

// blockScale returns the scale d = amax/127 of a block whose largest
// magnitude is amax and the factor 127/amax its values are multiplied by
// before rounding (0 for a block of zeros).
func blockScale(amax float32) (d, id float32) {
	d = amax / 127
	if amax != 0 {
		id = 127 / amax
	}
	return d, id
}

// roundEven rounds to the nearest integer, ties to even, clamped to
// [−127, 127] (NaN gives 0).
func roundEven(f float32) int32 {
	if !(f > -127.5) {
		if f != f {
			return 0
		}
		return -127
	}
	if f >= 127.5 {
		return 127
	}
	t := int32(f) // toward zero
	r := f - float32(t)
	switch {
	case r > 0.5 || (r == 0.5 && t&1 == 1):
		t++
	case r < -0.5 || (r == -0.5 && t&1 == 1):
		t--
	}
	if t > 127 {
		t = 127
	} else if t < -127 {
		t = -127
	}
	return t
}

// Matrix is a weight matrix of Rows rows of Cols elements as the GGUF stores
// it: row r is Data[r·RowBytes:(r+1)·RowBytes]. F32 and F16 tensors are
// held as rows of Q8_0 blocks whose last block may be shorter (Type is then
// TensorQ8_0 and Cols need not be a multiple of 32).
type Matrix struct {
	Name       string
	Type       gguf.TensorType
	Rows, Cols int
	RowBytes   int
	Data       []byte // nil until first use for F32 and F16 tensors

	src     *gguf.Tensor // F32 or F16 rows to quantise on first use
	workers int
	once    sync.Once
	ready   atomic.Bool // Data holds the quantised rows
}

// data returns the rows, quantising F32 and F16 ones on first use, so an
// op touches only the weights it multiplies by.
func (m *Matrix) data() []byte {
	if m.src == nil {
		return m.Data
	}
	m.once.Do(func() {
		t, rows, cols := m.src, m.Rows, m.Cols
		d := make([]byte, rows*m.RowBytes)
		parallel(m.workers, rows, rows*cols, func(lo, hi int) {
			x := make([]float32, cols)
			for r := lo; r < hi; r++ {
				_ = decodeRow(t.Type, t.Data, r, cols, x) // the type is F32 or F16
				quantRowQ8(x, d[r*m.RowBytes:(r+1)*m.RowBytes])
			}
		})
		m.Data = d
		m.ready.Store(true)
	})
	return m.Data
}

// rowBytes returns the bytes of a row of cols elements of type t.
func rowBytes(t gguf.TensorType, cols int) int {
	switch t {
	case gguf.TensorQ8_0:
		nb := cols / QK
		b := nb * q8Block
		if r := cols % QK; r != 0 {
			b += 2 + r
		}
		return b
	}
	be, bs := t.Block()
	return cols / be * bs
}

// NewMatrix returns the matrix of a GGUF tensor of dims [cols, rows]. F32
// and F16 rows are quantised to Q8_0 blocks (the last one shorter when cols
// is not a multiple of 32) on first use, by the goroutines workers allows;
// Q8_0, Q4_0, Q4_K and Q6_K data is used as it is.
func NewMatrix(t *gguf.Tensor, workers int) (*Matrix, error) {
	m, err := matrixOf(t, workers)
	if err != nil {
		return nil, err
	}
	if err := m.setData(t.Data); err != nil {
		return nil, err
	}
	return m, nil
}

// matrixOf returns the matrix of a GGUF tensor's type and dims, without
// its data (setData gives it).
func matrixOf(t *gguf.Tensor, workers int) (*Matrix, error) {
	if len(t.Dims) != 2 {
		return nil, fmt.Errorf("tensor %s: %d dimensions, want a matrix", t.Name, len(t.Dims))
	}
	if t.Dims[0] > math.MaxInt32 || t.Dims[1] > math.MaxInt32 {
		return nil, fmt.Errorf("tensor %s: dimensions %v too large", t.Name, t.Dims)
	}
	cols, rows := int(t.Dims[0]), int(t.Dims[1])
	m := &Matrix{Name: t.Name, Type: t.Type, Rows: rows, Cols: cols}
	switch t.Type {
	case gguf.TensorQ8_0, gguf.TensorQ4_0, gguf.TensorQ4_K, gguf.TensorQ6_K:
		m.RowBytes = rowBytes(t.Type, cols)
	case gguf.TensorF32, gguf.TensorF16:
		m.Type = gguf.TensorQ8_0
		m.RowBytes = rowBytes(gguf.TensorQ8_0, cols)
		m.src = &gguf.Tensor{Name: t.Name, Dims: t.Dims, Type: t.Type}
		m.workers = workers
	default:
		return nil, fmt.Errorf("tensor %s: type %s not supported for a weight matrix (F32, F16, Q8_0, Q4_0, Q4_K, Q6_K are)", t.Name, t.Type)
	}
	return m, nil
}

// setData gives m its data as the GGUF stores it, checking its length.
func (m *Matrix) setData(d []byte) error {
	if m.src != nil {
		es := m.src.Type.Size()
		if len(d) != m.Rows*m.Cols*es {
			return fmt.Errorf("tensor %s: %d data bytes, %d×%d %s need %d", m.Name, len(d), m.Rows, m.Cols, m.src.Type, m.Rows*m.Cols*es)
		}
		m.src.Data = d
		return nil
	}
	if len(d) != m.Rows*m.RowBytes {
		return fmt.Errorf("tensor %s: %d data bytes, %d rows of %d need %d", m.Name, len(d), m.Rows, m.RowBytes, m.Rows*m.RowBytes)
	}
	m.Data = d
	return nil
}

// quantRowQ8 writes x as Q8_0 blocks (the last one shorter) into dst.
func quantRowQ8(x []float32, dst []byte) {
	q := make([]int8, QK)
	for lo := 0; lo < len(x); lo += QK {
		hi := min(lo+QK, len(x))
		h, _ := quantBlock(x[lo:hi], q[:hi-lo])
		binary.LittleEndian.PutUint16(dst, h)
		for i, v := range q[:hi-lo] {
			dst[2+i] = byte(v)
		}
		dst = dst[2+hi-lo:]
	}
}

// decodeRow writes row r of an F32 or F16 tensor with cols columns to x.
func decodeRow(t gguf.TensorType, data []byte, r, cols int, x []float32) error {
	le := binary.LittleEndian
	switch t {
	case gguf.TensorF32:
		b := data[r*cols*4:]
		for i := range x[:cols] {
			x[i] = canon(math.Float32frombits(le.Uint32(b[4*i:])))
		}
	case gguf.TensorF16:
		b := data[r*cols*2:]
		for i := range x[:cols] {
			x[i] = f16ToF32(le.Uint16(b[2*i:]))
		}
	default:
		return fmt.Errorf("type %s is not F32 or F16", t)
	}
	return nil
}

func canon(f float32) float32 {
	if f != f {
		return canonicalNaN
	}
	return f
}

// Row dequantises row r into x (len Cols): the values the integer dot
// products use, scale times quantised value, each product rounded once.
func (m *Matrix) Row(r int, x []float32) {
	row := m.data()[r*m.RowBytes : (r+1)*m.RowBytes]
	le := binary.LittleEndian
	switch m.Type {
	case gguf.TensorQ8_0:
		for lo := 0; lo < m.Cols; lo += QK {
			n := min(QK, m.Cols-lo)
			d := f16ToF32(le.Uint16(row))
			for i := 0; i < n; i++ {
				x[lo+i] = float32(d * float32(int8(row[2+i])))
			}
			row = row[2+n:]
		}
	case gguf.TensorQ4_0:
		for lo := 0; lo < m.Cols; lo += QK {
			d := f16ToF32(le.Uint16(row))
			for i := 0; i < 16; i++ {
				x[lo+i] = float32(d * float32(int32(row[2+i]&15)-8))
				x[lo+16+i] = float32(d * float32(int32(row[2+i]>>4)-8))
			}
			row = row[18:]
		}
	case gguf.TensorQ4_K:
		var q [256]int8
		var sc, mn [8]int32
		for lo := 0; lo < m.Cols; lo += 256 {
			d, dmin := q4kBlock(row[:144], &q, &sc, &mn)
			for j := 0; j < 256; j++ {
				s := j / 32
				x[lo+j] = float32(float32(d*float32(sc[s]))*float32(q[j])) - float32(dmin*float32(mn[s]))
			}
			row = row[144:]
		}
	case gguf.TensorQ6_K:
		var q [256]int8
		var sc [16]int32
		for lo := 0; lo < m.Cols; lo += 256 {
			d := q6kBlock(row[:210], &q, &sc)
			for j := 0; j < 256; j++ {
				x[lo+j] = float32(float32(d*float32(sc[j/16])) * float32(q[j]))
			}
			row = row[210:]
		}
	}
}

// q4kBlock unpacks one Q4_K super-block: 256 4-bit values (0…15) in
// element order, 8 six-bit scales and mins (one per 32 values), and the
// f16 super-block scales d and dmin. Value j is d·sc[j/32]·q[j] − dmin·mn[j/32].
func q4kBlock(b []byte, q *[256]int8, sc, mn *[8]int32) (d, dmin float32) {
	d, dmin = q4kScales(b, sc, mn)
	qs := b[16:144]
	for p := 0; p < 4; p++ {
		for l := 0; l < 32; l++ {
			v := qs[32*p+l]
			q[64*p+l] = int8(v & 15)
			q[64*p+32+l] = int8(v >> 4)
		}
	}
	return d, dmin
}

// q4kScales returns the f16 super-block scales d and dmin of the Q4_K
// super-block b and unpacks its 8 six-bit scales and mins.
func q4kScales(b []byte, sc, mn *[8]int32) (d, dmin float32) {
	le := binary.LittleEndian
	d, dmin = f16ToF32(le.Uint16(b)), f16ToF32(le.Uint16(b[2:]))
	s := b[4:16]
	for j := 0; j < 8; j++ {
		if j < 4 {
			sc[j], mn[j] = int32(s[j]&63), int32(s[j+4]&63)
		} else {
			sc[j] = int32(s[j+4]&0xf | (s[j-4]>>6)<<4)
			mn[j] = int32(s[j+4]>>4 | (s[j]>>6)<<4)
		}
	}
	return d, dmin
}

// q6kScales returns the f16 super-block scale d of the Q6_K super-block b
// and unpacks its 16 int8 scales.
func q6kScales(b []byte, sc *[16]int32) float32 {
	for i, v := range b[192:208] {
		sc[i] = int32(int8(v))
	}
	return f16ToF32(binary.LittleEndian.Uint16(b[208:]))
}

// q6kBlock unpacks one Q6_K super-block: 256 six-bit values (−32…31) in
// element order and 16 int8 scales (one per 16 values). Value j is
// d·sc[j/16]·q[j].
func q6kBlock(b []byte, q *[256]int8, sc *[16]int32) float32 {
	ql, qh := b[0:128], b[128:192]
	d := q6kScales(b, sc)
	for n := 0; n < 2; n++ {
		l0, h0, y := ql[64*n:], qh[32*n:], q[128*n:]
		for l := 0; l < 32; l++ {
			y[l] = int8(l0[l]&0xf|(h0[l]>>0&3)<<4) - 32
			y[l+32] = int8(l0[l+32]&0xf|(h0[l]>>2&3)<<4) - 32
			y[l+64] = int8(l0[l]>>4|(h0[l]>>4&3)<<4) - 32
			y[l+96] = int8(l0[l+32]>>4|(h0[l]>>6&3)<<4) - 32
		}
	}
	return d
}
