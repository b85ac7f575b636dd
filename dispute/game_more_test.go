package dispute

import (
	"context"
	"math/rand/v2"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
)

// TestGameOpenRefusals: everything Games.open must refuse, and two honest
// providers can never be drawn into a game.
func TestGameOpenRefusals(t *testing.T) {
	e := newGameEnv(t, 3, 16)
	user := e.tx(e.keys[1])
	h, h2 := e.honestClaim(e.keys[2]), e.honestClaim(e.keys[4])
	ctr := cheaterTrace(t, e.s.trace, 3)
	c := e.claim(e.keys[3], ctr, ctr.Output())
	open := func(a, b *ClaimWithTrace) error {
		_, data, err := e.games.PackOpen(e.d, e.job, a, b)
		if err != nil {
			return err
		}
		_, err = user.Send(e.ctx, "open", e.games.Address(), data)
		return err
	}
	// Identical outputs: refused off chain and on chain.
	if err := open(h, h2); err == nil {
		t.Fatal("two honest claims opened a game")
	}
	div, _ := DivergenceProof(ctr, e.s.trace)
	data, _ := e.games.abi.TryPackOpen(jobBinding(&e.job.Job), h.signed(), h2.signed(), div)
	if _, err := user.Send(e.ctx, "open", e.games.Address(), data); !market.IsRevert(err, "SameOutput") {
		t.Fatalf("equal outputs on chain: %v", err)
	}
	// A claim for another job.
	other := *e.job
	other.Nonce++
	otherSigned, _ := market.SignJob(other.Job, e.d, e.keys[1])
	bad := *c
	bad.Claim = e.claim(e.keys[3], ctr, ctr.Output()).Claim
	bad.Claim.JobHash = otherSigned.Hash(e.d)
	bad.Claim, _ = market.SignClaim(bad.Claim.Claim, e.d, e.keys[3])
	if err := open(h, &bad); err == nil {
		t.Fatal("a claim for another job opened a game")
	}
	data, _ = e.games.abi.TryPackOpen(jobBinding(&e.job.Job), h.signed(), bad.signed(), div)
	if _, err := user.Send(e.ctx, "open", e.games.Address(), data); !market.IsRevert(err, "WrongJob") {
		t.Fatalf("claim for another job on chain: %v", err)
	}
	// A signer with no stake for the class (the user signs a claim).
	u := e.claim(e.keys[1], ctr, ctr.Output())
	u.Service = e.svc[addrOf(e.keys[3])]
	data, _ = e.games.abi.TryPackOpen(jobBinding(&e.job.Job), h.signed(), u.signed(), div)
	if _, err := user.Send(e.ctx, "open", e.games.Address(), data); !market.IsRevert(err, "NotStaked") {
		t.Fatalf("unstaked signer: %v", err)
	}
	// A forged signature.
	f := *c
	f.Claim.Sig[10] ^= 1
	data, _ = e.games.abi.TryPackOpen(jobBinding(&e.job.Job), h.signed(), f.signed(), div)
	if _, err := user.Send(e.ctx, "open", e.games.Address(), data); !market.IsRevert(err, "BadSignature") {
		t.Fatalf("forged signature: %v", err)
	}
	// A wrong op-level proof: the traces agree at the index given.
	wrong := div
	wrong.Op = 1
	data, _ = e.games.abi.TryPackOpen(jobBinding(&e.job.Job), h.signed(), c.signed(), wrong)
	if _, err := user.Send(e.ctx, "open", e.games.Address(), data); !market.IsRevert(err, "BadProof") {
		t.Fatalf("bad op-level proof: %v", err)
	}
	// The pair once, not twice.
	if err := open(h, c); err != nil {
		t.Fatal(err)
	}
	if err := open(c, h); !market.IsRevert(err, "PairAlreadyInGame") {
		t.Fatalf("the same pair again: %v", err)
	}
	// Past the dispute window.
	if err := e.chain.AdjustTime(time.Hour + e.cfg.DisputeWindow + time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := open(h2, c); !market.IsRevert(err, "PastDisputeWindow") {
		t.Fatalf("past the dispute window: %v", err)
	}
}

// TestGameSybilThrowsItsGame: a Sybil signs a copy of the honest output and
// loses a game on purpose; that defeats its claim only, and the honest claim
// still beats the cheater.
func TestGameSybilThrowsItsGame(t *testing.T) {
	e := newGameEnv(t, 3, 16)
	honestK, cheatK, sybilK := e.keys[2], e.keys[3], e.keys[4]
	ctr := cheaterTrace(t, e.s.trace, 8)
	c := e.claim(cheatK, ctr, ctr.Output())
	syb := e.honestClaim(sybilK)
	id, _, err := e.games.Open(e.ctx, e.tx(cheatK), e.d, e.job, c, syb)
	if err != nil {
		t.Fatal(err)
	}
	liar := &Liar{Honest: e.s.prover, From: 100, Acc: ctr.Acc(9), Salt: 1}
	ctx, cancel := context.WithTimeout(e.ctx, time.Minute)
	defer cancel()
	go func() {
		for ctx.Err() == nil {
			if st, err := e.games.State(ctx, id); err == nil && st.Game.Posted != 0 {
				e.chain.AdjustTime(testClock + time.Minute)
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()
	outs := e.play(ctx, id, e.player(cheatK, Honest{liar}))
	if !outs[0].Won {
		t.Fatal("the cheater did not beat the silent Sybil")
	}
	if d, _ := e.games.Defeated(e.ctx, syb.Claim.Hash(e.d)); !d {
		t.Fatal("the Sybil's claim is not defeated")
	}
	h := e.honestClaim(honestK)
	if d, _ := e.games.Defeated(e.ctx, h.Claim.Hash(e.d)); d {
		t.Fatal("the honest claim is defeated by another claim's game")
	}
	before := e.stake(cheatK)
	id2, _, err := e.games.Open(e.ctx, e.tx(honestK), e.d, e.job, h, c)
	if err != nil {
		t.Fatal(err)
	}
	e.play(ctx, id2, e.player(honestK, Honest{e.s.prover}), e.player(cheatK, Honest{liar}))
	e.checkWon(id2, h, c, honestK, cheatK, before)
}

// TestGameManyAtOnce: three cheaters open games against one honest provider
// at the same time; it plays all of them through one transaction manager.
func TestGameManyAtOnce(t *testing.T) {
	e := newGameEnv(t, 4, 16)
	honestK := e.keys[2]
	h := e.honestClaim(honestK)
	tx := e.tx(honestK)
	var wg sync.WaitGroup
	var checks []func()
	for i, k := range e.keys[3:] {
		ctr := cheaterTrace(t, e.s.trace, 2+2*i)
		c := e.claim(k, ctr, ctr.Output())
		before := e.stake(k)
		id, _, err := e.games.Open(e.ctx, e.tx(k), e.d, e.job, c, h)
		if err != nil {
			t.Fatal(err)
		}
		kk, _ := FirstDivergence(e.s.trace, ctr)
		liar := &Liar{Honest: e.s.prover, From: 5000 * uint64(i+1), Acc: ctr.Acc(kk + 1), Salt: byte(i + 1)}
		hp := &Player{Games: e.games, Tx: tx, Oracle: e.oracle, Strategy: Honest{e.s.prover}, Poll: 5 * time.Millisecond}
		wg.Add(1)
		go func() {
			defer wg.Done()
			e.play(e.ctx, id, hp, e.player(k, Honest{liar}))
		}()
		checks = append(checks, func() { e.checkWon(id, h, c, honestK, k, before) })
	}
	wg.Wait()
	for _, c := range checks {
		c()
	}
}

// TestGameTwoCheaters: two cheaters with different wrong outputs end in a
// defined way: the game resolves and at least one of them is slashed.
func TestGameTwoCheaters(t *testing.T) {
	e := newGameEnv(t, 2, 16)
	a, b := cheaterTrace(t, e.s.trace, 8), cheaterTrace(t, e.s.trace, 5)
	ca, cb := e.claim(e.keys[2], a, a.Output()), e.claim(e.keys[3], b, b.Output())
	id, _, err := e.games.Open(e.ctx, e.tx(e.keys[1]), e.d, e.job, ca, cb)
	if err != nil {
		t.Fatal(err)
	}
	k, _ := FirstDivergence(a, b)
	la := &Liar{Honest: e.s.prover, From: 300, Acc: a.Acc(k + 1), Salt: 1, StepToo: true}
	lb := &Liar{Honest: e.s.prover, From: 700, Acc: b.Acc(k + 1), Salt: 2}
	outs := e.play(e.ctx, id, e.player(e.keys[2], Honest{la}), e.player(e.keys[3], Honest{lb}))
	if outs[0].Losers == 0 {
		t.Fatal("a game between two liars ended with no loser")
	}
	t.Logf("losers %b", outs[0].Losers)
}

// dropFirst drops the first n transactions it is asked to send, as a node
// that loses them would.
type dropFirst struct {
	Backend
	n       atomic.Int32
	dropped atomic.Int32
}

func (d *dropFirst) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if d.n.Add(-1) >= 0 {
		d.dropped.Add(1)
		return nil
	}
	return d.Backend.SendTransaction(ctx, tx)
}

// TestGameDroppedMoveIsResent: the honest side's first moves are dropped by
// its endpoint; the manager resends them and the honest side still wins.
func TestGameDroppedMoveIsResent(t *testing.T) {
	e := newGameEnv(t, 2, 16)
	honestK, cheatK := e.keys[2], e.keys[3]
	ctr := cheaterTrace(t, e.s.trace, 8)
	h, c := e.honestClaim(honestK), e.claim(cheatK, ctr, ctr.Output())
	before := e.stake(cheatK)
	id, _, err := e.games.Open(e.ctx, e.tx(e.keys[1]), e.d, e.job, h, c)
	if err != nil {
		t.Fatal(err)
	}
	drop := &dropFirst{Backend: e.chain.Client()}
	drop.n.Store(2)
	chainID, _ := e.chain.Client().ChainID(e.ctx)
	hp := &Player{Games: e.games, Oracle: e.oracle, Strategy: Honest{e.s.prover}, Poll: 5 * time.Millisecond,
		Tx: market.NewTxManager(drop, honestK, chainID, market.WithTxPoll(5*time.Millisecond), market.WithResendAfter(200*time.Millisecond))}
	liar := &Liar{Honest: e.s.prover, From: 1 << 62, Acc: ctr.Acc(9), Salt: 1}
	e.play(e.ctx, id, hp, e.player(cheatK, Honest{liar}))
	if drop.dropped.Load() != 2 {
		t.Fatalf("%d transactions dropped, want 2", drop.dropped.Load())
	}
	e.checkWon(id, h, c, honestK, cheatK, before)
}

// TestGameHonestRestarts: the honest player is stopped without warning in
// the middle of the game and a new one, started from nothing but its key
// and the job's data (a fresh prover and transaction manager), wins.
func TestGameHonestRestarts(t *testing.T) {
	e := newGameEnv(t, 2, 4)
	honestK, cheatK := e.keys[2], e.keys[3]
	ctr := cheaterTrace(t, e.s.trace, 8)
	h, c := e.honestClaim(honestK), e.claim(cheatK, ctr, ctr.Output())
	before := e.stake(cheatK)
	id, _, err := e.games.Open(e.ctx, e.tx(e.keys[1]), e.d, e.job, h, c)
	if err != nil {
		t.Fatal(err)
	}
	liar := &Liar{Honest: e.s.prover, From: 123456, Acc: ctr.Acc(9), Salt: 1}
	ctx, cancel := context.WithTimeout(e.ctx, 2*time.Minute)
	defer cancel()
	cheater := e.player(cheatK, Honest{liar})
	done := make(chan *Outcome, 1)
	go func() {
		o, _ := cheater.Play(ctx, id)
		done <- o
	}()
	killCtx, kill := context.WithCancel(ctx)
	first := e.player(honestK, Honest{e.s.prover})
	moves := 0
	first.Progress = func(Progress) {
		if moves++; moves == 3 {
			kill()
		}
	}
	if _, err := first.Play(killCtx, id); err == nil {
		t.Fatal("the first player finished the game before it was stopped")
	}
	st, _ := e.games.State(e.ctx, id)
	if st.Game.Phase == PhaseDone {
		t.Fatal("the game ended before the restart")
	}
	fresh, err := NewVMProver(e.s.guest, e.s.job)
	if err != nil {
		t.Fatal(err)
	}
	outs := e.play(ctx, id, e.player(honestK, Honest{fresh}))
	if !outs[0].Won {
		t.Fatal("the restarted honest player lost")
	}
	<-done
	e.checkWon(id, h, c, honestK, cheatK, before)
}

// TestGameStakeLockedWhileOpen: a provider in an open game deregisters at
// once; it cannot withdraw before or after its unbonding ends while the game
// is open, and it is slashed when it loses.
func TestGameStakeLockedWhileOpen(t *testing.T) {
	e := newGameEnv(t, 2, 16)
	honestK, cheatK := e.keys[2], e.keys[3]
	ctr := cheaterTrace(t, e.s.trace, 8)
	h, c := e.honestClaim(honestK), e.claim(cheatK, ctr, ctr.Output())
	id, _, err := e.games.Open(e.ctx, e.tx(e.keys[1]), e.d, e.job, h, c)
	if err != nil {
		t.Fatal(err)
	}
	svc := e.svc[addrOf(cheatK)]
	if _, err := e.reg.Deregister(e.ctx, cheatK, svc); err != nil {
		t.Fatal(err)
	}
	if _, err := e.reg.Withdraw(e.ctx, cheatK, svc); !market.IsRevert(err, "UnbondingNotOver") {
		t.Fatalf("withdraw during unbonding: %v", err)
	}
	if err := e.chain.AdjustTime(e.cfg.UnbondingDelay + time.Hour); err != nil {
		t.Fatal(err)
	}
	if _, err := e.reg.Withdraw(e.ctx, cheatK, svc); !market.IsRevert(err, "InOpenGame") {
		t.Fatalf("withdraw with a game open: %v", err)
	}
	// Both clocks are out now; the cheater has not moved: anyone ends it.
	st, _ := e.games.State(e.ctx, id)
	if st.Game.Phase != PhaseBisect {
		t.Fatalf("phase %s", PhaseName(st.Game.Phase))
	}
	// The honest side posts first (its clock is out too: refused), so the
	// game ends with both sides timed out — unless someone ends it. A
	// watcher ends it: both lose, both claims are defeated.
	if _, err := e.tx(e.keys[1]).Send(e.ctx, "timeout", e.games.Address(), e.games.PackTimeout(id)); err != nil {
		t.Fatal(err)
	}
	st, _ = e.games.State(e.ctx, id)
	if st.Game.Phase != PhaseDone || st.Game.Losers != 3 {
		t.Fatalf("after timeout: phase %s losers %b", PhaseName(st.Game.Phase), st.Game.Losers)
	}
	if _, err := e.reg.Withdraw(e.ctx, cheatK, svc); err != nil {
		t.Fatalf("withdraw after the game: %v", err)
	}
}

// TestGameRandomSweep plays games with random cheating points and
// strategies; the honest side wins every one. RMS_LONG=1: 200 games.
func TestGameRandomSweep(t *testing.T) {
	n := 3
	if os.Getenv("RMS_LONG") != "" {
		n = 200
	}
	r := rand.New(rand.NewPCG(42, uint64(n)))
	for i := range n {
		c := cheats[r.IntN(len(cheats))]
		c.from = r.Float64()
		if c.timeout {
			c = cheats[r.IntN(4)]
		}
		m := r.IntN(len(mnistGame(t).trace.Outputs))
		c.claim = wrongOp(m)
		e := newGameEnv(t, 2, []uint8{2, 4, 8, 16, 32, 64}[r.IntN(6)])
		keys := []int{2, 3}
		if r.IntN(2) == 1 {
			keys = []int{3, 2}
		}
		t.Logf("game %d: %s, op %d, from %.2f, arity %d", i, c.name, m, c.from, e.cfg.Arity)
		playCheat(t, e, c, r.IntN(3), e.keys[keys[0]], e.keys[keys[1]])
	}
}

var _ = merkle.Hash{}
