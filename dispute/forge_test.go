package dispute

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/vm"
)

// forgery is one structured alteration of a witness's proofs: what
// FuzzStepMalleate's byte flips cannot build, because each part stays
// well-formed and consistent with the calldata layout (the zero mask is
// recomputed from the forged siblings).
type forgery struct {
	name  string
	apply func(w *vm.Witness)
}

// forgedSibling replaces sibling l of proof i: a zero sibling (a set mask
// bit) with a non-zero one, a non-zero one with the zero subtree (setting
// the bit) or another hash.
func forgedSibling(i, l int, zero bool) forgery {
	return forgery{fmt.Sprintf("proof %d sibling %d (zero %v)", i, l, zero), func(w *vm.Witness) {
		p := &w.Proofs[i]
		p.Siblings = append([]merkle.Hash(nil), p.Siblings...)
		lvl := p.Height + l
		if p.Siblings[l] == merkle.Zero(lvl) {
			p.Siblings[l] = merkle.Keccak([]byte(fmt.Sprintf("forged sibling %d", lvl)))
		} else if zero {
			p.Siblings[l] = merkle.Zero(lvl)
		} else {
			p.Siblings[l][31] ^= 1
		}
	}}
}

// forgeries returns the structured forgeries of w: for every proof, its
// value, a sibling at the lowest, the highest and a middle level of each
// kind (zero and not), the proof of the neighbouring node at the same height
// (from before the step), and every proof taken against a stale memory root.
func forgeries(w *vm.Witness, pre *vm.Memory, stale *vm.Witness) []forgery {
	var out []forgery
	for i, p := range w.Proofs {
		out = append(out, forgery{fmt.Sprintf("proof %d value", i), func(w *vm.Witness) {
			w.Proofs[i].Value[0] ^= 0x80
		}})
		var zeros, others []int
		for l, s := range p.Siblings {
			if s == merkle.Zero(p.Height+l) {
				zeros = append(zeros, l)
			} else {
				others = append(others, l)
			}
		}
		for _, ls := range [][]int{zeros, others} {
			if len(ls) == 0 {
				continue
			}
			for _, l := range []int{ls[0], ls[len(ls)/2], ls[len(ls)-1]} {
				out = append(out, forgedSibling(i, l, true), forgedSibling(i, l, false))
			}
		}
		nb := p.Addr ^ 1<<(5+p.Height)
		var nv merkle.Hash
		var ns []merkle.Hash
		if p.Height == 0 {
			var err error
			if nv, ns, err = pre.Proof(nb); err != nil {
				continue
			}
		} else if p.Height >= vm.PageShift-5 {
			nv, ns = pre.NodeProof(nb, p.Height)
		}
		if ns != nil {
			out = append(out, forgery{fmt.Sprintf("proof %d of the neighbouring node", i), func(w *vm.Witness) {
				w.Proofs[i].Value, w.Proofs[i].Siblings = nv, ns
			}})
		}
	}
	if stale != nil && len(stale.Proofs) == len(w.Proofs) {
		out = append(out, forgery{"proofs against a stale root", func(w *vm.Witness) {
			w.Proofs = stale.Proofs
		}})
	}
	return out
}

// clone returns a deep copy of w's proofs and parts.
func cloneWitness(w *vm.Witness) *vm.Witness {
	c := *w
	c.Proofs = make([]vm.MemProof, len(w.Proofs))
	for i, p := range w.Proofs {
		c.Proofs[i] = p
		c.Proofs[i].Siblings = append([]merkle.Hash(nil), p.Siblings...)
	}
	return &c
}

// checkForged requires the Go verifier and the contract to refuse w, or to
// give exactly the honest post-state. It reports whether the contract
// refused.
func checkForged(t testing.TB, c *testChain, w *vm.Witness, honest merkle.Hash, what string) bool {
	t.Helper()
	if post, err := vm.VerifyStep(w); err == nil && vm.StateHash(post) != honest {
		t.Fatalf("%s: VerifyStep accepts with post-state %s, honest %s", what, vm.StateHash(post), honest)
	}
	_, post, err := c.stepper.Call(context.Background(), w)
	if err != nil {
		return true
	}
	if post != honest {
		t.Fatalf("%s: the contract accepts with post-state %s, honest %s", what, post, honest)
	}
	return false
}

