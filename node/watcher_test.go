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

// TestWatcher: on the in-process chain, two oracle-mode requests are
// answered, one by an honest provider and one by a cheating one. The
// watcher leaves the honest claim alone; it challenges the wrong one with
// its own claim, opens the game with the cheater's trace fetched from the
// cheater, wins it against the cheater's defence, and the request becomes
// final with the honest output, the fee paid to the watcher.
func TestWatcher(t *testing.T) {
	d := startDevnet(t, 2, 1)
	svc, inputs, _ := mnistService(t, 1)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	honest, cheater := d.Providers[0], d.Providers[1]

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
	userTx := d.userP.Games.Tx
	fee := big.NewInt(1e15)
	var ids [2]uint64
	for i := range ids {
		if ids[i], _, err = reqs.Request(ctx, userTx, svc.ClassID, inputs[0], fee, common.Address{}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := honest.AnswerRequest(ctx, ids[0], inputs[0]); err != nil {
		t.Fatal(err)
	}
	wait := func(what string, ok func([]WatchResult) bool) []WatchResult {
		t.Helper()
		for ctx.Err() == nil {
			if r := w.Results(); ok(r) {
				return r
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatalf("waiting for %s: %+v", what, w.Results())
		return nil
	}
	r := wait("the honest claim checked", func(r []WatchResult) bool { return len(r) == 1 })
	if r[0].Wrong || r[0].Game != (common.Hash{}) || r[0].Provider != d.providerP[0].Address() {
		t.Fatalf("honest claim: %+v", r[0])
	}

	if _, err := cheater.AnswerRequest(ctx, ids[1], inputs[0]); err != nil {
		t.Fatal(err)
	}
	r = wait("the game opened", func(r []WatchResult) bool { return len(r) == 2 && (r[1].Game != common.Hash{} || r[1].Err != "") })
	if !r[1].Wrong || r[1].Err != "" {
		t.Fatalf("wrong claim: %+v", r[1])
	}
	// The cheater defends its claim by itself (the provider's game
	// defence, as a test-only liar about its last output).
	r = wait("the game won", func(r []WatchResult) bool { return r[1].Won || r[1].Err != "" })
	if !r[1].Won {
		t.Fatalf("the watcher did not win: %+v", r[1])
	}
	if def, err := dispute.NewGames(d.Chain, d.Deployment.Games).Defeated(ctx, r[1].ClaimHash); err != nil || !def {
		t.Fatalf("the cheater's claim is not defeated: %v", err)
	}

	// After the window, both requests are final with the honest output:
	// the first pays the honest provider, the second the watcher.
	dc := market.DefaultDeployConfig()
	if err := d.Sim.AdjustTime(dc.ChallengeWindow + dc.DisputeWindow + time.Minute); err != nil {
		t.Fatal(err)
	}
	in, _ := model.DecodeTensor(inputs[0])
	res, err := svc.Model.Run(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []common.Address{d.providerP[0].Address(), wp.Address()} {
		ev, _, err := reqs.Finalize(ctx, userTx, ids[i])
		if err != nil {
			t.Fatal(err)
		}
		if ev.Provider != want || merkle.Hash(ev.OutputRoot) != res.OutputRoot || ev.Fee.Cmp(fee) != 0 {
			t.Fatalf("request %d final: provider %s output %x, want %s and the honest output", ids[i], ev.Provider.Hex(), ev.OutputRoot, want.Hex())
		}
	}
}
