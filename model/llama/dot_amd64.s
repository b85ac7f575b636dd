//go:build amd64 && !purego

#include "textflag.h"

// The eight-row kernels keep the row bases in AX BX CX DX SI R9 R10 R8 (row
// k at rows+k·stride), the byte offset of the block in R11, the activation
// block at DI and its scale at R12, the block count in R13, ones (int16) in
// Y15 and the eight running sums in Y14.

// ROWSETUP sets the row bases from AX (rows) and R8 (stride), the offset,
// the ones and the sums.
#define ROWSETUP \
	LEAQ (AX)(R8*1), BX; \
	LEAQ (AX)(R8*2), CX; \
	LEAQ (BX)(R8*2), DX; \
	LEAQ (AX)(R8*4), SI; \
	LEAQ (BX)(R8*4), R9; \
	LEAQ (CX)(R8*4), R10; \
	LEAQ (DX)(R8*4), R8; \
	XORQ R11, R11; \
	VPCMPEQW Y15, Y15, Y15; \
	VPSRLW $15, Y15, Y15; \
	VXORPS Y14, Y14, Y14

// DOT8 sets ACC to the eight int32 partial sums of the 32 int8 weights in
// Y9 against the activation block in Y8: |w| unsigned times x with the sign
// of w, pairs to int16 (|w| ≤ 128, |x| ≤ 127: no pair saturates), then
// to int32 with the ones.
#define DOT8(ACC) \
	VPABSB Y9, Y10; \
	VPSIGNB Y9, Y8, Y9; \
	VPMADDUBSW Y9, Y10, Y9; \
	VPMADDWD Y15, Y9, ACC

// Q8ROW loads row R's Q8_0 weights of the block (after the f16 scale).
#define Q8ROW(R, ACC) \
	VMOVDQU 2(R)(R11*1), Y9; \
	DOT8(ACC)

// Q4ROW loads row R's Q4_0 nibbles of the block as 32 int8 weights in
// −8…7: low nibbles first, high nibbles second (mask in Y13, eights in Y12).
#define Q4ROW(R, ACC) \
	VMOVDQU 2(R)(R11*1), X9; \
	VPSRLW $4, X9, X11; \
	VINSERTI128 $1, X11, Y9, Y9; \
	VPAND Y13, Y9, Y9; \
	VPSUBB Y12, Y9, Y9; \
	DOT8(ACC)

// ACCUMULATE reduces the eight rows' partial sums in Y0…Y7 to one int32 per
// row (lane k = row k) with one horizontal tree, converts them to float32
// (exact: |s| < 2^20), multiplies each by float32(dw·xd), dw the row's f16
// block scale (exact in float32) and xd the activation's, and adds the
// products to the running sums: per lane the float operations of dotQ8.
#define ACCUMULATE \
	VPHADDD Y1, Y0, Y0; \
	VPHADDD Y3, Y2, Y2; \
	VPHADDD Y5, Y4, Y4; \
	VPHADDD Y7, Y6, Y6; \
	VPHADDD Y2, Y0, Y0; \
	VPHADDD Y6, Y4, Y4; \
	VPERM2I128 $0x20, Y4, Y0, Y1; \
	VPERM2I128 $0x31, Y4, Y0, Y2; \
	VPADDD Y2, Y1, Y1; \
	VCVTDQ2PS Y1, Y1; \
	VPINSRW $0, (AX)(R11*1), X2, X2; \
	VPINSRW $1, (BX)(R11*1), X2, X2; \
	VPINSRW $2, (CX)(R11*1), X2, X2; \
	VPINSRW $3, (DX)(R11*1), X2, X2; \
	VPINSRW $4, (SI)(R11*1), X2, X2; \
	VPINSRW $5, (R9)(R11*1), X2, X2; \
	VPINSRW $6, (R10)(R11*1), X2, X2; \
	VPINSRW $7, (R8)(R11*1), X2, X2; \
	VCVTPH2PS X2, Y2; \
	VBROADCASTSS (R12), Y3; \
	VMULPS Y3, Y2, Y2; \
	VMULPS Y2, Y1, Y1; \
	VADDPS Y1, Y14, Y14

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
// done together by one horizontal tree), then ACCUMULATE: the float
// operations of dotQ8, lane by lane. out[k] is row k's sum over the nb
// blocks.
TEXT ·q8Rows8AVX2(SB), NOSPLIT, $0-48
	MOVQ rows+0(FP), AX
	MOVQ stride+8(FP), R8
	MOVQ x+16(FP), DI
	MOVQ xd+24(FP), R12
	MOVQ nb+32(FP), R13
	ROWSETUP

q8rows:
	VMOVDQU (DI), Y8
	Q8ROW(AX, Y0)
	Q8ROW(BX, Y1)
	Q8ROW(CX, Y2)
	Q8ROW(DX, Y3)
	Q8ROW(SI, Y4)
	Q8ROW(R9, Y5)
	Q8ROW(R10, Y6)
	Q8ROW(R8, Y7)
	ACCUMULATE
	ADDQ $34, R11
	ADDQ $32, DI
	ADDQ $4, R12
	DECQ R13
	JNZ  q8rows

	MOVQ    out+40(FP), AX
	VMOVUPS Y14, (AX)
	VZEROUPPER
	RET

// func q4Rows8AVX2(rows *byte, stride int, x *int8, xd *float32, nb int, out *float32)
// q8Rows8AVX2 for Q4_0 rows (18-byte blocks: f16 scale, 16 bytes of
// nibbles, element i the low nibble of byte i and element 16+i its high
// nibble, minus 8): the nibbles unpacked to 32 int8 weights, then the same
// sums, tree and float operations.
TEXT ·q4Rows8AVX2(SB), NOSPLIT, $0-48
	MOVQ rows+0(FP), AX
	MOVQ stride+8(FP), R8
	MOVQ x+16(FP), DI
	MOVQ xd+24(FP), R12
	MOVQ nb+32(FP), R13
	ROWSETUP
	MOVL $0x0f0f0f0f, R11
	MOVQ R11, X13
	VPBROADCASTD X13, Y13
	MOVL $0x08080808, R11
	MOVQ R11, X12
	VPBROADCASTD X12, Y12
	XORQ R11, R11

q4rows:
	VMOVDQU (DI), Y8
	Q4ROW(AX, Y0)
	Q4ROW(BX, Y1)
	Q4ROW(CX, Y2)
	Q4ROW(DX, Y3)
	Q4ROW(SI, Y4)
	Q4ROW(R9, Y5)
	Q4ROW(R10, Y6)
	Q4ROW(R8, Y7)
	ACCUMULATE
	ADDQ $18, R11
	ADDQ $32, DI
	ADDQ $4, R12
	DECQ R13
	JNZ  q4rows

	MOVQ    out+40(FP), AX
	VMOVUPS Y14, (AX)
	VZEROUPPER
	RET
