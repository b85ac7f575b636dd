package dispute

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/rmsnet/rms/market"
)

// TestMovesAndRedeemsShareOneNonce: a provider's key defends a game while
// the same key redeems vouchers of two users and adds stake, all at once,
// through one TxManager given to the Escrow and Registry clients: every
// transaction lands, the nonces the key used are consecutive, and the
// honest provider wins.
func TestMovesAndRedeemsShareOneNonce(t *testing.T) {
	e := newGameEnv(t, 2, 16)
	honestK, cheatK := e.keys[2], e.keys[3]
	users := []*ecdsa.PrivateKey{e.keys[0], e.keys[1]}
	esc, err := market.NewEscrow(e.ctx, e.chain.Client(), e.dep.Escrow)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range users {
		if _, err := esc.Deposit(e.ctx, u, addrOf(honestK), big.NewInt(1e15)); err != nil {
			t.Fatal(err)
		}
	}
	startNonce, err := e.chain.Client().NonceAt(e.ctx, addrOf(honestK), nil)
	if err != nil {
		t.Fatal(err)
	}
	startBlock, err := e.chain.Client().BlockNumber(e.ctx)
	if err != nil {
		t.Fatal(err)
	}

	tx := e.tx(honestK)
	esc.UseTxManager(tx)
	e.reg.UseTxManager(tx)

	last := len(e.s.trace.Outputs) - 1
	ctr := cheaterTrace(t, e.s.trace, last)
	h, c := e.honestClaim(honestK), e.claim(cheatK, ctr, ctr.Output())
	id, _, err := e.games.Open(e.ctx, e.tx(e.keys[1]), e.d, e.job, h, c)
	if err != nil {
		t.Fatal(err)
	}
	liar := &Liar{Honest: e.s.prover, From: 1000, Acc: ctr.Acc(uint64(last) + 1), Salt: 1}
	honest := &Player{Games: e.games, Tx: tx, Oracle: e.oracle, Strategy: Honest{e.s.prover}, Poll: e.player(honestK, nil).Poll}

	const redeems = 6
	ctx, cancel := context.WithCancel(e.ctx)
	defer cancel()
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		rcpts []*types.Receipt
		errs  []error
	)
	keep := func(r *types.Receipt, err error) {
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			errs = append(errs, err)
		} else {
			rcpts = append(rcpts, r)
		}
	}
	for _, u := range users {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 1; i <= redeems; i++ {
				v, err := market.SignVoucher(market.Voucher{User: addrOf(u), Provider: addrOf(honestK),
					Amount: *uint256.NewInt(uint64(i) * 1e12)}, esc.Domain(), u)
				if err == nil {
					var r *types.Receipt
					r, err = esc.Redeem(ctx, honestK, v)
					keep(r, err)
					continue
				}
				keep(nil, err)
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range 3 {
			keep(e.reg.AddStake(ctx, honestK, e.svc[addrOf(honestK)], big.NewInt(1e9)))
		}
	}()
	var hout *Outcome
	var herr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		hout, herr = honest.Play(ctx, id)
	}()
	lout, lerr := e.player(cheatK, Honest{liar}).Play(ctx, id)
	wg.Wait()
	if err := errors.Join(append(errs, herr, lerr)...); err != nil {
		t.Fatalf("a transaction of the shared key failed: %v", err)
	}
	if !hout.Won || lout.Won {
		t.Fatalf("outcomes %+v %+v", hout, lout)
	}
	if len(rcpts) != 2*redeems+3 {
		t.Fatalf("%d receipts, want %d", len(rcpts), 2*redeems+3)
	}
	for _, u := range users {
		ch, err := esc.Channel(e.ctx, addrOf(u), addrOf(honestK))
		if err != nil {
			t.Fatal(err)
		}
		if want := big.NewInt(redeems * 1e12); ch.Redeemed.Cmp(want) != 0 {
			t.Fatalf("channel of %s redeemed %s, want %s", addrOf(u).Hex(), ch.Redeemed, want)
		}
	}
	// Every transaction the key sent from the start on, read from the
	// blocks: each one succeeded, and they used consecutive nonces.
	head, err := e.chain.Client().BlockNumber(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(e.d.ChainID)
	next := startNonce
	for n := startBlock + 1; n <= head; n++ {
		b, err := e.chain.Client().BlockByNumber(e.ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range b.Transactions() {
			if from, err := types.Sender(signer, x); err != nil || from != addrOf(honestK) {
				continue
			}
			if x.Nonce() != next {
				t.Fatalf("block %d: the key's transaction has nonce %d, want %d", n, x.Nonce(), next)
			}
			next++
			r, err := e.chain.Client().TransactionReceipt(e.ctx, x.Hash())
			if err != nil || r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("block %d: the key's transaction %d failed (%v)", n, x.Nonce(), err)
			}
		}
	}
	if sent, least := next-startNonce, uint64(2*redeems+3+hout.Moves); sent < least {
		t.Fatalf("the key sent %d transactions, want at least %d (%d redeems and stakes, %d moves)", sent, least, 2*redeems+3, hout.Moves)
	}
	t.Logf("%d redeems, 3 stake additions and %d game moves from one key: %d transactions, nonces %d…%d, all mined and successful",
		2*redeems, hout.Moves, next-startNonce, startNonce, next-1)
}
