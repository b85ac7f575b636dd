package dispute

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rmsnet/rms/contracts/gethdev"
	"github.com/rmsnet/rms/vm"
)

// startGeth runs `geth --dev` on loopback for the test and returns a client.
func startGeth(t *testing.T) *ethclient.Client {
	g := gethdev.StartForTest(t)
	c, err := ethclient.Dial(g.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// TestStepGethDev deploys the step contracts to a real `geth --dev` and
// verifies a few hundred steps there: random instructions and syscalls,
// and steps sampled from a test program and from the MNIST guest (with its
// map and preimage steps), a few of them as transactions.
func TestStepGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("starts geth")
	}
	client := startGeth(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	key, _ := crypto.HexToECDSA(gethdev.DevKey)
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(key, chainID)
	cs, err := Deploy(ctx, client, opts)
	if err != nil {
		t.Fatal(err)
	}
	c := &testChain{b: client, key: key, opts: opts, c: cs,
		stepper: NewStepper(client, cs.Step, WithTransactor(opts), WithLocalContext(testLocal), WithPoll(20*time.Millisecond)),
		oracle:  NewOracle(client, cs.Oracle, opts),
	}
	n := 0
	r := rand.New(rand.NewPCG(42, 42))
	for ci, cl := range insnClasses() {
		for i := 0; i < 6; i++ {
			s := randomState(r)
			insn := cl.gen(r, &s)
			c.check(t, stateVM(t, r, s, insn), fmt.Sprintf("%s %d %d", cl.name, ci, i))
			n++
		}
	}
	p := loadPreimages(t, c)
	for _, tc := range sysCases(p) {
		if tc.wantErr != "" {
			continue
		}
		s := randomState(r)
		s.Regs[2] = tc.nr
		copy(s.Regs[4:8], tc.a[:])
		if tc.key != nil {
			s.PreimageKey = *tc.key
		}
		s.PreimageOffset, s.Step = tc.offset, tc.step
		if tc.heap != 0 {
			s.Heap = tc.heap
		}
		w := c.check(t, stateVMOracle(t, r, s, syscallInsn, p.oracle(), tc.mem...), tc.name)
		n++
		if tc.nr == vm.SysMap || tc.nr == vm.SysPreimageRead && n%3 == 0 {
			post, gas, err := c.stepper.Step(ctx, w)
			if err != nil {
				t.Fatalf("%s: transaction: %v", tc.name, err)
			}
			if post != vm.StateHash(w.PostState) {
				t.Fatalf("%s: transaction post-state %s, want %s", tc.name, post, vm.StateHash(w.PostState))
			}
			t.Logf("%s: %d gas", tc.name, gas)
		}
	}
	sp := &sampler{c: c, classes: map[string]int{}, gas: map[string][]stepGas{}, gasEach: 1 << 30}
	if _, err := os.Stat("../vm/testdata/progs/hashes"); err == nil {
		prog := guest(t, "../vm/testdata/progs/hashes")
		sp.run(t, trace{name: "hashes", stepper: c.stepper,
			newVM: func() (*vm.VM, error) { return vm.New(prog, vm.WithStdout(io.Discard), vm.WithStderr(io.Discard)) },
		}, 100, 0, 1)
	}
	for _, tr := range mnistTraces(t, c, nil, []int{0}) {
		tr.stepper = NewStepper(client, cs.Step, WithTransactor(opts), WithLocalContext(tr.stepper.local))
		sp.run(t, tr, 100, 40, 2)
	}
	n += sp.checked
	t.Logf("%d steps verified on geth --dev: %v", n, sp.classes)
	if n < 300 {
		t.Fatalf("%d steps, want a few hundred", n)
	}
}

// TestGameGethDev plays one full MNIST dispute on a real `geth --dev`: the
// contracts deployed there, two staked providers, the game opened by the
// user; the honest provider wins.
func TestGameGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("starts geth")
	}
	client := startGeth(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dev, _ := crypto.HexToECDSA(gethdev.DevKey)
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	keys := []*ecdsa.PrivateKey{dev}
	nonce, err := client.PendingNonceAt(ctx, crypto.PubkeyToAddress(dev.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		k, _ := crypto.GenerateKey()
		to := crypto.PubkeyToAddress(k.PublicKey)
		tip, _ := client.SuggestGasTipCap(ctx)
		head, _ := client.HeaderByNumber(ctx, nil)
		tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce + uint64(i), GasTipCap: tip,
			GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))), Gas: 21000, To: &to,
			Value: new(big.Int).Mul(big.NewInt(1e18), big.NewInt(10))}), types.LatestSignerForChainID(chainID), dev)
		if err != nil {
			t.Fatal(err)
		}
		if err := client.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		if _, err := waitMined(ctx, client, tx.Hash(), 20*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
	}
	s := mnistGame(t)
	res, err := Bench(ctx, BenchConfig{Model: s.model, Input: s.input, Guest: s.guest, Arity: 64, StepsLog2: mnistStepsLog2,
		Cheat: "op:5", Backend: client, Keys: keys})
	if err != nil {
		t.Fatal(err)
	}
	if res.Winner != "honest" || res.Rounds != 4 {
		t.Fatalf("result %+v", res)
	}
	t.Logf("geth --dev: %.2f s, %d txs, honest %+v, cheater %+v", res.Wall.Seconds(), res.TotalTxs, res.Parties["honest"], res.Parties["cheater"])
}
