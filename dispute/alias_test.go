package dispute

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"testing"

	"github.com/rmsnet/rms/vm"
)

// TestStepAliasing runs steps whose memory accesses hit the leaf the
// instruction was fetched from, the leaf another access of the same step
// touched, or leaves whose paths meet at every height, and register fields
// that name the same register twice. Each is where the contract takes a
// value or siblings from the previous proof instead of the witness, or reads
// a register after the step wrote it; the Go step, its replay and the
// contract must agree on all of them.
func TestStepAliasing(t *testing.T) {
	c := newTestChain(t)
	p := loadPreimages(t, c)
	const pc = textBase + 0x18 // leaf textBase, word 6
	const leaf = textBase
	r := rand.New(rand.NewPCG(11, 11))
	blobRoot := p.root
	type tc struct {
		name string
		insn uint32
		regs map[int]uint32
		mem  []vm.Segment
		pc   uint32 // default pc
		want string
		step uint64
		heap uint32
	}
	mem := func(rs uint32, addr uint32, op uint32, rt uint32) (uint32, map[int]uint32) {
		return iType(op, rs, rt, 0), map[int]uint32{int(rs): addr}
	}
	var cases []tc
	// Loads and stores of every kind into the fetched leaf: the same word,
	// another word of the leaf, every byte offset.
	for _, op := range []uint32{0x20, 0x24, 0x21, 0x25, 0x23, 0x30, 0x22, 0x26, 0x28, 0x29, 0x2b, 0x38, 0x2a, 0x2e} {
		for _, addr := range []uint32{pc, pc + 1, pc + 2, pc + 3, leaf, leaf + 31, pc + 4} {
			insn, regs := mem(5, addr, op, 6)
			regs[6] = 0x8badf00d
			cases = append(cases, tc{name: "fetched leaf", insn: insn, regs: regs})
		}
	}
	// Stores into leaves whose paths meet the fetch path at level d.
	for d := 0; d < vm.MemDepth; d++ {
		addr := uint32(leaf ^ (32 << d))
		if addr < vm.PageSize {
			continue
		}
		insn, regs := mem(5, addr+4, 0x2b, 6)
		regs[6] = uint32(d) * 0x01010101
		cases = append(cases, tc{name: "store meets fetch", insn: insn, regs: regs})
		insn, regs = mem(5, addr+8, 0x23, 6)
		cases = append(cases, tc{name: "load meets fetch", insn: insn, regs: regs})
	}
	// Register aliasing: the same register as source and destination.
	cases = append(cases,
		tc{name: "jalr rd=rs", insn: rType(0x09, 31, 0, 31, 0), regs: map[int]uint32{31: textBase + 0x800}},
		tc{name: "bltzal rs=31", insn: iType(1, 31, 0x10, 0x10), regs: map[int]uint32{31: 0x80000000}},
		tc{name: "bgezal rs=31", insn: iType(1, 31, 0x11, 0x10), regs: map[int]uint32{31: 5}},
		tc{name: "lwl rt=rs", insn: iType(0x22, 7, 7, 1), regs: map[int]uint32{7: dataBase + 0x41}},
		tc{name: "lwr rt=rs", insn: iType(0x26, 7, 7, 0), regs: map[int]uint32{7: dataBase + 0x42}},
		tc{name: "sc rt=rs", insn: iType(0x38, 7, 7, 0), regs: map[int]uint32{7: dataBase + 0x40}},
		tc{name: "lw into $0", insn: iType(0x23, 7, 0, 0), regs: map[int]uint32{7: dataBase + 0x40}},
		tc{name: "sc into $0", insn: iType(0x38, 7, 0, 0), regs: map[int]uint32{7: dataBase + 0x40}},
		tc{name: "jalr $0", insn: rType(0x09, 7, 0, 0, 0), regs: map[int]uint32{7: textBase + 0x100}},
		tc{name: "madd same regs", insn: sp2(0, 7, 7, 0), regs: map[int]uint32{7: 0x80000000}},
		tc{name: "mult same regs", insn: rType(0x18, 7, 7, 0, 0), regs: map[int]uint32{7: 0x80000000}},
		tc{name: "multu same regs", insn: rType(0x19, 7, 7, 0, 0), regs: map[int]uint32{7: 0xffffffff}},
		tc{name: "div min/-1 rem", insn: rType(0x1a, 7, 8, 0, 0), regs: map[int]uint32{7: 0x80000000, 8: 0xffffffff}},
		tc{name: "div -7/2", insn: rType(0x1a, 7, 8, 0, 0), regs: map[int]uint32{7: 0xfffffff9, 8: 2}},
		tc{name: "div 7/-2", insn: rType(0x1a, 7, 8, 0, 0), regs: map[int]uint32{7: 7, 8: 0xfffffffe}},
		tc{name: "sra 31", insn: rType(0x03, 0, 7, 8, 31), regs: map[int]uint32{7: 0x80000000}},
		tc{name: "srav 63", insn: rType(0x07, 9, 7, 8, 0), regs: map[int]uint32{7: 0x80000001, 9: 63}},
		tc{name: "srlv 32", insn: rType(0x06, 9, 7, 8, 0), regs: map[int]uint32{7: 0x80000001, 9: 32}},
		tc{name: "sllv -1", insn: rType(0x04, 9, 7, 8, 0), regs: map[int]uint32{7: 3, 9: 0xffffffff}},
		tc{name: "msubu wraps", insn: sp2(5, 7, 8, 0), regs: map[int]uint32{7: 0xffffffff, 8: 0xffffffff}},
		tc{name: "clz 0", insn: sp2(0x20, 0, 0, 8)},
		tc{name: "clo -1", insn: sp2(0x21, 7, 0, 8), regs: map[int]uint32{7: 0xffffffff}},
		tc{name: "branch back wraps", insn: iType(4, 0, 0, 0x8000), pc: 0x1000},
		tc{name: "jump region", insn: 2<<26 | 0x03ffffff, pc: 0xffffffd8},
	)
	// Syscalls whose accesses alias the fetched leaf or each other.
	sys := func(name string, nr uint32, a [4]uint32, want string, mem ...vm.Segment) tc {
		return tc{name: name, insn: syscallInsn, regs: map[int]uint32{2: nr, 4: a[0], 5: a[1], 6: a[2], 7: a[3]}, mem: mem, want: want}
	}
	rootAt := func(addr uint32) vm.Segment { return vm.Segment{Vaddr: addr, Data: blobRoot[:]} }
	cases = append(cases,
		sys("sched_getaffinity fetched leaf", 4240, [4]uint32{0, 128, pc + 1}, ""),
		sys("clock_gettime fetched leaf", 4263, [4]uint32{1, leaf + 28}, ""),
		sys("clock_gettime fetched word", 4263, [4]uint32{1, pc - 4}, ""),
		sys("futex wait fetched word", 4238, [4]uint32{pc, 0, syscallInsn, 0}, "deadlock"),
		sys("futex wait fetched leaf", 4238, [4]uint32{leaf, 0, 0, 1}, ""),
		sys("preimage key fetched leaf", vm.SysPreimageKey, [4]uint32{leaf}, ""),
		sys("commit fetched leaf", vm.SysCommit, [4]uint32{leaf}, ""),
		sys("commit output to itself", vm.SysCommit, [4]uint32{vm.OutputAddr}, "", rootAt(vm.OutputAddr)),
		sys("commit output neighbour", vm.SysCommit, [4]uint32{vm.OutputAddr + 32}, "", rootAt(vm.OutputAddr+32)),
		sys("map root in fetched leaf", vm.SysMap, [4]uint32{0x20000000, 12, leaf, 7}, ""),
		sys("map over the code", vm.SysMap, [4]uint32{textBase, 12, dataBase, 7}, "", rootAt(dataBase)),
		sys("map over code, 8 MiB", vm.SysMap, [4]uint32{0, 23, dataBase, 7}, "", rootAt(dataBase)),
		sys("map page 0", vm.SysMap, [4]uint32{0, 12, dataBase, 7}, "", rootAt(dataBase)),
		sys("map 2 GiB at 0", vm.SysMap, [4]uint32{0, 31, 0x80000000, 0}, "", rootAt(0x80000000)),
		sys("map 2 GiB root in last leaf", vm.SysMap, [4]uint32{0, 31, 0xffffffe0, 3}, "", rootAt(0xffffffe0)),
		sys("map root next to region", vm.SysMap, [4]uint32{0x20000000, 12, 0x20001000, 7}, "", rootAt(0x20001000)),
		sys("map root just below region", vm.SysMap, [4]uint32{0x20001000, 12, 0x20000fe0, 7}, "", rootAt(0x20000fe0)),
	)
	// The step counter wraps the same way everywhere.
	for _, c := range []tc{
		{name: "addu", insn: rType(0x21, 1, 2, 3, 0)},
		{name: "break", insn: 0x0000000d, want: "trap"},
		{name: "exit", insn: syscallInsn, regs: map[int]uint32{2: 4246, 4: 0x1ff}, want: "exit"},
		{name: "clock_gettime", insn: syscallInsn, regs: map[int]uint32{2: 4263, 5: dataBase + 0x40}},
		{name: "unaligned load", insn: iType(0x23, 7, 8, 2), regs: map[int]uint32{7: dataBase}, want: "unaligned access"},
	} {
		c.name = "last step: " + c.name
		c.step = ^uint64(0)
		cases = append(cases, c)
	}
	// mmap with the heap (a state field) anywhere, up to 4 GiB.
	for _, h := range []uint32{0x7bffe000, 0x7bfff000, 0x7c000000, 0xfffff000, 0xffffffff} {
		for _, size := range []uint32{1, 0x1000, 0xfffff000} {
			c := sys("mmap near the top", 4090, [4]uint32{0, size, 3, 0x802}, "")
			c.heap = h
			cases = append(cases, c)
		}
	}
	// pc in the output page: commit writes the fetched leaf.
	commitPC := sys("commit into fetched leaf", vm.SysCommit, [4]uint32{dataBase + 0x100}, "", rootAt(dataBase+0x100))
	commitPC.pc = vm.OutputAddr + 8
	cases = append(cases, commitPC)

	same, meets := 0, map[int]bool{}
	for i, tc := range cases {
		s := randomState(r)
		s.PC = pc
		if tc.pc != 0 {
			s.PC = tc.pc
		}
		s.NextPC = s.PC + 4
		s.Step = tc.step
		if tc.heap != 0 {
			s.Heap = tc.heap
		}
		for k, v := range tc.regs {
			s.Regs[k] = v
		}
		v := stateVMOracle(t, r, s, tc.insn, p.oracle(), tc.mem...)
		name := tc.name
		w := c.check(t, v, name)
		if got := outcome(t, w); tc.want != "" && got != tc.want {
			t.Fatalf("%d %s: outcome %q, want %q", i, name, got, tc.want)
		}
		for j := 1; j < len(w.Proofs); j++ {
			a, b := w.Proofs[j-1], w.Proofs[j]
			if a.Addr == b.Addr && a.Height == b.Height {
				same++
			} else if x := (a.Addr >> 5) ^ (b.Addr >> 5); x != 0 {
				meets[bits.Len32(x)-1] = true
			}
		}
	}
	// The cases must reach what they are about: proofs of the node the
	// previous proof proved, and paths that meet at every level.
	if same < 50 || len(meets) < vm.MemDepth-5 {
		t.Fatalf("%d steps with a repeated node, meeting levels %v", same, meets)
	}
	t.Logf("%d aliasing steps, %d repeated nodes, %d meeting levels", len(cases), same, len(meets))
}

