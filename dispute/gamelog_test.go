package dispute

import (
	"reflect"
	"testing"
)

// TestAllEvents reads two games in one pass and compares each with what
// Events reads for its id: same events, same order, the claim-defeated
// event (which names its game in its data) included; a later start block
// leaves out the game opened before it.
func TestAllEvents(t *testing.T) {
	e := newGameEnv(t, 3, 16)
	honestK, cheatK, otherK := e.keys[2], e.keys[3], e.keys[4]
	last := len(e.s.trace.Outputs) - 1
	ctr := cheaterTrace(t, e.s.trace, last)
	h, c := e.honestClaim(honestK), e.claim(cheatK, ctr, ctr.Output())
	id1, _, err := e.games.Open(e.ctx, e.tx(e.keys[1]), e.d, e.job, h, c)
	if err != nil {
		t.Fatal(err)
	}
	liar := &Liar{Honest: e.s.prover, From: 1000, Acc: ctr.Acc(uint64(last) + 1), Salt: 1}
	e.play(e.ctx, id1, e.player(honestK, Honest{e.s.prover}), e.player(cheatK, Honest{liar}))
	id2, rcpt, err := e.games.Open(e.ctx, e.tx(e.keys[1]), e.d, e.job, h, e.claim(otherK, ctr, ctr.Output()))
	if err != nil {
		t.Fatal(err)
	}

	all, err := e.games.AllEvents(e.ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 || all[0].ID != id1 || all[1].ID != id2 {
		t.Fatalf("AllEvents found %d games, want %s then %s", len(all), id1.Hex(), id2.Hex())
	}
	kinds := map[string]bool{}
	for _, g := range all {
		want, err := e.games.Events(e.ctx, g.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Events) != len(want) {
			t.Fatalf("game %s: %d events, Events has %d", g.ID.Hex(), len(g.Events), len(want))
		}
		for i := range want {
			a, b := g.Events[i], want[i]
			a.Raw, b.Raw = nil, nil
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("game %s event %d: %+v, Events has %+v", g.ID.Hex(), i, a, b)
			}
			if g.ID == id1 {
				kinds[a.Kind] = true
			}
		}
	}
	for _, k := range []string{EventOpened, EventDivergence, EventSegment, EventStep, EventDefeated, EventResolved} {
		if !kinds[k] {
			t.Errorf("the played game has no %s event", k)
		}
	}
	later, err := e.games.AllEvents(e.ctx, rcpt.BlockNumber.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	if len(later) != 1 || later[0].ID != id2 {
		t.Fatalf("from block %d: %d games, want only %s", rcpt.BlockNumber, len(later), id2.Hex())
	}
}
