package vm

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"testing"

	"github.com/rmsnet/rms/merkle"
)

// TestSyscalls runs every syscall the VM answers as one step from a bare
// state and compares the whole state after it with values written from the
// syscall table of docs/VM.md and the Linux o32 ABI (numbers from the o32
// syscall table, errnos in MIPS numbering), not from syscall.go: the result
// in v0 with a3 = 0, or the errno in v0 with a3 = 1; no other register
// changes; memory, heap, preimage key and offset as documented; exits and
// faults keep pc and count the step. Each step is also replayed from its
// witness by VerifyStep, which must give the same post-state.
func TestSyscalls(t *testing.T) {
	const (
		data     = 0x2000     // a data page
		keyAddr  = 0x3000     // a 32-aligned word in another page
		region   = 0x20000000 // where SysMap places blobs
		heapTop  = 0x7bfff000 // StackTop − 64 MiB: the heap may grow up to here
		stepBase = 2_000_000_123
	)
	// errnos (MIPS)
	const (
		ENOENT    = 2
		EBADF     = 9
		EAGAIN    = 11
		ENOMEM    = 12
		EINVAL    = 22
		ETIMEDOUT = 145
	)
	key := merkle.Keccak([]byte("a preimage key"))
	word := merkle.Keccak([]byte("a committed word"))
	blob := bytes.Repeat([]byte("mapped blob "), 400) // 4800 bytes: height 8
	blobSrc := NewMemSource()
	blobRoot, blobHeight := blobSrc.Add(blob)
	if blobHeight != 8 {
		t.Fatalf("blob height %d, want 8", blobHeight)
	}
	type regs map[int]uint32
	type want struct {
		v0, a3 uint32
		v1     *uint32           // when v1 changes
		exit   *uint8            // exited with this code
		fault  uint8             // faulted with this code
		dsErr  bool              // a data-source error: the state stays
		mem    map[uint32]uint32 // words after the step
		heap   uint32            // heap after the step (0: unchanged)
		preKey *merkle.Hash
		preOff *uint32
		mapped bool // the blob lies at region, as if written out in full
	}
	errno := func(e uint32) want { return want{v0: e, a3: 1} }
	ok := func(v0 uint32) want { return want{v0: v0} }
	exited := func(code uint8) want { return want{exit: &code} }
	faulted := func(code uint8) want { return want{fault: code} }
	tests := []struct {
		name  string
		in    regs
		mem   map[uint32]uint32
		words map[uint32]merkle.Hash // 32-byte words to place
		heap  uint32                 // initial heap (0: HeapStart)
		step  uint64                 // initial step count
		off   uint32                 // initial preimage offset
		pkey  merkle.Hash            // initial preimage key
		setup func(v *VM)
		want  want
	}{
		{name: "exit", in: regs{2: 4001, 4: 0x1ff}, want: exited(0xff)},
		{name: "exit_group", in: regs{2: 4246, 4: 3}, want: exited(3)},
		{name: "exit 0", in: regs{2: 4246, 4: 0x100}, want: exited(0)},

		{name: "write stdout", in: regs{2: 4004, 4: 1, 5: data, 6: 4}, mem: map[uint32]uint32{data: 0x6869210a}, want: ok(4)},
		{name: "write stderr", in: regs{2: 4004, 4: 2, 5: data, 6: 7}, want: ok(7)},
		{name: "write nothing", in: regs{2: 4004, 4: 1, 5: data, 6: 0}, want: ok(0)},
		{name: "write MaxWrite", in: regs{2: 4004, 4: 1, 5: 0x100000, 6: 1 << 20}, want: ok(1 << 20)},
		{name: "write over MaxWrite", in: regs{2: 4004, 4: 2, 5: 0x100000, 6: 1<<20 + 1}, want: ok(1 << 20)},
		{name: "write 4 GiB", in: regs{2: 4004, 4: 1, 5: data, 6: 0xffffffff}, want: ok(1 << 20)},
		{name: "write stdin", in: regs{2: 4004, 4: 0, 5: data, 6: 4}, want: errno(EBADF)},
		{name: "write fd 3", in: regs{2: 4004, 4: 3, 5: data, 6: 4}, want: errno(EBADF)},

		{name: "read stdin", in: regs{2: 4003, 4: 0, 5: data, 6: 4}, want: ok(0)},
		{name: "read fd 1", in: regs{2: 4003, 4: 1, 5: data, 6: 4}, want: errno(EBADF)},
		{name: "read fd 3", in: regs{2: 4003, 4: 3, 5: data, 6: 4}, want: errno(EBADF)},
		{name: "pread64 stdin", in: regs{2: 4200, 4: 0, 5: data, 6: 4}, want: errno(EBADF)},
		{name: "pread64 fd 5", in: regs{2: 4200, 4: 5, 5: data, 6: 4}, want: errno(EBADF)},

		{name: "open", in: regs{2: 4005, 4: data}, want: errno(ENOENT)},
		{name: "openat", in: regs{2: 4288, 4: 0xffffff9c, 5: data}, want: errno(ENOENT)},
		{name: "close stdin", in: regs{2: 4006, 4: 0}, want: ok(0)},
		{name: "close stderr", in: regs{2: 4006, 4: 2, 7: 9}, want: ok(0)},
		{name: "close fd 3", in: regs{2: 4006, 4: 3}, want: errno(EBADF)},
		{name: "close fd -1", in: regs{2: 4006, 4: 0xffffffff}, want: errno(EBADF)},
		{name: "fcntl stdout", in: regs{2: 4055, 4: 1, 5: 3}, want: ok(0)},
		{name: "fcntl fd 3", in: regs{2: 4055, 4: 3, 5: 3}, want: errno(EBADF)},

		{name: "mmap not anonymous", in: regs{2: 4090, 5: 4096, 7: 0x02}, want: errno(EINVAL)},
		{name: "mmap2 not anonymous fixed", in: regs{2: 4210, 4: 0x50000000, 5: 4096, 7: 0x12}, want: errno(EINVAL)},
		{name: "mmap fixed", in: regs{2: 4090, 4: 0x50000000, 5: 4096, 7: 0x812}, want: ok(0x50000000)},
		{name: "mmap2 fixed size 0", in: regs{2: 4210, 4: 0x50001000, 5: 0, 7: 0x810}, want: ok(0x50001000)},
		{name: "mmap one byte", in: regs{2: 4090, 5: 1, 7: 0x802}, want: want{v0: HeapStart, heap: HeapStart + 4096}},
		{name: "mmap one page", in: regs{2: 4090, 5: 4096, 7: 0x802}, want: want{v0: HeapStart, heap: HeapStart + 4096}},
		{name: "mmap2 page and a byte", in: regs{2: 4210, 5: 4097, 7: 0x800}, want: want{v0: HeapStart, heap: HeapStart + 8192}},
		{name: "mmap from a later heap", in: regs{2: 4090, 5: 5000, 7: 0x800}, heap: 0x45670000, want: want{v0: 0x45670000, heap: 0x45672000}},
		{name: "mmap size 0", in: regs{2: 4090, 5: 0, 7: 0x800}, want: errno(ENOMEM)},
		{name: "mmap size wraps to 0", in: regs{2: 4090, 5: 0xfffff001, 7: 0x800}, want: errno(ENOMEM)},
		{name: "mmap up to the limit", in: regs{2: 4090, 5: 0x2000, 7: 0x800}, heap: heapTop - 0x2000, want: want{v0: heapTop - 0x2000, heap: heapTop}},
		{name: "mmap a page past the limit", in: regs{2: 4090, 5: 0x2001, 7: 0x800}, heap: heapTop - 0x2000, want: errno(ENOMEM)},
		{name: "mmap 3 GiB", in: regs{2: 4210, 5: 0xc0000000, 7: 0x800}, want: errno(ENOMEM)},

		{name: "brk", in: regs{2: 4045, 4: 0x50000000}, want: ok(0x38000000)},
		{name: "munmap", in: regs{2: 4091, 4: HeapStart, 5: 4096, 7: 3}, want: ok(0)},
		{name: "madvise", in: regs{2: 4218, 7: 3}, want: ok(0)},
		{name: "mprotect", in: regs{2: 4125, 7: 3}, want: ok(0)},
		{name: "rt_sigaction", in: regs{2: 4194, 7: 3}, want: ok(0)},
		{name: "rt_sigprocmask", in: regs{2: 4195, 7: 3}, want: ok(0)},
		{name: "sigaltstack", in: regs{2: 4206, 7: 3}, want: ok(0)},
		{name: "sched_yield", in: regs{2: 4162, 7: 3}, want: ok(0)},
		{name: "nanosleep", in: regs{2: 4166, 4: data, 7: 3}, want: ok(0)},
		{name: "tgkill", in: regs{2: 4266, 4: 1, 5: 1, 6: 23, 7: 3}, want: ok(0)},
		{name: "kill", in: regs{2: 4037, 4: 1, 5: 9, 7: 3}, want: ok(0)},
		{name: "getpid", in: regs{2: 4020}, want: ok(1)},
		{name: "gettid", in: regs{2: 4222}, want: ok(1)},
		{name: "uname", in: regs{2: 4122, 4: data}, want: errno(EINVAL)},
		{name: "prctl", in: regs{2: 4192}, want: errno(EINVAL)},
		{name: "prlimit64", in: regs{2: 4338}, want: errno(EINVAL)},
		{name: "ioctl", in: regs{2: 4054, 4: 1}, want: errno(EINVAL)},

		{name: "sched_getaffinity", in: regs{2: 4240, 5: 4, 6: data + 5}, mem: map[uint32]uint32{data: 0xaabbccdd, data + 4: 0x11223344},
			want: want{v0: 4, mem: map[uint32]uint32{data: 0xaabbccdd, data + 4: 0x11013344}}},
		{name: "sched_getaffinity page 0", in: regs{2: 4240, 5: 4, 6: 0x10}, want: faulted(FaultNull)},

		{name: "clock_gettime", in: regs{2: 4263, 4: 1, 5: data + 8}, step: stepBase, mem: map[uint32]uint32{data + 4: 7, data + 16: 9},
			want: want{v0: 0, mem: map[uint32]uint32{data + 4: 7, data + 8: 2, data + 12: 123, data + 16: 9}}},
		{name: "clock_gettime across pages", in: regs{2: 4263, 5: 0x2ffc}, step: 999_999_999,
			want: want{v0: 0, mem: map[uint32]uint32{0x2ffc: 0, 0x3000: 999_999_999}}},
		{name: "clock_gettime 4e9 s", in: regs{2: 4263, 5: data}, step: 4_000_000_001_000_000_002,
			want: want{v0: 0, mem: map[uint32]uint32{data: 4_000_000_001, data + 4: 2}}},
		{name: "clock_gettime unaligned", in: regs{2: 4263, 5: data + 2}, mem: map[uint32]uint32{data: 0x55555555}, step: stepBase,
			want: want{v0: EINVAL, a3: 1, mem: map[uint32]uint32{data: 0x55555555, data + 4: 0}}},
		{name: "clock_gettime page 0", in: regs{2: 4263, 5: 0xff8}, want: faulted(FaultNull)},
		{name: "clock_gettime second word in page 0", in: regs{2: 4263, 5: 0xfffffffc}, want: faulted(FaultNull)},

		{name: "futex wait unaligned", in: regs{2: 4238, 4: data + 2, 5: 0, 6: 0}, want: errno(EINVAL)},
		{name: "futex wait differs", in: regs{2: 4238, 4: data, 5: 0, 6: 6}, mem: map[uint32]uint32{data: 5}, want: errno(EAGAIN)},
		{name: "futex wait equal, timeout", in: regs{2: 4238, 4: data, 5: 0, 6: 5, 7: data + 64}, mem: map[uint32]uint32{data: 5}, want: errno(ETIMEDOUT)},
		{name: "futex wait equal, no timeout", in: regs{2: 4238, 4: data, 5: 0, 6: 5, 7: 0}, mem: map[uint32]uint32{data: 5}, want: faulted(FaultDeadlock)},
		{name: "futex wait private", in: regs{2: 4238, 4: data, 5: 128, 6: 5, 7: 0}, mem: map[uint32]uint32{data: 5}, want: faulted(FaultDeadlock)},
		{name: "futex_time64 wait", in: regs{2: 4422, 4: data + 4, 5: 128, 6: 0, 7: data}, want: errno(ETIMEDOUT)},
		{name: "futex wait page 0", in: regs{2: 4238, 4: 0x20, 5: 0, 6: 0}, want: faulted(FaultNull)},
		{name: "futex wake", in: regs{2: 4238, 4: data, 5: 1, 6: 1, 7: 3}, want: ok(0)},
		{name: "futex wake private", in: regs{2: 4422, 4: data, 5: 129, 6: 0x7fffffff}, want: ok(0)},
		{name: "futex requeue", in: regs{2: 4238, 4: data, 5: 3}, want: errno(EINVAL)},
		{name: "futex wait bitset", in: regs{2: 4238, 4: data, 5: 9 | 128}, want: errno(EINVAL)},

		{name: "clone", in: regs{2: 4120}, want: faulted(FaultSyscall)},
		{name: "syscall 0", in: regs{2: 0}, want: faulted(FaultSyscall)},
		{name: "syscall 6000", in: regs{2: 6000}, want: faulted(FaultSyscall)},
		{name: "syscall 6005", in: regs{2: 6005}, want: faulted(FaultSyscall)},

		{name: "preimage key", in: regs{2: 6002, 4: keyAddr}, words: map[uint32]merkle.Hash{keyAddr: key}, off: 40,
			want: want{v0: 0, preKey: &key, preOff: u32(0)}},
		{name: "preimage key unaligned", in: regs{2: 6002, 4: keyAddr + 4}, words: map[uint32]merkle.Hash{keyAddr: key}, want: faulted(FaultArgument)},
		{name: "preimage key at 16", in: regs{2: 6002, 4: keyAddr + 16}, want: faulted(FaultArgument)},
		{name: "preimage key in page 0", in: regs{2: 6002, 4: 0x40}, want: faulted(FaultNull)},
		{name: "preimage read", in: regs{2: 6003}, pkey: LocalKey(1), off: 4,
			want: want{v0: 0x34353637, v1: u32(10), preKey: ptr(LocalKey(1)), preOff: u32(8)}},
		{name: "preimage read tail", in: regs{2: 6003}, pkey: LocalKey(1), off: 8,
			want: want{v0: 0x38390000, v1: u32(10), preOff: u32(12)}},
		{name: "preimage read past the end", in: regs{2: 6003}, pkey: LocalKey(1), off: 12,
			want: want{v0: 0, v1: u32(10), preOff: u32(16)}},
		{name: "preimage read empty", in: regs{2: 6003, 3: 7}, pkey: LocalKey(0),
			want: want{v0: 0, v1: u32(0), preOff: u32(4)}},
		{name: "preimage read unknown key", in: regs{2: 6003}, pkey: key, want: want{dsErr: true}},
		{name: "commit", in: regs{2: 6004, 4: keyAddr}, words: map[uint32]merkle.Hash{keyAddr: word},
			want: want{v0: 0, mem: wordsOf(OutputAddr, word)}},
		{name: "commit unaligned", in: regs{2: 6004, 4: keyAddr + 8}, want: faulted(FaultArgument)},
		{name: "commit from page 0", in: regs{2: 6004, 4: 0x20}, want: faulted(FaultNull)},

		{name: "map", in: regs{2: 6001, 4: region, 5: 16, 6: keyAddr, 7: 8}, words: map[uint32]merkle.Hash{keyAddr: blobRoot},
			want: want{v0: 0, mapped: true}},
		{name: "map smallest region", in: regs{2: 6001, 4: region, 5: 13, 6: keyAddr, 7: 8}, words: map[uint32]merkle.Hash{keyAddr: blobRoot},
			want: want{v0: 0, mapped: true}},
		{name: "map blob as tall as the region", in: regs{2: 6001, 4: region + 1<<13, 5: 13, 6: keyAddr, 7: 8}, words: map[uint32]merkle.Hash{keyAddr: blobRoot},
			want: want{v0: 0}},
		{name: "map 2 GiB", in: regs{2: 6001, 4: 0x80000000, 5: 31, 6: keyAddr, 7: 8}, words: map[uint32]merkle.Hash{keyAddr: blobRoot},
			want: want{v0: 0}},
		{name: "map root word right after the region", in: regs{2: 6001, 4: 0x2000, 5: 12, 6: keyAddr, 7: 7}, words: map[uint32]merkle.Hash{keyAddr: blobRoot},
			want: want{v0: 0}},
		{name: "map root word right before the region", in: regs{2: 6001, 4: 0x4000, 5: 14, 6: keyAddr + 0xfe0, 7: 8}, words: map[uint32]merkle.Hash{keyAddr + 0xfe0: blobRoot},
			want: want{v0: 0}},
		{name: "map root word inside the region", in: regs{2: 6001, 4: 0, 5: 16, 6: keyAddr, 7: 8}, words: map[uint32]merkle.Hash{keyAddr: blobRoot}, want: faulted(FaultArgument)},
		{name: "map root word at the region's end", in: regs{2: 6001, 4: 0x2000, 5: 13, 6: keyAddr + 0xfe0, 7: 8}, want: faulted(FaultArgument)},
		{name: "map root word unaligned", in: regs{2: 6001, 4: region, 5: 16, 6: keyAddr + 1, 7: 8}, want: faulted(FaultArgument)},
		{name: "map root word at 16", in: regs{2: 6001, 4: region, 5: 16, 6: keyAddr + 16, 7: 8}, want: faulted(FaultArgument)},
		{name: "map root word in page 0", in: regs{2: 6001, 4: region, 5: 16, 6: 0x20, 7: 8}, want: faulted(FaultNull)},
		{name: "map region below a page", in: regs{2: 6001, 4: region, 5: 11, 6: keyAddr, 7: 0}, want: faulted(FaultArgument)},
		{name: "map region of 4 GiB", in: regs{2: 6001, 4: 0, 5: 32, 6: keyAddr, 7: 8}, want: faulted(FaultArgument)},
		{name: "map region of 2^33", in: regs{2: 6001, 4: 0, 5: 33, 6: keyAddr, 7: 8}, want: faulted(FaultArgument)},
		{name: "map region unaligned", in: regs{2: 6001, 4: region + 1<<15, 5: 16, 6: keyAddr, 7: 8}, want: faulted(FaultArgument)},
		{name: "map region a page off", in: regs{2: 6001, 4: region + 1<<12, 5: 13, 6: keyAddr, 7: 8}, want: faulted(FaultArgument)},
		{name: "map blob taller than the region", in: regs{2: 6001, 4: region, 5: 13, 6: keyAddr, 7: 9}, want: faulted(FaultArgument)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			v := bareVM(t, 0x0000000c)
			v.cfg.oracle = LocalInputs{nil, []byte("0123456789")}
			v.cfg.stdout, v.cfg.stderr = &out, &errOut
			v.out[1], v.out[2] = &out, &errOut
			v.mem.source = blobSrc
			for r := 1; r < 32; r++ {
				v.s.Regs[r] = 0x01010101 * uint32(r) // every register distinct
			}
			for r, x := range tt.in {
				v.s.Regs[r] = x
			}
			for a, x := range tt.mem {
				if err := v.mem.Store32(a, x); err != nil {
					t.Fatal(err)
				}
			}
			for a, w := range tt.words {
				if err := v.mem.WriteBytes(a, w[:]); err != nil {
					t.Fatal(err)
				}
			}
			if tt.heap != 0 {
				v.s.Heap = tt.heap
			}
			v.s.Step, v.s.PreimageOffset, v.s.PreimageKey = tt.step, tt.off, tt.pkey
			before := v.s
			var ref *Memory // memory with the blob written out in full
			if tt.want.mapped {
				ref = newMemory()
				_ = ref.Store32(codeBase, 0x0000000c)
				for a, w := range tt.words {
					_ = ref.WriteBytes(a, w[:])
				}
				_ = ref.WriteBytes(tt.in[4], merkle.BlobBytes(blob))
			}

			wv := v.clone(t)
			wit, werr := wv.StepWitness()
			serr := v.Step()
			s := v.State()
			w := tt.want
			if w.dsErr {
				if !errors.Is(serr, ErrDataSource) || !errors.Is(werr, ErrDataSource) {
					t.Fatalf("step: %v, witness: %v, want data-source errors", serr, werr)
				}
				if s != before {
					t.Fatalf("a data-source error changed the state: %+v", s)
				}
				return
			}
			if serr != nil || werr != nil {
				t.Fatalf("step: %v, witness: %v", serr, werr)
			}
			post, err := VerifyStep(wit)
			if err != nil {
				t.Fatalf("verify: %v", err)
			}
			if !bytes.Equal(post, v.EncodeState()) || !bytes.Equal(wit.PostState, post) {
				t.Fatal("witness post-state differs from the step")
			}
			wantS := before
			wantS.Step++
			switch {
			case w.exit != nil:
				wantS.Status, wantS.ExitCode = StatusExited, *w.exit
			case w.fault != 0:
				wantS.Status, wantS.ExitCode = StatusFault, w.fault
			default:
				wantS.PC, wantS.NextPC = codeBase+4, codeBase+8
				wantS.Regs[2], wantS.Regs[7] = w.v0, w.a3
				if w.v1 != nil {
					wantS.Regs[3] = *w.v1
				}
				if w.heap != 0 {
					wantS.Heap = w.heap
				}
				if w.preKey != nil {
					wantS.PreimageKey = *w.preKey
				}
				if w.preOff != nil {
					wantS.PreimageOffset = *w.preOff
				}
			}
			if s != wantS {
				t.Fatalf("state after the step:\n got  %s\n want %s", fmtState(s), fmtState(wantS))
			}
			for a, x := range w.mem {
				if got, _ := v.mem.Load32(a); got != x {
					t.Errorf("mem[%#x] = %#x, want %#x", a, got, x)
				}
			}
			if ref != nil && v.mem.Root() != ref.Root() {
				t.Error("memory root after the map differs from memory with the blob written out")
			}
			if tt.in[2] == 4004 && w.a3 == 0 {
				// The bytes of fd 1 and 2 leave the VM, at most MaxWrite.
				buf := &out
				if tt.in[4] == 2 {
					buf = &errOut
				}
				n := min(tt.in[6], 1<<20)
				wantOut := make([]byte, n)
				_ = v.mem.ReadBytes(tt.in[5], wantOut)
				if !bytes.Equal(buf.Bytes(), wantOut) || out.Len()+errOut.Len() != int(n) {
					t.Errorf("captured %d bytes on stdout, %d on stderr, want %d on fd %d", out.Len(), errOut.Len(), n, tt.in[4])
				}
			}
		})
	}
}

