//go:build ignore

// This program writes keccak_amd64.s: keccak-f[1600] over eight states at
// once in AVX-512 registers and over four states at once with AVX2, each
// wrapped as keccak256 of 64-byte inputs. The round constants and the
// rotation offsets are derived here from their definitions (FIPS 202 §3.2),
// not typed in; the tests compare the result with go-ethereum's keccak256.
//
//	go run keccak_gen.go
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

// roundConstants returns RC[0..23] from the LFSR rc(t) of FIPS 202.
func roundConstants() [24]uint64 {
	rc := func(t int) uint64 {
		if t%255 == 0 {
			return 1
		}
		r := uint16(1)
		for i := 1; i <= t%255; i++ {
			r <<= 1
			if r&0x100 != 0 {
				r ^= 0x171
			}
		}
		return uint64(r & 1)
	}
	var out [24]uint64
	for i := range out {
		for j := 0; j <= 6; j++ {
			out[i] |= rc(j+7*i) << ((1 << j) - 1)
		}
	}
	return out
}

// rotations returns r[x+5y], the ρ offsets: walking (x, y) from (1, 0) by
// (x, y) → (y, 2x+3y), step t gets (t+1)(t+2)/2 mod 64.
func rotations() [25]int {
	var r [25]int
	x, y := 1, 0
	for t := 0; t < 24; t++ {
		r[x+5*y] = ((t + 1) * (t + 2) / 2) % 64
		x, y = y, (2*x+3*y)%5
	}
	return r
}

// ternlog returns the VPTERNLOGQ immediate of f(a, b, c), where a is the
// destination operand, b the second and c the third (Intel order).
func ternlog(f func(a, b, c bool) bool) int {
	imm := 0
	for i := 0; i < 8; i++ {
		if f(i&4 != 0, i&2 != 0, i&1 != 0) {
			imm |= 1 << i
		}
	}
	return imm
}

type asm struct{ b bytes.Buffer }

func (a *asm) f(format string, args ...any) { fmt.Fprintf(&a.b, "\t"+format+"\n", args...) }
func (a *asm) raw(s string)                 { a.b.WriteString(s) }

