package vm

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"path/filepath"
	"testing"

	"github.com/rmsnet/rms/merkle"
)

const codeBase = 0x10000

// bareVM returns a VM with code at codeBase and the given registers.
func bareVM(t testing.TB, code ...uint32) *VM {
	v := &VM{mem: newMemory()}
	for i, c := range code {
		if err := v.mem.Store32(codeBase+uint32(4*i), c); err != nil {
			t.Fatal(err)
		}
	}
	v.s.PC, v.s.NextPC = codeBase, codeBase+4
	v.s.Heap = HeapStart
	return v
}

// Encoders for the test programs.
func rType(fn, rs, rt, rd, sa uint32) uint32 { return rs<<21 | rt<<16 | rd<<11 | sa<<6 | fn }
func iType(op, rs, rt uint32, imm int32) uint32 {
	return op<<26 | rs<<21 | rt<<16 | uint32(uint16(imm))
}
func sp2(fn, rs, rt, rd uint32) uint32 { return 0x1c<<26 | rs<<21 | rt<<16 | rd<<11 | fn }

func TestInstructions(t *testing.T) {
	type regs map[int]uint32
	tests := []struct {
		name    string
		insn    uint32
		in      regs
		hi, lo  uint32 // initial
		want    regs
		wantHi  *uint32
		wantLo  *uint32
		nextPC  uint32 // expected NextPC after the step (0: sequential)
		fault   uint8
		memIn   map[uint32]uint32
		memWant map[uint32]uint32
	}{
		{name: "addu", insn: rType(0x21, 1, 2, 3, 0), in: regs{1: 0xffffffff, 2: 2}, want: regs{3: 1}},
		{name: "add overflow", insn: rType(0x20, 1, 2, 3, 0), in: regs{1: 0x7fffffff, 2: 1}, fault: FaultOverflow},
		{name: "add", insn: rType(0x20, 1, 2, 3, 0), in: regs{1: 0xfffffffe, 2: 1}, want: regs{3: 0xffffffff}},
		{name: "sub overflow", insn: rType(0x22, 1, 2, 3, 0), in: regs{1: 0x80000000, 2: 1}, fault: FaultOverflow},
		{name: "subu", insn: rType(0x23, 1, 2, 3, 0), in: regs{1: 0, 2: 1}, want: regs{3: 0xffffffff}},
		{name: "addi overflow", insn: iType(0x08, 1, 2, -1), in: regs{1: 0x80000000}, fault: FaultOverflow},
		{name: "addiu", insn: iType(0x09, 1, 2, -1), in: regs{1: 5}, want: regs{2: 4}},
		{name: "write to zero", insn: iType(0x09, 1, 0, 7), in: regs{1: 5}, want: regs{0: 0}},
		{name: "sll", insn: rType(0x00, 0, 1, 2, 4), in: regs{1: 0x8000000f}, want: regs{2: 0xf0}},
		{name: "srl", insn: rType(0x02, 0, 1, 2, 4), in: regs{1: 0x80000000}, want: regs{2: 0x08000000}},
		{name: "sra", insn: rType(0x03, 0, 1, 2, 4), in: regs{1: 0x80000000}, want: regs{2: 0xf8000000}},
		{name: "sllv", insn: rType(0x04, 3, 1, 2, 0), in: regs{1: 1, 3: 33}, want: regs{2: 2}},
		{name: "srav", insn: rType(0x07, 3, 1, 2, 0), in: regs{1: 0x80000000, 3: 31}, want: regs{2: 0xffffffff}},
		{name: "slt", insn: rType(0x2a, 1, 2, 3, 0), in: regs{1: 0xffffffff, 2: 0}, want: regs{3: 1}},
		{name: "sltu", insn: rType(0x2b, 1, 2, 3, 0), in: regs{1: 0xffffffff, 2: 0}, want: regs{3: 0}},
		{name: "slti", insn: iType(0x0a, 1, 2, -1), in: regs{1: 0xfffffffe}, want: regs{2: 1}},
		{name: "sltiu", insn: iType(0x0b, 1, 2, -1), in: regs{1: 5}, want: regs{2: 1}},
		{name: "andi zero-extends", insn: iType(0x0c, 1, 2, -1), in: regs{1: 0xffffffff}, want: regs{2: 0xffff}},
		{name: "ori", insn: iType(0x0d, 1, 2, 0x0f0f), in: regs{1: 0xf0000000}, want: regs{2: 0xf0000f0f}},
		{name: "xori", insn: iType(0x0e, 1, 2, 0xff), in: regs{1: 0x0f}, want: regs{2: 0xf0}},
		{name: "lui", insn: iType(0x0f, 0, 2, 0x1234), want: regs{2: 0x12340000}},
		{name: "nor", insn: rType(0x27, 1, 2, 3, 0), in: regs{1: 1, 2: 2}, want: regs{3: 0xfffffffc}},
		{name: "movz", insn: rType(0x0a, 1, 2, 3, 0), in: regs{1: 9, 2: 0, 3: 1}, want: regs{3: 9}},
		{name: "movn not taken", insn: rType(0x0b, 1, 2, 3, 0), in: regs{1: 9, 2: 0, 3: 1}, want: regs{3: 1}},
		{name: "mul", insn: sp2(0x02, 1, 2, 3), in: regs{1: 0xfffffffd, 2: 7}, want: regs{3: 0xffffffeb}},
		{name: "clz", insn: sp2(0x20, 1, 0, 3), in: regs{1: 0x00010000}, want: regs{3: 15}},
		{name: "clz zero", insn: sp2(0x20, 1, 0, 3), in: regs{1: 0}, want: regs{3: 32}},
		{name: "clo", insn: sp2(0x21, 1, 0, 3), in: regs{1: 0xf0000000}, want: regs{3: 4}},
		{name: "mult", insn: rType(0x18, 1, 2, 0, 0), in: regs{1: 0xffffffff, 2: 2}, wantHi: u32(0xffffffff), wantLo: u32(0xfffffffe)},
		{name: "multu", insn: rType(0x19, 1, 2, 0, 0), in: regs{1: 0xffffffff, 2: 2}, wantHi: u32(1), wantLo: u32(0xfffffffe)},
		{name: "madd", insn: sp2(0x00, 1, 2, 0), in: regs{1: 0xffffffff, 2: 1}, hi: 0, lo: 1, wantHi: u32(0), wantLo: u32(0)},
		{name: "msubu", insn: sp2(0x05, 1, 2, 0), in: regs{1: 1, 2: 1}, hi: 0, lo: 0, wantHi: u32(0xffffffff), wantLo: u32(0xffffffff)},
		{name: "div", insn: rType(0x1a, 1, 2, 0, 0), in: regs{1: 0xfffffff9, 2: 2}, wantHi: u32(0xffffffff), wantLo: u32(0xfffffffd)},
		{name: "div by zero", insn: rType(0x1a, 1, 2, 0, 0), in: regs{1: 5, 2: 0}, wantHi: u32(5), wantLo: u32(0xffffffff)},
		{name: "div min/-1", insn: rType(0x1a, 1, 2, 0, 0), in: regs{1: 0x80000000, 2: 0xffffffff}, wantHi: u32(0), wantLo: u32(0x80000000)},
		{name: "divu", insn: rType(0x1b, 1, 2, 0, 0), in: regs{1: 0xffffffff, 2: 16}, wantHi: u32(15), wantLo: u32(0x0fffffff)},
		{name: "mfhi", insn: rType(0x10, 0, 0, 3, 0), hi: 42, want: regs{3: 42}},
		{name: "mflo", insn: rType(0x12, 0, 0, 3, 0), lo: 43, want: regs{3: 43}},
		{name: "mthi", insn: rType(0x11, 1, 0, 0, 0), in: regs{1: 44}, wantHi: u32(44)},
		{name: "beq taken", insn: iType(0x04, 1, 2, -4), in: regs{1: 3, 2: 3}, nextPC: codeBase + 4 - 16},
		{name: "bne not taken", insn: iType(0x05, 1, 2, 8), in: regs{1: 3, 2: 3}},
		{name: "blez", insn: iType(0x06, 1, 0, 2), in: regs{1: 0}, nextPC: codeBase + 12},
		{name: "bgtz", insn: iType(0x07, 1, 0, 2), in: regs{1: 0x80000000}},
		{name: "bltz", insn: iType(0x01, 1, 0, 2), in: regs{1: 0x80000000}, nextPC: codeBase + 12},
		{name: "bgezal", insn: iType(0x01, 0, 0x11, 5), want: regs{31: codeBase + 8}, nextPC: codeBase + 24},
		{name: "bltzal not taken links", insn: iType(0x01, 0, 0x10, 5), want: regs{31: codeBase + 8}},
		{name: "j", insn: 0x02<<26 | 0x100, nextPC: 0x400},
		{name: "jal", insn: 0x03<<26 | 0x100, want: regs{31: codeBase + 8}, nextPC: 0x400},
		{name: "jr", insn: rType(0x08, 1, 0, 0, 0), in: regs{1: 0x2000}, nextPC: 0x2000},
		{name: "jalr", insn: rType(0x09, 1, 0, 31, 0), in: regs{1: 0x2000}, want: regs{31: codeBase + 8}, nextPC: 0x2000},
		{name: "jalr rd=rs", insn: rType(0x09, 1, 0, 1, 0), in: regs{1: 0x2000}, want: regs{1: codeBase + 8}, nextPC: 0x2000},
		{name: "teq", insn: rType(0x34, 1, 2, 0, 0), in: regs{1: 1, 2: 1}, fault: FaultTrap},
		{name: "teq false", insn: rType(0x34, 1, 2, 0, 0), in: regs{1: 1, 2: 2}},
		{name: "break", insn: 0x0d, fault: FaultTrap},
		{name: "sync", insn: 0x0f},
		{name: "cop1", insn: 0x11 << 26, fault: FaultInstruction},
		{name: "beql", insn: 0x14 << 26, fault: FaultInstruction},
		{name: "lb", insn: iType(0x20, 1, 2, 1), in: regs{1: 0x2000}, memIn: map[uint32]uint32{0x2000: 0x0080ff00}, want: regs{2: 0xffffff80}},
		{name: "lbu", insn: iType(0x24, 1, 2, 2), in: regs{1: 0x2000}, memIn: map[uint32]uint32{0x2000: 0x0080ff00}, want: regs{2: 0xff}},
		{name: "lh", insn: iType(0x21, 1, 2, 2), in: regs{1: 0x2000}, memIn: map[uint32]uint32{0x2000: 0x1234fffe}, want: regs{2: 0xfffffffe}},
		{name: "lhu", insn: iType(0x25, 1, 2, 0), in: regs{1: 0x2000}, memIn: map[uint32]uint32{0x2000: 0x8234fffe}, want: regs{2: 0x8234}},
		{name: "lh unaligned", insn: iType(0x21, 1, 2, 1), in: regs{1: 0x2000}, fault: FaultUnaligned},
		{name: "lw", insn: iType(0x23, 1, 2, -4), in: regs{1: 0x2004}, memIn: map[uint32]uint32{0x2000: 0xdeadbeef}, want: regs{2: 0xdeadbeef}},
		{name: "lw unaligned", insn: iType(0x23, 1, 2, 2), in: regs{1: 0x2000}, fault: FaultUnaligned},
		{name: "lw page 0", insn: iType(0x23, 0, 2, 0x10), fault: FaultNull},
		{name: "ll", insn: iType(0x30, 1, 2, 0), in: regs{1: 0x2000}, memIn: map[uint32]uint32{0x2000: 7}, want: regs{2: 7}},
		{name: "lwl 1", insn: iType(0x22, 1, 2, 1), in: regs{1: 0x2000, 2: 0xaabbccdd}, memIn: map[uint32]uint32{0x2000: 0x11223344}, want: regs{2: 0x223344dd}},
		{name: "lwl 0", insn: iType(0x22, 1, 2, 0), in: regs{1: 0x2000, 2: 0xaabbccdd}, memIn: map[uint32]uint32{0x2000: 0x11223344}, want: regs{2: 0x11223344}},
		{name: "lwr 1", insn: iType(0x26, 1, 2, 1), in: regs{1: 0x2000, 2: 0xaabbccdd}, memIn: map[uint32]uint32{0x2000: 0x11223344}, want: regs{2: 0xaabb1122}},
		{name: "lwr 3", insn: iType(0x26, 1, 2, 3), in: regs{1: 0x2000, 2: 0xaabbccdd}, memIn: map[uint32]uint32{0x2000: 0x11223344}, want: regs{2: 0x11223344}},
		{name: "sb", insn: iType(0x28, 1, 2, 2), in: regs{1: 0x2000, 2: 0x1ff}, memIn: map[uint32]uint32{0x2000: 0x11223344}, memWant: map[uint32]uint32{0x2000: 0x1122ff44}},
		{name: "sh", insn: iType(0x29, 1, 2, 2), in: regs{1: 0x2000, 2: 0xabcd}, memIn: map[uint32]uint32{0x2000: 0x11223344}, memWant: map[uint32]uint32{0x2000: 0x1122abcd}},
		{name: "sw", insn: iType(0x2b, 1, 2, 4), in: regs{1: 0x2000, 2: 0xcafef00d}, memWant: map[uint32]uint32{0x2004: 0xcafef00d}},
		{name: "sw unaligned", insn: iType(0x2b, 1, 2, 1), in: regs{1: 0x2000}, fault: FaultUnaligned},
		{name: "sc", insn: iType(0x38, 1, 2, 0), in: regs{1: 0x2000, 2: 5}, want: regs{2: 1}, memWant: map[uint32]uint32{0x2000: 5}},
		{name: "swl 1", insn: iType(0x2a, 1, 2, 1), in: regs{1: 0x2000, 2: 0xaabbccdd}, memIn: map[uint32]uint32{0x2000: 0x11223344}, memWant: map[uint32]uint32{0x2000: 0x11aabbcc}},
		{name: "swl 0", insn: iType(0x2a, 1, 2, 0), in: regs{1: 0x2000, 2: 0xaabbccdd}, memIn: map[uint32]uint32{0x2000: 0x11223344}, memWant: map[uint32]uint32{0x2000: 0xaabbccdd}},
		{name: "swr 1", insn: iType(0x2e, 1, 2, 1), in: regs{1: 0x2000, 2: 0xaabbccdd}, memIn: map[uint32]uint32{0x2000: 0x11223344}, memWant: map[uint32]uint32{0x2000: 0xccdd3344}},
		{name: "swr 3", insn: iType(0x2e, 1, 2, 3), in: regs{1: 0x2000, 2: 0xaabbccdd}, memIn: map[uint32]uint32{0x2000: 0x11223344}, memWant: map[uint32]uint32{0x2000: 0xaabbccdd}},
		{name: "unknown syscall", insn: 0x0c, in: regs{2: 4999}, fault: FaultSyscall},
		{name: "mmap", insn: 0x0c, in: regs{2: sysMmap, 5: 5000, 7: mapAnonymous}, want: regs{2: HeapStart, 7: 0}},
		{name: "clone faults", insn: 0x0c, in: regs{2: 4120}, fault: FaultSyscall},
		{name: "open fails", insn: 0x0c, in: regs{2: sysOpenat}, want: regs{2: eNOENT, 7: 1}},
		{name: "futex deadlock", insn: 0x0c, in: regs{2: sysFutex, 4: 0x2000, 5: 0, 6: 0}, fault: FaultDeadlock},
		{name: "futex again", insn: 0x0c, in: regs{2: sysFutex, 4: 0x2000, 5: 0, 6: 1}, want: regs{2: eAGAIN, 7: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := bareVM(t, tt.insn)
			for r, x := range tt.in {
				v.s.Regs[r] = x
			}
			v.s.Hi, v.s.Lo = tt.hi, tt.lo
			for a, x := range tt.memIn {
				_ = v.mem.Store32(a, x)
			}
			// The witness path must agree with the fast path.
			w := v.clone(t)
			wit, err := w.StepWitness()
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
			if !bytes.Equal(post, v.EncodeState()) || !bytes.Equal(wit.PostState, post) {
				t.Fatalf("witness post-state differs from the step")
			}
			s := v.State()
			if tt.fault != 0 {
				if s.Status != StatusFault || s.ExitCode != tt.fault {
					t.Fatalf("status %d code %d, want fault %d", s.Status, s.ExitCode, tt.fault)
				}
				return
			}
			if s.Status != StatusRunning {
				t.Fatalf("status %d (%s)", s.Status, FaultName(s.ExitCode))
			}
			for r, x := range tt.want {
				if s.Regs[r] != x {
					t.Errorf("r%d = %#x, want %#x", r, s.Regs[r], x)
				}
			}
			if tt.wantHi != nil && s.Hi != *tt.wantHi {
				t.Errorf("hi = %#x, want %#x", s.Hi, *tt.wantHi)
			}
			if tt.wantLo != nil && s.Lo != *tt.wantLo {
				t.Errorf("lo = %#x, want %#x", s.Lo, *tt.wantLo)
			}
			want := tt.nextPC
			if want == 0 {
				want = codeBase + 8
			}
			if s.PC != codeBase+4 || s.NextPC != want {
				t.Errorf("pc %#x next %#x, want %#x %#x", s.PC, s.NextPC, codeBase+4, want)
			}
			for a, x := range tt.memWant {
				got, _ := v.mem.Load32(a)
				if got != x {
					t.Errorf("mem[%#x] = %#x, want %#x", a, got, x)
				}
			}
			if s.Step != 1 {
				t.Errorf("step %d", s.Step)
			}
		})
	}
}