// TestSyscallKeepsMemory: a syscall that only answers in v0/a3 changes no
// memory, and one that stores changes only the documented bytes.
func TestSyscallKeepsMemory(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    map[int]uint32
		delta map[uint32]uint32 // words that change, with their new values
	}{
		{"getpid", map[int]uint32{2: 4020}, nil},
		{"write", map[int]uint32{2: 4004, 4: 1, 5: 0x2000, 6: 64}, nil},
		{"mmap", map[int]uint32{2: 4090, 5: 8192, 7: 0x800}, nil},
		{"sched_getaffinity", map[int]uint32{2: 4240, 5: 128, 6: 0x2007}, map[uint32]uint32{0x2004: 0x01010101}},
		{"clock_gettime", map[int]uint32{2: 4263, 5: 0x2010}, map[uint32]uint32{0x2010: 0, 0x2014: 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := bareVM(t, 0x0000000c)
			for i := uint32(0); i < 64; i += 4 {
				_ = v.mem.Store32(0x2000+i, 0x01010101)
			}
			for r, x := range tc.in {
				v.s.Regs[r] = x
			}
			if err := v.Step(); err != nil {
				t.Fatal(err)
			}
			if s := v.State(); s.Status != StatusRunning || s.Regs[7] != 0 {
				t.Fatalf("status %d a3 %d", s.Status, s.Regs[7])
			}
			for i := uint32(0); i < 64; i += 4 {
				want, ok := tc.delta[0x2000+i]
				if !ok {
					want = 0x01010101
				}
				if got, _ := v.mem.Load32(0x2000 + i); got != want {
					t.Errorf("mem[%#x] = %#x, want %#x", 0x2000+i, got, want)
				}
			}
		})
	}
}

func ptr[T any](x T) *T { return &x }

// wordsOf splits a 32-byte word at addr into its eight big-endian words.
func wordsOf(addr uint32, w merkle.Hash) map[uint32]uint32 {
	m := map[uint32]uint32{}
	for i := 0; i < 32; i += 4 {
		m[addr+uint32(i)] = binary.BigEndian.Uint32(w[i:])
	}
	return m
}

func fmtState(s State) string {
	return fmt.Sprintf("status %d code %d pc %#x next %#x step %d heap %#x hi %#x lo %#x key %x off %d regs %x",
		s.Status, s.ExitCode, s.PC, s.NextPC, s.Step, s.Heap, s.Hi, s.Lo, s.PreimageKey[:4], s.PreimageOffset, s.Regs)
}
