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

// func absMaxAVX2(x *float32, nb int, out *float32)
// out[b] = the largest |x[i]| of block b (32 values), b < nb, as
// quantBlock finds it: starting from 0, a value replaces the maximum only
// when greater (VMAXPS keeps its second source when either is NaN, so a
// NaN never wins); the lanes' maxima are then combined, in any order since
// none is NaN.
TEXT ·absMaxAVX2(SB), NOSPLIT, $0-24
	MOVQ x+0(FP), SI
	MOVQ nb+8(FP), CX
	MOVQ out+16(FP), DX
	VPCMPEQD Y15, Y15, Y15
	VPSRLD   $1, Y15, Y15 // 0x7fffffff: clears the sign
amax:
	VXORPS  Y0, Y0, Y0
	VANDPS  (SI), Y15, Y1
	VMAXPS  Y0, Y1, Y0
	VANDPS  32(SI), Y15, Y1
	VMAXPS  Y0, Y1, Y0
	VANDPS  64(SI), Y15, Y1
	VMAXPS  Y0, Y1, Y0
	VANDPS  96(SI), Y15, Y1
	VMAXPS  Y0, Y1, Y0
	VEXTRACTF128 $1, Y0, X1
	VMAXPS  X1, X0, X0
	VPERMILPS $0x4e, X0, X1
	VMAXPS  X1, X0, X0
	VPERMILPS $0xb1, X0, X1
	VMAXPS  X1, X0, X0
	VMOVSS  X0, (DX)
	ADDQ    $128, SI
	ADDQ    $4, DX
	DECQ    CX
	JNZ     amax
	VZEROUPPER
	RET

// QSCALE sets Y to the 8 values at OFF(SI) times the block's factor (Y14),
// rounded to float32, then rounded half to even (VROUNDPS mode 0), clamped
// to [−127, 127] (Y13, Y12), a NaN product made 0, and converted to int32
// (exactly: the values are whole).
#define QSCALE(OFF, Y) \
	VMULPS   OFF(SI), Y14, Y; \
	VCMPPS   $7, Y, Y, Y11; \
	VROUNDPS $0, Y, Y; \
	VMINPS   Y13, Y, Y; \
	VMAXPS   Y12, Y, Y; \
	VANDPS   Y11, Y, Y; \
	VCVTPS2DQ Y, Y

// func quantScaleAVX2(x *float32, id *float32, nb int, q *int8)
// q[32·b+i] = roundEven(x[32·b+i]·id[b]) for b < nb, i < 32, as quantBlock
// computes it: the four vectors of int32 packed with signed saturation
// (the values are within ±127) to bytes, whose dword order the packs
// interleave per 128-bit lane; VPERMD with quantPerm restores it.
TEXT ·quantScaleAVX2(SB), NOSPLIT, $0-32
	MOVQ x+0(FP), SI
	MOVQ id+8(FP), BX
	MOVQ nb+16(FP), CX
	MOVQ q+24(FP), DI
	MOVL $0x42fe0000, AX // 127.0
	MOVQ AX, X13
	VBROADCASTSS X13, Y13
	MOVL $0xc2fe0000, AX // -127.0
	MOVQ AX, X12
	VBROADCASTSS X12, Y12
	VMOVDQU quantPerm<>(SB), Y10
qscale:
	VBROADCASTSS (BX), Y14
	QSCALE(0, Y0)
	QSCALE(32, Y1)
	QSCALE(64, Y2)
	QSCALE(96, Y3)
	VPACKSSDW Y1, Y0, Y0
	VPACKSSDW Y3, Y2, Y2
	VPACKSSWB Y2, Y0, Y0
	VPERMD    Y0, Y10, Y0
	VMOVDQU   Y0, (DI)
	ADDQ      $128, SI
	ADDQ      $4, BX
	ADDQ      $32, DI
	DECQ      CX
	JNZ       qscale
	VZEROUPPER
	RET

// quantPerm is the dword order of the packed bytes: after the two packs,
// dword j of the result holds four values of vector (j mod 4) from its
// half j/4; the values in order are dwords 0, 4, 1, 5, 2, 6, 3, 7.
DATA quantPerm<>+0(SB)/4, $0
DATA quantPerm<>+4(SB)/4, $4
DATA quantPerm<>+8(SB)/4, $1
DATA quantPerm<>+12(SB)/4, $5
DATA quantPerm<>+16(SB)/4, $2
DATA quantPerm<>+20(SB)/4, $6
DATA quantPerm<>+24(SB)/4, $3
DATA quantPerm<>+28(SB)/4, $7
GLOBL quantPerm<>(SB), RODATA|NOPTR, $32

