package vm

import (
	"encoding/binary"
	"testing"
)

func calldataVM(t *testing.T, s State, code []uint32, data map[uint32]uint32) *VM {
	t.Helper()
	b := make([]byte, 4*len(code))
	for i, c := range code {
		binary.BigEndian.PutUint32(b[4*i:], c)
	}
	segs := []Segment{{Vaddr: s.PC, Data: b}}
	for a, w := range data {
		segs = append(segs, Segment{Vaddr: a, Data: binary.BigEndian.AppendUint32(nil, w)})
	}
	v, err := NewFromState(s, segs)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestCalldataSharing: a proof of the previous proof's node carries
// nothing, a proof in the same page only the levels below the meeting
// point, and the zero mask leaves out zero subtrees.
func TestCalldataSharing(t *testing.T) {
	const pc = 0x00400000
	lw := func(rt, rs uint32, imm int16) uint32 { return 0x23<<26 | rs<<21 | rt<<16 | uint32(uint16(imm)) }
	tests := []struct {
		name string
		base uint32 // value of register 1
		imm  int16
		min  int // bytes of the second proof
		max  int
	}{
		// The instruction word and the loaded word share a leaf: the second
		// proof is empty.
		{name: "same leaf", base: pc, imm: 4, min: 0, max: 0},
		// Same page, other leaf: value, mask and at most 7 siblings (the
		// levels below the page).
		{name: "same page", base: pc, imm: 0x400, min: 36, max: 36 + 32*7},
		// Far apart: value, mask and the siblings below the top level.
		{name: "far", base: 0x7fff0000, imm: 8, min: 36, max: 36 + 32*(MemDepth-1)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := State{PC: pc, NextPC: pc + 4}
			s.Regs[1] = tc.base
			v := calldataVM(t, s, []uint32{lw(2, 1, tc.imm), 0x11111111, 0x22222222}, map[uint32]uint32{
				tc.base + uint32(int32(tc.imm)): 0xdeadbeef, pc + 0x3c0: 0x33333333, 0x7fff0100: 5,
			})
			w, err := v.StepWitness()
			if err != nil {
				t.Fatal(err)
			}
			if len(w.Proofs) != 2 {
				t.Fatalf("%d proofs, want 2 (fetch and load)", len(w.Proofs))
			}
			cd, err := w.Calldata()
			if err != nil {
				t.Fatal(err)
			}
			first := *w
			first.Proofs = w.Proofs[:1]
			cd1, err := first.Calldata()
			if err != nil {
				t.Fatal(err)
			}
			if n := len(cd) - len(cd1); n < tc.min || n > tc.max {
				t.Fatalf("second proof %d bytes, want %d…%d", n, tc.min, tc.max)
			}
			if string(cd[:StateSize]) != string(w.State) {
				t.Fatal("calldata does not start with the pre-state")
			}
			// Full encoding for comparison: the compact one is never larger.
			if full := len(w.Encode()); len(cd) > full {
				t.Fatalf("compact %d bytes > full %d", len(cd), full)
			}
			if v.State().Regs[2] != 0xdeadbeef && tc.name != "same leaf" {
				t.Fatalf("loaded %#x", v.State().Regs[2])
			}
		})
	}
}

func TestCalldataRejectsMalformed(t *testing.T) {
	s := State{PC: 0x10000, NextPC: 0x10004}
	v := calldataVM(t, s, []uint32{0}, nil)
	w, err := v.StepWitness()
	if err != nil {
		t.Fatal(err)
	}
	bad := *w
	bad.Proofs = append([]MemProof(nil), w.Proofs...)
	bad.Proofs[0].Siblings = bad.Proofs[0].Siblings[:3]
	if _, err := bad.Calldata(); err == nil {
		t.Fatal("proof with 3 siblings accepted")
	}
	bad.Proofs[0] = w.Proofs[0]
	bad.Proofs[0].Height = MemDepth
	if _, err := bad.Calldata(); err == nil {
		t.Fatal("proof of height 27 accepted")
	}
	bad = *w
	bad.State = w.State[:10]
	if _, err := bad.Calldata(); err == nil {
		t.Fatal("short state accepted")
	}
}

func TestNewFromStateRejects(t *testing.T) {
	var s State
	s.Regs[0] = 1
	if _, err := NewFromState(s, nil); err == nil {
		t.Fatal("register 0 set: accepted")
	}
	s.Regs[0], s.Status = 0, 3
	if _, err := NewFromState(s, nil); err == nil {
		t.Fatal("status 3 accepted")
	}
}
