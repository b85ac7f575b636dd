package guestimage

import (
	"bytes"
	"context"
	debugelf "debug/elf"
	"encoding/binary"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/crypto/sha3"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/vm"
)

// TestCommittedImageIsFresh rebuilds the guest twice: the builds must be
// byte-identical (reproducible) and equal to the committed guest.elf, like
// every other generated file.
func TestCommittedImageIsFresh(t *testing.T) {
	vm.RequirePinnedGo(t)
	dir := t.TempDir()
	var builds [][]byte
	for i := 0; i < 2; i++ {
		out := filepath.Join(dir, "guest.elf")
		if err := vm.BuildGuest(context.Background(), "../guest", out); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		builds = append(builds, b)
		os.Remove(out)
	}
	if !bytes.Equal(builds[0], builds[1]) {
		t.Fatal("two builds of the guest differ: the build is not reproducible")
	}
	if !bytes.Equal(builds[0], ELF()) {
		t.Fatal("guest.elf is stale: run `go generate ./vm/guestimage` and commit it")
	}
}

// TestRoot recomputes the image root from guest.elf without the VM's
// loader or memory: the PT_LOAD segments read with debug/elf, the runtime
// patches ("jr $ra; nop" over each patched function), the initial stack as
// docs/VM.md lays it out, the memory root as a sparse word tree of height 27
// hashed with an independent keccak, and the state hash of the packed
// encoding written field by field.
func TestRoot(t *testing.T) {
	img, mem, err := Root()
	if err != nil {
		t.Fatal(err)
	}
	f, err := debugelf.NewFile(bytes.NewReader(ELF()))
	if err != nil {
		t.Fatal(err)
	}
	memory := map[uint32]*[32]byte{} // word index → word
	write := func(addr uint32, b []byte) {
		for i, x := range b {
			a := addr + uint32(i)
			w := memory[a>>5]
			if w == nil {
				w = new([32]byte)
				memory[a>>5] = w
			}
			w[a&31] = x
		}
	}
	for _, p := range f.Progs {
		if p.Type != debugelf.PT_LOAD {
			continue
		}
		b := make([]byte, p.Filesz)
		if _, err := p.ReadAt(b, 0); err != nil {
			t.Fatal(err)
		}
		write(uint32(p.Vaddr), b)
	}
	syms, err := f.Symbols()
	if err != nil {
		t.Fatal(err)
	}
	patched := 0
	for _, s := range syms {
		if slices.Contains(vm.RuntimePatches, s.Name) && debugelf.ST_TYPE(s.Info) == debugelf.STT_FUNC {
			write(uint32(s.Value), []byte{0x03, 0xe0, 0x00, 0x08, 0, 0, 0, 0})
			patched++
		}
	}
	if patched != len(vm.RuntimePatches) {
		t.Fatalf("%d of %d patched functions found", patched, len(vm.RuntimePatches))
	}
	// Stack: strings at StackTop-4096 ("guest\0" then the 16 AT_RANDOM
	// bytes); below them, 16-aligned with 64 bytes of gap, argc, argv, 0,
	// (no envp) 0, AT_PAGESZ 4096, AT_RANDOM addr, AT_NULL.
	base := uint32(0x7fff_f000 - 0x1000)
	strs := []byte("guest\x00rms-vm-random-16")
	words := []uint32{1, base, 0, 0, 6, 4096, 25, base + 6, 0, 0}
	sp := (base - uint32(4*len(words)) - 64) &^ 15
	for i, w := range words {
		write(sp+uint32(4*i), binary.BigEndian.AppendUint32(nil, w))
	}
	write(base, strs)

	// Sparse word tree: level 0 holds the non-zero words.
	level := map[uint64][32]byte{}
	for i, w := range memory {
		if *w != ([32]byte{}) {
			level[uint64(i)] = *w
		}
	}
	keccak := func(b []byte) (h [32]byte) {
		k := sha3.NewLegacyKeccak256()
		k.Write(b)
		k.Sum(h[:0])
		return h
	}
	zero := [32]byte{}
	for l := 0; l < 27; l++ {
		up := map[uint64][32]byte{}
		for i := range level {
			if _, done := up[i>>1]; done {
				continue
			}
			left, right := level[i&^1], level[i|1] // absent: the zero subtree
			if _, ok := level[i&^1]; !ok {
				left = zero
			}
			if _, ok := level[i|1]; !ok {
				right = zero
			}
			up[i>>1] = keccak(append(left[:], right[:]...))
		}
		level = up
		zero = keccak(append(zero[:], zero[:]...))
	}
	wantMem := merkle.Hash(level[0])
	if mem != wantMem {
		t.Fatalf("memory root %s, recomputed from the ELF %s", mem, wantMem)
	}
	// Packed state: mem root, key 0, offset 0, pc, next pc, lo, hi, heap,
	// exit code, status, step, registers (sp in r29).
	st := append([]byte(nil), wantMem[:]...)
	st = append(st, make([]byte, 36)...)
	st = binary.BigEndian.AppendUint32(st, uint32(f.Entry))
	st = binary.BigEndian.AppendUint32(st, uint32(f.Entry)+4)
	st = append(st, make([]byte, 8)...)
	st = binary.BigEndian.AppendUint32(st, 0x4000_0000)
	st = append(st, make([]byte, 2+8)...)
	regs := make([]byte, 128)
	binary.BigEndian.PutUint32(regs[4*29:], sp)
	st = append(st, regs...)
	if len(st) != vm.StateSize {
		t.Fatalf("packed state of %d bytes", len(st))
	}
	if want := merkle.Hash(keccak(st)); img != want {
		t.Fatalf("image root %s, recomputed from the ELF %s", img, want)
	}
	if img == mem {
		t.Fatal("image root equals memory root")
	}
}