// func dots8AVX2(q *float32, rows *float32, stride int, hd int, out *float32)
// out[k] = Σ_i q[i]·rows[k·stride+i] for k < 8, i < hd (a multiple of 8),
// in lane k, the products rounded and added in order of i from 0, as the
// Go loop of attention does (no fused multiply-add): each step loads eight
// values of each of the eight rows, transposes them so that vector j holds
// element i+j of every row, and adds q[i+j] times it.
TEXT ·dots8AVX2(SB), NOSPLIT, $0-40
	MOVQ q+0(FP), DI
	MOVQ rows+8(FP), AX
	MOVQ stride+16(FP), R8
	SHLQ $2, R8
	MOVQ hd+24(FP), R12
	LEAQ (AX)(R8*1), BX
	LEAQ (AX)(R8*2), CX
	LEAQ (BX)(R8*2), DX
	LEAQ (AX)(R8*4), SI
	LEAQ (BX)(R8*4), R9
	LEAQ (CX)(R8*4), R10
	LEAQ (DX)(R8*4), R8
	XORQ R11, R11
	VXORPS Y0, Y0, Y0
dots8:
	VMOVUPS (AX)(R11*4), Y1
	VMOVUPS (BX)(R11*4), Y2
	VMOVUPS (CX)(R11*4), Y3
	VMOVUPS (DX)(R11*4), Y4
	VMOVUPS (SI)(R11*4), Y5
	VMOVUPS (R9)(R11*4), Y6
	VMOVUPS (R10)(R11*4), Y7
	VMOVUPS (R8)(R11*4), Y8
	VUNPCKLPS Y2, Y1, Y9        // a0 b0 a1 b1 | a4 b4 a5 b5
	VUNPCKHPS Y2, Y1, Y10       // a2 b2 a3 b3 | a6 b6 a7 b7
	VUNPCKLPS Y4, Y3, Y1        // c0 d0 c1 d1 | …
	VUNPCKHPS Y4, Y3, Y2
	VSHUFPS   $0x44, Y1, Y9, Y3 // a0 b0 c0 d0 | a4 b4 c4 d4
	VSHUFPS   $0xee, Y1, Y9, Y4 // a1 b1 c1 d1 | a5 …
	VSHUFPS   $0x44, Y2, Y10, Y9 // a2 … | a6 …
	VSHUFPS   $0xee, Y2, Y10, Y1 // a3 … | a7 …
	VUNPCKLPS Y6, Y5, Y2
	VUNPCKHPS Y6, Y5, Y10
	VUNPCKLPS Y8, Y7, Y5
	VUNPCKHPS Y8, Y7, Y6
	VSHUFPS   $0x44, Y5, Y2, Y7  // e0 f0 g0 h0 | e4 …
	VSHUFPS   $0xee, Y5, Y2, Y8
	VSHUFPS   $0x44, Y6, Y10, Y11
	VSHUFPS   $0xee, Y6, Y10, Y12
	VPERM2F128 $0x20, Y7, Y3, Y2  // element 0 of the eight rows
	VPERM2F128 $0x20, Y8, Y4, Y5  // 1
	VPERM2F128 $0x20, Y11, Y9, Y6 // 2
	VPERM2F128 $0x20, Y12, Y1, Y10 // 3
	VPERM2F128 $0x31, Y7, Y3, Y3  // 4
	VPERM2F128 $0x31, Y8, Y4, Y4  // 5
	VPERM2F128 $0x31, Y11, Y9, Y9 // 6
	VPERM2F128 $0x31, Y12, Y1, Y1 // 7
	VBROADCASTSS 0(DI)(R11*4), Y13
	VMULPS Y2, Y13, Y13
	VADDPS Y13, Y0, Y0
	VBROADCASTSS 4(DI)(R11*4), Y13
	VMULPS Y5, Y13, Y13
	VADDPS Y13, Y0, Y0
	VBROADCASTSS 8(DI)(R11*4), Y13
	VMULPS Y6, Y13, Y13
	VADDPS Y13, Y0, Y0
	VBROADCASTSS 12(DI)(R11*4), Y13
	VMULPS Y10, Y13, Y13
	VADDPS Y13, Y0, Y0
	VBROADCASTSS 16(DI)(R11*4), Y13
	VMULPS Y3, Y13, Y13
	VADDPS Y13, Y0, Y0
	VBROADCASTSS 20(DI)(R11*4), Y13
	VMULPS Y4, Y13, Y13
	VADDPS Y13, Y0, Y0
	VBROADCASTSS 24(DI)(R11*4), Y13
	VMULPS Y9, Y13, Y13
	VADDPS Y13, Y0, Y0
	VBROADCASTSS 28(DI)(R11*4), Y13
	VMULPS Y1, Y13, Y13
	VADDPS Y13, Y0, Y0
	ADDQ $8, R11
	CMPQ R11, R12
	JLT  dots8
	MOVQ out+32(FP), AX
	VMOVUPS Y0, (AX)
	VZEROUPPER
	RET

