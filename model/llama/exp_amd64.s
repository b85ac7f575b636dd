//go:build amd64 && !purego

#include "textflag.h"

// The Exp kernels compute model.Exp in eight lanes with the operations of
// the Go code in its order, one rounding each (no fused multiply-add), so
// every lane gives the bits model.Exp gives. Loop constants in registers:
// log2e Y15, 0.5 Y14, the sign bit Y13, ln2Hi Y12, ln2Lo Y11, 1.0 Y10 and
// the int32 127 Y9; the others are read from expTab.

// SPLAT fills the 32 bytes of expTab at OFF with the 32-bit value V.
#define SPLAT(OFF, V) \
	DATA expTab<>+(OFF+0)(SB)/4, V; \
	DATA expTab<>+(OFF+4)(SB)/4, V; \
	DATA expTab<>+(OFF+8)(SB)/4, V; \
	DATA expTab<>+(OFF+12)(SB)/4, V; \
	DATA expTab<>+(OFF+16)(SB)/4, V; \
	DATA expTab<>+(OFF+20)(SB)/4, V; \
	DATA expTab<>+(OFF+24)(SB)/4, V; \
	DATA expTab<>+(OFF+28)(SB)/4, V

SPLAT(0, $0x3fb8aa3b)   // log2e
SPLAT(32, $0x3f000000)  // 0.5
SPLAT(64, $0x80000000)  // the sign bit
SPLAT(96, $0x3f317200)  // ln2Hi
SPLAT(128, $0x35bfbe8e) // ln2Lo
SPLAT(160, $0x3f800000) // 1.0
SPLAT(192, $0x0000007f) // 127 (int32)
SPLAT(224, $0x39500d01) // 1/5040
SPLAT(256, $0x3ab60b61) // 1/720
SPLAT(288, $0x3c088889) // 1/120
SPLAT(320, $0x3d2aaaab) // 1/24
SPLAT(352, $0x3e2aaaab) // 1/6
SPLAT(384, $0x3f000000) // 1/2
SPLAT(416, $0x42b17217) // 88.72283: above, +Inf
SPLAT(448, $0xc2aeac4f) // −87.33654: below, 0
SPLAT(480, $0x7f800000) // +Inf
SPLAT(512, $0x7fc00000) // the canonical NaN
GLOBL expTab<>(SB), RODATA|NOPTR, $544

// EXPSETUP loads the register constants.
#define EXPSETUP \
	VMOVUPS expTab<>+0(SB), Y15; \
	VMOVUPS expTab<>+32(SB), Y14; \
	VMOVUPS expTab<>+64(SB), Y13; \
	VMOVUPS expTab<>+96(SB), Y12; \
	VMOVUPS expTab<>+128(SB), Y11; \
	VMOVUPS expTab<>+160(SB), Y10; \
	VMOVUPS expTab<>+192(SB), Y9

// EXP sets R to model.Exp of the eight values in X (kept), with Y1…Y4 as
// scratch: t = x·log2e; k = t ± 0.5 truncated, the half taking the sign of
// t (t + (−0.5) is t − 0.5; at t = −0 either gives k = 0); r = x − k·ln2Hi −
// k·ln2Lo; the Horner steps; where k > 127 the polynomial doubled and k
// less one (elsewhere a product by 1, which is exact); times 2^k built in
// the exponent bits. Lanes above the upper limit become +Inf, below the
// lower one +0, NaN the canonical NaN (the general lanes' values there are
// discarded).
#define EXP(X, R) \
	VMULPS     Y15, X, Y1; \
	VANDPS     Y13, Y1, Y2; \
	VORPS      Y14, Y2, Y2; \
	VADDPS     Y2, Y1, Y1; \
	VCVTTPS2DQ Y1, Y1; \
	VCVTDQ2PS  Y1, Y2; \
	VMULPS     Y12, Y2, Y3; \
	VSUBPS     Y3, X, Y3; \
	VMULPS     Y11, Y2, Y2; \
	VSUBPS     Y2, Y3, Y3; \
	VMULPS     expTab<>+224(SB), Y3, R; \
	VADDPS     expTab<>+256(SB), R, R; \
	VMULPS     Y3, R, R; \
	VADDPS     expTab<>+288(SB), R, R; \
	VMULPS     Y3, R, R; \
	VADDPS     expTab<>+320(SB), R, R; \
	VMULPS     Y3, R, R; \
	VADDPS     expTab<>+352(SB), R, R; \
	VMULPS     Y3, R, R; \
	VADDPS     expTab<>+384(SB), R, R; \
	VMULPS     Y3, R, R; \
	VADDPS     Y10, R, R; \
	VMULPS     Y3, R, R; \
	VADDPS     Y10, R, R; \
	VPCMPGTD   Y9, Y1, Y2; \
	VANDPS     Y10, Y2, Y4; \
	VADDPS     Y10, Y4, Y4; \
	VMULPS     Y4, R, R; \
	VPADDD     Y2, Y1, Y1; \
	VPADDD     Y9, Y1, Y1; \
	VPSLLD     $23, Y1, Y1; \
	VMULPS     Y1, R, R; \
	VCMPPS     $0x1e, expTab<>+416(SB), X, Y2; \
	VBLENDVPS  Y2, expTab<>+480(SB), R, R; \
	VCMPPS     $0x11, expTab<>+448(SB), X, Y2; \
	VANDNPS    R, Y2, R; \
	VCMPPS     $3, X, X, Y2; \
	VBLENDVPS  Y2, expTab<>+512(SB), R, R

// func expShiftAVX2(x *float32, sub float32, n int)
// x[i] = model.Exp(x[i] − sub) for i < 8·n, the difference rounded to
// float32 first as the Go code does.
TEXT ·expShiftAVX2(SB), NOSPLIT, $0-24
	MOVQ         x+0(FP), SI
	VBROADCASTSS sub+8(FP), Y8
	MOVQ         n+16(FP), CX
	EXPSETUP
expshift:
	VMOVUPS (SI), Y0
	VSUBPS  Y8, Y0, Y0
	EXP(Y0, Y5)
	VMOVUPS Y5, (SI)
	ADDQ    $32, SI
	DECQ    CX
	JNZ     expshift
	VZEROUPPER
	RET

// func swigluAVX2(h, gate, up *float32, n int)
// h[i] = canon(gate[i]/(1+model.Exp(−gate[i]))·up[i]) for i < 8·n, as SwiGLU
// computes it: −g by the sign bit, each operation rounded once, a NaN
// result made the canonical NaN.
TEXT ·swigluAVX2(SB), NOSPLIT, $0-32
	MOVQ h+0(FP), DI
	MOVQ gate+8(FP), SI
	MOVQ up+16(FP), DX
	MOVQ n+24(FP), CX
	EXPSETUP
swiglu:
	VMOVUPS   (SI), Y6
	VXORPS    Y13, Y6, Y0
	EXP(Y0, Y5)
	VADDPS    Y10, Y5, Y5
	VDIVPS    Y5, Y6, Y5
	VMULPS    (DX), Y5, Y5
	VCMPPS    $3, Y5, Y5, Y2
	VBLENDVPS Y2, expTab<>+512(SB), Y5, Y5
	VMOVUPS   Y5, (DI)
	ADDQ      $32, SI
	ADDQ      $32, DX
	ADDQ      $32, DI
	DECQ      CX
	JNZ       swiglu
	VZEROUPPER
	RET
