package dispute

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"testing"

	"github.com/rmsnet/rms/contracts/bindings"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/mnist"
	"github.com/rmsnet/rms/vm"
)

var (
	buildMu sync.Mutex
	built   = map[string]*vm.Program{}
)

// guest builds the Go main package at pkg (relative to this directory) for
// the VM, once per test binary.
func guest(t testing.TB, pkg string) *vm.Program {
	t.Helper()
	vm.RequirePinnedGo(t)
	buildMu.Lock()
	defer buildMu.Unlock()
	if p, ok := built[pkg]; ok {
		return p
	}
	out := filepath.Join(t.TempDir(), filepath.Base(pkg)+".elf")
	if err := vm.BuildGuest(context.Background(), pkg, out); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	p, err := vm.LoadELF(b)
	if err != nil {
		t.Fatal(err)
	}
	built[pkg] = p
	return p
}

// stepClass names the instruction class of the step a witness proves (for
// gas tables).
func stepClass(w *vm.Witness) string {
	st, _, err := vm.DecodeState(w.State)
	if err != nil || st.Status != vm.StatusRunning || len(w.Proofs) == 0 {
		return "halted/fault"
	}
	v := w.Proofs[0].Value
	insn := binary.BigEndian.Uint32(v[st.PC&28:])
	op := insn >> 26
	switch {
	case insn == syscallInsn:
		switch st.Regs[2] {
		case vm.SysMap:
			return "syscall map"
		case vm.SysPreimageRead:
			return "syscall preimage read"
		case vm.SysPreimageKey:
			return "syscall preimage key"
		case vm.SysCommit:
			return "syscall commit"
		}
		return "syscall other"
	case op == 0 && insn&0x3f <= 7:
		return "shift"
	case op == 0 && (insn&0x3f == 8 || insn&0x3f == 9), op >= 1 && op <= 7:
		return "branch/jump"
	case op == 0 && insn&0x3f >= 0x18 && insn&0x3f <= 0x1b, op == 0x1c:
		return "mul/div"
	case op == 0:
		return "alu"
	case op >= 8 && op <= 0xf:
		return "immediate"
	case op == 0x20 || op == 0x21 || op == 0x22 || op == 0x23 || op == 0x24 || op == 0x25 || op == 0x26 || op == 0x30:
		return "load"
	case op == 0x28 || op == 0x29 || op == 0x2a || op == 0x2b || op == 0x2e || op == 0x38:
		return "store"
	}
	return "other"
}

// trace is one run of a real guest whose steps are sampled.
type trace struct {
	name    string
	newVM   func() (*vm.VM, error)
	stepper *Stepper
}

// special reports whether the next step of v is a VM syscall (map,
// preimage, commit): those are rare, so every one is checked.
func special(v *vm.VM) bool {
	s := v.State()
	if s.Status != vm.StatusRunning || s.Regs[2] < vm.SysMap || s.Regs[2] > vm.SysCommit {
		return false
	}
	insn, err := v.Memory().Load32(s.PC)
	return err == nil && insn == syscallInsn
}

type sampler struct {
	c       *testChain
	evm     *evm
	gasEach int // measure gas of every gasEach-th sample (and of every special step)
	checked int
	classes map[string]int
	gas     map[string][]stepGas
}

// run samples n random steps of tr (and every VM syscall step, up to
// maxSpecial) and checks each on the contract.
func (sp *sampler) run(t *testing.T, tr trace, n, maxSpecial int, seed uint64) {
	ctx := context.Background()
	v, err := tr.newVM()
	if err != nil {
		t.Fatal(err)
	}
	var specials []uint64
	for !v.Halted() {
		if special(v) && len(specials) < maxSpecial {
			specials = append(specials, v.Steps())
		}
		if err := v.Step(); err != nil {
			t.Fatalf("%s: step %d: %v", tr.name, v.Steps(), err)
		}
	}
	total := v.Steps() + 1 // the halted state steps to itself
	r := rand.New(rand.NewPCG(seed, 11))
	at := map[uint64]bool{}
	for _, s := range specials {
		at[s] = true
	}
	for i := 0; i < n && uint64(len(at)) < total; i++ {
		at[r.Uint64N(total)] = true
	}
	pos := make([]uint64, 0, len(at))
	for s := range at {
		pos = append(pos, s)
	}
	slices.Sort(pos)
	if v, err = tr.newVM(); err != nil {
		t.Fatal(err)
	}
	for i, p := range pos {
		if err := v.Run(ctx, p); err != nil {
			t.Fatalf("%s: run to %d: %v", tr.name, p, err)
		}
		if v.Steps() != p && !v.Halted() {
			t.Fatalf("%s: at step %d, want %d", tr.name, v.Steps(), p)
		}
		isSpecial := special(v)
		w := sp.check(t, tr, v, fmt.Sprintf("%s step %d", tr.name, p))
		cl := stepClass(w)
		sp.classes[cl]++
		sp.checked++
		if sp.evm != nil && (isSpecial || i%sp.gasEach == 0) {
			g := sp.evm.measure(t, tr.stepper, w)
			if isSpecial || i%(sp.gasEach*10) == 0 {
				// Confirm the measured model against a mined transaction.
				post, gas, err := tr.stepper.Step(ctx, w)
				if err != nil {
					t.Fatalf("%s step %d: transaction: %v", tr.name, p, err)
				}
				if post != vm.StateHash(w.PostState) || gas != g.txGas {
					t.Fatalf("%s step %d: transaction post %s gas %d, want %s gas %d", tr.name, p, post, gas, vm.StateHash(w.PostState), g.txGas)
				}
			}
			sp.gas[cl] = append(sp.gas[cl], g)
		}
	}
}

