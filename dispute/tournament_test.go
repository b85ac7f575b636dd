package dispute

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rmsnet/rms/merkle"
)

func TestNextPairAndStanding(t *testing.T) {
	h := func(s string) merkle.Hash { return merkle.Keccak([]byte(s)) }
	A, B, C := h("a"), h("b"), h("c")
	for _, tc := range []struct {
		name     string
		cs       []Contender
		played   [][2]int
		a, b     int
		ok       bool
		standing *merkle.Hash
	}{
		{name: "agreed", cs: []Contender{{Output: A}, {Output: A}, {Output: A}}, standing: &A},
		{name: "one dissenter", cs: []Contender{{Output: A}, {Output: B}, {Output: A}}, a: 0, b: 1, ok: true},
		{name: "majority first", cs: []Contender{{Output: B}, {Output: A}, {Output: A}}, a: 1, b: 0, ok: true},
		{name: "tie: first claimed", cs: []Contender{{Output: B}, {Output: A}}, a: 0, b: 1, ok: true},
		{name: "defeated skipped", cs: []Contender{{Output: A, Defeated: true}, {Output: B}, {Output: A}, {Output: A}}, a: 2, b: 1, ok: true},
		// A Sybil copy of B lost on purpose: B's other claim still plays.
		{name: "sybil copy lost", cs: []Contender{{Output: B, Defeated: true}, {Output: A}, {Output: B}}, a: 1, b: 2, ok: true},
		{name: "liar lost", cs: []Contender{{Output: A}, {Output: B, Defeated: true}, {Output: A}}, standing: &A},
		{name: "all lost", cs: []Contender{{Output: A, Defeated: true}, {Output: B, Defeated: true}}},
		{name: "three outputs", cs: []Contender{{Output: C}, {Output: A}, {Output: B}, {Output: A}}, a: 1, b: 0, ok: true},
		{name: "played pair skipped", cs: []Contender{{Output: A}, {Output: B}, {Output: A}}, played: [][2]int{{0, 1}}, a: 2, b: 1, ok: true},
		{name: "every pair played", cs: []Contender{{Output: A}, {Output: B}}, played: [][2]int{{0, 1}, {1, 0}}},
		{name: "none", cs: nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			played := func(a, b int) bool {
				for _, p := range tc.played {
					if p == [2]int{a, b} {
						return true
					}
				}
				return false
			}
			a, b, ok := NextPair(tc.cs, played)
			if ok != tc.ok || (ok && (a != tc.a || b != tc.b)) {
				t.Fatalf("NextPair = %d, %d, %v; want %d, %d, %v", a, b, ok, tc.a, tc.b, tc.ok)
			}
			if ok && (tc.cs[a].Output == tc.cs[b].Output || tc.cs[a].Defeated || tc.cs[b].Defeated) {
				t.Fatalf("pair %d, %d is not two undefeated claims with different outputs", a, b)
			}
			out, sok := Standing(tc.cs)
			if (tc.standing != nil) != sok || (sok && out != *tc.standing) {
				t.Fatalf("Standing = %s, %v; want %v", out, sok, tc.standing)
			}
		})
	}
}

func TestRoundPairs(t *testing.T) {
	h := func(s string) merkle.Hash { return merkle.Keccak([]byte(s)) }
	A, B, C := h("a"), h("b"), h("c")
	for _, tc := range []struct {
		name  string
		cs    []Contender
		skip  [][2]int
		pairs [][2]int
	}{
		{name: "agreed", cs: []Contender{{Output: A}, {Output: A}}},
		{name: "two agreeing liars and one honest claim", cs: []Contender{{Output: B}, {Output: B}, {Output: A}}, pairs: [][2]int{{0, 2}}},
		{name: "one liar left after a round", cs: []Contender{{Output: B, Defeated: true}, {Output: B}, {Output: A}}, pairs: [][2]int{{1, 2}}},
		{name: "honest majority", cs: []Contender{{Output: A}, {Output: B}, {Output: A}}, pairs: [][2]int{{0, 1}}},
		{name: "two liars of five", cs: []Contender{{Output: A}, {Output: B}, {Output: A}, {Output: B}, {Output: A}}, pairs: [][2]int{{0, 1}, {2, 3}}},
		{name: "three liars of five: the third meets a drawn claim", cs: []Contender{{Output: A}, {Output: B}, {Output: A}, {Output: C}, {Output: B}}, pairs: [][2]int{{0, 1}, {2, 3}, {0, 4}}},
		{name: "three outputs", cs: []Contender{{Output: A}, {Output: B}, {Output: C}}, pairs: [][2]int{{0, 1}, {0, 2}}},
		{name: "defeated left out", cs: []Contender{{Output: A}, {Output: B, Defeated: true}, {Output: A}, {Output: B}}, pairs: [][2]int{{0, 3}}},
		{name: "skipped pair left out", cs: []Contender{{Output: A}, {Output: B}, {Output: A}, {Output: B}}, skip: [][2]int{{2, 3}}, pairs: [][2]int{{0, 1}, {0, 3}}},
		{name: "only skipped pairs", cs: []Contender{{Output: B}, {Output: A}}, skip: [][2]int{{0, 1}, {1, 0}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			skip := func(a, b int) bool { return slices.Contains(tc.skip, [2]int{a, b}) }
			pairs, ok := RoundPairs(tc.cs, skip)
			if ok != (len(tc.pairs) > 0) || !slices.Equal(pairs, tc.pairs) {
				t.Fatalf("RoundPairs = %v, %v; want %v", pairs, ok, tc.pairs)
			}
			for _, p := range pairs {
				if tc.cs[p[0]].Output == tc.cs[p[1]].Output || tc.cs[p[0]].Defeated || tc.cs[p[1]].Defeated {
					t.Fatalf("pair %v is not two undefeated claims with different outputs", p)
				}
			}
		})
	}
}

