package vm

import (
	"bytes"
	"fmt"
	"testing"
)

// vmAt returns a VM whose code starts at pc (next pc = pc+4), with the
// registers r1..r31 set to distinct values.
func vmAt(t testing.TB, pc uint32, code ...uint32) *VM {
	v := &VM{mem: newMemory()}
	for i, c := range code {
		if err := v.mem.Store32(pc+uint32(4*i), c); err != nil {
			t.Fatal(err)
		}
	}
	v.s.PC, v.s.NextPC = pc, pc+4
	v.s.Heap = HeapStart
	for r := 1; r < 32; r++ {
		v.s.Regs[r] = 0x01010101 * uint32(r)
	}
	return v
}

// stepBoth steps v and a clone of it through its witness and fails unless
// both give the same post-state.
func stepBoth(t *testing.T, v *VM) {
	t.Helper()
	wit, err := v.clone(t).StepWitness()
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Step(); err != nil {
		t.Fatal(err)
	}
	post, err := VerifyStep(wit)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(post, v.EncodeState()) {
		t.Fatal("witness post-state differs from the step")
	}
}

// TestJumpRegions: j and jal keep the top four bits of the address of the
// delay slot (pc+4), not of the jump itself (MIPS32 manual, J: "the
// remaining upper bits are the corresponding bits of the address of the
// instruction in the delay slot"), and link pc+8; branch targets wrap
// modulo 2^32.
func TestJumpRegions(t *testing.T) {
	for _, tc := range []struct {
		name     string
		pc, insn uint32
		in       map[int]uint32
		next     uint32
		link     int // register that gets pc+8, 0 for none
	}{
		{"j from the last word of a region", 0x0ffffffc, 0x02<<26 | 0x100, nil, 0x10000400, 0},
		{"jal from the last word of a region", 0x0ffffffc, 0x03<<26 | 0x3ffffff, nil, 0x1ffffffc, 31},
		{"j from the second to last word", 0x1ffffff8, 0x02<<26 | 0x100, nil, 0x10000400, 0},
		{"jal across the top of memory", 0xfffffffc, 0x03<<26 | 0x40, nil, 0x00000100, 31},
		{"j in region 0xa", 0xa0000000, 0x02<<26 | 0x10, nil, 0xa0000040, 0},
		{"beq past the top of memory", 0xfffffff8, iType(0x04, 0, 0, 4), nil, 0x0000000c, 0},
		{"bne below address 0", 0x00001000, iType(0x05, 1, 0, -0x800), nil, 0xfffff004, 0},
		{"bgezal forward", 0x0ffffffc, iType(0x01, 0, 0x11, 0x7fff), nil, 0x1001fffc, 31},
		{"jalr links pc+8", 0x0ffffffc, rType(0x09, 1, 0, 5, 0), map[int]uint32{1: 0x40000000}, 0x40000000, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := vmAt(t, tc.pc, tc.insn)
			for r, x := range tc.in {
				v.s.Regs[r] = x
			}
			before := v.s
			stepBoth(t, v)
			want := before
			want.PC, want.NextPC, want.Step = tc.pc+4, tc.next, 1
			if tc.link != 0 {
				want.Regs[tc.link] = tc.pc + 8
			}
			if s := v.State(); s != want {
				t.Fatalf("got  %s\nwant %s", fmtState(s), fmtState(want))
			}
		})
	}
}

// TestStoreConditional: sc stores rt at rs+offset and then sets rt to 1
// (one thread: it always succeeds); ll loads from rs+offset.
func TestStoreConditional(t *testing.T) {
	for _, off := range []int32{8, -8, 0x7ffc} {
		t.Run(fmt.Sprint(off), func(t *testing.T) {
			base := uint32(0x20000)
			addr := uint32(int32(base) + off)
			v := vmAt(t, codeBase, iType(0x38, 1, 2, off))
			v.s.Regs[1], v.s.Regs[2] = base, 0xcafe0001
			_ = v.mem.Store32(base, 0x11111111)
			stepBoth(t, v)
			if got, _ := v.mem.Load32(addr); got != 0xcafe0001 {
				t.Errorf("mem[%#x] = %#x, want 0xcafe0001", addr, got)
			}
			if got, _ := v.mem.Load32(base); got != 0x11111111 {
				t.Errorf("mem[base] = %#x, changed", got)
			}
			if s := v.State(); s.Regs[2] != 1 || s.Status != StatusRunning {
				t.Errorf("rt = %#x status %d, want 1, running", s.Regs[2], s.Status)
			}

			l := vmAt(t, codeBase, iType(0x30, 1, 3, off))
			l.s.Regs[1] = base
			_ = l.mem.Store32(addr, 0x5a5a0042)
			stepBoth(t, l)
			if got := l.State().Regs[3]; got != 0x5a5a0042 {
				t.Errorf("ll rt = %#x, want 0x5a5a0042", got)
			}
		})
	}
}

