package dispute

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/rmsnet/rms/vm"
)

// Instruction encoders.
func rType(fn, rs, rt, rd, sa uint32) uint32 { return rs<<21 | rt<<16 | rd<<11 | sa<<6 | fn }
func iType(op, rs, rt uint32, imm uint32) uint32 {
	return op<<26 | rs<<21 | rt<<16 | imm&0xffff
}
func sp2(fn, rs, rt, rd uint32) uint32 { return 0x1c<<26 | rs<<21 | rt<<16 | rd<<11 | fn }

const (
	dataBase = 0x10000000 // where the tests' load/store addresses point
	dataSize = 0x2000
)

// operand returns a random 32-bit operand, often an edge value.
func operand(r *rand.Rand) uint32 {
	switch r.IntN(8) {
	case 0:
		return []uint32{0, 1, 2, 31, 32, 0x7fffffff, 0x80000000, 0xffffffff, 0xfffffffe, 0x8000, 0xffff}[r.IntN(11)]
	case 1:
		return uint32(r.IntN(64))
	case 2:
		return -uint32(r.IntN(64))
	}
	return r.Uint32()
}

// randomState returns a running state with random registers and fields and
// pc in a text page.
func randomState(r *rand.Rand) vm.State {
	var s vm.State
	for i := 1; i < 32; i++ {
		s.Regs[i] = operand(r)
	}
	s.Hi, s.Lo = operand(r), operand(r)
	s.PC = textBase + 4*uint32(r.IntN(1024))
	s.NextPC = s.PC + 4
	if r.IntN(8) == 0 {
		s.NextPC = textBase + 4*uint32(r.IntN(1024)) // in a delay slot
	}
	s.Heap = vm.HeapStart + 4096*uint32(r.IntN(1024))
	s.Step = r.Uint64() >> r.IntN(64)
	s.PreimageOffset = 4 * uint32(r.IntN(16))
	for i := range s.PreimageKey {
		s.PreimageKey[i] = byte(r.Uint32())
	}
	return s
}

