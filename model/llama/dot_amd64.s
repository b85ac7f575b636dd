//go:build amd64 && !purego

#include "textflag.h"

// func blockDotsAVX2(row *byte, x *int8, out *int32, nb int)
// For each block: |w| (unsigned) times x with the sign of w (signed), pairs
// summed to int16 by VPMADDUBSW (|w| ≤ 128 and |x| ≤ 127, so no pair
// saturates), then to int32 by VPMADDWD with ones, then across lanes.
TEXT ·blockDotsAVX2(SB), NOSPLIT, $0-32
	MOVQ row+0(FP), SI
	MOVQ x+8(FP), DI
	MOVQ out+16(FP), DX
	MOVQ nb+24(FP), CX
	VPCMPEQW Y15, Y15, Y15
	VPSRLW   $15, Y15, Y15
loop:
	VMOVDQU    2(SI), Y0
	VMOVDQU    (DI), Y1
	VPABSB     Y0, Y2
	VPSIGNB    Y0, Y1, Y3
	VPMADDUBSW Y3, Y2, Y4
	VPMADDWD   Y15, Y4, Y5
	VEXTRACTI128 $1, Y5, X6
	VPADDD     X6, X5, X5
	VPSHUFD    $0x4e, X5, X6
	VPADDD     X6, X5, X5
	VPSHUFD    $0xb1, X5, X6
	VPADDD     X6, X5, X5
	VMOVD      X5, (DX)
	ADDQ       $34, SI
	ADDQ       $32, DI
	ADDQ       $4, DX
	DECQ       CX
	JNZ        loop
	VZEROUPPER
	RET


// func q8Rows8AVX2(rows *byte, stride int, x *int8, xd *float32, nb int, out *float32)
// For the 8 Q8_0 rows at rows+k·stride (k < 8) and the first nb blocks of
// x: per block the 8 rows' int32 sums (as blockDotsAVX2, the 8 reductions
// done together by one horizontal tree), converted to float32 (exact: |s| <
// 2^20), times float32(dw·xd) with dw the row's f16 block scale, added to the
// row's running sum (lane k) in block order: the float operations of dotQ8,
// lane by lane. out[k] is row k's sum over the nb blocks.
TEXT ·q8Rows8AVX2(SB), NOSPLIT, $0-48
	MOVQ rows+0(FP), AX
	MOVQ stride+8(FP), R8
	MOVQ x+16(FP), DI
	MOVQ xd+24(FP), R12
	MOVQ nb+32(FP), R13
	LEAQ (AX)(R8*1), BX
	LEAQ (AX)(R8*2), CX
	LEAQ (BX)(R8*2), DX
	LEAQ (AX)(R8*4), SI
	LEAQ (BX)(R8*4), R9
	LEAQ (CX)(R8*4), R10
	LEAQ (DX)(R8*4), R8
	XORQ R11, R11
	VPCMPEQW Y15, Y15, Y15
	VPSRLW   $15, Y15, Y15
	VXORPS   Y14, Y14, Y14

