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

// TestWatcherText: the watcher watches a stories260K text class. Of two
// oracle-mode requests for one prompt, the honest provider's answer is left
// alone; the cheater's (its first token a lie, its trace consistent with the
// lie at the last op) is challenged with the watcher's own claim and a game
// the watcher plays at the class's trace height against the cheater's own
// defence, and wins. Both requests finalize with llama.cpp's greedy text,
// the second paying the watcher. A service with no model to prove is
// refused.
func TestWatcherText(t *testing.T) {
	d := startTextDevnet(t, 2, 1)
	svc := storiesService(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	honest, cheater := d.Providers[0], d.Providers[1]
	if honest.cheat || !cheater.cheat {
		t.Fatal("the devnet's cheater is not its last provider")
	}
	wp, err := d.parts(ctx, "watcher", d.Keys[0], p2p.DHTServer)
	if err != nil {
		t.Fatal(err)
	}
	cfg := WatcherConfig{Price: d.cfg.Price, Stake: d.cfg.Stake, Poll: 20 * time.Millisecond}
	cfg.Services = []*Service{{Name: "empty"}}
	if _, err := NewWatcher(ctx, wp, cfg); err == nil || !strings.Contains(err.Error(), "watching empty") {
		t.Fatalf("a service with no model: %v, want it refused by name", err)
	}
	cfg.Services = []*Service{svc}
	w, err := NewWatcher(ctx, wp, cfg)
	if err != nil {
		t.Fatal(err)
	}
	wctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- w.Run(wctx) }()
	defer func() { stop(); <-done }()

	const maxTokens = 8
	in, job, err := svc.Text.NewTextJob(refPrompt, maxTokens, 0, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	reqs := dispute.NewRequests(d.Chain, d.Deployment.Requests)
	userTx := d.userP.Games.Tx
	fee := big.NewInt(1e15)
	var ids [2]uint64
	for i := range ids {
		if ids[i], _, err = reqs.Request(ctx, userTx, svc.ClassID, in, fee, common.Address{}); err != nil {
			t.Fatal(err)
		}
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
	t0 := time.Now()
	if _, err := honest.AnswerRequest(ctx, ids[0], in); err != nil {
		t.Fatal(err)
	}
	r := wait("the honest claim checked", func(r []WatchResult) bool { return len(r) == 1 })
	if r[0].Wrong || r[0].Game != (common.Hash{}) || r[0].Err != "" || r[0].Provider != d.providerP[0].Address() {
		t.Fatalf("honest claim: %+v", r[0])
	}
	if _, err := cheater.AnswerRequest(ctx, ids[1], in); err != nil {
		t.Fatal(err)
	}
	r = wait("the game opened", func(r []WatchResult) bool { return len(r) == 2 && (r[1].Game != common.Hash{} || r[1].Err != "") })
	if !r[1].Wrong || r[1].Err != "" || r[1].Provider != d.providerP[1].Address() {
		t.Fatalf("wrong claim: %+v", r[1])
	}
	r = wait("the game won", func(r []WatchResult) bool { return r[1].Won || r[1].Err != "" })
	if !r[1].Won {
		t.Fatalf("the watcher did not win: %+v", r[1])
	}
	game := time.Since(t0)
	if def, err := dispute.NewGames(d.Chain, d.Deployment.Games).Defeated(ctx, r[1].ClaimHash); err != nil || !def {
		t.Fatalf("the cheater's claim is not defeated: %v", err)
	}
	// The cheater's record (once its defence sees the end): the game ended
	// at a step of the last op (the sample of every token drawn), won by
	// the watcher.
	n := svc.Text.Model.TraceLength(len(job.Prompt), maxTokens)
	var pg *GameRecord
	waitFor(t, ctx, "the cheater's record of the game resolved", func() (bool, error) {
		g, ok, err := d.providerP[1].Store.Game(r[1].Game)
		pg = g
		return ok && g.State != "opening" && g.State != "open", err
	})
	if pg.State != GameResolved || pg.Winner != wp.Address() || pg.End != "step" || pg.Op == nil || *pg.Op != uint64(n-1) || pg.Step == nil {
		t.Fatalf("the cheater's record of the game: %+v; want it lost at a step of the last op %d", pg, n-1)
	}

	// The watcher posted the honest text with its claim; after the window
	// both requests are final with it.
	out, res, err := svc.Run(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	as, err := reqs.Answers(ctx, ids[1])
	if err != nil || len(as) != 2 || as[1].Provider != wp.Address() || as[1].OutputRoot != res.OutputRoot || string(as[1].Output) != string(out) {
		t.Fatalf("the second request's answers: %+v %v, want the cheater's and the watcher's with the honest output", as, err)
	}
	toks, err := svc.Text.Tokens(as[1].Output)
	if want := ", there was a little girl"; err != nil || svc.Text.Text(toks) != want {
		t.Fatalf("the watcher's text %q (%v), want %q", svc.Text.Text(toks), err, want)
	}
	dc := market.DefaultDeployConfig()
	if err := d.Sim.AdjustTime(dc.ChallengeWindow + dc.DisputeWindow + time.Minute); err != nil {
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
	t.Logf("text watcher: game at op %d of %d, step %d, %d rounds; answers to game won %s", *pg.Op, n, *pg.Step, len(pg.Rounds), game.Round(time.Millisecond))
}
