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

