//go:build amd64 && !purego

package llama

import "golang.org/x/sys/cpu"

// hasAVX2 selects the vector block dots on amd64; the portable Go path is
// the reference they are tested against bit for bit (TestBlockDotsAVX2).
var hasAVX2 = cpu.X86.HasAVX2

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
