package vm

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/rmsnet/rms/merkle"
)

// refRoot computes the memory root from a sparse map of leaves (leaf index
// -> word), independently of Memory's caches.
func refRoot(leaves map[uint32]merkle.Hash) merkle.Hash {
	var rec func(h int, idx uint32, keys []uint32) merkle.Hash
	rec = func(h int, idx uint32, keys []uint32) merkle.Hash {
		if len(keys) == 0 {
			return merkle.Zero(h)
		}
		if h == 0 {
			return leaves[keys[0]]
		}
		mid := (idx*2 + 1) << (h - 1)
		var l, r []uint32
		for _, k := range keys {
			if k < mid {
				l = append(l, k)
			} else {
				r = append(r, k)
			}
		}
		return merkle.Node(rec(h-1, idx*2, l), rec(h-1, idx*2+1, r))
	}
	keys := make([]uint32, 0, len(leaves))
	for k := range leaves {
		keys = append(keys, k)
	}
	return rec(MemDepth, 0, keys)
}

// leavesOf reads every present page of m into a sparse leaf map.
func leavesOf(m *Memory) map[uint32]merkle.Hash {
	out := map[uint32]merkle.Hash{}
	m.pages.each(func(p uint32, pg *page) {
		for i := 0; i < PageSize/32; i++ {
			var w merkle.Hash
			copy(w[:], pg.data[i*32:])
			if !w.IsZero() {
				out[p<<7|uint32(i)] = w
			}
		}
	})
	return out
}

func TestMemoryRootAndProofs(t *testing.T) {
	m := newMemory()
	if m.Root() != merkle.Zero(MemDepth) {
		t.Fatal("empty memory root is not Z[27]")
	}
	rng := rand.New(rand.NewSource(1))
	addrs := []uint32{0x1000, 0x1004, 0x7ffffffc, 0xfffffffc, 0x40000000, 0x12345678 &^ 3}
	for round := 0; round < 4; round++ {
		for i := 0; i < 50; i++ {
			a := addrs[rng.Intn(len(addrs))]
			if rng.Intn(2) == 0 {
				a = rng.Uint32() &^ 3
			}
			addrs = append(addrs, a)
			if err := m.Store32(a, rng.Uint32()); err != nil {
				t.Fatal(err)
			}
		}
		leaves := leavesOf(m)
		root := m.Root()
		if want := refRoot(leaves); root != want {
			t.Fatalf("round %d: root %s, reference %s", round, root, want)
		}
		for _, a := range addrs[len(addrs)-10:] {
			leaf, proof, err := m.Proof(a)
			if err != nil {
				t.Fatal(err)
			}
			if len(proof) != MemDepth || !merkle.Verify(root, leaf, uint64(a>>5), proof) {
				t.Fatalf("proof of %#x does not verify", a)
			}
		}
	}
}

// mapProg maps a blob at regionAddr (2^sizeLog2 bytes) and loads the word at
// loadAddr into r9, then exits.
func mapVM(t *testing.T, src BlockSource, root merkle.Hash, height int, regionAddr uint32, sizeLog2 int, loadAddr uint32) *VM {
	code := []uint32{
		iType(0x09, 0, 2, SysMap), // li v0, SysMap
		0x0c,                      // syscall
		iType(0x23, 8, 9, 0),      // lw t1, 0(t0)
		iType(0x09, 0, 2, sysExitGroup),
		0x0c,
	}
	v := bareVM(t, code...)
	v.mem.source = src
	rootPtr := uint32(0x3000)
	if err := v.mem.WriteBytes(rootPtr, root[:]); err != nil {
		t.Fatal(err)
	}
	v.s.Regs[4], v.s.Regs[5], v.s.Regs[6], v.s.Regs[7] = regionAddr, uint32(sizeLog2), rootPtr, uint32(height)
	v.s.Regs[8] = loadAddr
	return v
}