// TestFaultsKeepTheState: a fault is a final state that keeps everything
// but the status, the fault code and the step count (which counts the
// faulting step): pc, next pc, registers, hi, lo, heap and memory stay.
func TestFaultsKeepTheState(t *testing.T) {
	const data = 0x20000
	for _, tc := range []struct {
		name  string
		pc    uint32
		insn  uint32
		in    map[int]uint32
		fault uint8
	}{
		{"unaligned pc", codeBase + 2, 0, nil, FaultUnaligned},
		{"pc in page 0", 0x40, 0, nil, FaultNull},
		{"unknown opcode", codeBase, 0x3f << 26, nil, FaultInstruction},
		{"unknown function", codeBase, rType(0x3f, 1, 2, 3, 0), nil, FaultInstruction},
		{"unknown REGIMM", codeBase, iType(0x01, 1, 0x02, 4), nil, FaultInstruction},
		{"unknown SPECIAL2", codeBase, sp2(0x3f, 1, 2, 3), nil, FaultInstruction},
		{"break", codeBase, 0x0d, nil, FaultTrap},
		{"tge", codeBase, rType(0x30, 1, 2, 0, 0), map[int]uint32{1: 3, 2: 3}, FaultTrap},
		{"add overflow", codeBase, rType(0x20, 1, 2, 3, 0), map[int]uint32{1: 0x40000000, 2: 0x40000000}, FaultOverflow},
		{"sub overflow", codeBase, rType(0x22, 1, 2, 3, 0), map[int]uint32{1: 0x7fffffff, 2: 0xffffffff}, FaultOverflow},
		{"addi overflow", codeBase, iType(0x08, 1, 2, 1), map[int]uint32{1: 0x7fffffff}, FaultOverflow},
		{"lh unaligned", codeBase, iType(0x25, 1, 2, 1), map[int]uint32{1: data}, FaultUnaligned},
		{"lw unaligned", codeBase, iType(0x23, 1, 2, 2), map[int]uint32{1: data}, FaultUnaligned},
		{"sh unaligned", codeBase, iType(0x29, 1, 2, 3), map[int]uint32{1: data}, FaultUnaligned},
		{"sw unaligned", codeBase, iType(0x2b, 1, 2, 1), map[int]uint32{1: data}, FaultUnaligned},
		{"sc unaligned", codeBase, iType(0x38, 1, 2, 2), map[int]uint32{1: data}, FaultUnaligned},
		{"lb page 0", codeBase, iType(0x20, 0, 2, 0x7ff), nil, FaultNull},
		{"lbu page 0", codeBase, iType(0x24, 0, 2, 1), nil, FaultNull},
		{"lh page 0", codeBase, iType(0x21, 0, 2, 2), nil, FaultNull},
		{"lwl page 0", codeBase, iType(0x22, 0, 2, 5), nil, FaultNull},
		{"lwr page 0", codeBase, iType(0x26, 0, 2, 5), nil, FaultNull},
		{"sb page 0", codeBase, iType(0x28, 0, 2, 9), nil, FaultNull},
		{"sh page 0", codeBase, iType(0x29, 0, 2, 8), nil, FaultNull},
		{"sw page 0", codeBase, iType(0x2b, 0, 2, 8), nil, FaultNull},
		{"sc page 0", codeBase, iType(0x38, 0, 2, 8), nil, FaultNull},
		{"swl page 0", codeBase, iType(0x2a, 0, 2, 7), nil, FaultNull},
		{"swr page 0", codeBase, iType(0x2e, 0, 2, 7), nil, FaultNull},
		{"unknown syscall", codeBase, 0x0c, map[int]uint32{2: 4999}, FaultSyscall},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := vmAt(t, codeBase, tc.insn)
			v.s.PC, v.s.NextPC = tc.pc, 0x30000 // in a delay slot: next pc is not pc+4
			_ = v.mem.Store32(tc.pc&^3, tc.insn)
			for r, x := range tc.in {
				v.s.Regs[r] = x
			}
			v.s.Hi, v.s.Lo, v.s.Step = 0x1234, 0x5678, 41
			_ = v.mem.Store32(data, 0x9abcdef0)
			root := v.mem.Root()
			before := v.s
			stepBoth(t, v)
			want := before
			want.Status, want.ExitCode, want.Step = StatusFault, tc.fault, 42
			if s := v.State(); s != want {
				t.Fatalf("got  %s\nwant %s", fmtState(s), fmtState(want))
			}
			if v.mem.Root() != root {
				t.Fatal("the fault changed memory")
			}
			// A halted state steps to itself.
			stepBoth(t, v)
			if s := v.State(); s != want {
				t.Fatalf("halted state stepped to %s", fmtState(s))
			}
		})
	}
}

// TestStepsFollowNextPC: a step that does not branch moves pc to next pc
// and next pc to next pc + 4 (the delay-slot model), whatever pc was.
func TestStepsFollowNextPC(t *testing.T) {
	v := vmAt(t, codeBase, iType(0x09, 1, 1, 1)) // addiu r1, r1, 1
	v.s.NextPC = 0x30000
	v.s.Regs[1] = 0xffffffff
	stepBoth(t, v)
	if s := v.State(); s.PC != 0x30000 || s.NextPC != 0x30004 || s.Regs[1] != 0 || s.Step != 1 {
		t.Fatalf("pc %#x next %#x r1 %#x step %d, want 0x30000 0x30004 0 1", s.PC, s.NextPC, s.Regs[1], s.Step)
	}
	// Several steps at once count each step.
	w := vmAt(t, codeBase, iType(0x09, 1, 1, 3), iType(0x09, 1, 1, 5), iType(0x09, 1, 1, 7), 0x0d)
	w.s.Regs[1] = 0
	w.runN(3)
	if s := w.State(); s.Regs[1] != 15 || s.Step != 3 || s.PC != codeBase+12 || s.Status != StatusRunning {
		t.Fatalf("after 3 steps: r1 %d step %d pc %#x status %d, want 15 3 %#x running", s.Regs[1], s.Step, s.PC, codeBase+12, s.Status)
	}
	w.runN(5)
	if s := w.State(); s.Step != 4 || s.Status != StatusFault || s.PC != codeBase+12 {
		t.Fatalf("after the break: step %d status %d pc %#x, want 4, fault, %#x", s.Step, s.Status, s.PC, codeBase+12)
	}
}
