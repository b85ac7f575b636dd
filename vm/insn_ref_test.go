package vm

import (
	"fmt"
	"math/big"
	"math/bits"
	"testing"
)

// This file checks every register instruction against a reference written
// from the MIPS32 manual's pseudo-code (Volume II), not from step.go: sums
// and products are taken in math/big or int64 and then cut to 32 or 64 bits,
// overflow is a range check, leading zeros come from math/bits, branch
// targets are pc + 4 + sign_extend(offset) * 4. The operands are the edge
// values where implementations differ: 0, 1, -1, INT_MIN, INT_MAX, their
// neighbours, shift amounts 31 and 32, 16-bit boundaries.

// refOut is what the reference says one step does, from a state with pc =
// codeBase, next pc = codeBase+4, rs = r1, rt = r2, rd = r3.
type refOut struct {
	reg    int    // register written, 0 for none
	val    uint32 // its new value
	hi, lo uint32
	next   uint32 // next pc after the step (pc becomes codeBase+4)
	fault  uint8
}

type refInsn struct {
	name string
	enc  func(a, b uint32) uint32 // a: rs value or shift amount, b: rt value or immediate
	imm  bool                     // b is a 16-bit immediate
	ref  func(a, b, hi, lo uint32) refOut
}

const refSeq = codeBase + 8 // next pc when the step does not branch

func sext16(x uint32) int64 { return int64(int16(uint16(x))) }

// branch target of an offset in the delay-slot model.
func refTarget(off uint32) uint32 { return uint32(int64(codeBase+4) + sext16(off)*4) }

func fits32(x int64) bool { return x >= -1<<31 && x <= 1<<31-1 }

// cut64 returns the low 64 bits of x as hi, lo words.
func cut64(x *big.Int) (hi, lo uint32) {
	m := new(big.Int).Lsh(big.NewInt(1), 64)
	y := new(big.Int).Mod(x, m) // Mod is Euclidean: non-negative
	u := y.Uint64()
	return uint32(u >> 32), uint32(u)
}

func sbig(x uint32) *big.Int     { return big.NewInt(int64(int32(x))) }
func ubig(x uint32) *big.Int     { return new(big.Int).SetUint64(uint64(x)) }
func acc(hi, lo uint32) *big.Int { return new(big.Int).SetUint64(uint64(hi)<<32 | uint64(lo)) }