func TestMapRegion(t *testing.T) {
	src := NewMemSource()
	data := make([]byte, 100000)
	for i := range data {
		data[i] = byte(i * 7)
	}
	root, height := src.Add(data)
	stream := merkle.BlobBytes(data)
	// Low memory, and the guest's map window above the stack (docs/VM.md).
	for _, region := range []uint32{0x20000000, 0xc0000000} {
		for _, off := range []uint32{0, 32, 4096 * 3, 99000, 100000 + 32 - 4, 1 << 19} {
			t.Run(fmt.Sprintf("%#x+%d", region, off), func(t *testing.T) {
				v := mapVM(t, src, root, height, region, 20, region+off)
				var wits []*Witness
				for !v.Halted() {
					w, err := v.StepWitness()
					if err != nil {
						t.Fatal(err)
					}
					post, err := VerifyStep(w)
					if err != nil {
						t.Fatalf("step %d: %v", w.Step, err)
					}
					if !bytes.Equal(post, w.PostState) {
						t.Fatalf("step %d: verified post-state differs", w.Step)
					}
					wits = append(wits, w)
				}
				var want uint32
				if int(off)+4 <= len(stream) {
					want = uint32(stream[off])<<24 | uint32(stream[off+1])<<16 | uint32(stream[off+2])<<8 | uint32(stream[off+3])
				}
				if got := v.State().Regs[9]; got != want {
					t.Fatalf("word at +%d = %#x, want %#x", off, got, want)
				}
				// The memory root equals that of memory with the blob written
				// out in full.
				ref := bareVM(t)
				ref.mem = newMemory()
				_ = ref.mem.WriteBytes(region, stream)
				got := leavesOf(v.mem)
				for k, w := range leavesOf(ref.mem) {
					got[k] = w
				}
				if v.mem.Root() != refRoot(got) {
					t.Fatal("memory root with a lazily mapped region differs from the full reference")
				}
				if len(wits[1].Proofs) != 3 {
					t.Fatalf("map step has %d proofs, want fetch, root word, region", len(wits[1].Proofs))
				}
			})
		}
	}
}

type badSource struct{ MemSource }

func (b *badSource) Page(ctx context.Context, root merkle.Hash, height int, p uint64) ([]byte, []merkle.Hash, error) {
	d, pr, err := b.MemSource.Page(ctx, root, height, p)
	if err != nil {
		return nil, nil, err
	}
	d = append([]byte(nil), d...)
	d[40] ^= 1
	return d, pr, nil
}

func TestMapRejectsBadPage(t *testing.T) {
	src := &badSource{*NewMemSource()}
	root, height := src.Add(make([]byte, 50000))
	v := mapVM(t, src, root, height, 0x20000000, 16, 0x20000000+8192)
	err := v.Run(context.Background(), 100)
	if !errors.Is(err, ErrDataSource) {
		t.Fatalf("err = %v, want a data-source error", err)
	}
	s := v.State()
	if s.Status != StatusRunning || s.Step != 2 {
		t.Fatalf("the failing load changed the state: status %d step %d", s.Status, s.Step)
	}
	missing := mapVM(t, NewMemSource(), root, height, 0x20000000, 16, 0x20000000)
	if err := missing.Run(context.Background(), 100); !errors.Is(err, ErrDataSource) {
		t.Fatalf("missing blob: err = %v", err)
	}
}

func TestMapBadArguments(t *testing.T) {
	src := NewMemSource()
	root, height := src.Add([]byte("small"))
	for _, tc := range []struct {
		addr uint32
		log2 int
		h    int
	}{
		{0x20000100, 12, height}, // unaligned
		{0x20000000, 11, height}, // smaller than a page
		{0x20000000, 12, 8},      // blob taller than region
	} {
		v := mapVM(t, src, root, tc.h, tc.addr, tc.log2, 0x20000000)
		_ = v.Run(context.Background(), 10)
		if s := v.State(); s.Status != StatusFault || s.ExitCode != FaultArgument {
			t.Errorf("%+v: status %d code %d, want argument fault", tc, s.Status, s.ExitCode)
		}
	}
}

func TestPreimage(t *testing.T) {
	in := LocalInputs{[]byte("zero"), []byte("input one!")}
	key := LocalKey(1)
	code := []uint32{
		iType(0x09, 0, 2, SysPreimageKey), 0x0c,
		iType(0x09, 0, 2, SysPreimageRead), 0x0c, iType(0x09, 2, 10, 0),
		iType(0x09, 0, 2, SysPreimageRead), 0x0c, iType(0x09, 2, 11, 0),
		iType(0x09, 0, 2, SysPreimageRead), 0x0c, iType(0x09, 2, 12, 0),
		iType(0x09, 0, 2, sysExitGroup), 0x0c,
	}
	v := bareVM(t, code...)
	v.cfg.oracle = in
	_ = v.mem.WriteBytes(0x3000, key[:])
	v.s.Regs[4] = 0x3000
	for !v.Halted() {
		w, err := v.StepWitness()
		if err != nil {
			t.Fatal(err)
		}
		b := w.Encode()
		dec, err := DecodeWitness(b)
		if err != nil {
			t.Fatal(err)
		}
		post, err := VerifyStep(dec)
		if err != nil || !bytes.Equal(post, w.PostState) {
			t.Fatalf("step %d: %v", w.Step, err)
		}
	}
	s := v.State()
	if s.Regs[10] != 0x696e7075 || s.Regs[11] != 0x74206f6e || s.Regs[12] != 0x65210000 || s.Regs[3] != 10 {
		t.Fatalf("preimage words %#x %#x %#x len %d", s.Regs[10], s.Regs[11], s.Regs[12], s.Regs[3])
	}
}