func u32(x uint32) *uint32 { return &x }

// clone copies a VM through a snapshot.
func (v *VM) clone(t testing.TB) *VM {
	w := &VM{mem: newMemory(), cfg: v.cfg}
	w.Restore(v.Snapshot())
	return w
}

func TestDelaySlot(t *testing.T) {
	// beq r0,r0,+2 ; addiu r1,r1,1 (delay slot) ; addiu r1,r1,10 (skipped) ; addiu r1,r1,100 (target)
	v := bareVM(t, iType(0x04, 0, 0, 2), iType(0x09, 1, 1, 1), iType(0x09, 1, 1, 10), iType(0x09, 1, 1, 100))
	for i := 0; i < 3; i++ {
		if err := v.Step(); err != nil {
			t.Fatal(err)
		}
	}
	if got := v.State().Regs[1]; got != 101 {
		t.Fatalf("r1 = %d, want 101 (delay slot runs, skipped instruction does not)", got)
	}
}

func TestHaltedStepsToItself(t *testing.T) {
	v := bareVM(t, 0x0d) // break
	_ = v.Step()
	h := v.StateHash()
	_ = v.Step()
	wit, err := v.StepWitness()
	if err != nil {
		t.Fatal(err)
	}
	if v.StateHash() != h || !bytes.Equal(wit.State, wit.PostState) {
		t.Fatal("a halted state must step to itself")
	}
	if len(wit.Proofs) != 0 {
		t.Fatalf("halted step uses %d proofs", len(wit.Proofs))
	}
}