// check is testChain.check with the trace's stepper.
func (sp *sampler) check(t *testing.T, tr trace, v *vm.VM, name string) *vm.Witness {
	t.Helper()
	w, err := v.StepWitness()
	if err != nil {
		t.Fatalf("%s: witness: %v", name, err)
	}
	want := vm.StateHash(w.PostState)
	pre, got, err := tr.stepper.Call(context.Background(), w)
	if err != nil {
		t.Fatalf("%s: contract: %v", name, err)
	}
	if pre != vm.StateHash(w.State) || got != want {
		t.Fatalf("%s (%s): contract post-state %s, Go %s", name, stepClass(w), got, want)
	}
	return w
}

var progNames = []string{"hello", "intmath", "hashes", "sorting", "maps", "strs", "softfloat", "bigjson", "goroutines", "panics", "exitcode"}

// mnistTraces sets up the MNIST guest for ops of one inference: preimages
// loaded into the oracle (and the gas EVM) under one local context per op.
func mnistTraces(t *testing.T, c *testChain, e *evm, ops []int) []trace {
	g := guest(t, "../vm/guest")
	m, err := model.Load("../testdata/mnist.gguf")
	if err != nil {
		t.Fatal(err)
	}
	dir := mnist.RequireData(t)
	set, err := mnist.LoadTest(dir)
	if err != nil {
		t.Fatal(err)
	}
	in, err := mnist.Input(set.Images[0])
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	j, err := vm.NewJob(ctx, m, in)
	if err != nil {
		t.Fatal(err)
	}
	// Every blob whose length the guest may ask for.
	var blobs [][]byte
	pb, _ := m.Program.Encode()
	idx, _ := m.Index()
	ib, _ := model.EncodeIndex(idx)
	inb, _ := in.Encode()
	blobs = append(blobs, pb, ib, inb)
	names := make([]string, 0, len(m.Tensors))
	for n := range m.Tensors {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		b, _ := m.Tensors[n].Encode()
		blobs = append(blobs, b)
	}
	for _, o := range j.Result.Outputs {
		b, _ := o.Encode()
		blobs = append(blobs, b)
	}
	for _, b := range blobs {
		if err := c.oracle.LoadLength(ctx, b); err != nil {
			t.Fatal(err)
		}
		if e != nil {
			e.loadLength(t, b)
		}
	}
	var out []trace
	for _, op := range ops {
		if op >= len(m.Program.Ops) {
			continue
		}
		var local merkle.Hash
		binary.BigEndian.PutUint64(local[24:], uint64(op)+2)
		inputs := j.Inputs(uint64(op))
		if err := c.oracle.LoadInputs(ctx, local, inputs); err != nil {
			t.Fatal(err)
		}
		if e != nil {
			e.loadInputs(t, local, inputs)
		}
		// The nodes of A_{op-1} on the guest's walk to slot op.
		loadNode := func(n merkle.Hash, level int) (merkle.Hash, merkle.Hash, error) {
			b, err := j.Source.Preimage(vm.NodeKey(n))
			if err != nil {
				return merkle.Hash{}, merkle.Hash{}, err
			}
			l, r := merkle.Hash(b[:32]), merkle.Hash(b[32:])
			if err := c.oracle.LoadNode(ctx, l, r); err != nil {
				return l, r, err
			}
			if e != nil {
				e.call(t, e.oracle, bindings.NewPreimageOracle().PackLoadNode(l, r))
			}
			return l, r, nil
		}
		if _, _, err := merkle.Path(inputs.PrevAcc, m.Program.TraceHeight, uint64(op), loadNode); err != nil {
			t.Fatal(err)
		}
		out = append(out, trace{
			name:    fmt.Sprintf("mnist op %d", op),
			newVM:   func() (*vm.VM, error) { return j.NewVM(g, uint64(op)) },
			stepper: NewStepper(c.b, c.c.Step, WithTransactor(c.opts), WithLocalContext(local)),
		})
	}
	return out
}

// TestStepGuestTraces checks steps sampled from real guest runs: the test
// programs of vm/testdata/progs and the MNIST guest running each op of one
// inference (with every map, preimage and commit step). Default: about
// 10,000 steps; RMS_LONG: ten times as many.
func TestStepGuestTraces(t *testing.T) {
	if testing.Short() {
		t.Skip("builds guests")
	}
	long := os.Getenv("RMS_LONG") != ""
	c := newTestChain(t)
	sp := &sampler{c: c, classes: map[string]int{}, gas: map[string][]stepGas{}, gasEach: 1 << 30}
	perProg, perOp := 450, 1500
	if long {
		perProg, perOp = 5000, 15000
	}
	for i, name := range progNames {
		if _, err := os.Stat(filepath.Join("../vm/testdata/progs", name)); err != nil {
			continue
		}
		p := guest(t, "../vm/testdata/progs/"+name)
		tr := trace{
			name:    name,
			newVM:   func() (*vm.VM, error) { return vm.New(p, vm.WithStdout(io.Discard), vm.WithStderr(io.Discard)) },
			stepper: c.stepper,
		}
		sp.run(t, tr, perProg, 0, uint64(i))
	}
	for i, tr := range mnistTraces(t, c, nil, []int{0, 1, 2, 3, 4, 5, 6, 7}) {
		sp.run(t, tr, perOp, 1<<20, uint64(100+i))
	}
	t.Logf("checked %d steps: %v", sp.checked, sp.classes)
	if sp.checked < 10000 {
		t.Fatalf("checked %d steps, want at least 10,000", sp.checked)
	}
	for _, cl := range []string{"syscall map", "syscall preimage read", "syscall preimage key", "syscall commit", "load", "store"} {
		if sp.classes[cl] == 0 {
			t.Errorf("no %s step was checked", cl)
		}
	}
}
