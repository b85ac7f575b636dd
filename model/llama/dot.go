package llama

import (
	"encoding/binary"

	"github.com/rmsnet/rms/model/gguf"
)

// DotRow returns the dot product of row r with the quantised activation x
// (len(x.Q) == Cols): per block of 32 an int32 sum of products, then scaled
// by the two block scales and summed left to right in float32, every
// product rounded (llama.cpp's ggml_vec_dot_q8_0_q8_0 and its Q4_0, Q4_K,
// Q6_K counterparts against Q8_0 activations).
func (m *Matrix) DotRow(r int, x *QVec) float32 {
	return m.dot(m.data()[r*m.RowBytes:(r+1)*m.RowBytes], x)
}

// dot is DotRow of the row bytes row (of m's type and columns).
func (m *Matrix) dot(row []byte, x *QVec) float32 {
	switch m.Type {
	case gguf.TensorQ8_0:
		return canon(dotQ8(row, x, m.Cols))
	case gguf.TensorQ4_0:
		return canon(dotQ4_0(row, x))
	case gguf.TensorQ4_K:
		return canon(q4kRow(row, x))
	case gguf.TensorQ6_K:
		return canon(q6kRow(row, x))
	}
	return canonicalNaN
}

func dotQ8(row []byte, x *QVec, n int) float32 {
	full := n / QK
	return q8Tail(row, x, n, dotQ8Blocks(row, x, full))
}

// dotQ8Blocks returns the sum over the first nb full blocks of the Q8_0 row
// against x: per block the int32 sum times float32(dw·xd), added left to
// right.
func dotQ8Blocks(row []byte, x *QVec, nb int) float32 {
	var sums [64]int32
	var sum float32
	b := 0
	for b < nb {
		k := min(nb-b, len(sums))
		blockDots(row[b*q8Block:(b+k)*q8Block], x.Q[b*QK:(b+k)*QK], sums[:k])
		for i, s := range sums[:k] {
			dw := f16(binary.LittleEndian.Uint16(row[(b+i)*q8Block:]))
			sum += float32(float32(s) * float32(dw*x.D[b+i]))
		}
		b += k
	}
	return sum
}

// q8Tail adds the shorter last block of a Q8_0 row of n columns (when n is
// not a multiple of 32) to sum, the running sum over the full blocks.
func q8Tail(row []byte, x *QVec, n int, sum float32) float32 {
	full := n / QK
	if lo := full * QK; lo < n {
		tail := row[full*q8Block:]
		dw := f16ToF32(binary.LittleEndian.Uint16(tail))
		var s int32
		for i, w := range tail[2 : 2+n-lo] {
			s += int32(int8(w)) * int32(x.Q[lo+i])
		}
		sum += float32(float32(s) * float32(dw*x.D[full]))
	}
	return sum
}

// q8Rows8Go is the portable reference of q8Rows8: dotQ8Blocks of each of
// the 8 rows.
func q8Rows8Go(rows []byte, stride int, x *QVec, nb int, out *[8]float32) {
	for k := range out {
		out[k] = dotQ8Blocks(rows[k*stride:], x, nb)
	}
}

// q4Rows8Go is the portable reference of q4Rows8: dotQ4_0 of each of the
// 8 rows.
func q4Rows8Go(rows []byte, stride int, x *QVec, nb int, out *[8]float32) {
	for k := range out {
		out[k] = dotQ4_0(rows[k*stride:], &QVec{Q: x.Q[:nb*QK], D: x.D[:nb]})
	}
}

// dotRows sets y[r−lo] to the dot of row r of d (m's rows) with x for
// lo ≤ r < hi: Q8_0 and Q4_0 rows eight at a time by q8Rows8 and q4Rows8
// (the same sums as DotRow), the rest one by one.
func (m *Matrix) dotRows(d []byte, y []float32, x *QVec, lo, hi int) {
	rb, r := m.RowBytes, lo
	if m.Type == gguf.TensorQ4_0 && hasAVX2 {
		var out [8]float32
		for ; r+8 <= hi; r += 8 {
			q4Rows8(d[r*rb:(r+8)*rb], rb, x, m.Cols/QK, &out)
			for k, s := range out {
				y[r-lo+k] = canon(s)
			}
		}
	}
	if m.Type == gguf.TensorQ8_0 && m.Cols%QK == 0 {
		if n := (hi - r) / 8 * 8; n > 0 && q8Rows(d[r*rb:hi*rb], rb, x, m.Cols/QK, y[r-lo:r-lo+n]) {
			r += n
		}
	}
	if m.Type == gguf.TensorQ8_0 && hasAVX2 {
		var out [8]float32
		nb := m.Cols / QK
		for ; r+8 <= hi; r += 8 {
			rows := d[r*rb : (r+8)*rb]
			q8Rows8(rows, rb, x, nb, &out)
			for k, s := range out {
				y[r-lo+k] = canon(q8Tail(rows[k*rb:(k+1)*rb], x, m.Cols, s))
			}
		}
	}
	for ; r < hi; r++ {
		y[r-lo] = m.dot(d[r*rb:(r+1)*rb], x)
	}
}