// TestTextExecutes runs every word of the executable segments of real
// guest binaries as a single instruction: none may be unknown.
func TestTextExecutes(t *testing.T) {
	for _, name := range []string{"hello", "bigjson", "softfloat"} {
		f, err := elf.Open(filepath.Join(buildProgs(t), name))
		if err != nil {
			t.Fatal(err)
		}
		text := f.Section(".text")
		data, err := text.Data()
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		p := loadProg(t, name)
		seen := map[uint32]bool{}
		for off := 0; off+4 <= len(data); off += 4 {
			insn := binary.BigEndian.Uint32(data[off:])
			// Keep opcode, function and the rt field of REGIMM.
			k := insn & 0xfc1f003f
			if seen[k] {
				continue
			}
			seen[k] = true
			v := bareVM(t, insn)
			for r := 1; r < 32; r++ {
				v.s.Regs[r] = 0x2000
			}
			v.s.Regs[2] = sysGetpid // a syscall in the text
			_ = v.Step()
			if s := v.State(); s.Status == StatusFault && s.ExitCode == FaultInstruction {
				addr := uint32(text.Addr) + uint32(off)
				fn := "?"
				for n, sy := range p.Symbols {
					if addr >= sy.Addr && addr < sy.Addr+sy.Size {
						fn = n
					}
				}
				if insn == 0x7c03e83b && (fn == "runtime.save_g" || fn == "runtime.load_g") {
					// rdhwr v1, $29 reads the TLS pointer on the cgo path only
					// (iscgo is false in these static programs).
					continue
				}
				t.Errorf("%s: word %#08x at %#x (%s) is not a supported instruction", name, insn, addr, fn)
			}
		}
	}
}

