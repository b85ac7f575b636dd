package vm

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/rmsnet/rms/merkle"
)

// MemProof proves one memory access of a step: the leaf (Height 0) holding
// Addr, or for SysMap the aligned subtree of height Height at Addr, with its
// value before the access and its MemDepth-Height siblings, bottom-up. Each
// proof holds against the memory root as it is when the access happens:
// after the writes of the earlier accesses of the same step.
type MemProof struct {
	Addr     uint32
	Height   int
	Value    merkle.Hash
	Siblings []merkle.Hash
}

// PreimagePart is the preimage word a SysPreimageRead step returns: Value
// holds the 4 bytes at the state's preimage offset of the preimage with the
// state's key (zero past its end) and Length its length.
type PreimagePart struct {
	Value  [4]byte
	Length uint32
}

// Witness is everything the on-chain step needs to execute step Step.
type Witness struct {
	Step      uint64
	State     []byte // packed pre-state
	Proofs    []MemProof
	Preimage  *PreimagePart
	PostState []byte // packed post-state (not part of the encoding)
}

// ErrWitness marks a witness that does not prove what the step needs.
var ErrWitness = errors.New("bad witness")

type recorder struct {
	verify     bool
	root       merkle.Hash // verify mode: the running memory root
	proofs     []MemProof
	next       int // verify mode: next proof to consume
	known      map[uint32]bool
	pending    *MemProof // write awaiting its root update
	pendingAt  uint32
	preimage   *PreimagePart
	usedPre    bool // verify mode: the step read the preimage part
	err        error
	regionRoot merkle.Hash
}

func (r *recorder) fail(m *Memory, err error) {
	if r.err == nil {
		r.err = err
	}
	if m.err == nil {
		m.err = err
	}
}

// flush applies a pending write to the hashes.
func (r *recorder) flush(m *Memory) {
	if r.pending == nil {
		return
	}
	if r.verify {
		pg := m.pages.get(r.pendingAt >> PageShift)
		var w merkle.Hash
		off := r.pendingAt & pageMask &^ 31
		copy(w[:], pg.data[off:off+32])
		r.root = merkle.RootFromProof(w, uint64(r.pendingAt>>5), r.pending.Siblings)
	} else {
		m.updateLeafPath(r.pendingAt)
	}
	r.pending = nil
}

// access is called before every memory access of a step in witness mode.
func (r *recorder) access(m *Memory, addr uint32, write bool) {
	r.flush(m)
	leafAddr := addr &^ 31
	if r.verify {
		if r.next >= len(r.proofs) {
			r.fail(m, fmt.Errorf("%w: no proof for access %d at %#x", ErrWitness, r.next, addr))
			return
		}
		p := &r.proofs[r.next]
		r.next++
		if p.Height != 0 || p.Addr != leafAddr || len(p.Siblings) != MemDepth {
			r.fail(m, fmt.Errorf("%w: proof %d is for %#x (height %d), access is at %#x", ErrWitness, r.next-1, p.Addr, p.Height, addr))
			return
		}
		if !merkle.Verify(r.root, p.Value, uint64(leafAddr>>5), p.Siblings) {
			r.fail(m, fmt.Errorf("%w: proof %d of %#x does not match the memory root", ErrWitness, r.next-1, addr))
			return
		}
		pg := m.page(addr >> PageShift)
		off := leafAddr & pageMask
		if r.known[leafAddr] {
			if merkle.Hash(pg.data[off:off+32]) != p.Value {
				r.fail(m, fmt.Errorf("%w: proof %d of %#x disagrees with the step's earlier write", ErrWitness, r.next-1, addr))
				return
			}
		} else {
			copy(pg.data[off:off+32], p.Value[:])
			r.known[leafAddr] = true
		}
		if write {
			r.pending, r.pendingAt = p, leafAddr
		}
		return
	}
	leaf, sib, err := m.Proof(addr)
	if err != nil {
		r.fail(m, err)
		return
	}
	r.proofs = append(r.proofs, MemProof{Addr: leafAddr, Value: leaf, Siblings: sib})
	if write {
		r.pending, r.pendingAt = &r.proofs[len(r.proofs)-1], leafAddr
	}
}

