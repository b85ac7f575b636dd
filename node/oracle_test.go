package node

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rmsnet/rms/dispute"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/p2p"
)

// oracleDevnet starts a devnet whose providers answer oracle requests by
// themselves and deploys the example consumer for its class.
func oracleDevnet(t *testing.T, providers, cheaters int) (*Devnet, *Service, [][]byte, *dispute.Consumer) {
	t.Helper()
	svc, inputs, _ := mnistService(t, 2)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := StartDevnet(ctx, DevnetConfig{Providers: providers, Cheaters: cheaters, Service: svc, Dir: t.TempDir(), AnswerRequests: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	chainID, err := d.Chain.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := dispute.DeployConsumer(ctx, d.Chain, d.Keys[0], chainID, d.Deployment.Requests, svc.ClassID)
	if err != nil {
		t.Fatal(err)
	}
	return d, svc, inputs, c
}

// waitFor polls ok until it holds or ctx ends.
func waitFor(t *testing.T, ctx context.Context, what string, ok func() (bool, error)) {
	t.Helper()
	for {
		done, err := ok()
		if err != nil {
			t.Fatalf("waiting for %s: %v", what, err)
		}
		if done {
			return
		}
		if ctx.Err() != nil {
			t.Fatalf("waiting for %s: %v", what, ctx.Err())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// nativeOutput is the output blob the model gives natively on input.
func nativeOutput(t *testing.T, svc *Service, input []byte) []byte {
	t.Helper()
	in, err := model.DecodeTensor(input)
	if err != nil {
		t.Fatal(err)
	}
	res, err := svc.Model.Run(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	b, err := res.Output.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestProviderAnswersRequests: on the in-process chain, the example
// consumer asks for inference twice; no test code answers. Both providers
// answer the first request by themselves with the native output; one
// provider is stopped, the second request is made while it is down, and
// after its restart from its data dir it answers the request it missed and
// not the one it answered before. After the windows the providers finalize
// both requests by themselves: the consumer's callback stores the native
// output, the fee goes to the first claim's provider, and the providers
// drop their records (the second finalize finds the request final).
func TestProviderAnswersRequests(t *testing.T) {
	d, svc, inputs, consumer := oracleDevnet(t, 2, 0)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	reqs := dispute.NewRequests(d.Chain, d.Deployment.Requests)
	userTx := d.userP.Games.Tx
	fee := big.NewInt(1e15)
	answered := func(id uint64, n int) func() (bool, error) {
		return func() (bool, error) {
			as, err := reqs.Answers(ctx, id)
			return len(as) >= n, err
		}
	}

	id0, _, err := consumer.Ask(ctx, userTx, inputs[0], fee)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "two answers to the first request", answered(id0, 2))

	// Provider 0 goes down; the second request is made meanwhile.
	if err := d.Providers[0].Close(ctx); err != nil {
		t.Fatal(err)
	}
	id1, _, err := consumer.Ask(ctx, userTx, inputs[1], fee)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "provider 1's answer to the second request", answered(id1, 1))
	p0, err := NewProvider(ctx, d.providerP[0], ProviderConfig{Service: svc, Price: d.cfg.Price, Stake: d.cfg.Stake, AnswerRequests: true})
	if err != nil {
		t.Fatal(err)
	}
	d.Providers[0] = p0
	waitFor(t, ctx, "the restarted provider's answer to the request it missed", answered(id1, 2))
	// Several polls later, no request has a third answer.
	time.Sleep(20 * devnetPoll)

	want := [][]byte{nativeOutput(t, svc, inputs[0]), nativeOutput(t, svc, inputs[1])}
	first := map[uint64]common.Address{}
	for i, id := range []uint64{id0, id1} {
		as, err := reqs.Answers(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if len(as) != 2 || as[0].Provider == as[1].Provider {
			t.Fatalf("request %d: answers %+v, want one from each provider", id, as)
		}
		for _, a := range as {
			if a.OutputRoot != merkle.BlobRoot(want[i]) || string(a.Output) != string(want[i]) {
				t.Fatalf("request %d: %s answered output %x, the native output is %x", id, a.Provider.Hex(), a.Output, want[i])
			}
		}
		first[id] = as[0].Provider
		if r, err := consumer.Result(ctx, id); err != nil || r.Done {
			t.Fatalf("request %d: the consumer has a result before the window ends: %+v %v", id, r, err)
		}
	}
	if first[id1] != d.providerP[1].Address() {
		t.Fatalf("the second request's first answer is %s's, want provider 1 (provider 0 was down)", first[id1].Hex())
	}
	before := map[common.Address]*big.Int{}
	for _, p := range d.providerP {
		before[p.Address()] = balanceOf(t, d, p.Address())
	}

	dc := market.DefaultDeployConfig()
	if err := d.Sim.AdjustTime(dc.ChallengeWindow + dc.DisputeWindow + time.Minute); err != nil {
		t.Fatal(err)
	}
	for i, id := range []uint64{id0, id1} {
		waitFor(t, ctx, "the consumer's result", func() (bool, error) {
			r, err := consumer.Result(ctx, id)
			return err == nil && r.Done, err
		})
		r, _ := consumer.Result(ctx, id)
		if r.OutputRoot != merkle.BlobRoot(want[i]) || string(r.Output) != string(want[i]) {
			t.Fatalf("request %d: the consumer stored %x (root %s), the native output is %x", id, r.Output, r.OutputRoot.Hex(), want[i])
		}
		info, err := reqs.Info(ctx, id)
		if err != nil || !info.Finalized || info.Callback != consumer.Address() || info.Requester != consumer.Address() {
			t.Fatalf("request %d: %+v %v", id, info, err)
		}
	}
	for _, p := range d.Providers {
		waitFor(t, ctx, "the providers' oracle records dropped", func() (bool, error) {
			recs, err := p.parts.Store.OracleRecords()
			return len(recs) == 0, err
		})
	}
	// Each request's fee went to its first claim's provider (less what
	// the finalizing provider paid for gas, so at least the fee minus a
	// transaction's worth).
	paid := map[common.Address]*big.Int{}
	for _, id := range []uint64{id0, id1} {
		a := first[id]
		if paid[a] == nil {
			paid[a] = new(big.Int)
		}
		paid[a].Add(paid[a], fee)
	}
	for _, p := range d.providerP {
		a := p.Address()
		gain := new(big.Int).Sub(balanceOf(t, d, a), before[a])
		lo := new(big.Int)
		if paid[a] != nil {
			lo.Sub(paid[a], big.NewInt(1e14))
		}
		hi := new(big.Int)
		if paid[a] != nil {
			hi.Set(paid[a])
		}
		if gain.Cmp(hi) > 0 || (paid[a] != nil && gain.Cmp(lo) < 0) {
			t.Fatalf("provider %s gained %s wei, it was owed %v", a.Hex(), gain, paid[a])
		}
	}
}

func balanceOf(t *testing.T, d *Devnet, a common.Address) *big.Int {
	t.Helper()
	b, err := d.Sim.Client().BalanceAt(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestOracleChallengedByWatcher: a cheating provider and an honest one
// answer a consumer's request by themselves; the watcher challenges the
// wrong claim and wins its game; after the windows the honest provider
// finalizes and the consumer holds the honest output, while the cheater
// does not finalize (its claim is defeated).
func TestOracleChallengedByWatcher(t *testing.T) {
	d, svc, inputs, consumer := oracleDevnet(t, 2, 1)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	wp, err := d.parts(ctx, "watcher", d.Keys[0], p2p.DHTServer)
	if err != nil {
		t.Fatal(err)
	}
	w, err := NewWatcher(ctx, wp, WatcherConfig{Services: []*Service{svc}, Price: d.cfg.Price, Stake: d.cfg.Stake, Poll: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	wctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- w.Run(wctx) }()
	defer func() { stop(); <-done }()

	reqs := dispute.NewRequests(d.Chain, d.Deployment.Requests)
	id, _, err := consumer.Ask(ctx, d.userP.Games.Tx, inputs[0], big.NewInt(1e15))
	if err != nil {
		t.Fatal(err)
	}
	cheater := d.providerP[1].Address()
	var game WatchResult
	waitFor(t, ctx, "the watcher's game won", func() (bool, error) {
		for _, r := range w.Results() {
			if r.Provider == cheater && (r.Won || r.Err != "") {
				game = r
				return true, nil
			}
		}
		return false, nil
	})
	if !game.Wrong || !game.Won || game.Err != "" {
		t.Fatalf("the watcher's result about the cheater: %+v", game)
	}
	as, err := reqs.Answers(ctx, id)
	if err != nil || len(as) != 3 {
		t.Fatalf("answers %+v %v: want the honest provider's, the cheater's and the watcher's", as, err)
	}

	dc := market.DefaultDeployConfig()
	if err := d.Sim.AdjustTime(dc.ChallengeWindow + dc.DisputeWindow + time.Minute); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "the consumer's result", func() (bool, error) {
		r, err := consumer.Result(ctx, id)
		return err == nil && r.Done, err
	})
	want := nativeOutput(t, svc, inputs[0])
	if r, _ := consumer.Result(ctx, id); r.OutputRoot != merkle.BlobRoot(want) || string(r.Output) != string(want) {
		t.Fatalf("the consumer stored %x, the native output is %x", r.Output, want)
	}
	for _, p := range d.Providers {
		waitFor(t, ctx, "the providers' oracle records dropped", func() (bool, error) {
			recs, err := p.parts.Store.OracleRecords()
			return len(recs) == 0, err
		})
	}
}
