package vm

import (
	"encoding/binary"
	"fmt"
	"math/bits"

	"github.com/rmsnet/rms/merkle"
)

// Calldata returns the witness in the compact layout that the on-chain step
// (contracts/src/step/MIPSStep.sol) takes:
//
//	pre-state (StateSize bytes)
//	for each memory proof, in the order of the step's accesses:
//	  nothing, when it proves the same node as the previous proof;
//	  otherwise: bytes32 value | uint32 zero mask | siblings
//
// The siblings are those of levels h … d-1 (h: the proof's height, 0 for a
// leaf), bottom-up, leaving out every level whose bit is set in the zero
// mask (bit l: the sibling at level l is merkle.Zero(l)). d is the level at
// which the node's path meets the path of the previous proof of the step
// (27 when there is none, or when one node holds the other); from d up the
// contract takes the siblings from the previous proof, whose path node at d
// it knows. The preimage part is not in the calldata: the contract reads it
// from the preimage oracle.
func (w *Witness) Calldata() ([]byte, error) {
	if len(w.State) != StateSize {
		return nil, fmt.Errorf("witness calldata: state of %d bytes, want %d", len(w.State), StateSize)
	}
	b := make([]byte, 0, StateSize+len(w.Proofs)*(36+32*MemDepth))
	b = append(b, w.State...)
	var prevIdx uint64
	prevH, have := 0, false
	for i, p := range w.Proofs {
		h := p.Height
		if h < 0 || h >= MemDepth || len(p.Siblings) != MemDepth-h {
			return nil, fmt.Errorf("witness calldata: proof %d: height %d with %d siblings", i, h, len(p.Siblings))
		}
		idx := uint64(p.Addr) >> (5 + h)
		d := MemDepth
		if have {
			x := idx<<h ^ prevIdx<<prevH
			if x == 0 {
				if h == prevH {
					continue
				}
			} else {
				d = bits.Len64(x) - 1
				if d < max(h, prevH) {
					d = MemDepth
				}
			}
		}
		b = append(b, p.Value[:]...)
		var mask uint32
		var sibs []byte
		for l := h; l < d; l++ {
			s := p.Siblings[l-h]
			if s == merkle.Zero(l) {
				mask |= 1 << l
				continue
			}
			sibs = append(sibs, s[:]...)
		}
		b = binary.BigEndian.AppendUint32(b, mask)
		b = append(b, sibs...)
		prevIdx, prevH, have = idx, h, true
	}
	return b, nil
}