// region is called by SysMap before it replaces the subtree of height h at
// addr with newRoot. In verify mode it updates the running root and reports
// false when the witness does not prove the subtree.
func (r *recorder) region(m *Memory, addr uint32, h int, newRoot merkle.Hash) bool {
	r.flush(m)
	if r.verify {
		if r.next >= len(r.proofs) {
			r.fail(m, fmt.Errorf("%w: no proof for the mapped region at %#x", ErrWitness, addr))
			return false
		}
		p := &r.proofs[r.next]
		r.next++
		if p.Height != h || p.Addr != addr || len(p.Siblings) != MemDepth-h {
			r.fail(m, fmt.Errorf("%w: region proof is for %#x height %d, map is at %#x height %d", ErrWitness, p.Addr, p.Height, addr, h))
			return false
		}
		idx := uint64(addr) >> (h + 5)
		if !merkle.Verify(r.root, p.Value, idx, p.Siblings) {
			r.fail(m, fmt.Errorf("%w: region proof at %#x does not match the memory root", ErrWitness, addr))
			return false
		}
		r.root = merkle.RootFromProof(newRoot, idx, p.Siblings)
		return true
	}
	sub, sib := m.NodeProof(addr, h)
	r.proofs = append(r.proofs, MemProof{Addr: addr, Height: h, Value: sub, Siblings: sib})
	return true
}

// preimageWord returns the preimage word for the current key and offset.
func (v *VM) preimageWord() ([4]byte, uint32, error) {
	s := &v.s
	if rec := v.mem.rec; rec != nil && rec.verify {
		if rec.preimage == nil {
			return [4]byte{}, 0, fmt.Errorf("%w: step reads the preimage, witness has none", ErrWitness)
		}
		rec.usedPre = true
		if s.PreimageKey[0] == nodeKeyType && rec.preimage.Length != 64 {
			// The oracle contract holds only 64-byte node preimages.
			return [4]byte{}, 0, fmt.Errorf("%w: node key preimage of %d bytes, not 64", ErrWitness, rec.preimage.Length)
		}
		return rec.preimage.Value, rec.preimage.Length, nil
	}
	data, err := v.preimage(s.PreimageKey)
	if err != nil {
		return [4]byte{}, 0, err
	}
	var w [4]byte
	if uint64(s.PreimageOffset) < uint64(len(data)) {
		copy(w[:], data[s.PreimageOffset:])
	}
	if rec := v.mem.rec; rec != nil {
		rec.preimage = &PreimagePart{Value: w, Length: uint32(len(data))}
	}
	return w, uint32(len(data)), nil
}

// StepWitness executes the next step and returns its witness. The proofs
// cost O(27) hashes per write; reads cost no hashing once the caches are
// warm.
func (v *VM) StepWitness() (*Witness, error) {
	m := v.mem
	pre := v.s.Encode(m.Root())
	w := &Witness{Step: v.s.Step, State: pre}
	rec := &recorder{}
	m.flushCaches()
	m.rec = rec
	v.step()
	rec.flush(m)
	m.rec = nil
	m.flushCaches()
	if err := m.err; err != nil {
		m.err = nil
		return nil, fmt.Errorf("witness of step %d: %w", w.Step, err)
	}
	w.Proofs = rec.proofs
	w.Preimage = rec.preimage
	w.PostState = v.s.Encode(m.Root())
	return w, nil
}