// avx512 writes keccak256x8AVX512: lane k of register phys[j] is word j of
// state k. The register that holds a lane changes as ρ∘π renames lanes and
// χ writes through two copies; the generator tracks the mapping.
func avx512(a *asm, rc [24]uint64, rot [25]int) {
	xor3 := ternlog(func(a, b, c bool) bool { return a != b != c })
	chi := ternlog(func(a, b, c bool) bool { return a != (!b && c) })
	var phys [25]int
	for j := range phys {
		phys[j] = j
	}
	free := []int{25, 26, 27, 28, 29, 30, 31}
	take := func() int { r := free[0]; free = free[1:]; return r }
	give := func(r int) { free = append(free, r) }

	a.raw(`
// func keccak256x8AVX512(dst *[8]Hash, src *[512]byte)
TEXT ·keccak256x8AVX512(SB), NOSPLIT, $0-16
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
`)
	// Load the eight inputs (Z0..Z7) and transpose them so that Zj holds
	// word j of each: qword pairs within 128-bit blocks (Z8..Z15), then
	// blocks across registers twice (Z16..Z23, then Z0..Z7).
	for k := 0; k < 8; k++ {
		a.f("VMOVDQU64 %d(SI), Z%d", 64*k, k)
	}
	for i := 0; i < 4; i++ {
		a.f("VPUNPCKLQDQ Z%d, Z%d, Z%d", 2*i+1, 2*i, 8+2*i)
		a.f("VPUNPCKHQDQ Z%d, Z%d, Z%d", 2*i+1, 2*i, 9+2*i)
	}
	// Even t (words 0, 2, 4, 6) into Z16..Z19, odd t into Z20..Z23.
	for odd := 0; odd < 2; odd++ {
		t := func(i int) int { return 8 + 2*i + odd }
		u := 16 + 4*odd
		a.f("VSHUFI64X2 $0x88, Z%d, Z%d, Z%d", t(1), t(0), u)
		a.f("VSHUFI64X2 $0xdd, Z%d, Z%d, Z%d", t(1), t(0), u+1)
		a.f("VSHUFI64X2 $0x88, Z%d, Z%d, Z%d", t(3), t(2), u+2)
		a.f("VSHUFI64X2 $0xdd, Z%d, Z%d, Z%d", t(3), t(2), u+3)
		a.f("VSHUFI64X2 $0x88, Z%d, Z%d, Z%d", u+2, u, odd)
		a.f("VSHUFI64X2 $0xdd, Z%d, Z%d, Z%d", u+2, u, 4+odd)
		a.f("VSHUFI64X2 $0x88, Z%d, Z%d, Z%d", u+3, u+1, 2+odd)
		a.f("VSHUFI64X2 $0xdd, Z%d, Z%d, Z%d", u+3, u+1, 6+odd)
	}
	for j := 8; j < 25; j++ {
		switch j {
		case 8:
			a.f("VPBROADCASTQ pad<>+0(SB), Z8")
		case 16:
			a.f("VPBROADCASTQ pad<>+8(SB), Z16")
		default:
			a.f("VPXORQ Z%d, Z%d, Z%d", j, j, j)
		}
	}
	for round := 0; round < 24; round++ {
		a.f("// round %d", round)
		// θ: C[x] = ⊕_y A[x,y]; A[x,y] ^= C[x-1] ^ rol(C[x+1], 1).
		var c [5]int
		for x := 0; x < 5; x++ {
			c[x] = take()
			a.f("VPXORQ Z%d, Z%d, Z%d", phys[x+5], phys[x], c[x])
			a.f("VPTERNLOGQ $0x%02x, Z%d, Z%d, Z%d", xor3, phys[x+15], phys[x+10], c[x])
			a.f("VPXORQ Z%d, Z%d, Z%d", phys[x+20], c[x], c[x])
		}
		for x := 0; x < 5; x++ {
			t := take()
			a.f("VPROLQ $1, Z%d, Z%d", c[(x+1)%5], t)
			for y := 0; y < 5; y++ {
				a.f("VPTERNLOGQ $0x%02x, Z%d, Z%d, Z%d", xor3, t, c[(x+4)%5], phys[x+5*y])
			}
			give(t)
		}
		for _, r := range c {
			give(r)
		}
		// ρ and π: B[y, 2x+3y] = rol(A[x,y], r[x,y]), in place, renamed.
		var next [25]int
		for x := 0; x < 5; x++ {
			for y := 0; y < 5; y++ {
				p := phys[x+5*y]
				if r := rot[x+5*y]; r != 0 {
					a.f("VPROLQ $%d, Z%d, Z%d", r, p, p)
				}
				next[y+5*((2*x+3*y)%5)] = p
			}
		}
		phys = next
		// χ: A[x,y] = B[x,y] ^ (^B[x+1,y] & B[x+2,y]), through copies of
		// B[0,y] and B[1,y], which the last two lanes of the row need.
		for y := 0; y < 5; y++ {
			b := phys[5*y : 5*y+5]
			t0, t1 := take(), take()
			a.f("VMOVDQA64 Z%d, Z%d", b[0], t0)
			a.f("VMOVDQA64 Z%d, Z%d", b[1], t1)
			a.f("VPTERNLOGQ $0x%02x, Z%d, Z%d, Z%d", chi, b[2], b[1], b[0])
			a.f("VPTERNLOGQ $0x%02x, Z%d, Z%d, Z%d", chi, b[3], b[2], b[1])
			a.f("VPTERNLOGQ $0x%02x, Z%d, Z%d, Z%d", chi, b[4], b[3], b[2])
			a.f("VPTERNLOGQ $0x%02x, Z%d, Z%d, Z%d", chi, t0, b[4], b[3])
			a.f("VPTERNLOGQ $0x%02x, Z%d, Z%d, Z%d", chi, t1, t0, b[4])
			give(t0)
			give(t1)
		}
		// ι
		a.f("VPXORQ.BCST rc<>+%d(SB), Z%d, Z%d", 8*round, phys[0], phys[0])
	}
	// Words 0..3 of the eight states, transposed back: two 32-byte hashes
	// per register, stored in order.
	var spare []int
	for r := 0; r < 32; r++ {
		if r != phys[0] && r != phys[1] && r != phys[2] && r != phys[3] {
			spare = append(spare, r)
		}
	}
	w, q, o := spare[0:4], spare[4:8], spare[8:12]
	a.f("VPUNPCKLQDQ Z%d, Z%d, Z%d", phys[1], phys[0], w[0])
	a.f("VPUNPCKHQDQ Z%d, Z%d, Z%d", phys[1], phys[0], w[1])
	a.f("VPUNPCKLQDQ Z%d, Z%d, Z%d", phys[3], phys[2], w[2])
	a.f("VPUNPCKHQDQ Z%d, Z%d, Z%d", phys[3], phys[2], w[3])
	a.f("VSHUFI64X2 $0x88, Z%d, Z%d, Z%d", w[2], w[0], q[0])
	a.f("VSHUFI64X2 $0x88, Z%d, Z%d, Z%d", w[3], w[1], q[1])
	a.f("VSHUFI64X2 $0xdd, Z%d, Z%d, Z%d", w[2], w[0], q[2])
	a.f("VSHUFI64X2 $0xdd, Z%d, Z%d, Z%d", w[3], w[1], q[3])
	a.f("VSHUFI64X2 $0x88, Z%d, Z%d, Z%d", q[1], q[0], o[0])
	a.f("VSHUFI64X2 $0x88, Z%d, Z%d, Z%d", q[3], q[2], o[1])
	a.f("VSHUFI64X2 $0xdd, Z%d, Z%d, Z%d", q[1], q[0], o[2])
	a.f("VSHUFI64X2 $0xdd, Z%d, Z%d, Z%d", q[3], q[2], o[3])
	for m := 0; m < 4; m++ {
		a.f("VMOVDQU64 Z%d, %d(DI)", o[m], 64*m)
	}
	a.f("VZEROUPPER")
	a.f("RET")
}