// blockDotsGo is the portable reference of blockDots.
func blockDotsGo(row []byte, x []int8, out []int32) {
	for b := range out {
		out[b] = dot32(row[b*q8Block+2:], x[b*QK:])
	}
}

// dot32 is the int32 dot product of 32 int8 weights (as bytes) and 32
// int8 activations.
func dot32(w []byte, x []int8) int32 {
	w = w[:32]
	x = x[:32]
	var s0, s1, s2, s3 int32
	for i := 0; i < 32; i += 4 {
		s0 += int32(int8(w[i])) * int32(x[i])
		s1 += int32(int8(w[i+1])) * int32(x[i+1])
		s2 += int32(int8(w[i+2])) * int32(x[i+2])
		s3 += int32(int8(w[i+3])) * int32(x[i+3])
	}
	return s0 + s1 + s2 + s3
}

func dotQ4_0(row []byte, x *QVec) float32 {
	var sum float32
	for b := 0; b < len(x.D); b++ {
		blk := row[18*b : 18*b+18]
		dw := f16ToF32(binary.LittleEndian.Uint16(blk))
		xs := x.Q[QK*b : QK*b+QK]
		var s int32
		for i := 0; i < 16; i++ {
			v := blk[2+i]
			s += (int32(v&15)-8)*int32(xs[i]) + (int32(v>>4)-8)*int32(xs[16+i])
		}
		sum += float32(float32(s) * float32(dw*x.D[b]))
	}
	return sum
}

func dotQ4K(row []byte, x *QVec) float32 {
	var sum float32
	var sc, mn, p, px [8]int32
	for sb := 0; sb < len(x.D)/8; sb++ {
		b := row[144*sb : 144*sb+144]
		d, dmin := q4kScales(b, &sc, &mn)
		q4kSumsGo(b[16:144], x.Q[256*sb:256*sb+256], &p, &px)
		for j := 0; j < 8; j++ {
			dx := x.D[8*sb+j]
			sum += float32(float32(sc[j]*p[j])*float32(d*dx)) - float32(float32(mn[j]*px[j])*float32(dmin*dx))
		}
	}
	return sum
}

// q4kSumsGo gives dotQ4K its integer sums: for the 128 bytes of
// nibbles qs of one Q4_K super-block (value 64·k+l the low nibble of byte
// 32·k+l, value 64·k+32+l its high nibble) and its 256 activations x,
// p[j] = Σ q·x and px[j] = Σ x over sub-block j (32 values).
func q4kSumsGo(qs []byte, x []int8, p, px *[8]int32) {
	qs, x = qs[:128], x[:256]
	for k := 0; k < 4; k++ {
		var lo, hi, xlo, xhi int32
		for l := 0; l < 32; l++ {
			v := qs[32*k+l]
			a, c := int32(x[64*k+l]), int32(x[64*k+32+l])
			lo += int32(v&15) * a
			hi += int32(v>>4) * c
			xlo += a
			xhi += c
		}
		p[2*k], p[2*k+1], px[2*k], px[2*k+1] = lo, hi, xlo, xhi
	}
}

func dotQ6K(row []byte, x *QVec) float32 {
	var sum float32
	var sc, p [16]int32
	for sb := 0; sb < len(x.D)/8; sb++ {
		b := row[210*sb : 210*sb+210]
		d := q6kScales(b, &sc)
		q6kSumsGo(b, x.Q[256*sb:256*sb+256], &p)
		for j := 0; j < 8; j++ {
			s := sc[2*j]*p[2*j] + sc[2*j+1]*p[2*j+1]
			sum += float32(float32(s) * float32(d*x.D[8*sb+j]))
		}
	}
	return sum
}