// TestForgedProofs: structured forgeries of the memory proofs of map,
// preimage-key, commit, load and store steps — mask bits cleared with a
// supplied sibling, zero siblings claimed for non-zero subtrees, a forged
// region root or leaf, the proof of a neighbouring node, proofs against a
// stale root — are refused by vm.VerifyStep and by the contract.
func TestForgedProofs(t *testing.T) {
	c := newTestChain(t)
	p := loadPreimages(t, c)
	byName := map[string]sysCase{}
	for _, tc := range sysCases(p) {
		byName[tc.name] = tc
	}
	type stepCase struct {
		name  string
		build func(r *rand.Rand) (vm.State, uint32, []vm.Segment)
	}
	sys := func(name string) stepCase {
		tc, ok := byName[name]
		if !ok {
			t.Fatalf("no syscall case %q", name)
		}
		return stepCase{name, func(r *rand.Rand) (vm.State, uint32, []vm.Segment) {
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
			return s, syscallInsn, tc.mem
		}}
	}
	mem := func(name string, op uint32, off uint32) stepCase {
		return stepCase{name, func(r *rand.Rand) (vm.State, uint32, []vm.Segment) {
			s := randomState(r)
			s.Regs[1] = dataBase + 0x400
			return s, iType(op, 1, 2, off), nil
		}}
	}
	cases := []stepCase{
		sys("map page"), sys("map 1 MiB"), sys("map 2 GiB"), sys("map over data"),
		sys("preimage key"), sys("preimage read local 1"), sys("preimage read length"), sys("commit"),
		sys("clock_gettime across leaves"), sys("sched_getaffinity"),
		mem("lw", 0x23, 0x24), mem("sw", 0x2b, 0x24), mem("sb", 0x28, 0x3f), mem("swl", 0x2a, 0x21), mem("lwr", 0x26, 0x7e),
	}
	total := 0
	for ci, sc := range cases {
		t.Run(sc.name, func(t *testing.T) {
			build := func(stale bool) *vm.VM {
				r := rand.New(rand.NewPCG(uint64(ci), 11))
				s, insn, extra := sc.build(r)
				v := stateVMOracle(t, r, s, insn, p.oracle(), extra...)
				if stale {
					if err := v.Memory().Store32(0x6000_0000, 0x5ca1ab1e); err != nil {
						t.Fatal(err)
					}
				}
				return v
			}
			v := build(false)
			pre := build(false)
			w := c.check(t, v, sc.name)
			honest := vm.StateHash(w.PostState)
			sw, err := build(true).StepWitness()
			if err != nil {
				t.Fatal(err)
			}
			if vm.StateHash(sw.State) == vm.StateHash(w.State) {
				t.Fatal("the stale variant has the same pre-state")
			}
			fs := forgeries(w, pre.Memory(), sw)
			refused := 0
			for _, f := range fs {
				bad := cloneWitness(w)
				f.apply(bad)
				if checkForged(t, c, bad, honest, sc.name+": "+f.name) {
					refused++
				}
			}
			// The stale proofs under the stale state are honest there; under
			// the honest state they were refused above. Both states with
			// swapped proofs must be refused.
			swapped := cloneWitness(sw)
			swapped.Proofs = w.Proofs
			if checkForged(t, c, swapped, vm.StateHash(sw.PostState), sc.name+": honest proofs under a stale state") {
				refused++
			}
			if refused == 0 || len(fs) < 3 {
				t.Fatalf("%d forgeries, %d refused", len(fs), refused)
			}
			total += len(fs) + 1
			t.Logf("%d proofs, %d forgeries, %d refused by the contract", len(w.Proofs), len(fs)+1, refused)
		})
	}
	t.Logf("%d forged witnesses", total)
}
