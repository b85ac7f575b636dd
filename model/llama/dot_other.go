//go:build !amd64 || purego

package llama

const hasAVX2 = false

// blockDots sets out[b] (b < len(out)) to the int32 dot of Q8_0 block b of
// row with x[32·b:32·b+32].
func blockDots(row []byte, x []int8, out []int32) { blockDotsGo(row, x, out) }

// q8Rows8 sets out[k] (k < 8) to the sum over the first nb blocks of the
// Q8_0 row at rows[k·stride:] against x, as dotQ8 adds them.
func q8Rows8(rows []byte, stride int, x *QVec, nb int, out *[8]float32) {
	q8Rows8Go(rows, stride, x, nb, out)
}

// q4Rows8 sets out[k] (k < 8) to dotQ4_0 of the Q4_0 row at rows[k·stride:]
// against x.
func q4Rows8(rows []byte, stride int, x *QVec, nb int, out *[8]float32) {
	q4Rows8Go(rows, stride, x, nb, out)
}

// quantBlocks is never called without the vector kernels (hasAVX2 is
// false); it quantises the full blocks of x as Quantize does.
func quantBlocks(x []float32, q []int8, d []float32) {
	for b := range d {
		h, _ := quantBlock(x[b*QK:(b+1)*QK], q[b*QK:(b+1)*QK])
		d[b] = f16ToF32(h)
	}
}

// attnScores sets sc[t] to the dot of q with keys[t·stride:].
func attnScores(sc, q, keys []float32, stride int) { attnScoresGo(sc, q, keys, stride) }

// attnSum sets o[i] to the sum over t of p[t]·vals[t·stride+i].
func attnSum(o, p, vals []float32, stride int) { attnSumGo(o, p, vals, stride) }

// q8Rows reports false: there are no vector kernels.
func q8Rows(rows []byte, stride int, x *QVec, nb int, out []float32) bool { return false }

// q4kRow is dotQ4K of the Q4_K row against x.
func q4kRow(row []byte, x *QVec) float32 { return dotQ4K(row, x) }

// q6kRow is dotQ6K of the Q6_K row against x.
func q6kRow(row []byte, x *QVec) float32 { return dotQ6K(row, x) }