func TestSnapshotsAndRunTo(t *testing.T) {
	p := loadProg(t, "sorting")
	fresh := func(opts ...Option) *VM {
		v, err := New(p, opts...)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	v := fresh(WithSnapshotEvery(100000))
	if err := v.Run(context.Background(), 0); err != nil {
		t.Fatal(err)
	}
	end := v.Steps()
	// Step 0 and a step with a snapshot exactly at it: nothing to run after
	// the restore (Run(ctx, 0) would run to the end).
	for _, target := range []uint64{12345, 250001, end - 1, 3, 0, 200000, 200000, end} {
		if err := v.RunTo(context.Background(), target); err != nil {
			t.Fatal(err)
		}
		ref := fresh()
		if target > 0 {
			if err := ref.Run(context.Background(), target); err != nil {
				t.Fatal(err)
			}
		}
		if v.Steps() != target || v.StateHash() != ref.StateHash() {
			t.Fatalf("state at %d from a snapshot differs from a fresh run", target)
		}
	}
	// Witnesses taken in the middle of a real program verify.
	for i := 0; i < 2000; i++ {
		w, err := v.StepWitness()
		if err != nil {
			t.Fatal(err)
		}
		post, err := VerifyStep(w)
		if err != nil || !bytes.Equal(post, w.PostState) {
			t.Fatalf("step %d: %v", w.Step, err)
		}
	}
	ref := fresh()
	_ = ref.Run(context.Background(), v.Steps())
	if ref.StateHash() != v.StateHash() {
		t.Fatal("witness mode diverged from fast mode")
	}
}

// TestMapInsideMap maps a blob inside a region where another blob is
// mapped lazily, then reads from both; every step is witnessed and the
// memory root equals a reference with both written out.
func TestMapInsideMap(t *testing.T) {
	src := NewMemSource()
	big := make([]byte, 300000)
	for i := range big {
		big[i] = byte(i*13 + 1)
	}
	small := []byte("a small blob mapped inside a big one")
	rootA, hA := src.Add(big)
	rootB, hB := src.Add(small)
	const regionA, regionB = 0x20000000, 0x20000000 + 3<<14
	code := []uint32{
		iType(0x09, 0, 2, SysMap), 0x0c, // map A (a0..a3 preset)
		iType(0x09, 0, 4, 0), iType(0x0f, 0, 4, regionB>>16), iType(0x0d, 4, 4, regionB&0xffff),
		iType(0x09, 0, 5, 14), iType(0x09, 0, 6, 0x3020), iType(0x09, 0, 7, int32(hB)),
		iType(0x09, 0, 2, SysMap), 0x0c, // map B inside A
		iType(0x23, 8, 9, 0),   // lw t1, 0(t0): inside A, outside B
		iType(0x23, 4, 10, 32), // lw t2, 32(a0): first data word of B
		iType(0x09, 0, 2, sysExitGroup), 0x0c,
	}
	v := bareVM(t, code...)
	v.mem.source = src
	_ = v.mem.WriteBytes(0x3000, rootA[:])
	_ = v.mem.WriteBytes(0x3020, rootB[:])
	v.s.Regs[4], v.s.Regs[5], v.s.Regs[6], v.s.Regs[7] = regionA, 19, 0x3000, uint32(hA)
	v.s.Regs[8] = regionA + 5000
	for !v.Halted() {
		w, err := v.StepWitness()
		if err != nil {
			t.Fatal(err)
		}
		post, err := VerifyStep(w)
		if err != nil || !bytes.Equal(post, w.PostState) {
			t.Fatalf("step %d: %v", w.Step, err)
		}
	}
	if s := v.State(); s.Status != StatusExited {
		t.Fatalf("status %d code %d", s.Status, s.ExitCode)
	}
	streamA, streamB := merkle.BlobBytes(big), merkle.BlobBytes(small)
	be := func(b []byte) uint32 { return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3]) }
	if s := v.State(); s.Regs[9] != be(streamA[5000:]) || s.Regs[10] != be(streamB[32:]) {
		t.Fatalf("read %#x %#x", s.Regs[9], s.Regs[10])
	}
	ref := newMemory()
	_ = ref.WriteBytes(regionA, streamA)
	_ = ref.WriteBytes(regionB, make([]byte, 1<<14))
	_ = ref.WriteBytes(regionB, streamB)
	got := leavesOf(v.mem)
	for k := range got {
		if k >= regionA>>5 && k < (regionA+1<<19)>>5 {
			delete(got, k)
		}
	}
	for k, w := range leavesOf(ref) {
		got[k] = w
	}
	if v.mem.Root() != refRoot(got) {
		t.Fatal("memory root with nested mapped regions differs from the reference")
	}
}

