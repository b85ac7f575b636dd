package vm

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/rmsnet/rms/merkle"
)

// TestMapModel drives the interpreter through random maps (nested,
// enclosing, overlapping earlier ones, blobs smaller than their region),
// stores and loads in a 1 MiB window, in fast and witness mode, with
// snapshots restored, and checks after every step that the memory root
// equals the root of a flat model of the same bytes and that every load
// reads the model's word. The lazily mapped regions, their recorded
// siblings and the node caches must always describe the memory the guest
// sees.
func TestMapModel(t *testing.T) {
	const (
		window   = 0x20000000
		winLog2  = 20
		rootBase = 0x3000
	)
	r := rand.New(rand.NewPCG(21, 21))
	src := NewMemSource()
	type blob struct {
		root   merkle.Hash
		height int
		stream []byte
	}
	var blobs []blob
	for _, n := range []int{0, 1, 31, 100, 4000, 4064, 5000, 20000, 70000, 200000} {
		d := make([]byte, n)
		for i := range d {
			d[i] = byte(r.Uint32() | 1)
		}
		root, h := src.Add(d)
		blobs = append(blobs, blob{root, h, merkle.BlobBytes(d)})
	}
	code := []uint32{
		iType(0x2b, 8, 9, 0),  // sw t1, 0(t0)
		iType(0x23, 8, 10, 0), // lw t2, 0(t0)
		0x0c,                  // syscall (SysMap)
		iType(0x28, 8, 9, 0),  // sb t1, 0(t0)
	}
	v := bareVM(t, code...)
	v.mem.source = src
	ref := make([]byte, 1<<winLog2)
	var roots []byte
	for _, b := range blobs {
		roots = append(roots, b.root[:]...)
	}
	if err := v.mem.WriteBytes(rootBase, roots); err != nil {
		t.Fatal(err)
	}
	refRootNow := func() merkle.Hash {
		m := newMemory()
		for i, c := range code {
			_ = m.Store32(codeBase+uint32(4*i), c)
		}
		_ = m.WriteBytes(rootBase, roots)
		_ = m.WriteBytes(window, ref)
		return m.Root()
	}
	var snap *Snapshot
	var snapRef []byte
	maps := 0
	for i := 0; i < 400; i++ {
		s := &v.s
		var addr uint32
		load := false
		switch k := r.IntN(10); {
		case k < 3: // map a blob at a random aligned region of the window
			b := blobs[r.IntN(len(blobs))]
			lo := max(12, b.height+5)
			if lo > winLog2 {
				continue
			}
			sizeLog2 := lo + r.IntN(winLog2-lo+1)
			addr = window + uint32(r.IntN(1<<(winLog2-sizeLog2)))<<sizeLog2
			s.PC = codeBase + 8
			s.Regs[2], s.Regs[4], s.Regs[5], s.Regs[7] = SysMap, addr, uint32(sizeLog2), uint32(b.height)
			for j := range blobs {
				if blobs[j].root == b.root {
					s.Regs[6] = rootBase + uint32(32*j)
				}
			}
			o := addr - window
			clear(ref[o : o+1<<sizeLog2])
			copy(ref[o:], b.stream)
			maps++
		case k < 6: // store a word
			addr = window + uint32(r.IntN(1<<winLog2))&^3
			s.PC = codeBase
			s.Regs[8], s.Regs[9] = addr, r.Uint32()
			binary.BigEndian.PutUint32(ref[addr-window:], s.Regs[9])
		case k < 7: // store a byte
			addr = window + uint32(r.IntN(1<<winLog2))
			s.PC = codeBase + 12
			s.Regs[8], s.Regs[9] = addr, r.Uint32()
			ref[addr-window] = byte(s.Regs[9])
		default: // load a word
			addr = window + uint32(r.IntN(1<<winLog2))&^3
			s.PC = codeBase + 4
			s.Regs[8] = addr
			load = true
		}
		s.NextPC = s.PC + 4
		if r.IntN(3) == 0 {
			w, err := v.StepWitness()
			if err != nil {
				t.Fatalf("op %d: %v", i, err)
			}
			post, err := VerifyStep(w)
			if err != nil || !bytes.Equal(post, w.PostState) {
				t.Fatalf("op %d: witness replay: %v", i, err)
			}
		} else if err := v.Step(); err != nil {
			t.Fatalf("op %d: %v", i, err)
		}
		if s.Status != StatusRunning {
			t.Fatalf("op %d at %#x: status %d code %d", i, addr, s.Status, s.ExitCode)
		}
		if load {
			if got, want := s.Regs[10], binary.BigEndian.Uint32(ref[addr-window:]); got != want {
				t.Fatalf("op %d: load at %#x read %#x, model %#x", i, addr, got, want)
			}
		}
		s.Regs[10] = 0
		if r.IntN(4) == 0 || i == 399 {
			if got, want := v.mem.Root(), refRootNow(); got != want {
				t.Fatalf("op %d (%d maps): memory root %s, flat model %s", i, maps, got, want)
			}
		}
		switch r.IntN(40) {
		case 0:
			snap, snapRef = v.Snapshot(), append([]byte(nil), ref...)
		case 1:
			if snap != nil {
				v.Restore(snap)
				copy(ref, snapRef)
			}
		}
	}
	if maps < 50 {
		t.Fatalf("only %d maps", maps)
	}
}