// func weightedSumAVX2(o *float32, vals *float32, stride int, p *float32, n int, hd int)
// o[i] = Σ_t p[t]·vals[t·stride+i] for i < hd (a multiple of 8), t < n
// (n ≥ 1), each lane from 0 adding the rounded products in order of t, as
// the Go loop of attention does: two strips of eight values at a time
// (independent sums), then one.
TEXT ·weightedSumAVX2(SB), NOSPLIT, $0-48
	MOVQ o+0(FP), DI
	MOVQ vals+8(FP), SI
	MOVQ stride+16(FP), R8
	SHLQ $2, R8
	MOVQ p+24(FP), R9
	MOVQ n+32(FP), R10
	MOVQ hd+40(FP), R11
	SHRQ $3, R11 // strips left
wpair:
	CMPQ R11, $2
	JLT  wone
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	MOVQ SI, AX
	XORQ CX, CX
wpairt:
	VBROADCASTSS (R9)(CX*4), Y2
	VMULPS (AX), Y2, Y3
	VMULPS 32(AX), Y2, Y4
	VADDPS Y3, Y0, Y0
	VADDPS Y4, Y1, Y1
	ADDQ R8, AX
	INCQ CX
	CMPQ CX, R10
	JLT  wpairt
	VMOVUPS Y0, (DI)
	VMOVUPS Y1, 32(DI)
	ADDQ $64, DI
	ADDQ $64, SI
	SUBQ $2, R11
	JMP  wpair
wone:
	CMPQ R11, $0
	JEQ  wdone
	VXORPS Y0, Y0, Y0
	MOVQ SI, AX
	XORQ CX, CX
wonet:
	VBROADCASTSS (R9)(CX*4), Y2
	VMULPS (AX), Y2, Y3
	VADDPS Y3, Y0, Y0
	ADDQ R8, AX
	INCQ CX
	CMPQ CX, R10
	JLT  wonet
	VMOVUPS Y0, (DI)
wdone:
	VZEROUPPER
	RET

// func q8RowsAVX2(rows *byte, stride int, x *int8, xd *float32, nb int, out *float32, groups int)
// q8Rows8AVX2 of groups runs of eight rows one after the other (group g
// starts at rows+8·g·stride), each group's eight sums made canonical (a NaN
// becomes 0x7fc00000, as canon does) and stored at out+8·g: one call for a
// whole range of rows, so short rows do not pay a call per group. The loop
// state (row base, output, groups left) lives in the argument slots.
TEXT ·q8RowsAVX2(SB), NOSPLIT, $0-56
	MOVL $0x7fc00000, AX
	MOVQ AX, X13
	VBROADCASTSS X13, Y13
q8group:
	MOVQ rows+0(FP), AX
	MOVQ stride+8(FP), R8
	MOVQ x+16(FP), DI
	MOVQ xd+24(FP), R12
	MOVQ nb+32(FP), R13
	ROWSETUP

q8grows:
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
	JNZ  q8grows

	VCMPPS    $3, Y14, Y14, Y12 // unordered: NaN lanes
	VBLENDVPS Y12, Y13, Y14, Y14
	MOVQ      out+40(FP), AX
	VMOVUPS   Y14, (AX)
	ADDQ      $32, out+40(FP)
	MOVQ      stride+8(FP), R8
	SHLQ      $3, R8
	ADDQ      R8, rows+0(FP)
	DECQ      groups+48(FP)
	JNZ       q8group
	VZEROUPPER
	RET