func TestMemoryLimit(t *testing.T) {
	p := loadProg(t, "dot") // two 4 MiB vectors
	v, err := New(p, WithMaxMemory(4<<20))
	if err != nil {
		t.Fatal(err)
	}
	err = v.Run(context.Background(), 0)
	if !errors.Is(err, ErrMemoryLimit) {
		t.Fatalf("err = %v, want the memory limit", err)
	}
	if v.Halted() {
		t.Fatal("a host limit must not change the VM state into a halt")
	}
}

func TestRunStopsOnContext(t *testing.T) {
	// A tight infinite loop: b . ; nop
	v := bareVM(t, iType(0x04, 0, 0, -1), 0)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := v.Run(ctx, 0); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if err := v.Run(context.Background(), 5_000_000); err != nil || v.Steps() != 5_000_000 {
		t.Fatalf("err %v steps %d", err, v.Steps())
	}
}

func TestDirSource(t *testing.T) {
	dir := t.TempDir()
	d := NewDirSource(dir)
	data := bytes.Repeat([]byte("dir source "), 2000)
	root, h, err := d.Add(data)
	if err != nil {
		t.Fatal(err)
	}
	// A fresh source over the same directory serves the blob to the VM.
	v := mapVM(t, NewDirSource(dir), root, h, 0x20000000, 16, 0x20000000+4096+32)
	if err := v.Run(context.Background(), 100); err != nil {
		t.Fatal(err)
	}
	stream := merkle.BlobBytes(data)
	if got, want := v.State().Regs[9], uint32(stream[4128])<<24|uint32(stream[4129])<<16|uint32(stream[4130])<<8|uint32(stream[4131]); got != want {
		t.Fatalf("read %#x, want %#x", got, want)
	}
	// A file whose content does not hash to its name is refused.
	other := []byte("other content")
	if err := os.WriteFile(filepath.Join(dir, root.Hex()[2:]), other, 0o644); err != nil {
		t.Fatal(err)
	}
	badSrc := NewDirSource(dir)
	bad := mapVM(t, badSrc, root, h, 0x20000000, 16, 0x20000000)
	if err := bad.Run(context.Background(), 100); !errors.Is(err, ErrDataSource) {
		t.Fatalf("err = %v, want a data-source error", err)
	}
	// Nothing of the refused file is served, not even its length.
	if _, err := badSrc.Preimage(LengthKey(merkle.BlobRoot(other))); err == nil {
		t.Fatal("the length of a refused file is served")
	}
	// Length keys of a MemSource: each blob's own length, none for others.
	m := NewMemSource()
	for _, n := range []int{0, 5, 4096, 70000} {
		r, _ := m.Add(make([]byte, n))
		b, err := m.Preimage(LengthKey(r))
		if err != nil || len(b) != 8 || binary.BigEndian.Uint64(b) != uint64(n) {
			t.Fatalf("length of a %d-byte blob: %x %v", n, b, err)
		}
	}
	if _, err := m.Preimage(LengthKey(root)); err == nil {
		t.Fatal("length of a blob the source does not hold")
	}
	if _, err := m.Preimage(LocalKey(0)); err == nil {
		t.Fatal("a local key answered by a MemSource")
	}
}