func refInsns() []refInsn {
	wr := func(v uint32, hi, lo uint32) refOut { return refOut{reg: 3, val: v, hi: hi, lo: lo, next: refSeq} }
	wrt := func(v uint32, hi, lo uint32) refOut { return refOut{reg: 2, val: v, hi: hi, lo: lo, next: refSeq} }
	same := func(hi, lo uint32) refOut { return refOut{hi: hi, lo: lo, next: refSeq} }
	trap := func(cond bool, hi, lo uint32) refOut {
		if cond {
			return refOut{fault: FaultTrap}
		}
		return same(hi, lo)
	}
	br := func(cond bool, off, hi, lo uint32) refOut {
		if cond {
			return refOut{hi: hi, lo: lo, next: refTarget(off)}
		}
		return same(hi, lo)
	}
	link := func(cond bool, off, hi, lo uint32) refOut {
		o := br(cond, off, hi, lo)
		o.reg, o.val = 31, codeBase+8
		return o
	}
	r := func(fn uint32) func(a, b uint32) uint32 {
		return func(a, b uint32) uint32 { return rType(fn, 1, 2, 3, 0) }
	}
	sh := func(fn uint32) func(a, b uint32) uint32 {
		return func(a, b uint32) uint32 { return rType(fn, 0, 2, 3, a&31) }
	}
	i := func(op uint32) func(a, b uint32) uint32 {
		return func(a, b uint32) uint32 { return iType(op, 1, 2, int32(int16(b))) }
	}
	s2 := func(fn uint32) func(a, b uint32) uint32 { return func(a, b uint32) uint32 { return sp2(fn, 1, 2, 3) } }
	// Branches take their offset from the operands, so both directions and
	// the extreme offsets occur.
	bo := func(a, b uint32) uint32 { return (a ^ b>>3) & 0xffff }
	return []refInsn{
		{"sll", sh(0x00), false, func(a, b, hi, lo uint32) refOut { return wr(uint32(uint64(b)<<(a%32)), hi, lo) }},
		{"srl", sh(0x02), false, func(a, b, hi, lo uint32) refOut { return wr(uint32(uint64(b)>>(a%32)), hi, lo) }},
		{"sra", sh(0x03), false, func(a, b, hi, lo uint32) refOut { return wr(uint32(int64(int32(b))>>(a%32)), hi, lo) }},
		{"sllv", r(0x04), false, func(a, b, hi, lo uint32) refOut { return wr(uint32(uint64(b)<<(a%32)), hi, lo) }},
		{"srlv", r(0x06), false, func(a, b, hi, lo uint32) refOut { return wr(uint32(uint64(b)>>(a%32)), hi, lo) }},
		{"srav", r(0x07), false, func(a, b, hi, lo uint32) refOut { return wr(uint32(int64(int32(b))>>(a%32)), hi, lo) }},
		{"jr", r(0x08), false, func(a, b, hi, lo uint32) refOut { return refOut{hi: hi, lo: lo, next: a} }},
		{"jalr", r(0x09), false, func(a, b, hi, lo uint32) refOut {
			return refOut{reg: 3, val: codeBase + 8, hi: hi, lo: lo, next: a}
		}},
		{"movz", r(0x0a), false, func(a, b, hi, lo uint32) refOut {
			if b == 0 {
				return wr(a, hi, lo)
			}
			return same(hi, lo)
		}},
		{"movn", r(0x0b), false, func(a, b, hi, lo uint32) refOut {
			if b != 0 {
				return wr(a, hi, lo)
			}
			return same(hi, lo)
		}},
		{"break", func(a, b uint32) uint32 { return 0x0d }, false, func(a, b, hi, lo uint32) refOut { return refOut{fault: FaultTrap} }},
		{"sync", func(a, b uint32) uint32 { return 0x0f }, false, func(a, b, hi, lo uint32) refOut { return same(hi, lo) }},
		{"mfhi", r(0x10), false, func(a, b, hi, lo uint32) refOut { return wr(hi, hi, lo) }},
		{"mthi", r(0x11), false, func(a, b, hi, lo uint32) refOut { return same(a, lo) }},
		{"mflo", r(0x12), false, func(a, b, hi, lo uint32) refOut { return wr(lo, hi, lo) }},
		{"mtlo", r(0x13), false, func(a, b, hi, lo uint32) refOut { return same(hi, a) }},
		{"mult", r(0x18), false, func(a, b, hi, lo uint32) refOut {
			h, l := cut64(new(big.Int).Mul(sbig(a), sbig(b)))
			return same(h, l)
		}},
		{"multu", r(0x19), false, func(a, b, hi, lo uint32) refOut {
			h, l := cut64(new(big.Int).Mul(ubig(a), ubig(b)))
			return same(h, l)
		}},
		// Division by zero is UNPREDICTABLE in the manual; the VM defines
		// lo = 0xffffffff, hi = the dividend (docs/VM.md).
		{"div", r(0x1a), false, func(a, b, hi, lo uint32) refOut {
			if b == 0 {
				return same(a, 0xffffffff)
			}
			x, y := int64(int32(a)), int64(int32(b))
			return same(uint32(x%y), uint32(x/y)) // truncating, as the manual's div
		}},
		{"divu", r(0x1b), false, func(a, b, hi, lo uint32) refOut {
			if b == 0 {
				return same(a, 0xffffffff)
			}
			return same(a%b, a/b)
		}},
		{"add", r(0x20), false, func(a, b, hi, lo uint32) refOut {
			s := int64(int32(a)) + int64(int32(b))
			if !fits32(s) {
				return refOut{fault: FaultOverflow}
			}
			return wr(uint32(s), hi, lo)
		}},
		{"addu", r(0x21), false, func(a, b, hi, lo uint32) refOut { return wr(uint32(uint64(a)+uint64(b)), hi, lo) }},
		{"sub", r(0x22), false, func(a, b, hi, lo uint32) refOut {
			d := int64(int32(a)) - int64(int32(b))
			if !fits32(d) {
				return refOut{fault: FaultOverflow}
			}
			return wr(uint32(d), hi, lo)
		}},
		{"subu", r(0x23), false, func(a, b, hi, lo uint32) refOut { return wr(uint32(int64(a)-int64(b)), hi, lo) }},
		{"and", r(0x24), false, func(a, b, hi, lo uint32) refOut { return wr(a&b, hi, lo) }},
		{"or", r(0x25), false, func(a, b, hi, lo uint32) refOut { return wr(a|b, hi, lo) }},
		{"xor", r(0x26), false, func(a, b, hi, lo uint32) refOut { return wr(a^b, hi, lo) }},
		{"nor", r(0x27), false, func(a, b, hi, lo uint32) refOut { return wr(0xffffffff-(a|b), hi, lo) }},
		{"slt", r(0x2a), false, func(a, b, hi, lo uint32) refOut { return wr(b01(int64(int32(a)) < int64(int32(b))), hi, lo) }},
		{"sltu", r(0x2b), false, func(a, b, hi, lo uint32) refOut { return wr(b01(uint64(a) < uint64(b)), hi, lo) }},
		{"tge", r(0x30), false, func(a, b, hi, lo uint32) refOut { return trap(int32(a) >= int32(b), hi, lo) }},
		{"tgeu", r(0x31), false, func(a, b, hi, lo uint32) refOut { return trap(a >= b, hi, lo) }},
		{"tlt", r(0x32), false, func(a, b, hi, lo uint32) refOut { return trap(int32(a) < int32(b), hi, lo) }},
		{"tltu", r(0x33), false, func(a, b, hi, lo uint32) refOut { return trap(a < b, hi, lo) }},
		{"teq", r(0x34), false, func(a, b, hi, lo uint32) refOut { return trap(a == b, hi, lo) }},
		{"tne", r(0x36), false, func(a, b, hi, lo uint32) refOut { return trap(a != b, hi, lo) }},
		{"bltz", func(a, b uint32) uint32 { return iType(0x01, 1, 0x00, int32(int16(bo(a, b)))) }, false,
			func(a, b, hi, lo uint32) refOut { return br(int32(a) < 0, bo(a, b), hi, lo) }},
		{"bgez", func(a, b uint32) uint32 { return iType(0x01, 1, 0x01, int32(int16(bo(a, b)))) }, false,
			func(a, b, hi, lo uint32) refOut { return br(int32(a) >= 0, bo(a, b), hi, lo) }},
		{"bltzal", func(a, b uint32) uint32 { return iType(0x01, 1, 0x10, int32(int16(bo(a, b)))) }, false,
			func(a, b, hi, lo uint32) refOut { return link(int32(a) < 0, bo(a, b), hi, lo) }},
		{"bgezal", func(a, b uint32) uint32 { return iType(0x01, 1, 0x11, int32(int16(bo(a, b)))) }, false,
			func(a, b, hi, lo uint32) refOut { return link(int32(a) >= 0, bo(a, b), hi, lo) }},
		{"j", func(a, b uint32) uint32 { return 0x02<<26 | a&0x03ffffff }, false, func(a, b, hi, lo uint32) refOut {
			return refOut{hi: hi, lo: lo, next: (codeBase+4)&0xf0000000 | (a&0x03ffffff)*4}
		}},
		{"jal", func(a, b uint32) uint32 { return 0x03<<26 | a&0x03ffffff }, false, func(a, b, hi, lo uint32) refOut {
			return refOut{reg: 31, val: codeBase + 8, hi: hi, lo: lo, next: (codeBase+4)&0xf0000000 | (a&0x03ffffff)*4}
		}},
		{"beq", func(a, b uint32) uint32 { return iType(0x04, 1, 2, int32(int16(bo(a, b)))) }, false,
			func(a, b, hi, lo uint32) refOut { return br(a == b, bo(a, b), hi, lo) }},
		{"bne", func(a, b uint32) uint32 { return iType(0x05, 1, 2, int32(int16(bo(a, b)))) }, false,
			func(a, b, hi, lo uint32) refOut { return br(a != b, bo(a, b), hi, lo) }},
		{"blez", func(a, b uint32) uint32 { return iType(0x06, 1, 0, int32(int16(bo(a, b)))) }, false,
			func(a, b, hi, lo uint32) refOut { return br(int32(a) <= 0, bo(a, b), hi, lo) }},
		{"bgtz", func(a, b uint32) uint32 { return iType(0x07, 1, 0, int32(int16(bo(a, b)))) }, false,
			func(a, b, hi, lo uint32) refOut { return br(int32(a) > 0, bo(a, b), hi, lo) }},
		{"addi", i(0x08), true, func(a, b, hi, lo uint32) refOut {
			s := int64(int32(a)) + sext16(b)
			if !fits32(s) {
				return refOut{fault: FaultOverflow}
			}
			return wrt(uint32(s), hi, lo)
		}},
		{"addiu", i(0x09), true, func(a, b, hi, lo uint32) refOut { return wrt(uint32(int64(a)+sext16(b)), hi, lo) }},
		{"slti", i(0x0a), true, func(a, b, hi, lo uint32) refOut { return wrt(b01(int64(int32(a)) < sext16(b)), hi, lo) }},
		{"sltiu", i(0x0b), true, func(a, b, hi, lo uint32) refOut {
			return wrt(b01(uint64(a) < uint64(uint32(sext16(b)))), hi, lo) // compared unsigned after sign extension
		}},
		{"andi", i(0x0c), true, func(a, b, hi, lo uint32) refOut { return wrt(a&(b&0xffff), hi, lo) }},
		{"ori", i(0x0d), true, func(a, b, hi, lo uint32) refOut { return wrt(a|(b&0xffff), hi, lo) }},
		{"xori", i(0x0e), true, func(a, b, hi, lo uint32) refOut { return wrt(a^(b&0xffff), hi, lo) }},
		{"lui", i(0x0f), true, func(a, b, hi, lo uint32) refOut { return wrt((b&0xffff)*65536, hi, lo) }},
		{"madd", s2(0x00), false, func(a, b, hi, lo uint32) refOut {
			h, l := cut64(new(big.Int).Add(new(big.Int).SetInt64(int64(uint64(hi)<<32|uint64(lo))), new(big.Int).Mul(sbig(a), sbig(b))))
			return same(h, l)
		}},
		{"maddu", s2(0x01), false, func(a, b, hi, lo uint32) refOut {
			h, l := cut64(new(big.Int).Add(acc(hi, lo), new(big.Int).Mul(ubig(a), ubig(b))))
			return same(h, l)
		}},
		{"mul", s2(0x02), false, func(a, b, hi, lo uint32) refOut {
			_, l := cut64(new(big.Int).Mul(sbig(a), sbig(b)))
			return wr(l, hi, lo)
		}},
		{"msub", s2(0x04), false, func(a, b, hi, lo uint32) refOut {
			h, l := cut64(new(big.Int).Sub(new(big.Int).SetInt64(int64(uint64(hi)<<32|uint64(lo))), new(big.Int).Mul(sbig(a), sbig(b))))
			return same(h, l)
		}},
		{"msubu", s2(0x05), false, func(a, b, hi, lo uint32) refOut {
			h, l := cut64(new(big.Int).Sub(acc(hi, lo), new(big.Int).Mul(ubig(a), ubig(b))))
			return same(h, l)
		}},
		{"clz", s2(0x20), false, func(a, b, hi, lo uint32) refOut { return wr(uint32(bits.LeadingZeros32(a)), hi, lo) }},
		{"clo", s2(0x21), false, func(a, b, hi, lo uint32) refOut { return wr(uint32(bits.LeadingZeros32(^a)), hi, lo) }},
		{"pref", func(a, b uint32) uint32 { return iType(0x33, 1, 2, int32(int16(b))) }, true,
			func(a, b, hi, lo uint32) refOut { return same(hi, lo) }}, // a hint: no access, no fault, even at page 0
	}
}