// q6kSumsGo gives dotQ6K its integer sums: for one Q6_K
// super-block b and its 256 activations x, p[i] = Σ q·x over the values
// 16·i…16·i+15 (q the six-bit values minus 32, as q6kBlock unpacks them).
func q6kSumsGo(b []byte, x []int8, p *[16]int32) {
	var q [256]int8
	var sc [16]int32
	q6kBlock(b, &q, &sc)
	x = x[:256]
	for i := range p {
		var s int32
		for l := 16 * i; l < 16*i+16; l++ {
			s += int32(q[l]) * int32(x[l])
		}
		p[i] = s
	}
}

// MulVec sets y[r] = DotRow(r, x) for every row, on up to w goroutines.
func (m *Matrix) MulVec(y []float32, x *QVec, w int) {
	d := m.data()
	parallel(w, m.Rows, m.Rows*m.Cols, func(lo, hi int) {
		m.dotRows(d, y[lo:hi], x, lo, hi)
	})
}

// MulVecs sets ys[t] = m·xs[t] for every t, as MulVec of each: the rows
// are taken a cache-sized chunk at a time and multiplied by every
// activation before the next chunk, so the weights are read from memory
// once for all of xs. On up to w goroutines.
func (m *Matrix) MulVecs(ys [][]float32, xs []*QVec, w int) {
	if len(xs) == 1 {
		m.MulVec(ys[0], xs[0], w)
		return
	}
	d := m.data()
	parallel(w, m.Rows, m.Rows*m.Cols*len(xs), func(lo, hi int) {
		m.mulRange(d, ys, xs, lo, hi)
	})
}

// mulRange sets ys[t][r] = DotRow(r, xs[t]) for lo ≤ r < hi and every t,
// a cache-sized chunk of rows at a time when there are several
// activations (d is m's rows).
func (m *Matrix) mulRange(d []byte, ys [][]float32, xs []*QVec, lo, hi int) {
	if len(xs) == 1 {
		m.dotRows(d, ys[0][lo:hi], xs[0], lo, hi)
		return
	}
	chunk := max(8, mulChunkBytes/max(m.RowBytes, 1)/8*8)
	for r := lo; r < hi; r += chunk {
		e := min(r+chunk, hi)
		for t, x := range xs {
			m.dotRows(d, ys[t][r:e], x, r, e)
		}
	}
}

// MulSet sets yss[i][t] = mats[i]·xs[t] for every matrix i and activation
// t, as MulVecs of each matrix, in one hand-off to the workers: the rows of
// all the matrices, end to end, are split between up to w goroutines in
// groups of eight, so a layer's q, k and v products (or gate and up) cost
// one dispatch and one wait instead of three (or two). The matrices need
// not have the same type; each xs[t] must have the columns of every one.
func MulSet(yss [][][]float32, mats []*Matrix, xs []*QVec, w int) {
	total, work := 0, 0
	for _, m := range mats {
		m.data()
		total += m.Rows
		work += m.Rows * m.Cols * len(xs)
	}
	parallel(w, (total+7)/8, work, func(glo, ghi int) {
		lo, hi := glo*8, min(ghi*8, total)
		off := 0
		for i, m := range mats {
			if a, b := max(lo-off, 0), min(hi-off, m.Rows); a < b {
				m.mulRange(m.Data, yss[i], xs, a, b)
			}
			off += m.Rows
		}
	})
}

// mulChunkBytes is the size of the chunk of rows MulVecs multiplies by all
// its activations in turn (it stays in the first-level cache).
const mulChunkBytes = 16 << 10

// MulRows sets y[r−lo] = DotRow(r, x) for the rows lo ≤ r < hi (one part
// of a split product), on up to w goroutines. An F32 or F16 matrix that
// has not been quantised yet has only these rows quantised (and not kept),
// so an op alone costs only its part.
func (m *Matrix) MulRows(y []float32, x *QVec, lo, hi, w int) {
	if lo == 0 && hi == m.Rows || m.src == nil || m.ready.Load() {
		d := m.data()
		parallel(w, hi-lo, (hi-lo)*m.Cols, func(a, b int) {
			m.dotRows(d, y[a:b], x, lo+a, lo+b)
		})
		return
	}
	parallel(w, hi-lo, (hi-lo)*m.Cols, func(a, b int) {
		v := make([]float32, m.Cols)
		row := make([]byte, m.RowBytes)
		for r := lo + a; r < lo+b; r++ {
			_ = decodeRow(m.src.Type, m.src.Data, r, m.Cols, v) // the type is F32 or F16
			quantRowQ8(v, row)
			y[r-lo] = m.dot(row, x)
		}
	})
}