// HSUM8 reduces the eight vectors of int32 partial sums Y0…Y7 to Y1, lane
// k the sum of vector k (integer adds: exact in any order).
#define HSUM8 \
	VPHADDD Y1, Y0, Y0; \
	VPHADDD Y3, Y2, Y2; \
	VPHADDD Y5, Y4, Y4; \
	VPHADDD Y7, Y6, Y6; \
	VPHADDD Y2, Y0, Y0; \
	VPHADDD Y6, Y4, Y4; \
	VPERM2I128 $0x20, Y4, Y0, Y1; \
	VPERM2I128 $0x31, Y4, Y0, Y2; \
	VPADDD Y2, Y1, Y1

// Q4KPAIR sets LO and HI to the int32 partial sums of the low and the high
// nibbles of the 32 bytes at OFF(SI) (sub-blocks 2p and 2p+1 of a Q4_K
// super-block, values 0…15) against the activations at OFF·2(DI) and
// OFF·2+32(DI): VPMADDUBSW takes the nibbles unsigned, the activations
// signed (|pair| ≤ 2·15·127: no saturation), VPMADDWD the pairs to int32.
#define Q4KPAIR(OFF, XOFF, XOFF2, LO, HI) \
	VMOVDQU OFF(SI), Y8; \
	VPSRLW $4, Y8, Y9; \
	VPAND Y13, Y8, Y8; \
	VPAND Y13, Y9, Y9; \
	VPMADDUBSW XOFF(DI), Y8, Y8; \
	VPMADDUBSW XOFF2(DI), Y9, Y9; \
	VPMADDWD Y15, Y8, LO; \
	VPMADDWD Y15, Y9, HI

// XSUM sets ACC to the int32 partial sums of the 32 activations at OFF(DI)
// (ones unsigned in Y14 times the activations signed).
#define XSUM(OFF, ACC) \
	VPMADDUBSW OFF(DI), Y14, ACC; \
	VPMADDWD Y15, ACC, ACC

// ADDLANES adds the eight lanes of Y (X its low half) to the float32 in
// lane 0 of ACC one at a time, lane 0 first, each sum rounded: the order
// of a Go loop over them (T is scratch; Y is clobbered).
#define ADDLANES(Y, X, ACC, T) \
	VADDSS X, ACC, ACC; \
	VMOVSHDUP X, T; \
	VADDSS T, ACC, ACC; \
	VPERMILPS $0xaa, X, T; \
	VADDSS T, ACC, ACC; \
	VPERMILPS $0xff, X, T; \
	VADDSS T, ACC, ACC; \
	VEXTRACTF128 $1, Y, X; \
	VADDSS X, ACC, ACC; \
	VMOVSHDUP X, T; \
	VADDSS T, ACC, ACC; \
	VPERMILPS $0xaa, X, T; \
	VADDSS T, ACC, ACC; \
	VPERMILPS $0xff, X, T; \
	VADDSS T, ACC, ACC

// func q4kRowAVX2(row *byte, x *int8, xd *float32, nsb int) float32
// dotQ4K of the nsb Q4_K super-blocks at row (144 bytes each: f16 d and
// dmin, 12 bytes of six-bit scales and mins, 128 bytes of nibbles) against
// x (scales xd): per super-block p[j] = Σ q·x and px[j] = Σ x of each
// sub-block j (Q4KPAIR, XSUM, one HSUM8 tree each; lane j = sub-block j),
// the scales and mins unpacked with 32-bit masks (for j < 4 the low six
// bits of bytes j and j+4; for j ≥ 4 the nibbles of byte j+4 with the top
// two bits of bytes j−4 and j above them), then in lane j
// float32(float32(sc·p)·float32(d·dx)) − float32(float32(mn·px)·float32(dmin·dx))
// and the eight lanes added to the sum in order (ADDLANES).
TEXT ·q4kRowAVX2(SB), NOSPLIT, $0-36
	MOVQ row+0(FP), SI
	ADDQ $16, SI // the nibbles; the header is at −16(SI)
	MOVQ x+8(FP), DI
	MOVQ xd+16(FP), R12
	MOVQ nsb+24(FP), CX
	VPCMPEQW Y15, Y15, Y15
	VPSRLW   $15, Y15, Y15 // int16 ones
	VPCMPEQB Y14, Y14, Y14
	VPABSB   Y14, Y14      // int8 ones
	MOVL $0x0f0f0f0f, AX
	MOVQ AX, X13
	VPBROADCASTD X13, Y13
	VXORPS X12, X12, X12 // the sum
