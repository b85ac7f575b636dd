package dispute

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/rmsnet/rms/contracts/bindings"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/vm"
)

// evm runs the step contracts in go-ethereum's EVM directly (Osaka rules),
// to measure the execution gas of a step exactly: a transaction's receipt
// shows only the larger of execution plus calldata gas and the EIP-7623
// calldata floor.
type evm struct {
	cfg    *runtime.Config
	oracle common.Address
	step   common.Address
	rules  params.Rules
}

func osakaConfig() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	return &cfg
}

func newEVM(t testing.TB, from common.Address) *evm {
	t.Helper()
	st, _ := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	cc := osakaConfig()
	e := &evm{cfg: &runtime.Config{ChainConfig: cc, Origin: from, State: st, GasLimit: 30_000_000, Time: 1}}
	var err error
	_, e.oracle, _, err = runtime.Create(common.FromHex(bindings.PreimageOracleMetaData.Bin), e.cfg)
	if err != nil {
		t.Fatal(err)
	}
	code := append(common.FromHex(bindings.MIPSStepMetaData.Bin), bindings.NewMIPSStep().PackConstructor(e.oracle)...)
	_, e.step, _, err = runtime.Create(code, e.cfg)
	if err != nil {
		t.Fatal(err)
	}
	e.rules = cc.Rules(common.Big0, true, 1)
	return e
}

// call runs data against the contract at to and returns the execution gas.
func (e *evm) call(t testing.TB, to common.Address, data []byte) ([]byte, uint64) {
	t.Helper()
	out, left, err := runtime.Call(to, data, e.cfg)
	if err != nil {
		t.Fatalf("evm call: %v", err)
	}
	return out, e.cfg.GasLimit - left
}

// stepGas is the gas of one step transaction.
type stepGas struct {
	exec      uint64 // execution gas
	calldata  int    // bytes of the step witness (vm.Witness.Calldata)
	input     int    // bytes of the transaction input (ABI-encoded)
	dataGas   uint64 // calldata gas at 16/4 a byte (EIP-2028)
	txGas     uint64 // whole transaction under Osaka: max(21000 + dataGas + exec, EIP-7623 floor)
	noFloorTx uint64 // 21000 + dataGas + exec
}

// measure returns the gas of the step transaction of w.
func (e *evm) measure(t testing.TB, s *Stepper, w *vm.Witness) stepGas {
	t.Helper()
	data, err := s.Pack(w)
	if err != nil {
		t.Fatal(err)
	}
	cd, _ := w.Calldata()
	out, exec := e.call(t, e.step, data)
	res, err := s.abi.UnpackExecuteStep(out)
	if err != nil {
		t.Fatalf("step %d: unpack: %v (out %x)", w.Step, err, out)
	}
	if res.Post != vm.StateHash(w.PostState) {
		t.Fatalf("step %d: EVM post-state differs from Go", w.Step)
	}
	to := e.step
	intr, err := core.IntrinsicGas(data, nil, nil, e.cfg.Origin, &to, new(uint256.Int), e.rules)
	if err != nil {
		t.Fatal(err)
	}
	floor, err := core.FloorDataGas(e.rules, e.cfg.Origin, &to, new(uint256.Int), data, nil)
	if err != nil {
		t.Fatal(err)
	}
	g := stepGas{exec: exec, calldata: len(cd), input: len(data), dataGas: intr - params.TxGas, noFloorTx: intr + exec}
	g.txGas = max(g.noFloorTx, floor)
	return g
}

// loadInputs loads the dispute-local inputs into the EVM's oracle, as
// Oracle.LoadInputs does on a chain.
func (e *evm) loadInputs(t testing.TB, local merkle.Hash, in vm.OpInputs) {
	t.Helper()
	o := bindings.NewPreimageOracle()
	for k, data := range in.Local() {
		e.call(t, e.oracle, o.PackLoadLocal(local, vm.LocalKey(uint32(k)), data))
	}
}

