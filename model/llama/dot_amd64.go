//go:build amd64 && !purego

package llama

import "golang.org/x/sys/cpu"

// hasAVX2 selects the vector kernels on amd64 (AVX2 with F16C, which every
// AVX2 processor has); the portable Go path is the reference they are
// tested against bit for bit (TestBlockDotsAVX2, TestDotQ8VectorMatchesGo,
// TestRows8MatchesGo).
var hasAVX2 = cpu.X86.HasAVX2 && cpu.X86.HasF16C

// blockDotsAVX2 sets out[b] to the int32 dot product of the 32 int8
// weights at row[34·b+2:] (Q8_0 blocks) and x[32·b:] for b < nb.
//
//go:noescape
func blockDotsAVX2(row *byte, x *int8, out *int32, nb int)

// blockDots sets out[b] (b < len(out)) to the int32 dot of Q8_0 block b of
// row with x[32·b:32·b+32].
func blockDots(row []byte, x []int8, out []int32) {
	nb := len(out)
	if nb == 0 {
		return
	}
	_ = row[nb*q8Block-1]
	_ = x[nb*QK-1]
	if hasAVX2 {
		blockDotsAVX2(&row[0], &x[0], &out[0], nb)
		return
	}
	blockDotsGo(row, x, out)
}

//go:noescape
func q8Rows8AVX2(rows *byte, stride int, x *int8, xd *float32, nb int, out *float32)

// q8Rows8 sets out[k] (k < 8) to the sum over the first nb blocks of the
// Q8_0 row at rows[k·stride:] against x, as dotQ8 adds them (before its
// tail block): the vector kernel when there is one, else q8Rows8Go.
func q8Rows8(rows []byte, stride int, x *QVec, nb int, out *[8]float32) {
	if nb == 0 {
		*out = [8]float32{}
		return
	}
	_ = rows[7*stride+nb*q8Block-1]
	_ = x.Q[nb*QK-1]
	_ = x.D[nb-1]
	if hasAVX2 {
		q8Rows8AVX2(&rows[0], stride, &x.Q[0], &x.D[0], nb, &out[0])
		return
	}
	q8Rows8Go(rows, stride, x, nb, out)
}

//go:noescape
func q4Rows8AVX2(rows *byte, stride int, x *int8, xd *float32, nb int, out *float32)

// q4Rows8 sets out[k] (k < 8) to dotQ4_0 of the Q4_0 row at rows[k·stride:]
// (nb blocks) against x: the vector kernel when there is one, else
// q4Rows8Go.
func q4Rows8(rows []byte, stride int, x *QVec, nb int, out *[8]float32) {
	if nb == 0 {
		*out = [8]float32{}
		return
	}
	_ = rows[7*stride+nb*18-1]
	_ = x.Q[nb*QK-1]
	_ = x.D[nb-1]
	if hasAVX2 {
		q4Rows8AVX2(&rows[0], stride, &x.Q[0], &x.D[0], nb, &out[0])
		return
	}
	q4Rows8Go(rows, stride, x, nb, out)
}

//go:noescape
func absMaxAVX2(x *float32, nb int, out *float32)

//go:noescape
func quantScaleAVX2(x *float32, id *float32, nb int, q *int8)

// quantBlocks quantises the len(d) full blocks of x into q and d exactly
// as quantBlock does one at a time: the largest magnitude of each block by
// absMaxAVX2 (a NaN never wins), the scales in Go (blockScale), then
// x·(127/amax) rounded half to even, clamped to ±127 and a NaN made 0 by
// quantScaleAVX2.
func quantBlocks(x []float32, q []int8, d []float32) {
	nb := len(d)
	if nb == 0 {
		return
	}
	_ = x[nb*QK-1]
	_ = q[nb*QK-1]
	var amax, id [64]float32
	for b := 0; b < nb; b += len(amax) {
		k := min(nb-b, len(amax))
		absMaxAVX2(&x[b*QK], k, &amax[0])
		for i, a := range amax[:k] {
			dd, inv := blockScale(a)
			id[i] = inv
			d[b+i] = f16ToF32(f32ToF16(dd))
		}
		quantScaleAVX2(&x[b*QK], &id[0], k, &q[b*QK])
	}
}