func TestCheckClaim(t *testing.T) {
	e := newGameEnv(t, 2, 16)
	tr := e.s.trace
	k := e.keys[2]
	h := tr.Height
	wrong := append([]merkle.Hash(nil), tr.Outputs...)
	wrong[0][0] ^= 1
	for _, tc := range []struct {
		name string
		c    *ClaimWithTrace
		ops  []merkle.Hash
		err  error
	}{
		{"consistent", e.honestClaim(k), tr.Outputs, nil},
		{"other op roots", e.honestClaim(k), wrong, ErrTraceMismatch},
		{"op roots cut short", e.honestClaim(k), tr.Outputs[:len(tr.Outputs)-1], ErrTraceMismatch},
		{"output not the trace's last", e.claim(k, tr, merkle.Keccak([]byte("other"))), tr.Outputs, ErrOutputNotLast},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := CheckClaim(h, &tc.c.Claim, tc.ops)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err %v, want %v", err, tc.err)
			}
			if err == nil && got.Root() != tr.Root() {
				t.Fatal("wrong trace")
			}
		})
	}
	if _, err := CheckClaim(h, &e.honestClaim(k).Claim, nil); err == nil {
		t.Fatal("no op roots accepted")
	}
}

// TestFollowAndSummary follows a game the user opened, as a non-party, and
// checks the summary of its events: the op, one chosen range per round,
// each inside the last, the step executed at the last range's start, the
// cheater the loser; OpenedSince finds the game for its parties only.
func TestFollowAndSummary(t *testing.T) {
	e := newGameEnv(t, 3, 16)
	honestK, cheatK := e.keys[2], e.keys[3]
	last := len(e.s.trace.Outputs) - 1
	ctr := cheaterTrace(t, e.s.trace, last)
	h, c := e.honestClaim(honestK), e.claim(cheatK, ctr, ctr.Output())
	id, _, err := e.games.Open(e.ctx, e.tx(e.keys[1]), e.d, e.job, h, c)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(e.ctx, 2*time.Minute)
	defer cancel()
	var mu sync.Mutex
	changes := 0
	f := &Follower{Games: e.games, Tx: e.tx(e.keys[1]), Poll: 5 * time.Millisecond,
		Changed: func(*State, []Event) { mu.Lock(); changes++; mu.Unlock() }}
	type res struct {
		st  *State
		evs []Event
		err error
	}
	done := make(chan res, 1)
	go func() {
		st, evs, err := f.Follow(ctx, id)
		done <- res{st, evs, err}
	}()
	liar := &Liar{Honest: e.s.prover, From: 1000, Acc: ctr.Acc(uint64(last) + 1), Salt: 1}
	e.play(ctx, id, e.player(honestK, Honest{e.s.prover}), e.player(cheatK, Honest{liar}))
	r := <-done
	if r.err != nil {
		t.Fatal(r.err)
	}
	if r.st.Game.Phase != PhaseDone || changes < 2 {
		t.Fatalf("follow ended in phase %s after %d changes", PhaseName(r.st.Game.Phase), changes)
	}
	s := Summarize(id, r.evs)
	hs, _ := r.st.SideOf(addrOf(honestK))
	wantRounds := (int(mnistStepsLog2) + 3) / 4 // log2(16) = 4 per round
	switch {
	case !s.Done || s.End != EndStep || s.Step == nil:
		t.Fatalf("summary %+v: not ended by a step", s)
	case s.Losers != 1<<hs.Other():
		t.Fatalf("losers %b, honest side %d", s.Losers, hs)
	case s.Op == nil || *s.Op != uint64(last):
		t.Fatalf("op %v, want %d", s.Op, last)
	case len(s.Rounds) != wantRounds:
		t.Fatalf("%d rounds, want %d", len(s.Rounds), wantRounds)
	case s.Job != e.job.Hash(e.d) || s.Providers[hs] != addrOf(honestK) || s.Providers[hs.Other()] != addrOf(cheatK):
		t.Fatalf("parties %+v", s)
	case s.Resolved < s.Opened:
		t.Fatalf("resolved at block %d, opened at %d", s.Resolved, s.Opened)
	}
	lo, hi := uint64(0), uint64(1)<<mnistStepsLog2
	for _, rd := range s.Rounds {
		if rd.Lo < lo || rd.Hi > hi || rd.Hi <= rd.Lo {
			t.Fatalf("round %d: range %d … %d outside %d … %d", rd.Round, rd.Lo, rd.Hi, lo, hi)
		}
		lo, hi = rd.Lo, rd.Hi
	}
	if hi != lo+1 || *s.Step != lo {
		t.Fatalf("last range %d … %d, step %d", lo, hi, *s.Step)
	}
	for _, tc := range []struct {
		who  common.Address
		want int
	}{{addrOf(honestK), 1}, {addrOf(cheatK), 1}, {addrOf(e.keys[4]), 0}, {common.Address{}, 1}} {
		got, _, err := e.games.OpenedSince(e.ctx, 0, tc.who)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != tc.want || (tc.want == 1 && got[0].ID != id) {
			t.Fatalf("OpenedSince(%s) = %+v, want %d game", tc.who.Hex(), got, tc.want)
		}
	}
	after, _, err := e.games.OpenedSince(e.ctx, s.Resolved+1, common.Address{})
	if err != nil || len(after) != 0 {
		t.Fatalf("OpenedSince after the game: %v %v", after, err)
	}
	if b, err := e.games.Bond(e.ctx); err != nil || b.Cmp(e.cfg.GameBond) != 0 {
		t.Fatalf("bond %v %v, want %s", b, err, e.cfg.GameBond)
	}
}