// avx2 writes keccak256x4AVX2: the state of four lanes per word lives in
// the frame, at 0(SP) and, for the other half of each round, 800(SP); a
// round reads one and writes the other.
func avx2(a *asm, rot [25]int) {
	a.raw(`
// func keccak256x4AVX2(dst *[4]Hash, src *[256]byte)
TEXT ·keccak256x4AVX2(SB), 0, $1600-16
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
`)
	a.f("VMOVDQU gather4<>(SB), Y15")
	for j := 0; j < 8; j++ {
		a.f("VPCMPEQQ Y14, Y14, Y14")
		a.f("VPGATHERQQ Y14, %d(SI)(Y15*1), Y%d", 8*j, j)
		a.f("VMOVDQU Y%d, %d(SP)", j, 32*j)
	}
	a.f("VPXOR Y0, Y0, Y0")
	a.f("VPBROADCASTQ pad<>+0(SB), Y1")
	a.f("VPBROADCASTQ pad<>+8(SB), Y2")
	for j := 8; j < 25; j++ {
		switch j {
		case 8:
			a.f("VMOVDQU Y1, %d(SP)", 32*j)
		case 16:
			a.f("VMOVDQU Y2, %d(SP)", 32*j)
		default:
			a.f("VMOVDQU Y0, %d(SP)", 32*j)
		}
	}
	for round := 0; round < 24; round++ {
		src, dst := 0, 800
		if round%2 == 1 {
			src, dst = 800, 0
		}
		a.f("// round %d", round)
		// θ: C[x] in Y0..Y4, D[x] in Y5..Y9.
		for x := 0; x < 5; x++ {
			a.f("VMOVDQU %d(SP), Y%d", src+32*x, x)
			for y := 1; y < 5; y++ {
				a.f("VPXOR %d(SP), Y%d, Y%d", src+32*(x+5*y), x, x)
			}
		}
		for x := 0; x < 5; x++ {
			cr := (x + 1) % 5
			a.f("VPSLLQ $1, Y%d, Y10", cr)
			a.f("VPSRLQ $63, Y%d, Y11", cr)
			a.f("VPOR Y11, Y10, Y10")
			a.f("VPXOR Y%d, Y10, Y%d", (x+4)%5, 5+x)
		}
		// Row by row of the output: B[x', y'] = rol(A[x,y] ^ D[x], r) with
		// x' = y, y' = 2x+3y, so x = 3(y' − 3x') mod 5; then χ and ι.
		for yo := 0; yo < 5; yo++ {
			for xo := 0; xo < 5; xo++ {
				x, y := ((3*(yo-3*xo))%5+5)%5, xo
				reg := 10 + xo
				a.f("VMOVDQU %d(SP), Y%d", src+32*(x+5*y), reg)
				a.f("VPXOR Y%d, Y%d, Y%d", 5+x, reg, reg)
				if r := rot[x+5*y]; r != 0 {
					a.f("VPSLLQ $%d, Y%d, Y15", r, reg)
					a.f("VPSRLQ $%d, Y%d, Y%d", 64-r, reg, reg)
					a.f("VPOR Y15, Y%d, Y%d", reg, reg)
				}
			}
			for xo := 0; xo < 5; xo++ {
				a.f("VPANDN Y%d, Y%d, Y0", 10+(xo+2)%5, 10+(xo+1)%5)
				a.f("VPXOR Y%d, Y0, Y0", 10+xo)
				if xo == 0 && yo == 0 {
					a.f("VPBROADCASTQ rc<>+%d(SB), Y1", 8*round)
					a.f("VPXOR Y1, Y0, Y0")
				}
				a.f("VMOVDQU Y0, %d(SP)", dst+32*(xo+5*yo))
			}
		}
	}
	// Words 0..3 of the four states, transposed into four 32-byte hashes.
	for j := 0; j < 4; j++ {
		a.f("VMOVDQU %d(SP), Y%d", 32*j, j)
	}
	a.f("VPUNPCKLQDQ Y1, Y0, Y4")
	a.f("VPUNPCKHQDQ Y1, Y0, Y5")
	a.f("VPUNPCKLQDQ Y3, Y2, Y6")
	a.f("VPUNPCKHQDQ Y3, Y2, Y7")
	a.f("VPERM2I128 $0x20, Y6, Y4, Y0")
	a.f("VPERM2I128 $0x20, Y7, Y5, Y1")
	a.f("VPERM2I128 $0x31, Y6, Y4, Y2")
	a.f("VPERM2I128 $0x31, Y7, Y5, Y3")
	for k := 0; k < 4; k++ {
		a.f("VMOVDQU Y%d, %d(DI)", k, 32*k)
	}
	a.f("VZEROUPPER")
	a.f("RET")
}