// TestSnapshotCopyOnWrite checks that pages shared with a snapshot are
// copied before any kind of write: fast stores, witnessed stores and host
// writes.
func TestSnapshotCopyOnWrite(t *testing.T) {
	v := bareVM(t, iType(0x2b, 1, 2, 0), iType(0x2b, 1, 2, 4), iType(0x2b, 1, 2, 8))
	v.s.Regs[1], v.s.Regs[2] = 0x2000, 0xabcdef01
	_ = v.mem.Store32(0x2000, 1)
	sn := v.Snapshot()
	h0 := v.StateHash()
	_ = v.Step()
	if _, err := v.StepWitness(); err != nil {
		t.Fatal(err)
	}
	_ = v.mem.Store32(0x2008, 7)
	_ = v.Step()
	if x, _ := v.mem.Load32(0x2000); x != 0xabcdef01 {
		t.Fatalf("store lost: %#x", x)
	}
	v.Restore(sn)
	if x, _ := v.mem.Load32(0x2000); x != 1 || v.StateHash() != h0 {
		t.Fatalf("snapshot changed by later writes: %#x", x)
	}
	// Both VMs sharing the snapshot stay independent.
	w := &VM{mem: newMemory()}
	w.Restore(sn)
	_ = v.Step()
	if w.StateHash() != h0 {
		t.Fatal("a write in one VM reached another one through a shared page")
	}
}

// TestWitnessWholeProgram witnesses and replays every step of a real Go
// program from load (to exit with RMS_LONG, 335,627 steps; the first 40,000
// otherwise): each replayed post-state is the next step's pre-state, and the
// end equals a run in fast mode.
func TestWitnessWholeProgram(t *testing.T) {
	p := loadProg(t, "exitcode")
	v, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	limit := uint64(40_000)
	if os.Getenv("RMS_LONG") != "" {
		limit = 1 << 40
	}
	var prev []byte
	for !v.Halted() && v.Steps() < limit {
		w, err := v.StepWitness()
		if err != nil {
			t.Fatal(err)
		}
		if prev != nil && !bytes.Equal(prev, w.State) {
			t.Fatalf("step %d: pre-state is not the previous post-state", w.Step)
		}
		post, err := VerifyStep(w)
		if err != nil {
			t.Fatalf("step %d: %v", w.Step, err)
		}
		if !bytes.Equal(post, w.PostState) {
			t.Fatalf("step %d: replay differs", w.Step)
		}
		prev = post
	}
	ref, _ := New(p)
	if err := ref.Run(context.Background(), v.Steps()); err != nil {
		t.Fatal(err)
	}
	if ref.StateHash() != v.StateHash() || (v.Halted() && v.State().ExitCode != 3) {
		t.Fatal("witness mode ends elsewhere than fast mode")
	}
	t.Logf("%d steps witnessed", v.Steps())
}

// editSource serves the pages of a MemSource through edit.
type editSource struct {
	MemSource
	edit func(p uint64, d []byte, pr []merkle.Hash) ([]byte, []merkle.Hash)
}

func (e *editSource) Page(ctx context.Context, root merkle.Hash, height int, p uint64) ([]byte, []merkle.Hash, error) {
	d, pr, err := e.MemSource.Page(ctx, root, height, p)
	if err != nil {
		return nil, nil, err
	}
	d, pr = e.edit(p, append([]byte(nil), d...), append([]merkle.Hash(nil), pr...))
	return d, pr, nil
}

