package dispute

import (
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