//go:noescape
func dots8AVX2(q *float32, rows *float32, stride int, hd int, out *float32)

//go:noescape
func weightedSumAVX2(o *float32, vals *float32, stride int, p *float32, n int, hd int)

// attnScores sets sc[t] to the dot of q with keys[t·stride:] (len(q)
// values each) for t < len(sc), the products rounded and added in order
// from 0 as attnScoresGo does: eight positions at a time by dots8AVX2 when
// len(q) is a multiple of 8, the rest in Go.
func attnScores(sc, q, keys []float32, stride int) {
	hd, n, t := len(q), len(sc), 0
	if hasAVX2 && hd%8 == 0 && hd > 0 {
		for ; t+8 <= n; t += 8 {
			_ = keys[(t+7)*stride+hd-1]
			dots8AVX2(&q[0], &keys[t*stride], stride, hd, &sc[t])
		}
	}
	if t < n {
		attnScoresGo(sc[t:], q, keys[t*stride:], stride)
	}
}

// attnSum sets o[i] to the sum over t < len(p) of p[t]·vals[t·stride+i],
// each rounded product added in order of t from 0, as attnSumGo does:
// with weightedSumAVX2 when len(o) is a multiple of 8.
func attnSum(o, p, vals []float32, stride int) {
	hd, n := len(o), len(p)
	if hasAVX2 && hd%8 == 0 && hd > 0 && n > 0 {
		_ = vals[(n-1)*stride+hd-1]
		weightedSumAVX2(&o[0], &vals[0], stride, &p[0], n, hd)
		return
	}
	attnSumGo(o, p, vals, stride)
}

//go:noescape
func q8RowsAVX2(rows *byte, stride int, x *int8, xd *float32, nb int, out *float32, groups int)

// q8Rows sets out[k] to the dot of the Q8_0 row at rows[k·stride:] (nb
// full blocks, no tail: Cols = 32·nb) with x for k < len(out), a multiple
// of 8, every value made canonical: what DotRow gives for each row. It
// reports false, doing nothing, where there are no vector kernels.
func q8Rows(rows []byte, stride int, x *QVec, nb int, out []float32) bool {
	g := len(out) / 8
	if !hasAVX2 || g == 0 || nb == 0 {
		return false
	}
	_ = rows[(8*g-1)*stride+nb*q8Block-1]
	_ = x.Q[nb*QK-1]
	_ = x.D[nb-1]
	q8RowsAVX2(&rows[0], stride, &x.Q[0], &x.D[0], nb, &out[0], g)
	return true
}

//go:noescape
func q4kRowAVX2(row *byte, x *int8, xd *float32, nsb int) float32

//go:noescape
func q6kRowAVX2(row *byte, x *int8, xd *float32, nsb int) float32

// q4kRow is dotQ4K of the Q4_K row against x, with the vector kernel when
// there is one.
func q4kRow(row []byte, x *QVec) float32 {
	nsb := len(x.D) / 8
	if !hasAVX2 || nsb == 0 {
		return dotQ4K(row, x)
	}
	_, _, _ = row[144*nsb-1], x.Q[256*nsb-1], x.D[8*nsb-1]
	return q4kRowAVX2(&row[0], &x.Q[0], &x.D[0], nsb)
}

// q6kRow is dotQ6K of the Q6_K row against x, with the vector kernel when
// there is one.
func q6kRow(row []byte, x *QVec) float32 {
	nsb := len(x.D) / 8
	if !hasAVX2 || nsb == 0 {
		return dotQ6K(row, x)
	}
	_, _, _ = row[210*nsb-1], x.Q[256*nsb-1], x.D[8*nsb-1]
	return q6kRowAVX2(&row[0], &x.Q[0], &x.D[0], nsb)
}