// TestMapRejectsMalformedPages: a source that answers with a page of the
// wrong length, a sibling path of the wrong length or content, another
// page, or padding that is not zero is a data-source error, for large and
// for sub-page blobs, and the state does not move.
func TestMapRejectsMalformedPages(t *testing.T) {
	type edit = func(p uint64, d []byte, pr []merkle.Hash) ([]byte, []merkle.Hash)
	big := make([]byte, 50000)
	small := make([]byte, 1000)
	for i := range big {
		big[i] = byte(i*13 + 1)
	}
	for i := range small {
		small[i] = byte(i*7 + 3)
	}
	other := func(src *editSource, root merkle.Hash, height int) edit {
		return func(p uint64, d []byte, pr []merkle.Hash) ([]byte, []merkle.Hash) {
			d2, pr2, _ := src.MemSource.Page(context.Background(), root, height, p^1)
			return d2, pr2
		}
	}
	for _, tc := range []struct {
		name string
		data []byte
		edit edit
		ok   bool
	}{
		{"unchanged", big, func(p uint64, d []byte, pr []merkle.Hash) ([]byte, []merkle.Hash) { return d, pr }, true},
		{"unchanged small", small, func(p uint64, d []byte, pr []merkle.Hash) ([]byte, []merkle.Hash) { return d, pr }, true},
		{"page too long", big, func(p uint64, d []byte, pr []merkle.Hash) ([]byte, []merkle.Hash) { return append(d, 0), pr }, false},
		{"small page too long", small, func(p uint64, d []byte, pr []merkle.Hash) ([]byte, []merkle.Hash) {
			return append(d, make([]byte, PageSize)...), pr
		}, false},
		{"page cut short", big, func(p uint64, d []byte, pr []merkle.Hash) ([]byte, []merkle.Hash) { return d[:len(d)-1], pr }, false},
		{"empty page", big, func(p uint64, d []byte, pr []merkle.Hash) ([]byte, []merkle.Hash) { return nil, pr }, false},
		{"small blob cut short", small, func(p uint64, d []byte, pr []merkle.Hash) ([]byte, []merkle.Hash) { return d[:100], pr }, false},
		{"non-zero padding", small, func(p uint64, d []byte, pr []merkle.Hash) ([]byte, []merkle.Hash) {
			d = append(d, make([]byte, PageSize-len(d))...)
			d[PageSize-1] = 1
			return d, pr
		}, false},
		{"proof too short", big, func(p uint64, d []byte, pr []merkle.Hash) ([]byte, []merkle.Hash) { return d, pr[:len(pr)-1] }, false},
		{"proof too long", big, func(p uint64, d []byte, pr []merkle.Hash) ([]byte, []merkle.Hash) {
			return d, append(pr, merkle.Hash{})
		}, false},
		{"no proof", big, func(p uint64, d []byte, pr []merkle.Hash) ([]byte, []merkle.Hash) { return d, nil }, false},
		{"sibling flipped", big, func(p uint64, d []byte, pr []merkle.Hash) ([]byte, []merkle.Hash) {
			pr[len(pr)-1][0] ^= 1
			return d, pr
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := &editSource{MemSource: *NewMemSource(), edit: tc.edit}
			root, height := src.Add(tc.data)
			v := mapVM(t, src, root, height, 0x20000000, 16, 0x20000000+40)
			err := v.Run(context.Background(), 100)
			if tc.ok {
				if err != nil || v.State().Status != StatusExited {
					t.Fatalf("good source: %v, status %d", err, v.State().Status)
				}
				return
			}
			if !errors.Is(err, ErrDataSource) {
				t.Fatalf("err = %v, want a data-source error", err)
			}
			if s := v.State(); s.Status != StatusRunning || s.Step != 2 {
				t.Fatalf("the failing load changed the state: status %d step %d", s.Status, s.Step)
			}
		})
	}
	// Another page of the same blob, with its own valid path.
	src := &editSource{MemSource: *NewMemSource()}
	root, height := src.Add(big)
	src.edit = other(src, root, height)
	v := mapVM(t, src, root, height, 0x20000000, 16, 0x20000000+40)
	if err := v.Run(context.Background(), 100); !errors.Is(err, ErrDataSource) {
		t.Fatalf("page from elsewhere: err = %v, want a data-source error", err)
	}
}

// TestSharedSnapshotConcurrent: VMs restored from one snapshot share its
// pages; they may run, witness and hash in parallel goroutines (run with
// -race) and each reaches the same states as a VM of its own.
func TestSharedSnapshotConcurrent(t *testing.T) {
	p := loadProg(t, "sorting")
	v, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Run(context.Background(), 300000); err != nil {
		t.Fatal(err)
	}
	sn := v.Snapshot()
	want := func() []merkle.Hash {
		// A VM of its own, sharing nothing with the snapshot.
		w, err := New(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Run(context.Background(), 300000); err != nil {
			t.Fatal(err)
		}
		var hs []merkle.Hash
		for i := 0; i < 300; i++ {
			if _, err := w.StepWitness(); err != nil {
				t.Fatal(err)
			}
			hs = append(hs, w.StateHash())
		}
		_ = w.Run(context.Background(), 400000)
		return append(hs, w.StateHash())
	}()
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := &VM{mem: newMemory()}
			w.Restore(sn)
			for i := 0; i < 300; i++ {
				if _, err := w.StepWitness(); err != nil {
					errs <- err
					return
				}
				if w.StateHash() != want[i] {
					errs <- fmt.Errorf("step %d differs", i)
					return
				}
			}
			// Snapshots of a VM whose pages are shared with others.
			mid := w.Snapshot()
			_ = w.Run(context.Background(), 400000)
			w.Restore(mid)
			_ = w.Run(context.Background(), 400000)
			if w.StateHash() != want[len(want)-1] {
				errs <- fmt.Errorf("state at 400000 differs")
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}