// TestStepBlobPreimage reads a blob key (BlobKey) through the step at every
// kind of offset: word starts, a read straddling two words, the last bytes,
// past the end, and a blob whose length is not a multiple of 4, in Go and
// on the contract with the blob's words loaded with their proofs.
func TestStepBlobPreimage(t *testing.T) {
	c := newTestChain(t)
	p := loadPreimages(t, c)
	bp := NewBlobPreimages()
	r := rand.New(rand.NewPCG(12, 12))
	blob := make([]byte, 101)
	for i := range blob {
		blob[i] = byte(r.Uint32())
	}
	root := bp.Add(blob)
	if err := c.oracle.LoadBlob(context.Background(), blob); err != nil {
		t.Fatal(err)
	}
	key := BlobKey(root)
	o := vm.Oracles{p.local, p.src, bp}
	for _, off := range []uint32{0, 4, 28, 29, 30, 31, 32, 60, 96, 97, 98, 100, 101, 104, 0xfffffffc} {
		s := randomState(r)
		s.Regs[2] = vm.SysPreimageRead
		s.PreimageKey = key
		s.PreimageOffset = off
		v := stateVMOracle(t, r, s, syscallInsn, o)
		w := c.check(t, v, fmt.Sprintf("blob read at %d", off))
		post, _, err := vm.DecodeState(w.PostState)
		if err != nil {
			t.Fatal(err)
		}
		var want [4]byte
		if off < uint32(len(blob)) {
			copy(want[:], blob[off:])
		}
		if post.Regs[2] != binary.BigEndian.Uint32(want[:]) || post.Regs[3] != uint32(len(blob)) {
			t.Fatalf("offset %d: v0 %#x v1 %d, want %#x %d", off, post.Regs[2], post.Regs[3], want, len(blob))
		}
	}
}
