package dispute

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/vm"
)

const syscallInsn = 0x0000000c

// preimages is what the tests' preimage steps read: local inputs (loaded
// for the test account under testLocal) and the length of one blob.
type preimages struct {
	local  vm.LocalInputs
	src    *vm.MemSource
	root   merkle.Hash // a blob of src
	length uint64
	loader common.Address // the account that loaded the local inputs
	node   merkle.Hash    // an inner node of a tree of src, loaded with loadNode
}

// localSlot is the oracle's storage key of local key key for (caller,
// localContext): keccak256(abi.encode(key, caller, localContext)).
func localSlot(key merkle.Hash, caller common.Address, localContext merkle.Hash) merkle.Hash {
	return merkle.Hash(crypto.Keccak256Hash(key[:], common.LeftPadBytes(caller[:], 32), localContext[:]))
}

func loadPreimages(t testing.TB, c *testChain) *preimages {
	t.Helper()
	r := rand.New(rand.NewPCG(7, 7))
	p := &preimages{src: vm.NewMemSource(), loader: c.opts.From}
	for _, n := range []int{8, 32, 70, 0, 1024} {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		p.local = append(p.local, b)
	}
	blob := make([]byte, 5000)
	for i := range blob {
		blob[i] = byte(r.Uint32())
	}
	p.root, _ = p.src.Add(blob)
	p.length = uint64(len(blob))
	ctx := context.Background()
	for k, b := range p.local {
		if err := c.oracle.LoadLocal(ctx, testLocal, vm.LocalKey(uint32(k)), b); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.oracle.LoadLength(ctx, blob); err != nil {
		t.Fatal(err)
	}
	l, rr := merkle.Hash(blob[:32]), merkle.Hash(blob[32:64])
	var err error
	if p.node, err = p.src.AddTree([]merkle.Hash{l, rr}, 1); err != nil {
		t.Fatal(err)
	}
	if err := c.oracle.LoadNode(ctx, l, rr); err != nil {
		t.Fatal(err)
	}
	return p
}

func (p *preimages) oracle() vm.PreimageOracle { return vm.Oracles{p.local, p.src} }

type sysCase struct {
	name    string
	nr      uint32
	a       [4]uint32 // a0..a3
	key     *merkle.Hash
	offset  uint32
	mem     []vm.Segment
	step    uint64
	heap    uint32
	want    string // outcome (see outcome); empty: not checked
	v0      uint32 // the syscall's result in the post-state; 0: not checked
	wantErr string // Go and contract refuse the step
}

func sysCases(p *preimages) []sysCase {
	root := p.root
	rootWord := vm.Segment{Vaddr: dataBase + 0x100, Data: root[:]}
	lk := vm.LengthKey(p.root)
	l0, l1, l2, l3, l4 := vm.LocalKey(0), vm.LocalKey(1), vm.LocalKey(2), vm.LocalKey(3), vm.LocalKey(4)
	missing := vm.LocalKey(9)
	type0, type5, type255 := vm.LocalKey(1), vm.LocalKey(1), vm.LocalKey(1)
	type0[0], type5[0], type255[0] = 0, 5, 255
	nk := vm.NodeKey(p.node)
	unloaded := vm.NodeKey(merkle.Node(p.node, p.node))
	// The storage key of local input 1 for the loading account: the oracle
	// must never serve it as a preimage of its own.
	slot := localSlot(vm.LocalKey(1), p.loader, testLocal)
	slotErr := "unknownkeytype"
	if slot[0] == 2 || slot[0] == 3 || slot[0] == 4 {
		slotErr = "preimagemissing"
	}
	keyWord := vm.Segment{Vaddr: dataBase + 0x200, Data: l1[:]}
	const d = dataBase
	return []sysCase{
		{name: "exit_group", nr: 4246, a: [4]uint32{3}, want: "exit"},
		{name: "exit", nr: 4001, a: [4]uint32{0x1ff}, want: "exit"},
		{name: "write stdout", nr: 4004, a: [4]uint32{1, d, 100}},
		{name: "write stdout 1 MiB", nr: 4004, a: [4]uint32{1, d, 1 << 20}, v0: 1 << 20},
		{name: "write stdout over 1 MiB: short count", nr: 4004, a: [4]uint32{1, d, 1<<20 + 1}, v0: 1 << 20},
		{name: "write stderr 4 GiB - 1: short count", nr: 4004, a: [4]uint32{2, d, 0xffffffff}, v0: 1 << 20},
		{name: "write stderr", nr: 4004, a: [4]uint32{2, d, 0}},
		{name: "write bad fd", nr: 4004, a: [4]uint32{7, d, 1}},
		{name: "read stdin", nr: 4003, a: [4]uint32{0, d, 8}},
		{name: "read bad fd", nr: 4003, a: [4]uint32{4, d, 8}},
		{name: "pread64", nr: 4200, a: [4]uint32{0, d, 8}},
		{name: "open", nr: 4005},
		{name: "openat", nr: 4288},
		{name: "close", nr: 4006, a: [4]uint32{2}},
		{name: "close bad fd", nr: 4006, a: [4]uint32{3}},
		{name: "fcntl", nr: 4055, a: [4]uint32{1}},
		{name: "mmap anon", nr: 4090, a: [4]uint32{0, 10000, 3, 0x802}, heap: vm.HeapStart},
		{name: "mmap2 anon", nr: 4210, a: [4]uint32{0, 4096, 3, 0x800}, heap: vm.HeapStart + 0x1000},
		{name: "mmap fixed", nr: 4090, a: [4]uint32{0x50000000, 4096, 3, 0x810}},
		{name: "mmap file", nr: 4090, a: [4]uint32{0, 4096, 3, 0x2}},
		{name: "mmap size 0", nr: 4090, a: [4]uint32{0, 0, 3, 0x800}},
		{name: "mmap size wraps", nr: 4090, a: [4]uint32{0, 0xfffff001, 3, 0x800}},
		{name: "mmap too large", nr: 4090, a: [4]uint32{0, 0x3c000000, 3, 0x800}, heap: vm.HeapStart},
		{name: "mmap up to the limit", nr: 4090, a: [4]uint32{0, 0x3bfff000, 3, 0x800}, heap: vm.HeapStart},
		{name: "brk", nr: 4045},
		{name: "munmap", nr: 4091}, {name: "madvise", nr: 4218}, {name: "mprotect", nr: 4125},
		{name: "rt_sigaction", nr: 4194}, {name: "rt_sigprocmask", nr: 4195}, {name: "sigaltstack", nr: 4206},
		{name: "sched_yield", nr: 4162}, {name: "nanosleep", nr: 4166}, {name: "tgkill", nr: 4266}, {name: "kill", nr: 4037},
		{name: "getpid", nr: 4020}, {name: "gettid", nr: 4222},
		{name: "uname", nr: 4122}, {name: "prctl", nr: 4192}, {name: "prlimit64", nr: 4338}, {name: "ioctl", nr: 4054},
		{name: "sched_getaffinity", nr: 4240, a: [4]uint32{0, 128, d + 0x33}},
		{name: "sched_getaffinity page 0", nr: 4240, a: [4]uint32{0, 128, 0x10}, want: "nil dereference (page 0)"},
		{name: "clock_gettime", nr: 4263, a: [4]uint32{1, d + 0x40}, step: 123_456_789_012},
		{name: "clock_gettime across leaves", nr: 4263, a: [4]uint32{1, d + 0x5c}, step: 5_000_000_001},
		{name: "clock_gettime across pages", nr: 4263, a: [4]uint32{1, d + 0xffc}, step: 7},
		{name: "clock_gettime unaligned", nr: 4263, a: [4]uint32{1, d + 0x42}},
		{name: "clock_gettime page 0", nr: 4263, a: [4]uint32{1, 0x100}, want: "nil dereference (page 0)"},
		{name: "clock_gettime wraps to page 0", nr: 4263, a: [4]uint32{1, 0xfffffffc}, want: "nil dereference (page 0)"},
		{name: "futex wait deadlock", nr: 4238, a: [4]uint32{d + 0x80, 0x80, 0x01020304, 0},
			mem: []vm.Segment{{Vaddr: d + 0x80, Data: words(0x01020304)}}, want: "deadlock"},
		{name: "futex wait timeout", nr: 4238, a: [4]uint32{d + 0x80, 0, 0x01020304, d},
			mem: []vm.Segment{{Vaddr: d + 0x80, Data: words(0x01020304)}}},
		{name: "futex wait again", nr: 4422, a: [4]uint32{d + 0x80, 0, 5, 0},
			mem: []vm.Segment{{Vaddr: d + 0x80, Data: words(0x01020304)}}},
		{name: "futex wait unaligned", nr: 4238, a: [4]uint32{d + 0x81, 0, 5, 0}},
		{name: "futex wait page 0", nr: 4238, a: [4]uint32{0x80, 0, 5, 0}, want: "nil dereference (page 0)"},
		{name: "futex wake", nr: 4238, a: [4]uint32{d, 1}},
		{name: "futex other", nr: 4238, a: [4]uint32{d, 5}},
		{name: "unknown syscall", nr: 4999, want: "unknown syscall"},
		{name: "unknown vm syscall", nr: 6005, want: "unknown syscall"},
		{name: "map page", nr: vm.SysMap, a: [4]uint32{0x20000000, 12, d + 0x100, 7}, mem: []vm.Segment{rootWord}},
		{name: "map 1 MiB", nr: vm.SysMap, a: [4]uint32{0x20000000, 20, d + 0x100, 8}, mem: []vm.Segment{rootWord}},
		{name: "map 2 GiB", nr: vm.SysMap, a: [4]uint32{0x80000000, 31, d + 0x100, 0}, mem: []vm.Segment{rootWord}},
		{name: "map over data", nr: vm.SysMap, a: [4]uint32{d + 0x1000, 12, d + 0x100, 3}, mem: []vm.Segment{rootWord}},
		{name: "map unaligned region", nr: vm.SysMap, a: [4]uint32{0x20001000, 16, d + 0x100, 7}, want: "bad syscall argument"},
		{name: "map unaligned root", nr: vm.SysMap, a: [4]uint32{0x20000000, 12, d + 0x104, 7}, want: "bad syscall argument"},
		{name: "map root inside", nr: vm.SysMap, a: [4]uint32{d, 16, d + 0x100, 7}, want: "bad syscall argument"},
		{name: "map too small", nr: vm.SysMap, a: [4]uint32{0x20000000, 11, d + 0x100, 6}, want: "bad syscall argument"},
		{name: "map too large", nr: vm.SysMap, a: [4]uint32{0, 32, d + 0x100, 6}, want: "bad syscall argument"},
		{name: "map blob too high", nr: vm.SysMap, a: [4]uint32{0x20000000, 12, d + 0x100, 8}, want: "bad syscall argument"},
		{name: "map root page 0", nr: vm.SysMap, a: [4]uint32{0x20000000, 12, 0x100, 1}, want: "nil dereference (page 0)"},
		{name: "preimage key", nr: vm.SysPreimageKey, a: [4]uint32{d + 0x200}, mem: []vm.Segment{keyWord}, offset: 12},
		{name: "preimage key unaligned", nr: vm.SysPreimageKey, a: [4]uint32{d + 0x208}, want: "bad syscall argument"},
		{name: "preimage key page 0", nr: vm.SysPreimageKey, a: [4]uint32{0x20}, want: "nil dereference (page 0)"},
		{name: "preimage read local 0", nr: vm.SysPreimageRead, key: &l0, offset: 4},
		{name: "preimage read local 1", nr: vm.SysPreimageRead, key: &l1, offset: 28},
		{name: "preimage read local 2 straddling", nr: vm.SysPreimageRead, key: &l2, offset: 30},
		{name: "preimage read local 2 last", nr: vm.SysPreimageRead, key: &l2, offset: 68},
		{name: "preimage read local 2 past end", nr: vm.SysPreimageRead, key: &l2, offset: 72},
		{name: "preimage read empty", nr: vm.SysPreimageRead, key: &l3, offset: 0},
		{name: "preimage read 1 KiB", nr: vm.SysPreimageRead, key: &l4, offset: 1020},
		{name: "preimage read offset wraps", nr: vm.SysPreimageRead, key: &l4, offset: 0xfffffffc},
		{name: "preimage read length", nr: vm.SysPreimageRead, key: &lk, offset: 4},
		{name: "preimage read missing", nr: vm.SysPreimageRead, key: &missing, wantErr: "missing"},
		{name: "preimage read key type 0", nr: vm.SysPreimageRead, key: &type0, wantErr: "unknownkeytype"},
		{name: "preimage read key type 5", nr: vm.SysPreimageRead, key: &type5, wantErr: "unknownkeytype"},
		{name: "preimage read node", nr: vm.SysPreimageRead, key: &nk, offset: 0},
		{name: "preimage read node right child", nr: vm.SysPreimageRead, key: &nk, offset: 32},
		{name: "preimage read node straddling", nr: vm.SysPreimageRead, key: &nk, offset: 30},
		{name: "preimage read node last", nr: vm.SysPreimageRead, key: &nk, offset: 60},
		{name: "preimage read node unaligned end", nr: vm.SysPreimageRead, key: &nk, offset: 62},
		{name: "preimage read node past end", nr: vm.SysPreimageRead, key: &nk, offset: 64},
		{name: "preimage read node not loaded", nr: vm.SysPreimageRead, key: &unloaded, wantErr: "missing"},
		{name: "preimage read key type 255", nr: vm.SysPreimageRead, key: &type255, wantErr: "unknownkeytype"},
		{name: "preimage read a local input's storage key", nr: vm.SysPreimageRead, key: &slot, wantErr: slotErr},
		{name: "commit", nr: vm.SysCommit, a: [4]uint32{d + 0x100}, mem: []vm.Segment{rootWord}},
		{name: "commit unaligned", nr: vm.SysCommit, a: [4]uint32{d + 0x110}, want: "bad syscall argument"},
		{name: "commit page 0", nr: vm.SysCommit, a: [4]uint32{0x40}, want: "nil dereference (page 0)"},
	}
}

// TestStepSyscalls runs every syscall and its fault paths in Go and on the
// contract.
func TestStepSyscalls(t *testing.T) {
	c := newTestChain(t)
	p := loadPreimages(t, c)
	r := rand.New(rand.NewPCG(3, 3))
	for _, tc := range sysCases(p) {
		t.Run(tc.name, func(t *testing.T) {
			s := randomState(r)
			s.Regs[2] = tc.nr
			copy(s.Regs[4:8], tc.a[:])
			if tc.key != nil {
				s.PreimageKey = *tc.key
			}
			s.PreimageOffset = tc.offset
			s.Step = tc.step
			if tc.heap != 0 {
				s.Heap = tc.heap
			}
			v := stateVMOracle(t, r, s, syscallInsn, p.oracle(), tc.mem...)
			if tc.wantErr != "" {
				if _, err := v.StepWitness(); err == nil {
					t.Fatal("Go step: no error")
				}
				st := v.EncodeState()
				leaf, sib, err := v.Memory().Proof(s.PC)
				if err != nil {
					t.Fatal(err)
				}
				w := &vm.Witness{State: st, Proofs: []vm.MemProof{{Addr: s.PC &^ 31, Value: leaf, Siblings: sib}}}
				_, _, err = c.stepper.Call(context.Background(), w)
				if err == nil || !strings.Contains(strings.ToLower(err.Error()), tc.wantErr) {
					t.Fatalf("contract: error %v, want %q", err, tc.wantErr)
				}
				return
			}
			w := c.check(t, v, tc.name)
			got := outcome(t, w)
			if tc.want != "" && got != tc.want {
				t.Fatalf("outcome %q, want %q", got, tc.want)
			}
			if tc.want == "" && !strings.HasPrefix(got, "ran") {
				t.Fatalf("outcome %q, want the step to run", got)
			}
			if tc.v0 != 0 {
				post, _, err := vm.DecodeState(w.PostState)
				if err != nil {
					t.Fatal(err)
				}
				if post.Regs[2] != tc.v0 || post.Regs[7] != 0 {
					t.Fatalf("v0 %d a3 %d, want %d and no error", post.Regs[2], post.Regs[7], tc.v0)
				}
			}
		})
	}
}

// stateVMOracle is stateVM with a preimage oracle.
func stateVMOracle(t testing.TB, r *rand.Rand, s vm.State, insn uint32, o vm.PreimageOracle, extra ...vm.Segment) *vm.VM {
	t.Helper()
	v := stateVM(t, r, s, insn, extra...)
	// Rebuild with the oracle: NewFromState takes the options.
	data := make([]byte, 64)
	base := s.PC &^ 31
	copy(data[s.PC-base:], words(insn))
	segs := []vm.Segment{{Vaddr: base, Data: data}}
	buf := make([]byte, dataSize)
	if err := v.Memory().ReadBytes(dataBase, buf); err != nil {
		t.Fatal(err)
	}
	segs = append(segs, vm.Segment{Vaddr: dataBase, Data: buf})
	segs = append(segs, extra...)
	v2, err := vm.NewFromState(s, segs, vm.WithOracle(o))
	if err != nil {
		t.Fatal(err)
	}
	return v2
}

// TestStepHaltedAndFaults: halted states step to themselves; pc faults and
// arithmetic overflow.
func TestStepHaltedAndFaults(t *testing.T) {
	c := newTestChain(t)
	r := rand.New(rand.NewPCG(5, 5))
	cases := []struct {
		name   string
		mod    func(s *vm.State)
		insn   uint32
		want   string
		noMove bool
	}{
		{name: "exited", mod: func(s *vm.State) { s.Status, s.ExitCode = vm.StatusExited, 3 }, want: "exit", noMove: true},
		{name: "faulted", mod: func(s *vm.State) { s.Status, s.ExitCode = vm.StatusFault, 4 }, want: "trap", noMove: true},
		{name: "pc unaligned", mod: func(s *vm.State) { s.PC += 2 }, want: "unaligned access"},
		{name: "pc page 0", mod: func(s *vm.State) { s.PC = 0x40 }, want: "nil dereference (page 0)"},
		{name: "add overflow", mod: func(s *vm.State) { s.Regs[1], s.Regs[2] = 0x7fffffff, 1 }, insn: rType(0x20, 1, 2, 3, 0), want: "arithmetic overflow"},
		{name: "sub overflow", mod: func(s *vm.State) { s.Regs[1], s.Regs[2] = 0x80000000, 1 }, insn: rType(0x22, 1, 2, 3, 0), want: "arithmetic overflow"},
		{name: "addi overflow", mod: func(s *vm.State) { s.Regs[1] = 0x80000000 }, insn: iType(0x08, 1, 2, 0xffff), want: "arithmetic overflow"},
		{name: "div overflow", mod: func(s *vm.State) { s.Regs[1], s.Regs[2] = 0x80000000, 0xffffffff }, insn: rType(0x1a, 1, 2, 0, 0)},
		{name: "div by zero", mod: func(s *vm.State) { s.Regs[1], s.Regs[2] = 5, 0 }, insn: rType(0x1a, 1, 2, 0, 0)},
		{name: "divu by zero", mod: func(s *vm.State) { s.Regs[1], s.Regs[2] = 5, 0 }, insn: rType(0x1b, 1, 2, 0, 0)},
		{name: "break", insn: 0x0000000d, want: "trap"},
		{name: "cop1", insn: 0x44000000, want: "unknown instruction"},
		{name: "regimm unknown", insn: iType(1, 1, 2, 0), want: "unknown instruction"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := randomState(r)
			if tc.mod != nil {
				tc.mod(&s)
			}
			v := stateVM(t, r, s, tc.insn)
			w := c.check(t, v, tc.name)
			if got := outcome(t, w); tc.want != "" && got != tc.want {
				t.Fatalf("outcome %q, want %q", got, tc.want)
			}
			if tc.noMove && string(w.PostState) != string(w.State) {
				t.Fatal("a halted state changed")
			}
		})
	}
}