func FuzzStep(f *testing.F) {
	f.Add(uint32(0x00221821), uint32(1), uint32(2), uint32(0x2000), uint32(0))
	f.Add(uint32(0xac220004), uint32(0x2000), uint32(5), uint32(0), uint32(0))
	f.Add(uint32(0x8c220000), uint32(0x3ffc), uint32(5), uint32(0), uint32(0))
	f.Add(uint32(0x0000000c), uint32(4263), uint32(0x2000), uint32(0x2000), uint32(0))
	f.Add(uint32(0x88220001), uint32(0x2000), uint32(5), uint32(0), uint32(0))
	f.Add(uint32(0xb8220003), uint32(0x2000), uint32(5), uint32(0), uint32(0))
	f.Fuzz(func(t *testing.T, insn, a, b, c, hilo uint32) {
		v := bareVM(t, insn)
		// Registers take the three fuzzed values in turn (addresses among
		// them), every third one also shifted by its number, so that
		// operands differ and rarely equal.
		for r := 1; r < 32; r++ {
			v.s.Regs[r] = [3]uint32{a, b, c}[r%3]
			if r%3 == 1 && r > 3 {
				v.s.Regs[r] += uint32(r) << (hilo & 31)
			}
		}
		// The syscall number comes from v0 = r2.
		v.s.Regs[2] = a
		v.s.Hi, v.s.Lo = hilo, ^hilo
		w := v.clone(t)
		wit, err := w.StepWitness()
		if err != nil {
			// Only a preimage read without an oracle may fail, on both paths.
			if errors.Is(err, ErrDataSource) && errors.Is(v.Step(), ErrDataSource) {
				return
			}
			t.Fatal(err)
		}
		if err := v.Step(); err != nil {
			t.Fatal(err)
		}
		dec, err := DecodeWitness(wit.Encode())
		if err != nil {
			t.Fatal(err)
		}
		post, err := VerifyStep(dec)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(post, v.EncodeState()) {
			t.Fatalf("insn %#08x: witness post-state differs from the step", insn)
		}
	})
}