func b01(c bool) uint32 {
	if c {
		return 1
	}
	return 0
}

// Edge operands.
var (
	edgeWords = []uint32{0, 1, 2, 0x7fffffff, 0x80000000, 0x80000001, 0xffffffff, 0xfffffffe, 31, 32, 33, 0x8000, 0xffff, 0x10000, 0x12345678}
	edgeImms  = []uint32{0, 1, 0x7fff, 0x8000, 0x8001, 0xffff, 0xfffe, 0x1234}
	edgeHiLo  = [][2]uint32{{0, 0}, {0xffffffff, 0xffffffff}, {0x7fffffff, 0xffffffff}, {0x80000000, 0}, {0, 1}}
)

// TestInstructionsReference steps every register instruction for every pair
// of edge operands (and several hi/lo) and compares the whole state with the
// reference: the written register and no other, hi, lo, pc, next pc, fault.
func TestInstructionsReference(t *testing.T) {
	const sentinel = 0xdeadbeef // initial rd, so that a missing or stray write shows
	n := 0
	for _, in := range refInsns() {
		bs := edgeWords
		if in.imm {
			bs = edgeImms
		}
		for _, a := range edgeWords {
			for _, b := range bs {
				for _, hl := range edgeHiLo {
					insn := in.enc(a, b)
					v := bareVM(t, insn)
					v.s.Regs[1], v.s.Regs[3] = a, sentinel
					if !in.imm {
						v.s.Regs[2] = b
					} else {
						v.s.Regs[2] = sentinel
					}
					v.s.Hi, v.s.Lo = hl[0], hl[1]
					before := v.s
					if err := v.Step(); err != nil {
						t.Fatal(err)
					}
					n++
					want := in.ref(a, b, hl[0], hl[1])
					s := v.State()
					where := fmt.Sprintf("%s %#08x a=%#x b=%#x hi=%#x lo=%#x", in.name, insn, a, b, hl[0], hl[1])
					if want.fault != 0 {
						if s.Status != StatusFault || s.ExitCode != want.fault || s.PC != codeBase || s.Regs != before.Regs {
							t.Fatalf("%s: status %d code %d pc %#x, want fault %d with the state kept", where, s.Status, s.ExitCode, s.PC, want.fault)
						}
						continue
					}
					wantRegs := before.Regs
					if want.reg != 0 {
						wantRegs[want.reg] = want.val
					}
					switch {
					case s.Status != StatusRunning:
						t.Fatalf("%s: status %d code %d, want running", where, s.Status, s.ExitCode)
					case s.Regs != wantRegs:
						for r := range wantRegs {
							if s.Regs[r] != wantRegs[r] {
								t.Errorf("%s: r%d = %#x, want %#x", where, r, s.Regs[r], wantRegs[r])
							}
						}
						t.FailNow()
					case s.Hi != want.hi || s.Lo != want.lo:
						t.Fatalf("%s: hi:lo %#x:%#x, want %#x:%#x", where, s.Hi, s.Lo, want.hi, want.lo)
					case s.PC != codeBase+4 || s.NextPC != want.next:
						t.Fatalf("%s: pc %#x next %#x, want %#x %#x", where, s.PC, s.NextPC, codeBase+4, want.next)
					}
				}
			}
		}
	}
	t.Logf("%d steps", n)
}