// TestStepRejectsBadWitness: a proof that does not match the root, a
// truncated witness, trailing bytes and a bad pre-state are refused.
func TestStepRejectsBadWitness(t *testing.T) {
	c := newTestChain(t)
	r := rand.New(rand.NewPCG(9, 9))
	s := randomState(r)
	rs := uint32(5)
	insn := iType(0x2b, rs, 6, memAddr(r, &s, rs, 4))
	s.Regs[rs] = dataBase + 0x100
	insn = iType(0x2b, rs, 6, 0)
	v := stateVM(t, r, s, insn)
	w, err := v.StepWitness()
	if err != nil {
		t.Fatal(err)
	}
	cd, err := w.Calldata()
	if err != nil {
		t.Fatal(err)
	}
	call := func(data []byte) error {
		in, err := c.stepper.abi.TryPackExecuteStep(data, testLocal)
		if err != nil {
			t.Fatal(err)
		}
		_, err = c.b.CallContract(context.Background(), callMsg(c, in), nil)
		return c.stepper.revertError(err)
	}
	if err := call(cd); err != nil {
		t.Fatalf("good witness refused: %v", err)
	}
	for i, tc := range []struct {
		name string
		mod  func([]byte) []byte
		want string
	}{
		{"flipped leaf", func(b []byte) []byte { b[vm.StateSize+3] ^= 1; return b }, "BadMemoryProof"},
		{"flipped sibling", func(b []byte) []byte { b[vm.StateSize+36+5] ^= 1; return b }, "BadMemoryProof"},
		{"flipped zero mask", func(b []byte) []byte { b[vm.StateSize+35] ^= 0x80; return b }, ""},
		{"flipped second proof", func(b []byte) []byte { b[len(b)-1] ^= 1; return b }, "BadMemoryProof"},
		{"truncated", func(b []byte) []byte { return b[:len(b)-1] }, "WitnessTruncated"},
		{"no proofs", func(b []byte) []byte { return b[:vm.StateSize] }, "WitnessTruncated"},
		{"short state", func(b []byte) []byte { return b[:100] }, "WitnessTruncated"},
		{"trailing byte", func(b []byte) []byte { return append(b, 0) }, "WitnessTooLong"},
		{"register 0", func(b []byte) []byte { b[vm.OffRegs+3] = 1; return b }, "BadState"},
		{"status 3", func(b []byte) []byte { b[vm.OffStatus] = 3; return b }, "BadState"},
	} {
		err := call(tc.mod(append([]byte(nil), cd...)))
		if err == nil {
			t.Errorf("%d %s: accepted", i, tc.name)
			continue
		}
		if tc.want != "" && !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%d %s: %v, want %s", i, tc.name, err, tc.want)
		}
	}
	// A witness for another pre-state gives another post-state hash,
	// never the honest one.
	w2 := *w
	st := append([]byte(nil), w.State...)
	st[vm.OffRegs+4*6+3] ^= 1
	w2.State = st
	_, post, err := c.stepper.Call(context.Background(), &w2)
	if err != nil {
		t.Fatal(err)
	}
	if post == vm.StateHash(w.PostState) {
		t.Fatal("changed pre-state gave the honest post-state")
	}
	if errors.Is(err, context.Canceled) {
		t.Fatal(fmt.Sprint(err))
	}
}