func FuzzDecodeWitness(f *testing.F) {
	v := bareVM(f, iType(0x2b, 1, 2, 4))
	v.s.Regs[1] = 0x2000
	w, err := v.StepWitness()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(w.Encode())
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		w, err := DecodeWitness(b)
		if err != nil {
			return
		}
		if !bytes.Equal(w.Encode(), b) {
			t.Fatal("witness does not round-trip")
		}
		_, _ = VerifyStep(w)
	})
}

// FuzzDecodeState decodes arbitrary packed states; what decodes must encode
// back to the same bytes and step (with its witness replayed) without
// panicking.
func FuzzDecodeState(f *testing.F) {
	v := bareVM(f, iType(0x09, 1, 2, 5))
	f.Add(v.EncodeState(), uint32(0x00221821))
	f.Add(make([]byte, StateSize), uint32(0x8c220000))
	f.Fuzz(func(t *testing.T, b []byte, insn uint32) {
		s, root, err := DecodeState(b)
		if err != nil {
			return
		}
		if !bytes.Equal(s.Encode(root), b) {
			t.Fatal("state does not round-trip")
		}
		w := bareVM(t, insn)
		pc := w.s.PC
		w.s = s
		w.s.PC, w.s.NextPC = pc, s.NextPC
		wit, err := w.clone(t).StepWitness()
		if err != nil {
			if errors.Is(err, ErrDataSource) && errors.Is(w.Step(), ErrDataSource) {
				return
			}
			t.Fatal(err)
		}
		_ = w.Step()
		post, err := VerifyStep(wit)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(post, w.EncodeState()) {
			t.Fatal("witness post-state differs")
		}
	})
}

