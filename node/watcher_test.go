package node

import (
	"context"
	"math/big"
	"strings"
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

// TestWatcherInputByCID: an oracle-mode request that gives its input only
// by CID (a file a seeder holds) is fetched over bitswap, checked against
// the request's input root and re-executed: the honest answer is left
// alone. A request whose CID serves another file than its root is not
// checked, and the poll says why.
func TestWatcherInputByCID(t *testing.T) {
	d := startDevnet(t, 1, 0)
	svc, inputs, _ := mnistService(t, 2)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	wp, err := d.parts(ctx, "watcher", d.Keys[0], p2p.DHTServer)
	if err != nil {
		t.Fatal(err)
	}
	w, err := NewWatcher(ctx, wp, WatcherConfig{Services: []*Service{svc}, Price: d.cfg.Price, Stake: d.cfg.Stake, Poll: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	seeded, err := AddInput(ctx, d.Seeder, inputs[0])
	if err != nil {
		t.Fatal(err)
	}
	other, err := AddInput(ctx, d.Seeder, inputs[1])
	if err != nil {
		t.Fatal(err)
	}
	reqs := dispute.NewRequests(d.Chain, d.Deployment.Requests)
	fee := big.NewInt(1e15)
	id, _, err := reqs.RequestCID(ctx, d.userP.Tx, svc.ClassID, merkle.BlobRoot(inputs[0]), seeded.Bytes(), fee, common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Providers[0].AnswerRequest(ctx, id, inputs[0]); err != nil {
		t.Fatal(err)
	}
	for ctx.Err() == nil && len(w.Results()) == 0 {
		if err := w.Poll(ctx); err != nil {
			t.Fatal(err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if r := w.Results(); len(r) != 1 || r[0].Wrong || r[0].Request != id || r[0].Err != "" {
		t.Fatalf("the honest answer to a request by CID: %+v", r)
	}

	if _, _, err := reqs.RequestCID(ctx, d.userP.Tx, svc.ClassID, merkle.BlobRoot(inputs[0]), other.Bytes(), fee, common.Address{}); err != nil {
		t.Fatal(err)
	}
	if err := w.Poll(ctx); err == nil || !strings.Contains(err.Error(), "has root") {
		t.Fatalf("a request whose CID is another file: poll says %v, want the roots named", err)
	}
}
