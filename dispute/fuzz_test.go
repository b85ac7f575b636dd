package dispute

import (
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