// FuzzDecode checks that the disassembler and the step agree on which
// instruction words exist: Disasm is "" exactly when executing the word is
// FaultInstruction.
func FuzzDecode(f *testing.F) {
	for _, w := range []uint32{0, 0x0000000c, 0x03e00008, 0x7c03e83b, 0x8c220004, 0x70221802, 0x44000000, 0x0000003f, 0x04110005} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, insn uint32) {
		v := bareVM(t, insn)
		for r := 1; r < 32; r++ {
			v.s.Regs[r] = 0x2000
		}
		v.s.Regs[2] = sysGetpid
		_ = v.Step()
		s := v.State()
		unknown := s.Status == StatusFault && s.ExitCode == FaultInstruction
		if d := Disasm(insn); (d == "") != unknown {
			t.Fatalf("%#08x: disasm %q, step status %d code %d", insn, d, s.Status, s.ExitCode)
		}
	})
}

func TestDisasm(t *testing.T) {
	for insn, want := range map[uint32]string{
		0:                        "nop",
		0x03e00008:               "jr $31",
		0x8c220004:               "lw $2, 4($1)",
		iType(0x09, 29, 29, -16): "addiu $29, $29, -16",
		0x0000000c:               "syscall",
		0x7c03e83b:               "",
	} {
		if got := Disasm(insn); got != want {
			t.Errorf("Disasm(%#08x) = %q, want %q", insn, got, want)
		}
	}
}