q4ksb:
	Q4KPAIR(0, 0, 32, Y0, Y1)
	Q4KPAIR(32, 64, 96, Y2, Y3)
	Q4KPAIR(64, 128, 160, Y4, Y5)
	Q4KPAIR(96, 192, 224, Y6, Y7)
	HSUM8
	VMOVDQU Y1, Y10 // p
	XSUM(0, Y0)
	XSUM(32, Y1)
	XSUM(64, Y2)
	XSUM(96, Y3)
	XSUM(128, Y4)
	XSUM(160, Y5)
	XSUM(192, Y6)
	XSUM(224, Y7)
	HSUM8           // px in Y1
	MOVL -12(SI), AX // scale bytes 0…3
	MOVL -8(SI), BX  // 4…7
	MOVL -4(SI), DX  // 8…11
	MOVL AX, R8
	ANDL $0x3f3f3f3f, R8 // sc 0…3
	MOVL DX, R9
	ANDL $0x0f0f0f0f, R9
	MOVL AX, R10
	SHRL $6, R10
	ANDL $0x03030303, R10
	SHLL $4, R10
	ORL  R10, R9 // sc 4…7
	SHLQ $32, R9
	ORQ  R8, R9
	MOVQ R9, X2
	VPMOVZXBD X2, Y2 // sc
	MOVL BX, R10
	ANDL $0x3f3f3f3f, R10 // mn 0…3
	MOVL DX, R11
	SHRL $4, R11
	ANDL $0x0f0f0f0f, R11
	MOVL BX, R13
	SHRL $6, R13
	ANDL $0x03030303, R13
	SHLL $4, R13
	ORL  R13, R11 // mn 4…7
	SHLQ $32, R11
	ORQ  R10, R11
	MOVQ R11, X3
	VPMOVZXBD X3, Y3 // mn
	MOVL -16(SI), AX
	MOVQ AX, X4
	VCVTPH2PS X4, X4 // d, dmin
	VBROADCASTSS X4, Y5
	VMOVSHDUP X4, X6
	VBROADCASTSS X6, Y6
	VMOVUPS (R12), Y7 // dx of the eight sub-blocks
	VPMULLD Y10, Y2, Y2
	VCVTDQ2PS Y2, Y2
	VMULPS Y7, Y5, Y5
	VMULPS Y5, Y2, Y2
	VPMULLD Y1, Y3, Y3
	VCVTDQ2PS Y3, Y3
	VMULPS Y7, Y6, Y6
	VMULPS Y6, Y3, Y3
	VSUBPS Y3, Y2, Y2
	ADDLANES(Y2, X2, X12, X3)
	ADDQ $144, SI
	ADDQ $256, DI
	ADDQ $32, R12
	DECQ CX
	JNZ  q4ksb
	VMOVSS X12, ret+32(FP)
	VZEROUPPER
	RET

// Q6KDOT sets ACC to the int32 partial sums of the 32 six-bit values in Y
// (already minus 32: −32…31) against the activations at OFF(DI): |q|
// unsigned times x with the sign of q, pairs to int16 (|pair| ≤ 2·32·127),
// then to int32; lanes 0…3 cover values 0…15, lanes 4…7 values 16…31.
#define Q6KDOT(Y, OFF, ACC) \
	VPSUBB Y12, Y, Y; \
	VPABSB Y, Y10; \
	VMOVDQU OFF(DI), Y11; \
	VPSIGNB Y, Y11, Y11; \
	VPMADDUBSW Y11, Y10, Y10; \
	VPMADDWD Y15, Y10, ACC

