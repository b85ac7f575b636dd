//go:build !amd64 || purego

package llama

const hasAVX2 = false

// blockDots sets out[b] (b < len(out)) to the int32 dot of Q8_0 block b of
// row with x[32·b:32·b+32].
func blockDots(row []byte, x []int8, out []int32) { blockDotsGo(row, x, out) }