// TestWriteNeverStopsTheStep: the bytes of a write leave the VM, so a buffer
// that cannot be read (page 0, past the end of memory, a mapped page whose
// source is missing) is not captured, and the step returns the count as the
// on-chain step does, with no page materialised.
func TestWriteNeverStopsTheStep(t *testing.T) {
	for _, tc := range []struct {
		name string
		addr uint32
		n    uint32
	}{
		{"page 0", 0x10, 64},
		{"past the end", 0xfffffff0, 64},
		{"mapped page without source", 0x20000000, 4096},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			v := bareVM(t, 0x0000000c)
			v.cfg.stdout = &out
			v.out[1] = &out
			v.mem.source = NewMemSource() // holds no blob
			if err := v.mem.mapRegion(0x20000000, 16, merkle.Keccak([]byte("absent")), 11); err != nil {
				t.Fatal(err)
			}
			v.s.Regs[2], v.s.Regs[4], v.s.Regs[5], v.s.Regs[6] = sysWrite, 1, tc.addr, tc.n
			pages := v.mem.pages.n
			wit, err := v.clone(t).StepWitness()
			if err != nil {
				t.Fatal(err)
			}
			if err := v.Step(); err != nil {
				t.Fatalf("step: %v", err)
			}
			if s := v.State(); s.Status != StatusRunning || s.Regs[2] != tc.n || s.Regs[7] != 0 {
				t.Fatalf("status %d v0 %d a3 %d, want running, %d, 0", s.Status, s.Regs[2], s.Regs[7], tc.n)
			}
			if out.Len() != 0 || v.mem.pages.n != pages {
				t.Fatalf("captured %d bytes, %d pages materialised", out.Len(), v.mem.pages.n-pages)
			}
			post, err := VerifyStep(wit)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(post, v.EncodeState()) {
				t.Fatal("witness post-state differs from the step")
			}
		})
	}
}