rows8:
	VMOVDQU (DI), Y8

	VMOVDQU    2(AX)(R11*1), Y9
	VPABSB     Y9, Y10
	VPSIGNB    Y9, Y8, Y9
	VPMADDUBSW Y9, Y10, Y9
	VPMADDWD   Y15, Y9, Y0

	VMOVDQU    2(BX)(R11*1), Y9
	VPABSB     Y9, Y10
	VPSIGNB    Y9, Y8, Y9
	VPMADDUBSW Y9, Y10, Y9
	VPMADDWD   Y15, Y9, Y1

	VMOVDQU    2(CX)(R11*1), Y9
	VPABSB     Y9, Y10
	VPSIGNB    Y9, Y8, Y9
	VPMADDUBSW Y9, Y10, Y9
	VPMADDWD   Y15, Y9, Y2

	VMOVDQU    2(DX)(R11*1), Y9
	VPABSB     Y9, Y10
	VPSIGNB    Y9, Y8, Y9
	VPMADDUBSW Y9, Y10, Y9
	VPMADDWD   Y15, Y9, Y3

	VMOVDQU    2(SI)(R11*1), Y9
	VPABSB     Y9, Y10
	VPSIGNB    Y9, Y8, Y9
	VPMADDUBSW Y9, Y10, Y9
	VPMADDWD   Y15, Y9, Y4

	VMOVDQU    2(R9)(R11*1), Y9
	VPABSB     Y9, Y10
	VPSIGNB    Y9, Y8, Y9
	VPMADDUBSW Y9, Y10, Y9
	VPMADDWD   Y15, Y9, Y5

	VMOVDQU    2(R10)(R11*1), Y9
	VPABSB     Y9, Y10
	VPSIGNB    Y9, Y8, Y9
	VPMADDUBSW Y9, Y10, Y9
	VPMADDWD   Y15, Y9, Y6

	VMOVDQU    2(R8)(R11*1), Y9
	VPABSB     Y9, Y10
	VPSIGNB    Y9, Y8, Y9
	VPMADDUBSW Y9, Y10, Y9
	VPMADDWD   Y15, Y9, Y7

	// Eight rows' eight partial sums to one sum per row, lane k = row k.
	VPHADDD    Y1, Y0, Y0
	VPHADDD    Y3, Y2, Y2
	VPHADDD    Y5, Y4, Y4
	VPHADDD    Y7, Y6, Y6
	VPHADDD    Y2, Y0, Y0
	VPHADDD    Y6, Y4, Y4
	VPERM2I128 $0x20, Y4, Y0, Y1
	VPERM2I128 $0x31, Y4, Y0, Y2
	VPADDD     Y2, Y1, Y1
	VCVTDQ2PS  Y1, Y1

	// The rows' block scales (f16, exact to float32).
	VPINSRW   $0, (AX)(R11*1), X2, X2
	VPINSRW   $1, (BX)(R11*1), X2, X2
	VPINSRW   $2, (CX)(R11*1), X2, X2
	VPINSRW   $3, (DX)(R11*1), X2, X2
	VPINSRW   $4, (SI)(R11*1), X2, X2
	VPINSRW   $5, (R9)(R11*1), X2, X2
	VPINSRW   $6, (R10)(R11*1), X2, X2
	VPINSRW   $7, (R8)(R11*1), X2, X2
	VCVTPH2PS X2, Y2
	VBROADCASTSS (R12), Y3
	VMULPS    Y3, Y2, Y2
	VMULPS    Y2, Y1, Y1
	VADDPS    Y1, Y14, Y14

	ADDQ $34, R11
	ADDQ $32, DI
	ADDQ $4, R12
	DECQ R13
	JNZ  rows8

	MOVQ    out+40(FP), AX
	VMOVUPS Y14, (AX)
	VZEROUPPER
	RET

// func q4Rows8AVX2(rows *byte, stride int, x *int8, xd *float32, nb int, out *float32)
// q8Rows8AVX2 for Q4_0 rows (18-byte blocks: f16 scale, 16 bytes of
// nibbles, element i the low nibble of byte i and element 16+i its high
// nibble, minus 8): the nibbles unpacked to 32 int8 weights in −8…7, then
// the same sums, tree and float operations as q8Rows8AVX2.
TEXT ·q4Rows8AVX2(SB), NOSPLIT, $0-48
	MOVQ rows+0(FP), AX
	MOVQ stride+8(FP), R8
	MOVQ x+16(FP), DI
	MOVQ xd+24(FP), R12
	MOVQ nb+32(FP), R13
	LEAQ (AX)(R8*1), BX
	LEAQ (AX)(R8*2), CX
	LEAQ (BX)(R8*2), DX
	LEAQ (AX)(R8*4), SI
	LEAQ (BX)(R8*4), R9
	LEAQ (CX)(R8*4), R10
	LEAQ (DX)(R8*4), R8
	XORQ R11, R11
	VPCMPEQW Y15, Y15, Y15
	VPSRLW   $15, Y15, Y15
	VXORPS   Y14, Y14, Y14
	MOVL     $0x0f0f0f0f, R11
	MOVQ     R11, X13
	VPBROADCASTD X13, Y13
	MOVL     $0x08080808, R11
	MOVQ     R11, X12
	VPBROADCASTD X12, Y12
	XORQ     R11, R11

