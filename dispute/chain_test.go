package dispute

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/vm"
)

// autoMine is the simulated backend's client, mining a block for every
// transaction sent.
type autoMine struct {
	simulated.Client
	mu  *sync.Mutex
	sim *simulated.Backend
}

func (c autoMine) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	c.sim.Commit()
	return nil
}

// osakaRules runs the simulated chain under the Osaka rules (mainnet in
// 2026) instead of go-ethereum's development fork set, which also enables
// the unreleased Amsterdam changes (calldata at 64 gas a byte among them).
func osakaRules(_ *node.Config, ethConf *ethconfig.Config) {
	cfg := *ethConf.Genesis.Config
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	ethConf.Genesis.Config = &cfg
}

// testLocal is the local context of the tests' steps (a game would use
// its id: small numbers keep the calldata cheap).
var testLocal = merkle.Hash{31: 1}

type testChain struct {
	sim     *simulated.Backend
	b       Backend
	key     *ecdsa.PrivateKey
	opts    *bind.TransactOpts
	c       Contracts
	stepper *Stepper
	oracle  *Oracle
}

// newTestChain starts a simulated chain with the step contracts deployed.
func newTestChain(t testing.TB) *testChain {
	t.Helper()
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	bal := new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil)
	sim := simulated.NewBackend(types.GenesisAlloc{addr: {Balance: bal}}, simulated.WithBlockGasLimit(60_000_000), osakaRules)
	t.Cleanup(func() { sim.Close() })
	b := autoMine{Client: sim.Client(), mu: &sync.Mutex{}, sim: sim}
	chainID, err := b.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(key, chainID)
	c, err := Deploy(context.Background(), b, opts)
	if err != nil {
		t.Fatal(err)
	}
	return &testChain{
		sim: sim, b: b, key: key, opts: opts, c: c,
		stepper: NewStepper(b, c.Step, WithTransactor(opts), WithLocalContext(testLocal)),
		oracle:  NewOracle(b, c.Oracle, opts),
	}
}

// check takes the witness of v's next step, steps v, and compares the
// post-state hash of the Go step, of vm.VerifyStep and of the contract
// (eth_call). It returns the witness.
func (c *testChain) check(t testing.TB, v *vm.VM, name string) *vm.Witness {
	t.Helper()
	w, err := v.StepWitness()
	if err != nil {
		t.Fatalf("%s: witness: %v", name, err)
	}
	want := vm.StateHash(w.PostState)
	if got := v.StateHash(); got != want {
		t.Fatalf("%s: vm state %s, witness post-state %s", name, got, want)
	}
	post, err := vm.VerifyStep(w)
	if err != nil {
		t.Fatalf("%s: verify step: %v", name, err)
	}
	if vm.StateHash(post) != want {
		t.Fatalf("%s: VerifyStep post-state differs from the step's", name)
	}
	pre, got, err := c.stepper.Call(context.Background(), w)
	if err != nil {
		t.Fatalf("%s: contract: %v", name, err)
	}
	if pre != vm.StateHash(w.State) {
		t.Fatalf("%s: contract pre-state hash %s, want %s", name, pre, vm.StateHash(w.State))
	}
	if got != want {
		st, _, _ := vm.DecodeState(w.PostState)
		t.Fatalf("%s: contract post-state %s, Go %s (Go post: pc %#x status %d code %d regs %x)", name, got, want, st.PC, st.Status, st.ExitCode, st.Regs)
	}
	return w
}

func callMsg(c *testChain, data []byte) ethereum.CallMsg {
	to := c.c.Step
	return ethereum.CallMsg{From: c.opts.From, To: &to, Data: data}
}