// VerifyStep executes one step from a witness alone, as the on-chain step
// does, and returns the packed post-state. It fails when the witness does not
// prove every access of the step in order, or holds more than it uses
// (proofs or a preimage part).
func VerifyStep(w *Witness) ([]byte, error) {
	st, root, err := DecodeState(w.State)
	if err != nil {
		return nil, fmt.Errorf("verify step: %w", err)
	}
	v := &VM{s: st, mem: newMemory()}
	rec := &recorder{verify: true, root: root, proofs: w.Proofs, known: map[uint32]bool{}, preimage: w.Preimage}
	v.mem.rec = rec
	v.step()
	rec.flush(v.mem)
	if rec.err != nil {
		return nil, fmt.Errorf("verify step %d: %w", st.Step, rec.err)
	}
	if v.mem.err != nil {
		return nil, fmt.Errorf("verify step %d: %w", st.Step, v.mem.err)
	}
	if rec.next != len(rec.proofs) {
		return nil, fmt.Errorf("verify step %d: %w: %d proofs, the step used %d", st.Step, ErrWitness, len(rec.proofs), rec.next)
	}
	if w.Preimage != nil && !rec.usedPre {
		return nil, fmt.Errorf("verify step %d: %w: a preimage part the step does not read", st.Step, ErrWitness)
	}
	return v.s.Encode(rec.root), nil
}

// Encode returns the calldata layout of the witness:
//
//	pre-state (StateSize bytes)
//	uint8 n, then n times: uint32 addr | uint8 height | bytes32 value | (27-height) x bytes32 siblings
//	uint8 hasPreimage, then if 1: uint32 length | bytes4 value
func (w *Witness) Encode() []byte {
	b := append([]byte(nil), w.State...)
	b = append(b, byte(len(w.Proofs)))
	for _, p := range w.Proofs {
		b = binary.BigEndian.AppendUint32(b, p.Addr)
		b = append(b, byte(p.Height))
		b = append(b, p.Value[:]...)
		for _, s := range p.Siblings {
			b = append(b, s[:]...)
		}
	}
	if w.Preimage == nil {
		return append(b, 0)
	}
	b = append(b, 1)
	b = binary.BigEndian.AppendUint32(b, w.Preimage.Length)
	return append(b, w.Preimage.Value[:]...)
}

// DecodeWitness parses the layout of Witness.Encode.
func DecodeWitness(b []byte) (*Witness, error) {
	if len(b) < StateSize+2 {
		return nil, fmt.Errorf("decode witness: %d bytes, need at least %d", len(b), StateSize+2)
	}
	w := &Witness{State: append([]byte(nil), b[:StateSize]...)}
	if _, _, err := DecodeState(w.State); err != nil {
		return nil, fmt.Errorf("decode witness: %w", err)
	}
	w.Step = binary.BigEndian.Uint64(w.State[OffStep:])
	rest := b[StateSize:]
	n := int(rest[0])
	rest = rest[1:]
	if n > 4 {
		return nil, fmt.Errorf("decode witness: %d proofs, a step uses at most 4", n)
	}
	for i := 0; i < n; i++ {
		if len(rest) < 5+32 {
			return nil, fmt.Errorf("decode witness: proof %d truncated", i)
		}
		p := MemProof{Addr: binary.BigEndian.Uint32(rest), Height: int(rest[4])}
		if p.Height > MemDepth-1 {
			return nil, fmt.Errorf("decode witness: proof %d: height %d", i, p.Height)
		}
		copy(p.Value[:], rest[5:37])
		rest = rest[37:]
		k := MemDepth - p.Height
		if len(rest) < 32*k {
			return nil, fmt.Errorf("decode witness: proof %d: %d siblings truncated", i, k)
		}
		p.Siblings = make([]merkle.Hash, k)
		for j := range p.Siblings {
			copy(p.Siblings[j][:], rest[32*j:])
		}
		rest = rest[32*k:]
		w.Proofs = append(w.Proofs, p)
	}
	if len(rest) < 1 {
		return nil, fmt.Errorf("decode witness: preimage flag missing")
	}
	switch rest[0] {
	case 0:
		rest = rest[1:]
	case 1:
		if len(rest) < 9 {
			return nil, fmt.Errorf("decode witness: preimage part truncated")
		}
		pp := &PreimagePart{Length: binary.BigEndian.Uint32(rest[1:])}
		copy(pp.Value[:], rest[5:9])
		w.Preimage = pp
		rest = rest[9:]
	default:
		return nil, fmt.Errorf("decode witness: preimage flag %d", rest[0])
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("decode witness: %d trailing bytes", len(rest))
	}
	return w, nil
}