rows4:
	VMOVDQU (DI), Y8

	VMOVDQU    2(AX)(R11*1), X9
	VPSRLW     $4, X9, X11
	VINSERTI128 $1, X11, Y9, Y9
	VPAND      Y13, Y9, Y9
	VPSUBB     Y12, Y9, Y9
	VPABSB     Y9, Y10
	VPSIGNB    Y9, Y8, Y9
	VPMADDUBSW Y9, Y10, Y9
	VPMADDWD   Y15, Y9, Y0

	VMOVDQU    2(BX)(R11*1), X9
	VPSRLW     $4, X9, X11
	VINSERTI128 $1, X11, Y9, Y9
	VPAND      Y13, Y9, Y9
	VPSUBB     Y12, Y9, Y9
	VPABSB     Y9, Y10
	VPSIGNB    Y9, Y8, Y9
	VPMADDUBSW Y9, Y10, Y9
	VPMADDWD   Y15, Y9, Y1

	VMOVDQU    2(CX)(R11*1), X9
	VPSRLW     $4, X9, X11
	VINSERTI128 $1, X11, Y9, Y9
	VPAND      Y13, Y9, Y9
	VPSUBB     Y12, Y9, Y9
	VPABSB     Y9, Y10
	VPSIGNB    Y9, Y8, Y9
	VPMADDUBSW Y9, Y10, Y9
	VPMADDWD   Y15, Y9, Y2

	VMOVDQU    2(DX)(R11*1), X9
	VPSRLW     $4, X9, X11
	VINSERTI128 $1, X11, Y9, Y9
	VPAND      Y13, Y9, Y9
	VPSUBB     Y12, Y9, Y9
	VPABSB     Y9, Y10
	VPSIGNB    Y9, Y8, Y9
	VPMADDUBSW Y9, Y10, Y9
	VPMADDWD   Y15, Y9, Y3

	VMOVDQU    2(SI)(R11*1), X9
	VPSRLW     $4, X9, X11
	VINSERTI128 $1, X11, Y9, Y9
	VPAND      Y13, Y9, Y9
	VPSUBB     Y12, Y9, Y9
	VPABSB     Y9, Y10
	VPSIGNB    Y9, Y8, Y9
	VPMADDUBSW Y9, Y10, Y9
	VPMADDWD   Y15, Y9, Y4

	VMOVDQU    2(R9)(R11*1), X9
	VPSRLW     $4, X9, X11
	VINSERTI128 $1, X11, Y9, Y9
	VPAND      Y13, Y9, Y9
	VPSUBB     Y12, Y9, Y9
	VPABSB     Y9, Y10
	VPSIGNB    Y9, Y8, Y9
	VPMADDUBSW Y9, Y10, Y9
	VPMADDWD   Y15, Y9, Y5

	VMOVDQU    2(R10)(R11*1), X9
	VPSRLW     $4, X9, X11
	VINSERTI128 $1, X11, Y9, Y9
	VPAND      Y13, Y9, Y9
	VPSUBB     Y12, Y9, Y9
	VPABSB     Y9, Y10
	VPSIGNB    Y9, Y8, Y9
	VPMADDUBSW Y9, Y10, Y9
	VPMADDWD   Y15, Y9, Y6

	VMOVDQU    2(R8)(R11*1), X9
	VPSRLW     $4, X9, X11
	VINSERTI128 $1, X11, Y9, Y9
	VPAND      Y13, Y9, Y9
	VPSUBB     Y12, Y9, Y9
	VPABSB     Y9, Y10
	VPSIGNB    Y9, Y8, Y9
	VPMADDUBSW Y9, Y10, Y9
	VPMADDWD   Y15, Y9, Y7

	// Eight rows' eight partial sums to one sum per row, lane k = row k.
	VPHADDD    Y1, Y0, Y0
	VPHADDD    Y3, Y2, Y2
	VPHADDD    Y5, Y4, Y4
	VPHADDD    Y7, Y6, Y6
	VPHADDD    Y2, Y0, Y0
	VPHADDD    Y6, Y4, Y4
	VPERM2I128 $0x20, Y4, Y0, Y1
	VPERM2I128 $0x31, Y4, Y0, Y2
	VPADDD     Y2, Y1, Y1
	VCVTDQ2PS  Y1, Y1

	// The rows' block scales (f16, exact to float32).
	VPINSRW   $0, (AX)(R11*1), X2, X2
	VPINSRW   $1, (BX)(R11*1), X2, X2
	VPINSRW   $2, (CX)(R11*1), X2, X2
	VPINSRW   $3, (DX)(R11*1), X2, X2
	VPINSRW   $4, (SI)(R11*1), X2, X2
	VPINSRW   $5, (R9)(R11*1), X2, X2
	VPINSRW   $6, (R10)(R11*1), X2, X2
	VPINSRW   $7, (R8)(R11*1), X2, X2
	VCVTPH2PS X2, Y2
	VBROADCASTSS (R12), Y3
	VMULPS    Y3, Y2, Y2
	VMULPS    Y2, Y1, Y1
	VADDPS    Y1, Y14, Y14

	ADDQ $18, R11
	ADDQ $32, DI
	ADDQ $4, R12
	DECQ R13
	JNZ  rows4

	MOVQ    out+40(FP), AX
	VMOVUPS Y14, (AX)
	VZEROUPPER
	RET