// TestVerifyStepRejects: VerifyStep refuses a witness with a missing,
// extra, misordered, altered or misplaced proof, and a preimage part that
// is missing or not read by the step.
func TestVerifyStepRejects(t *testing.T) {
	// sw $2, 0x40($1): fetch + one store in another page.
	store := bareVM(t, iType(0x2b, 1, 2, 0x40))
	store.s.Regs[1], store.s.Regs[2] = 0x20000, 0xdeadbeef
	sw, err := store.StepWitness()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := VerifyStep(sw); err != nil {
		t.Fatalf("honest witness: %v", err)
	}
	// SysPreimageRead: fetch + a preimage part.
	read := bareVM(t, 0x0c)
	read.cfg.oracle = LocalInputs{[]byte("0123456789")}
	read.s.Regs[2] = SysPreimageRead
	read.s.PreimageKey = LocalKey(0)
	rw, err := read.StepWitness()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := VerifyStep(rw); err != nil || rw.Preimage == nil {
		t.Fatalf("honest preimage witness: %v", err)
	}
	cp := func(w *Witness) *Witness {
		c := *w
		c.Proofs = nil
		for _, p := range w.Proofs {
			p.Siblings = append([]merkle.Hash(nil), p.Siblings...)
			c.Proofs = append(c.Proofs, p)
		}
		return &c
	}
	for _, tc := range []struct {
		name string
		w    *Witness
		mod  func(w *Witness)
	}{
		{"missing proof", sw, func(w *Witness) { w.Proofs = w.Proofs[:1] }},
		{"no proofs", sw, func(w *Witness) { w.Proofs = nil }},
		{"extra proof", sw, func(w *Witness) { w.Proofs = append(w.Proofs, w.Proofs[1]) }},
		{"misordered", sw, func(w *Witness) { w.Proofs[0], w.Proofs[1] = w.Proofs[1], w.Proofs[0] }},
		{"value", sw, func(w *Witness) { w.Proofs[1].Value[0] ^= 1 }},
		{"fetched value", sw, func(w *Witness) { w.Proofs[0].Value[31] ^= 1 }},
		{"sibling", sw, func(w *Witness) { w.Proofs[1].Siblings[26][0] ^= 1 }},
		{"address", sw, func(w *Witness) { w.Proofs[1].Addr += 32 }},
		{"height", sw, func(w *Witness) { w.Proofs[1].Height = 1; w.Proofs[1].Siblings = w.Proofs[1].Siblings[1:] }},
		{"short path", sw, func(w *Witness) { w.Proofs[1].Siblings = w.Proofs[1].Siblings[:26] }},
		{"preimage part not read", sw, func(w *Witness) { w.Preimage = &PreimagePart{} }},
		{"preimage part missing", rw, func(w *Witness) { w.Preimage = nil }},
	} {
		w := cp(tc.w)
		tc.mod(w)
		if _, err := VerifyStep(w); !errors.Is(err, ErrWitness) {
			t.Errorf("%s: %v, want ErrWitness", tc.name, err)
		}
	}
}