// Q6KHALF unpacks half n of a Q6_K super-block (ql at QL(SI), qh at
// QH(SI), activations from XO(DI)) and sets A…D to the partial sums of its
// four runs of 32 values (value 128·n+32·r+l for run r):
//   run 0: low nibble of ql[l]    | bits 0–1 of qh[l] << 4
//   run 1: low nibble of ql[32+l] | bits 2–3 of qh[l] << 4
//   run 2: high nibble of ql[l]   | bits 4–5 of qh[l] << 4
//   run 3: high nibble of ql[32+l] | bits 6–7 of qh[l] << 4
// (word shifts, then masks that drop what crossed from the next byte).
#define Q6KHALF(QL, QH, XO, A, B, C, D) \
	VMOVDQU QL(SI), Y4; \
	VMOVDQU QL+32(SI), Y5; \
	VMOVDQU QH(SI), Y6; \
	VPAND Y13, Y4, Y0; \
	VPSLLW $4, Y6, Y7; \
	VPAND Y14, Y7, Y7; \
	VPOR Y7, Y0, Y0; \
	VPAND Y13, Y5, Y1; \
	VPSLLW $2, Y6, Y7; \
	VPAND Y14, Y7, Y7; \
	VPOR Y7, Y1, Y1; \
	VPSRLW $4, Y4, Y2; \
	VPAND Y13, Y2, Y2; \
	VPAND Y14, Y6, Y7; \
	VPOR Y7, Y2, Y2; \
	VPSRLW $4, Y5, Y3; \
	VPAND Y13, Y3, Y3; \
	VPSRLW $2, Y6, Y7; \
	VPAND Y14, Y7, Y7; \
	VPOR Y7, Y3, Y3; \
	Q6KDOT(Y0, XO, A); \
	Q6KDOT(Y1, XO+32, B); \
	Q6KDOT(Y2, XO+64, C); \
	Q6KDOT(Y3, XO+96, D)

// func q6kRowAVX2(row *byte, x *int8, xd *float32, nsb int) float32
// dotQ6K of the nsb Q6_K super-blocks at row (210 bytes each: ql at 0, qh
// at 128, int8 scales at 192, f16 d at 208) against x (scales xd): per
// super-block the sixteen sums of 16 values (Q6KHALF twice, each half's
// HSUM8-style pairs put in value order by VPERMD with quantPerm, kept in
// the frame), times their scales (VPMULLD), pairs added (VPHADDD, then
// VPERMQ to sub-block order: s_j = sc[2j]·p[2j] + sc[2j+1]·p[2j+1] in
// int32), then in lane j float32(float32(s_j)·float32(d·dx_j)) and the
// eight lanes added to the sum (kept at 64(SP)) in order.
TEXT ·q6kRowAVX2(SB), NOSPLIT, $72-36
	MOVQ row+0(FP), SI
	MOVQ x+8(FP), DI
	MOVQ xd+16(FP), R12
	MOVQ nsb+24(FP), CX
	VPCMPEQW Y15, Y15, Y15
	VPSRLW   $15, Y15, Y15 // int16 ones
	MOVL $0x0f0f0f0f, DX
	MOVQ DX, X13
	VPBROADCASTD X13, Y13
	MOVL $0x30303030, DX
	MOVQ DX, X14
	VPBROADCASTD X14, Y14
	MOVL $0x20202020, DX
	MOVQ DX, X12
	VPBROADCASTD X12, Y12
	VMOVDQU quantPerm<>(SB), Y9
	VXORPS X0, X0, X0
	VMOVSS X0, 64(SP) // the sum
q6ksb:
	Q6KHALF(0, 128, 0, Y8, Y4, Y5, Y6)
	VPHADDD Y4, Y8, Y8
	VPHADDD Y6, Y5, Y5
	VPHADDD Y5, Y8, Y8
	VPERMD  Y8, Y9, Y8
	VMOVDQU Y8, 0(SP)
	Q6KHALF(64, 160, 128, Y8, Y4, Y5, Y6)
	VPHADDD Y4, Y8, Y8
	VPHADDD Y6, Y5, Y5
	VPHADDD Y5, Y8, Y8
	VPERMD  Y8, Y9, Y8
	VPMOVSXBD 192(SI), Y0
	VPMOVSXBD 200(SI), Y1
	VPMULLD 0(SP), Y0, Y0
	VPMULLD Y8, Y1, Y1
	VPHADDD Y1, Y0, Y0
	VPERMQ  $0xd8, Y0, Y0
	VCVTDQ2PS Y0, Y0
	MOVWLZX 208(SI), AX
	MOVQ AX, X1
	VCVTPH2PS X1, X1
	VBROADCASTSS X1, Y1
	VMULPS (R12), Y1, Y1
	VMULPS Y1, Y0, Y0
	VMOVSS 64(SP), X2
	ADDLANES(Y0, X0, X2, X3)
	VMOVSS X2, 64(SP)
	ADDQ $210, SI
	ADDQ $256, DI
	ADDQ $32, R12
	DECQ CX
	JNZ  q6ksb
	VMOVSS 64(SP), X0
	VMOVSS X0, ret+32(FP)
	VZEROUPPER
	RET