// stateVM builds a VM in state s with insn at pc and random data in
// [dataBase, dataBase+dataSize) and around the stack pointer.
func stateVM(t testing.TB, r *rand.Rand, s vm.State, insn uint32, extra ...vm.Segment) *vm.VM {
	t.Helper()
	data := make([]byte, dataSize)
	for i := range data {
		if r.IntN(4) != 0 {
			data[i] = byte(r.Uint32())
		}
	}
	text := make([]byte, 64)
	for i := range text {
		text[i] = byte(r.Uint32())
	}
	base := s.PC &^ 31
	copy(text[s.PC-base:], words(insn))
	segs := append([]vm.Segment{{Vaddr: base, Data: text}, {Vaddr: dataBase, Data: data}}, extra...)
	v, err := vm.NewFromState(s, segs)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

type insnClass struct {
	name string
	gen  func(r *rand.Rand, s *vm.State) uint32
}

func reg(r *rand.Rand) uint32 { return uint32(r.IntN(32)) }

// memAddr points rs (not register 0) at a random address of the data area
// with the given alignment (sometimes off it) and returns the immediate.
func memAddr(r *rand.Rand, s *vm.State, rs uint32, align uint32) uint32 {
	imm := uint32(int32(r.IntN(512)) - 256)
	addr := dataBase + 64 + uint32(r.IntN(dataSize-128))&^(align-1)
	if r.IntN(16) == 0 {
		addr |= uint32(r.IntN(4)) // maybe unaligned
	}
	switch r.IntN(32) {
	case 0:
		addr = uint32(r.IntN(4096)) // page 0: a nil dereference
	case 1:
		addr = 0x7ffff000 + uint32(r.IntN(4096))&^(align-1) // an untouched page
	}
	if rs != 0 {
		s.Regs[rs] = addr - uint32(int32(int16(imm)))
	}
	return imm
}

func insnClasses() []insnClass {
	special := func(fns ...uint32) func(r *rand.Rand, s *vm.State) uint32 {
		return func(r *rand.Rand, s *vm.State) uint32 {
			return rType(fns[r.IntN(len(fns))], reg(r), reg(r), reg(r), uint32(r.IntN(32)))
		}
	}
	imm := func(ops ...uint32) func(r *rand.Rand, s *vm.State) uint32 {
		return func(r *rand.Rand, s *vm.State) uint32 {
			return iType(ops[r.IntN(len(ops))], reg(r), reg(r), operand(r))
		}
	}
	mem := func(align uint32, ops ...uint32) func(r *rand.Rand, s *vm.State) uint32 {
		return func(r *rand.Rand, s *vm.State) uint32 {
			rs := 1 + uint32(r.IntN(31))
			return iType(ops[r.IntN(len(ops))], rs, reg(r), memAddr(r, s, rs, align))
		}
	}
	return []insnClass{
		{"alu", special(0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2a, 0x2b)},
		{"shift", special(0x00, 0x02, 0x03, 0x04, 0x06, 0x07)},
		{"move", special(0x0a, 0x0b, 0x10, 0x11, 0x12, 0x13)},
		{"muldiv", special(0x18, 0x19, 0x1a, 0x1b)},
		{"special2", func(r *rand.Rand, s *vm.State) uint32 {
			return sp2([]uint32{0, 1, 2, 4, 5, 0x20, 0x21}[r.IntN(7)], reg(r), reg(r), reg(r))
		}},
		{"immediate", imm(0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f)},
		{"branch", func(r *rand.Rand, s *vm.State) uint32 {
			if r.IntN(5) == 0 {
				return iType(1, reg(r), []uint32{0, 1, 0x10, 0x11}[r.IntN(4)], operand(r))
			}
			rs, rt := reg(r), reg(r)
			if r.IntN(3) == 0 && rt != 0 {
				s.Regs[rt] = s.Regs[rs]
			}
			return iType(4+uint32(r.IntN(4)), rs, rt, operand(r))
		}},
		{"jump", func(r *rand.Rand, s *vm.State) uint32 {
			switch r.IntN(4) {
			case 0:
				return 2<<26 | r.Uint32()&0x03ffffff
			case 1:
				return 3<<26 | r.Uint32()&0x03ffffff
			case 2:
				return rType(0x08, reg(r), 0, 0, 0)
			}
			return rType(0x09, reg(r), 0, reg(r), 0)
		}},
		{"trap", special(0x30, 0x31, 0x32, 0x33, 0x34, 0x36, 0x0d)},
		{"misc", special(0x0f, 0x01, 0x05, 0x0e, 0x14, 0x3f)},
		{"load", mem(4, 0x20, 0x24, 0x21, 0x25, 0x23, 0x30, 0x22, 0x26)},
		{"load byte", mem(1, 0x20, 0x24, 0x22, 0x26)},
		{"store", mem(4, 0x28, 0x29, 0x2b, 0x38, 0x2a, 0x2e)},
		{"store byte", mem(1, 0x28, 0x2a, 0x2e)},
		{"pref", mem(1, 0x33)},
		{"random word", func(r *rand.Rand, s *vm.State) uint32 { return r.Uint32() }},
	}
}

// TestStepInstructions compares the contract's post-state with the Go step
// for random operands of every instruction class.
func TestStepInstructions(t *testing.T) {
	c := newTestChain(t)
	n := 60
	if testing.Short() {
		n = 10
	}
	for ci, cl := range insnClasses() {
		t.Run(cl.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(ci), 1))
			outcomes := map[string]int{}
			for i := 0; i < n; i++ {
				s := randomState(r)
				insn := cl.gen(r, &s)
				v := stateVM(t, r, s, insn)
				w := c.check(t, v, fmt.Sprintf("%s #%d insn %#08x", cl.name, i, insn))
				outcomes[outcome(t, w)]++
			}
			t.Logf("%v", outcomes)
		})
	}
}

// outcome names what a step did: ran, exited, or which fault.
func outcome(t testing.TB, w *vm.Witness) string {
	st, _, err := vm.DecodeState(w.PostState)
	if err != nil {
		t.Fatal(err)
	}
	switch st.Status {
	case vm.StatusExited:
		return "exit"
	case vm.StatusFault:
		return vm.FaultName(st.ExitCode)
	}
	return fmt.Sprintf("ran/%d proofs", len(w.Proofs))
}