// TestReferenceKnownValues pins the reference itself to values worked out by
// hand from the manual, so that a wrong reference cannot agree with a wrong
// step.
func TestReferenceKnownValues(t *testing.T) {
	ref := map[string]refInsn{}
	for _, in := range refInsns() {
		ref[in.name] = in
	}
	for _, tc := range []struct {
		name         string
		a, b, hi, lo uint32
		want         refOut
	}{
		{"sub", 5, 7, 0, 0, refOut{reg: 3, val: 0xfffffffe, next: refSeq}},
		{"sub", 0x80000000, 1, 0, 0, refOut{fault: FaultOverflow}},
		{"sub", 0x7fffffff, 0xffffffff, 0, 0, refOut{fault: FaultOverflow}},
		{"sub", 0, 0x80000000, 0, 0, refOut{fault: FaultOverflow}},
		{"sub", 0xffffffff, 0x80000000, 0, 0, refOut{reg: 3, val: 0x7fffffff, next: refSeq}},
		{"add", 0x80000000, 0x80000000, 0, 0, refOut{fault: FaultOverflow}},
		{"add", 0x7fffffff, 0x80000000, 0, 0, refOut{reg: 3, val: 0xffffffff, next: refSeq}},
		{"srlv", 33, 0x80000000, 0, 0, refOut{reg: 3, val: 0x40000000, next: refSeq}},
		{"srlv", 31, 0xffffffff, 0, 0, refOut{reg: 3, val: 1, next: refSeq}},
		{"srav", 32, 0x80000000, 0, 0, refOut{reg: 3, val: 0x80000000, next: refSeq}},
		{"sra", 31, 0x80000000, 0, 0, refOut{reg: 3, val: 0xffffffff, next: refSeq}},
		{"and", 0xf0f0f0f0, 0xff00ff00, 0, 0, refOut{reg: 3, val: 0xf000f000, next: refSeq}},
		{"or", 0xf0f0f0f0, 0x0f00ff00, 0, 0, refOut{reg: 3, val: 0xfff0fff0, next: refSeq}},
		{"xor", 0xffffffff, 0x80000001, 0, 0, refOut{reg: 3, val: 0x7ffffffe, next: refSeq}},
		{"nor", 0, 0, 0, 0, refOut{reg: 3, val: 0xffffffff, next: refSeq}},
		{"mtlo", 0x80000000, 0, 7, 9, refOut{hi: 7, lo: 0x80000000, next: refSeq}},
		{"mthi", 0x80000000, 0, 7, 9, refOut{hi: 0x80000000, lo: 9, next: refSeq}},
		{"mult", 0x80000000, 0x80000000, 0, 0, refOut{hi: 0x40000000, lo: 0, next: refSeq}},
		{"mult", 0x80000000, 0xffffffff, 0, 0, refOut{hi: 0, lo: 0x80000000, next: refSeq}},
		{"multu", 0xffffffff, 0xffffffff, 0, 0, refOut{hi: 0xfffffffe, lo: 1, next: refSeq}},
		{"maddu", 0xffffffff, 0xffffffff, 0, 1, refOut{hi: 0xfffffffe, lo: 2, next: refSeq}},
		{"maddu", 1, 1, 0xffffffff, 0xffffffff, refOut{hi: 0, lo: 0, next: refSeq}},
		{"madd", 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, refOut{hi: 0, lo: 0, next: refSeq}},
		{"msub", 0xffffffff, 1, 0, 0, refOut{hi: 0, lo: 1, next: refSeq}},
		{"msub", 1, 1, 0, 0, refOut{hi: 0xffffffff, lo: 0xffffffff, next: refSeq}},
		{"msub", 0x80000000, 0x80000000, 0, 0, refOut{hi: 0xc0000000, lo: 0, next: refSeq}},
		{"msubu", 0xffffffff, 0xffffffff, 0, 0, refOut{hi: 0x00000001, lo: 0xffffffff, next: refSeq}},
		{"div", 0x80000000, 0xffffffff, 0, 0, refOut{hi: 0, lo: 0x80000000, next: refSeq}},
		{"div", 0xfffffff9, 2, 0, 0, refOut{hi: 0xffffffff, lo: 0xfffffffd, next: refSeq}},
		{"div", 7, 0xfffffffe, 0, 0, refOut{hi: 1, lo: 0xfffffffd, next: refSeq}},
		{"divu", 0x80000000, 0xffffffff, 0, 0, refOut{hi: 0x80000000, lo: 0, next: refSeq}},
		{"tge", 0x80000000, 0x7fffffff, 0, 0, refOut{next: refSeq}},
		{"tge", 5, 5, 0, 0, refOut{fault: FaultTrap}},
		{"tgeu", 0x80000000, 0x7fffffff, 0, 0, refOut{fault: FaultTrap}},
		{"tlt", 0x80000000, 0x7fffffff, 0, 0, refOut{fault: FaultTrap}},
		{"tltu", 0x80000000, 0x7fffffff, 0, 0, refOut{next: refSeq}},
		{"tltu", 0, 1, 0, 0, refOut{fault: FaultTrap}},
		{"teq", 0xffffffff, 0xffffffff, 0, 0, refOut{fault: FaultTrap}},
		{"tne", 0, 0x80000000, 0, 0, refOut{fault: FaultTrap}},
		{"tne", 7, 7, 0, 0, refOut{next: refSeq}},
		{"bgez", 0, 0x10, 0, 0, refOut{next: 0x1000c}},                                       // offset 2 words
		{"bgez", 0x80000000, 0x10, 0, 0, refOut{next: refSeq}},                               // negative: not taken
		{"bltzal", 0xffffffff, 0x10, 0, 0, refOut{reg: 31, val: codeBase + 8, next: 0xfff8}}, // offset 0xfffd: -3 words
		{"bltzal", 0, 0x10, 0, 0, refOut{reg: 31, val: codeBase + 8, next: refSeq}},          // links even when not taken
		{"blez", 0x80000000, 0, 0, 0, refOut{next: 0x10004}},                                 // offset 0
		{"bgtz", 0x7fffffff, 8, 0, 0, refOut{next: 0xfffc}},                                  // offset 0xfffe: -2 words
		{"addi", 0x7fffffff, 1, 0, 0, refOut{fault: FaultOverflow}},
		{"addi", 0x80000000, 0xffff, 0, 0, refOut{fault: FaultOverflow}},
		{"addi", 0x7fffffff, 0xffff, 0, 0, refOut{reg: 2, val: 0x7ffffffe, next: refSeq}},
		{"addi", 0x80000000, 0x7fff, 0, 0, refOut{reg: 2, val: 0x80007fff, next: refSeq}},
		{"sltiu", 0xfffffffe, 0xffff, 0, 0, refOut{reg: 2, val: 1, next: refSeq}}, // 0xfffffffe < 0xffffffff
		{"sltiu", 0x7fff, 0x8000, 0, 0, refOut{reg: 2, val: 1, next: refSeq}},     // imm is 0xffff8000 unsigned
		{"slti", 0x7fffffff, 0x8000, 0, 0, refOut{reg: 2, val: 0, next: refSeq}},
		{"lui", 0, 0x8000, 0, 0, refOut{reg: 2, val: 0x80000000, next: refSeq}},
		{"clz", 0xffffffff, 0, 0, 0, refOut{reg: 3, val: 0, next: refSeq}},
		{"clz", 1, 0, 0, 0, refOut{reg: 3, val: 31, next: refSeq}},
		{"clo", 0xffffffff, 0, 0, 0, refOut{reg: 3, val: 32, next: refSeq}},
		{"clo", 0xfffe0000, 0, 0, 0, refOut{reg: 3, val: 15, next: refSeq}},
		{"jalr", 0x2001, 0, 0, 0, refOut{reg: 3, val: codeBase + 8, next: 0x2001}},
		{"j", 0x03ffffff, 0, 0, 0, refOut{next: 0x0ffffffc}},
		{"pref", 0, 0, 3, 4, refOut{hi: 3, lo: 4, next: refSeq}},
	} {
		if got := ref[tc.name].ref(tc.a, tc.b, tc.hi, tc.lo); got != tc.want {
			t.Errorf("reference %s a=%#x b=%#x hi=%#x lo=%#x = %+v, want %+v", tc.name, tc.a, tc.b, tc.hi, tc.lo, got, tc.want)
		}
	}
}