// loadLength loads the length of blob data into the EVM's oracle.
func (e *evm) loadLength(t testing.TB, data []byte) {
	t.Helper()
	proof, err := merkle.BlobProof(data, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	p := make([][32]byte, len(proof))
	for i := range proof {
		p[i] = proof[i]
	}
	e.call(t, e.oracle, bindings.NewPreimageOracle().PackLoadLength(merkle.BlobRoot(data), uint64(len(data)), p))
}

func median(xs []uint64) uint64 {
	s := append([]uint64(nil), xs...)
	slices.Sort(s)
	return s[len(s)/2]
}

// TestStepGas measures the gas of steps sampled from real guests by
// instruction class, logs the table of docs/BENCHMARKS.md (On-chain step gas) and checks the
// medians against the reference (Optimism's Cannon MIPS32 step on the same
// EVM: 19k execution gas, loads 25k, stores 31k; 2,212 bytes of calldata;
// 71k per transaction).
func TestStepGas(t *testing.T) {
	if testing.Short() {
		t.Skip("builds guests")
	}
	c := newTestChain(t)
	e := newEVM(t, c.opts.From)
	sp := &sampler{c: c, evm: e, classes: map[string]int{}, gas: map[string][]stepGas{}, gasEach: 3}
	for i, name := range []string{"hashes", "sorting", "bigjson"} {
		if _, err := os.Stat(filepath.Join("../vm/testdata/progs", name)); err != nil {
			continue
		}
		p := guest(t, "../vm/testdata/progs/"+name)
		sp.run(t, trace{
			name:    name,
			newVM:   func() (*vm.VM, error) { return vm.New(p, vm.WithStdout(io.Discard), vm.WithStderr(io.Discard)) },
			stepper: c.stepper,
		}, 300, 0, uint64(1000+i))
	}
	for i, tr := range mnistTraces(t, c, e, []int{0, 1, 2, 3}) {
		sp.run(t, tr, 600, 1<<20, uint64(2000+i))
	}
	classes := make([]string, 0, len(sp.gas))
	for cl := range sp.gas {
		classes = append(classes, cl)
	}
	sort.Strings(classes)
	var b strings.Builder
	fmt.Fprintf(&b, "\n| class | steps | execution gas (median / max) | calldata bytes (median / max) | tx input bytes | tx gas, Osaka (median / max) | tx gas without the EIP-7623 floor (median) |\n|---|---|---|---|---|---|---|\n")
	row := func(name string, gs []stepGas) (ex, cd, tx uint64) {
		var e, c, in, x, nf []uint64
		for _, g := range gs {
			e = append(e, g.exec)
			c = append(c, uint64(g.calldata))
			in = append(in, uint64(g.input))
			x = append(x, g.txGas)
			nf = append(nf, g.noFloorTx)
		}
		fmt.Fprintf(&b, "| %s | %d | %d / %d | %d / %d | %d | %d / %d | %d |\n", name, len(gs),
			median(e), slices.Max(e), median(c), slices.Max(c), median(in), median(x), slices.Max(x), median(nf))
		return median(e), median(c), median(x)
	}
	for _, cl := range classes {
		gs := sp.gas[cl]
		row(cl, gs)
	}
	var every []stepGas
	for _, cl := range classes {
		every = append(every, sp.gas[cl]...)
	}
	ex, cd, tx := row("all sampled steps", every)
	t.Log(b.String())
	if ex >= 19000 || cd >= 2212 || tx >= 71000 {
		t.Errorf("medians: execution %d, calldata %d bytes, tx %d; the reference is 19k, 2,212 bytes, 71k", ex, cd, tx)
	}
	if l := sp.gas["load"]; len(l) > 0 {
		if m := median(execGas(l)); m >= 25000 {
			t.Errorf("load median execution gas %d, reference 25k", m)
		}
	}
	if s := sp.gas["store"]; len(s) > 0 {
		if m := median(execGas(s)); m >= 31000 {
			t.Errorf("store median execution gas %d, reference 31k", m)
		}
	}
}

func execGas(gs []stepGas) []uint64 {
	out := make([]uint64, len(gs))
	for i, g := range gs {
		out[i] = g.exec
	}
	return out
}
