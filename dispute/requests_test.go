package dispute

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
)

// deployConsumer deploys a contract whose every call stores its second
// calldata word (inferenceResult's outputRoot) in slot 0, and returns it.
func deployConsumer(t *testing.T, e *gameEnv) common.Address {
	t.Helper()
	runtime := []byte{0x60, 0x24, 0x35, 0x60, 0x00, 0x55, 0x00} // PUSH1 36 CALLDATALOAD PUSH1 0 SSTORE STOP
	// PUSH1 len PUSH1 12 PUSH1 0 CODECOPY PUSH1 len PUSH1 0 RETURN, then the runtime.
	initCode := append([]byte{0x60, byte(len(runtime)), 0x60, 12, 0x60, 0, 0x39, 0x60, byte(len(runtime)), 0x60, 0, 0xf3}, runtime...)
	k := e.keys[0]
	c := e.chain.Client()
	nonce, _ := c.PendingNonceAt(e.ctx, addrOf(k))
	chainID, _ := c.ChainID(e.ctx)
	head, _ := c.HeaderByNumber(e.ctx, nil)
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9),
		GasFeeCap: new(big.Int).Add(big.NewInt(1e9), new(big.Int).Mul(head.BaseFee, big.NewInt(2))), Gas: 200_000, Data: initCode}),
		types.LatestSignerForChainID(chainID), k)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(e.ctx, tx); err != nil {
		t.Fatal(err)
	}
	r, err := waitMined(e.ctx, c, tx.Hash(), 5*time.Millisecond)
	if err != nil || r.Status != 1 {
		t.Fatalf("deploy consumer: %v", err)
	}
	return crypto.CreateAddress(addrOf(k), nonce)
}

func (e *gameEnv) consumerGot(t *testing.T, c common.Address) merkle.Hash {
	v, err := e.chain.Client().StorageAt(e.ctx, c, common.Hash{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return merkle.Hash(v)
}

// TestOracleModeHonest: a request answered honestly becomes final after the
// window, the callback receives the output and the provider the fee.
func TestOracleModeHonest(t *testing.T) {
	e := newGameEnv(t, 1, 16)
	reqs := NewRequests(e.chain.Client(), e.dep.Requests)
	consumer := deployConsumer(t, e)
	inb, _ := e.s.input.Encode()
	fee := big.NewInt(1e15)
	id, _, err := reqs.Request(e.ctx, e.tx(e.keys[0]), e.class.ID(), inb, fee, consumer)
	if err != nil {
		t.Fatal(err)
	}
	job, err := reqs.Job(e.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if job.InputRoot != e.s.job.Inputs(0).Input {
		t.Fatalf("input root on chain %s, the job's %s", job.InputRoot, e.s.job.Inputs(0).Input)
	}
	e.job = job
	h := e.honestClaim(e.keys[2])
	outb, _ := e.s.job.Result.Output.Encode()
	if _, err := reqs.Answer(e.ctx, e.tx(e.keys[2]), id, h, outb); err != nil {
		t.Fatal(err)
	}
	// A claim with output bytes that do not have its output root is refused.
	if _, err := reqs.Answer(e.ctx, e.tx(e.keys[2]), id, h, []byte("not the output")); !market.IsRevert(err, "OutputMismatch") {
		t.Fatalf("mismatched output bytes: %v", err)
	}
	if _, _, err := reqs.Finalize(e.ctx, e.tx(e.keys[1]), id); !market.IsRevert(err, "NotFinalYet") {
		t.Fatalf("finalize in the window: %v", err)
	}
	if err := e.chain.AdjustTime(2*time.Hour + e.cfg.DisputeWindow); err != nil {
		t.Fatal(err)
	}
	before := e.balanceOf(t, addrOf(e.keys[2]))
	ev, _, err := reqs.Finalize(e.ctx, e.tx(e.keys[1]), id)
	if err != nil {
		t.Fatal(err)
	}
	if !ev.CallbackOk || merkle.Hash(ev.OutputRoot) != e.s.trace.Output() || e.consumerGot(t, consumer) != e.s.trace.Output() {
		t.Fatalf("finalized %+v, consumer holds %s", ev, e.consumerGot(t, consumer))
	}
	if got := new(big.Int).Sub(e.balanceOf(t, addrOf(e.keys[2])), before); got.Cmp(fee) != 0 {
		t.Fatalf("provider paid %s, want the fee %s", got, fee)
	}
}

// TestOracleModeChallenged: a wrong answer is challenged by an honest
// provider; the challenger wins the game and the callback receives the
// honest output (a reverting callback would not block it: the registry as
// callback refuses the call, and the result is still final).
func TestOracleModeChallenged(t *testing.T) {
	for _, revert := range []bool{false, true} {
		// Clocks longer than the dispute window, so the game can still be
		// open when the request could otherwise be final.
		e := newGameEnvClock(t, 2, 32, 48*time.Hour)
		reqs := NewRequests(e.chain.Client(), e.dep.Requests)
		consumer := deployConsumer(t, e)
		if revert {
			consumer = e.dep.Registry
		}
		inb, _ := e.s.input.Encode()
		id, _, err := reqs.Request(e.ctx, e.tx(e.keys[0]), e.class.ID(), inb, big.NewInt(1e15), consumer)
		if err != nil {
			t.Fatal(err)
		}
		if e.job, err = reqs.Job(e.ctx, id); err != nil {
			t.Fatal(err)
		}
		honestK, cheatK := e.keys[3], e.keys[2]
		ctr := cheaterTrace(t, e.s.trace, 8)
		c := e.claim(cheatK, ctr, ctr.Output())
		if _, err := reqs.Answer(e.ctx, e.tx(cheatK), id, c, nil); err != nil {
			t.Fatal(err)
		}
		h := e.honestClaim(honestK)
		if _, err := reqs.Answer(e.ctx, e.tx(honestK), id, h, nil); err != nil {
			t.Fatal(err)
		}
		gid, _, err := e.games.Open(e.ctx, e.tx(honestK), e.d, e.job, h, c)
		if err != nil {
			t.Fatal(err)
		}
		if err := e.chain.AdjustTime(2*time.Hour + e.cfg.DisputeWindow); err != nil {
			t.Fatal(err)
		}
		if _, _, err := reqs.Finalize(e.ctx, e.tx(e.keys[1]), id); !market.IsRevert(err, "StillDisputed") {
			t.Fatalf("finalize with a game open: %v", err)
		}
		liar := &Liar{Honest: e.s.prover, From: 4000, Acc: ctr.Acc(9), Salt: 1}
		ctx, cancel := context.WithTimeout(e.ctx, time.Minute)
		outs := e.play(ctx, gid, e.player(honestK, Honest{e.s.prover}), e.player(cheatK, Honest{liar}))
		cancel()
		if !outs[0].Won {
			t.Fatal("the challenger lost")
		}
		ev, _, err := reqs.Finalize(e.ctx, e.tx(e.keys[1]), id)
		if err != nil {
			t.Fatal(err)
		}
		if merkle.Hash(ev.OutputRoot) != e.s.trace.Output() || ev.Provider != addrOf(honestK) || ev.CallbackOk == revert {
			t.Fatalf("finalized %+v", ev)
		}
		if !revert && e.consumerGot(t, consumer) != e.s.trace.Output() {
			t.Fatal("the callback did not receive the honest output")
		}
	}
}

func (e *gameEnv) balanceOf(t *testing.T, a common.Address) *big.Int {
	b, err := e.chain.Client().BalanceAt(e.ctx, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
