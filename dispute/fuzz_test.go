package dispute

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/rmsnet/rms/vm"
)

// FuzzStep builds a random VM state from the input (registers, fields, an
// instruction of a random class or a random syscall, random memory), steps
// it in Go and on the EVM, and compares the post-state hashes.
func FuzzStep(f *testing.F) {
	for i := 0; i < 8; i++ {
		f.Add(binary.BigEndian.AppendUint64(nil, uint64(i)*0x9e3779b97f4a7c15), byte(i), byte(i*37))
	}
	c := newTestChain(f)
	p := loadPreimages(f, c)
	classes := insnClasses()
	cases := sysCases(p)
	f.Fuzz(func(t *testing.T, seed []byte, class, sys byte) {
		var s1 uint64
		if len(seed) >= 8 {
			s1 = binary.BigEndian.Uint64(seed)
		}
		r := rand.New(rand.NewPCG(s1, uint64(len(seed))))
		s := randomState(r)
		var insn uint32
		var extra []vm.Segment
		if sys&1 == 0 {
			cl := classes[int(class)%len(classes)]
			insn = cl.gen(r, &s)
		} else {
			tc := cases[int(sys>>1)%len(cases)]
			if tc.wantErr != "" {
				return
			}
			insn = syscallInsn
			s.Regs[2] = tc.nr
			copy(s.Regs[4:8], tc.a[:])
			if r.IntN(4) == 0 {
				s.Regs[4+r.IntN(4)] = operand(r)
			}
			if tc.key != nil {
				s.PreimageKey = *tc.key
				s.PreimageOffset = uint32(r.IntN(1100))
			}
			extra = tc.mem
		}
		if class&0x80 != 0 {
			s.Status = uint8(1 + r.IntN(2))
			s.ExitCode = uint8(r.Uint32())
		}
		v := stateVMOracle(t, r, s, insn, p.oracle(), extra...)
		c.check(t, v, fmt.Sprintf("seed %x class %d sys %d insn %#08x", seed, class, sys, insn))
	})
}

// FuzzStepMalleate is the soundness property of the step's proofs: a
// witness whose proof part (everything after the pre-state) was altered —
// bytes flipped, cut, inserted — is refused by the contract, or gives
// exactly the honest post-state. No alteration makes the contract accept a
// memory value or post-state the honest step does not have.
//
// Besides byte-level changes, kinds 3 and 4 alter the proof structure: a
// sibling forged at the proof and level that pos picks (a zero sibling made
// non-zero, which clears its mask bit, or a non-zero one claimed zero), or
// a proof's value replaced. The seeds cover every instruction class with
// each kind and every syscall case.
func FuzzStepMalleate(f *testing.F) {
	c := newTestChain(f)
	p := loadPreimages(f, c)
	classes := insnClasses()
	cases := sysCases(p)
	for i := 0; i < 8; i++ {
		f.Add(uint64(i)*0x9e3779b97f4a7c15, byte(i), uint16(i*97), byte(1<<(i%8)), byte(i%3))
	}
	for i := range max(len(classes), len(cases)) {
		seed := uint64(i) * 0x9e3779b97f4a7c15
		if i < len(classes) {
			for kind := range byte(5) { // every kind for every class
				f.Add(seed+uint64(kind), byte(2*i), uint16(i*131+int(kind)*7), byte(0x5a), kind)
			}
		}
		if i < len(cases) { // the kinds in turn over the syscall cases
			f.Add(seed, byte(2*i+1), uint16(i*131), byte(0x5a), byte(i%5))
		}
	}
	f.Fuzz(func(t *testing.T, seed uint64, class byte, pos uint16, x byte, kind byte) {
		r := rand.New(rand.NewPCG(seed, 5))
		s := randomState(r)
		var insn uint32
		var extra []vm.Segment
		if class&1 == 0 {
			insn = classes[int(class>>1)%len(classes)].gen(r, &s)
		} else {
			tc := cases[int(class>>1)%len(cases)]
			if tc.wantErr != "" {
				return
			}
			insn = syscallInsn
			s.Regs[2] = tc.nr
			copy(s.Regs[4:8], tc.a[:])
			if tc.key != nil {
				s.PreimageKey = *tc.key
			}
			s.PreimageOffset = tc.offset
			extra = tc.mem
		}
		v := stateVMOracle(t, r, s, insn, p.oracle(), extra...)
		w, err := v.StepWitness()
		if err != nil {
			t.Fatal(err)
		}
		cd, err := w.Calldata()
		if err != nil {
			t.Fatal(err)
		}
		if k := kind % 5; k >= 3 {
			if len(w.Proofs) == 0 {
				return
			}
			i := int(pos) % len(w.Proofs)
			bad := cloneWitness(w)
			if k == 3 {
				forgedSibling(i, int(pos>>2)%len(w.Proofs[i].Siblings), x&1 == 0).apply(bad)
			} else {
				bad.Proofs[i].Value[x%32] ^= 1 << (x % 8)
			}
			checkForged(t, c, bad, vm.StateHash(w.PostState), fmt.Sprintf("insn %#08x: kind %d proof %d", insn, k, i))
			return
		}
		proofLen := len(cd) - vm.StateSize
		bad := append([]byte(nil), cd...)
		at := vm.StateSize + int(pos)%max(proofLen, 1)
		switch kind % 5 {
		case 0: // flip bits
			if proofLen == 0 || x == 0 {
				return
			}
			bad[at] ^= x
		case 1: // cut
			if proofLen == 0 {
				return
			}
			bad = append(bad[:at], bad[at+1+int(x)%max(len(bad)-at, 1):]...)
		case 2: // insert
			ins := make([]byte, 1+int(x)%64)
			for i := range ins {
				ins[i] = byte(r.Uint32())
			}
			bad = append(bad[:at], append(ins, bad[at:]...)...)
		}
		in, err := c.stepper.abi.TryPackExecuteStep(bad, testLocal)
		if err != nil {
			t.Fatal(err)
		}
		out, err := c.b.CallContract(context.Background(), callMsg(c, in), nil)
		if err != nil {
			return // refused
		}
		res, err := c.stepper.abi.UnpackExecuteStep(out)
		if err != nil {
			t.Fatal(err)
		}
		if res.Pre != vm.StateHash(w.State) || res.Post != vm.StateHash(w.PostState) {
			t.Fatalf("insn %#08x: altered witness (kind %d at %d) accepted with post-state %x, honest %x",
				insn, kind%5, at, res.Post, vm.StateHash(w.PostState))
		}
	})
}
