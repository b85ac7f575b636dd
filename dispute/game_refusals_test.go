package dispute

import (
	"context"
	"testing"
	"time"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
)

// TestGameRefusalsOnChain sends what Games must refuse straight to the
// contract (no off-chain check in the way): a claim that already lost
// opening another game, an op-level proof at an op the traces agree on, a
// move from someone who is no party, a second post in one round, a final
// state that is not halted; and checks that a move is charged to its
// side's clock.
func TestGameRefusalsOnChain(t *testing.T) {
	e := newGameEnv(t, 4, 16)
	user := e.tx(e.keys[1])
	h := e.honestClaim(e.keys[2])
	// A claim that contradicts itself loses at opening.
	bad := e.claim(e.keys[3], e.s.trace, merkle.Keccak([]byte("another output")))
	if _, _, err := e.games.Open(e.ctx, user, e.d, e.job, h, bad); err != nil {
		t.Fatal(err)
	}
	if d, _ := e.games.Defeated(e.ctx, bad.Claim.Hash(e.d)); !d {
		t.Fatal("the contradicting claim is not defeated")
	}
	// It cannot enter another game.
	h2 := e.honestClaim(e.keys[4])
	_, data, err := e.games.PackOpen(e.d, e.job, h2, bad)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := user.Send(e.ctx, "open", e.games.Address(), data); !market.IsRevert(err, "ClaimAlreadyDefeated") {
		t.Fatalf("a defeated claim opened a game: %v", err)
	}

	// The cheater's trace agrees with the honest one up to A_3: an op-level
	// proof at op 1 (A_1 agreed, A_2 agreed) shows no divergence.
	ctr := cheaterTrace(t, e.s.trace, 3)
	c := e.claim(e.keys[5], ctr, ctr.Output())
	div, err := DivergenceProof(ctr, e.s.trace)
	if err != nil {
		t.Fatal(err)
	}
	if div.Op != 3 {
		t.Fatalf("first divergence at op %d, want 3", div.Op)
	}
	same := div
	same.Op, same.PrevAcc = 1, ctr.Acc(1)
	must := func(p [][32]byte, err error) [][32]byte {
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	same.PrevProof0, same.PrevProof1 = must(hashes(ctr.AccProof(1))), must(hashes(e.s.trace.AccProof(1)))
	same.Acc0, same.Acc1 = ctr.Acc(2), e.s.trace.Acc(2)
	same.Proof0, same.Proof1 = must(hashes(ctr.AccProof(2))), must(hashes(e.s.trace.AccProof(2)))
	if same.Acc0 != same.Acc1 {
		t.Fatal("the traces differ at A_2")
	}
	// The contract orders the sides by claim hash; the proof must follow.
	hc, cc := h.Claim.Hash(e.d), c.Claim.Hash(e.d)
	a, b := c, h
	if hc.Big().Cmp(cc.Big()) < 0 {
		a, b = h, c
		same.PrevProof0, same.PrevProof1 = same.PrevProof1, same.PrevProof0
		same.Proof0, same.Proof1 = same.Proof1, same.Proof0
	}
	data, err = e.games.abi.TryPackOpen(jobBinding(&e.job.Job), a.signed(), b.signed(), same)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := user.Send(e.ctx, "open", e.games.Address(), data); !market.IsRevert(err, "NoDivergence") {
		t.Fatalf("an op-level proof without a divergence: %v", err)
	}

	// A real game between h and c; moves out of turn are refused.
	id, _, err := e.games.Open(e.ctx, user, e.d, e.job, h, c)
	if err != nil {
		t.Fatal(err)
	}
	st, err := e.games.State(e.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	hs, _ := st.SideOf(addrOf(e.keys[2]))
	mv, err := Honest{e.s.prover}.Move(e.ctx, st, hs)
	if err != nil || mv.Kind != MovePost {
		t.Fatalf("honest first move %+v, %v", mv, err)
	}
	post, err := e.games.PackPost(id, mv)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := user.Send(e.ctx, "post", e.games.Address(), post); !market.IsRevert(err, "NotParty") {
		t.Fatalf("a post by someone who is no party: %v", err)
	}
	// A final state that is not halted (status byte 0), with the proof of
	// the honest output still valid against its memory root.
	running := *mv
	running.Final = append([]byte(nil), mv.Final...)
	running.Final[89] = 0
	runningPost, err := e.games.PackPost(id, &running)
	if err != nil {
		t.Fatal(err)
	}
	honest := e.tx(e.keys[2])
	if _, err := honest.Send(e.ctx, "post", e.games.Address(), runningPost); !market.IsRevert(err, "BadFinalState") {
		t.Fatalf("a final state that is not halted: %v", err)
	}
	// The honest post after ten minutes is charged to its clock.
	const wait = 10 * time.Minute
	if err := e.chain.AdjustTime(wait); err != nil {
		t.Fatal(err)
	}
	if _, err := honest.Send(e.ctx, "post", e.games.Address(), post); err != nil {
		t.Fatal(err)
	}
	if st, err = e.games.State(e.ctx, id); err != nil {
		t.Fatal(err)
	}
	if left := time.Duration(st.Game.Remaining[hs]) * time.Second; left > testClock-wait {
		t.Fatalf("the honest clock has %s left after a move of %s, want at most %s", left, wait, testClock-wait)
	}
	if left := time.Duration(st.Game.Remaining[hs.Other()]) * time.Second; left != testClock {
		t.Fatalf("the side that did not move has %s left, want %s", left, testClock)
	}
	// A second post in the same round.
	if _, err := honest.Send(e.ctx, "post", e.games.Address(), post); !market.IsRevert(err, "AlreadyPosted") {
		t.Fatalf("a second post in one round: %v", err)
	}
}

// TestGameDivergenceInSecondPieces: a liar whose first lie is at step
// 2^18 + 2^14 + 2^10 + 2^6 + 2^2 + 2, in the second piece of every round's
// range (2^22 steps, arity 16: pieces of 2^18, 2^14, …, 4, then 1): each
// choice moves the agreed start to the end of the first piece, and the
// honest side still wins with its step from there.
func TestGameDivergenceInSecondPieces(t *testing.T) {
	e := newGameEnv(t, 2, 16)
	honestK, cheatK := e.keys[2], e.keys[3]
	ctr := cheaterTrace(t, e.s.trace, 8)
	h, c := e.honestClaim(honestK), e.claim(cheatK, ctr, ctr.Output())
	before := e.stake(cheatK)
	id, _, err := e.games.Open(e.ctx, e.tx(e.keys[1]), e.d, e.job, h, c)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(e.ctx, 3*time.Minute)
	defer cancel()
	liar := &Liar{Honest: e.s.prover, From: 1<<18 + 1<<14 + 1<<10 + 1<<6 + 1<<2 + 2, Acc: ctr.Acc(9), Salt: 1}
	e.play(ctx, id, e.player(honestK, Honest{e.s.prover}), e.player(cheatK, Honest{liar}))
	e.checkWon(id, h, c, honestK, cheatK, before)
	evs, err := e.games.Events(e.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var los []uint64
	for _, ev := range evs {
		if ev.Kind == EventSegment {
			los = append(los, ev.Lo)
		}
	}
	if len(los) == 0 || los[0] != 1<<18 {
		t.Fatalf("segments chosen from %v, want the first at 2^18 (the second of 16 pieces)", los)
	}
}