// TestStepEdgeOperands runs every register instruction of each class on
// the contract for every pair of edge operands (0, 1, -1, INT_MIN, INT_MAX,
// INT_MIN+1, 32) in rs and rt, with edge values in hi and lo, and compares
// the post-state with the Go step (which TestInstructionsReference in vm
// holds to a reference written from the MIPS32 manual). Random operands
// rarely hit these values.
func TestStepEdgeOperands(t *testing.T) {
	c := newTestChain(t)
	edges := []uint32{0, 1, 0xffffffff, 0x80000000, 0x7fffffff, 0x80000001, 32}
	if testing.Short() {
		edges = []uint32{0, 0xffffffff, 0x80000000, 0x7fffffff}
	}
	hilo := [][2]uint32{{0, 0}, {0xffffffff, 0xffffffff}, {0x80000000, 0}, {0x7fffffff, 1}}
	type class struct {
		name  string
		insns func(a, b uint32) []uint32
	}
	fns := func(enc func(uint32) uint32, list ...uint32) []uint32 {
		out := make([]uint32, len(list))
		for i, f := range list {
			out[i] = enc(f)
		}
		return out
	}
	r := func(fn uint32) uint32 { return rType(fn, 1, 2, 3, 0) }
	classes := []class{
		{"alu", func(a, b uint32) []uint32 { return fns(r, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2a, 0x2b) }},
		{"shift", func(a, b uint32) []uint32 {
			return append(fns(func(fn uint32) uint32 { return rType(fn, 0, 2, 3, a&31) }, 0x00, 0x02, 0x03), fns(r, 0x04, 0x06, 0x07)...)
		}},
		{"move", func(a, b uint32) []uint32 { return fns(r, 0x0a, 0x0b, 0x10, 0x11, 0x12, 0x13) }},
		{"muldiv", func(a, b uint32) []uint32 { return fns(r, 0x18, 0x19, 0x1a, 0x1b) }},
		{"special2", func(a, b uint32) []uint32 {
			return fns(func(fn uint32) uint32 { return sp2(fn, 1, 2, 3) }, 0, 1, 2, 4, 5, 0x20, 0x21)
		}},
		{"immediate", func(a, b uint32) []uint32 {
			return fns(func(op uint32) uint32 { return iType(op, 1, 2, b) }, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f)
		}},
		{"branch", func(a, b uint32) []uint32 {
			off := (a ^ b>>3) & 0xffff
			return append(fns(func(rt uint32) uint32 { return iType(1, 1, rt, off) }, 0, 1, 0x10, 0x11),
				fns(func(op uint32) uint32 { return iType(op, 1, 2, off) }, 4, 5, 6, 7)...)
		}},
		{"jump", func(a, b uint32) []uint32 {
			return []uint32{2<<26 | b&0x03ffffff, 3<<26 | b&0x03ffffff, rType(0x08, 1, 0, 0, 0), rType(0x09, 1, 0, 3, 0)}
		}},
		{"trap", func(a, b uint32) []uint32 { return fns(r, 0x30, 0x31, 0x32, 0x33, 0x34, 0x36) }},
	}
	for ci, cl := range classes {
		t.Run(cl.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(ci), 2))
			k := 0
			for _, a := range edges {
				for _, b := range edges {
					for _, insn := range cl.insns(a, b) {
						s := randomState(rng)
						s.NextPC = s.PC + 4
						s.Regs[1], s.Regs[2], s.Regs[3] = a, b, 0xdeadbeef
						s.Hi, s.Lo = hilo[k%len(hilo)][0], hilo[k%len(hilo)][1]
						k++
						v := stateVM(t, rng, s, insn)
						c.check(t, v, fmt.Sprintf("%s insn %#08x rs %#x rt %#x hi %#x lo %#x", cl.name, insn, a, b, s.Hi, s.Lo))
					}
				}
			}
		})
	}
}