func main() {
	rc := roundConstants()
	rot := rotations()
	var a asm
	a.raw(`// Code generated by keccak_gen.go; DO NOT EDIT.

//go:build amd64 && !purego

#include "textflag.h"

`)
	for i, c := range rc {
		a.raw(fmt.Sprintf("DATA rc<>+%d(SB)/8, $0x%016x\n", 8*i, c))
	}
	a.raw("GLOBL rc<>(SB), RODATA|NOPTR, $192\n\n")
	// The pad of a 64-byte message in a 136-byte block: 0x01 at byte 64
	// (word 8), 0x80 at byte 135 (top byte of word 16).
	a.raw("DATA pad<>+0(SB)/8, $0x0000000000000001\n")
	a.raw("DATA pad<>+8(SB)/8, $0x8000000000000000\n")
	a.raw("GLOBL pad<>(SB), RODATA|NOPTR, $16\n\n")
	for k := 0; k < 4; k++ {
		a.raw(fmt.Sprintf("DATA gather4<>+%d(SB)/8, $%d\n", 8*k, 64*k))
	}
	a.raw("GLOBL gather4<>(SB), RODATA|NOPTR, $32\n")
	avx512(&a, rc, rot)
	avx2(&a, rot)
	if err := os.WriteFile("keccak_amd64.s", a.b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
