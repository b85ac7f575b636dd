package dispute

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
)

// lightGame checks that the verified read of game id at the in-process head
// equals what the contract's getters (game, clocks, defeated) return.
// It returns the outcome and the block's time.
func (e *gameEnv) lightGame(t *testing.T, id common.Hash) (*market.GameOutcome, uint64) {
	t.Helper()
	l, err := market.NewLightRegistry(e.chain.Client().RPC(), e.reg.ChainID(), e.reg.Address(), market.TrustedHead{Chain: e.chain.Client()})
	if err != nil {
		t.Fatal(err)
	}
	v, err := l.View(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := v.Game(e.ctx, e.dep.Games, id)
	if err != nil {
		t.Fatal(err)
	}
	st, err := e.games.State(e.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	g := st.Game
	if got.ID != id || got.JobHash != g.JobHash || got.Phase != g.Phase || got.Posted != g.Posted || got.Losers != g.Losers ||
		got.TurnStart != g.TurnStart || got.Remaining != g.Remaining {
		t.Fatalf("verified game %+v\ngetter %+v", got, g)
	}
	for s := range 2 {
		d, err := e.games.Defeated(e.ctx, g.Claim[s])
		if err != nil {
			t.Fatal(err)
		}
		if got.Claims[s] != g.Claim[s] || got.Services[s] != market.ServiceID(g.Service[s]) || got.Providers[s] != g.Provider[s] ||
			got.OutputRoots[s] != g.OutputRoot[s] || got.Defeated[s] != d {
			t.Fatalf("side %d: verified %+v\ngetter %+v, defeated %v", s, got, g, d)
		}
	}
	if c := got.Clocks(v.Header().Time); c != st.Clocks {
		t.Fatalf("clocks at block %d: verified %v, getter %v", v.Header().Number, c, st.Clocks)
	}
	return got, v.Header().Time
}

// TestLightGameMatchesGetters: verified reads of an open game, of one timed
// out (its clock out, then ended by timeout) and of one resolved (a claim
// contradicting itself loses at opening) equal the contract's getters; an
// id no game was opened under is ErrUnknownGame.
func TestLightGameMatchesGetters(t *testing.T) {
	e := newGameEnv(t, 4, 16)
	ctr := cheaterTrace(t, e.s.trace, 8)
	h, c := e.honestClaim(e.keys[2]), e.claim(e.keys[3], ctr, ctr.Output())
	open, _, err := e.games.Open(e.ctx, e.tx(e.keys[1]), e.d, e.job, h, c)
	if err != nil {
		t.Fatal(err)
	}
	g, _ := e.lightGame(t, open)
	if g.Done() || g.Winner() != -1 || g.Phase != market.GamePhaseBisect {
		t.Fatalf("open game: phase %d, winner %d", g.Phase, g.Winner())
	}

	h2 := e.honestClaim(e.keys[4])
	liar := e.claim(e.keys[5], e.s.trace, merkle.Keccak([]byte("another output")))
	resolved, _, err := e.games.Open(e.ctx, e.tx(e.keys[1]), e.d, e.job, h2, liar)
	if err != nil {
		t.Fatal(err)
	}
	g, _ = e.lightGame(t, resolved)
	honestSide := 0
	if g.Providers[1] == addrOf(e.keys[4]) {
		honestSide = 1
	}
	if !g.Done() || g.Winner() != honestSide || !g.Defeated[1-honestSide] || g.Defeated[honestSide] {
		t.Fatalf("resolved game: phase %d, losers %b, defeated %v; honest side %d", g.Phase, g.Losers, g.Defeated, honestSide)
	}

	// Both clocks run out in the open game: the read shows it before anyone
	// ends it, and both sides lost after the timeout.
	if err := e.chain.AdjustTime(testClock + time.Minute); err != nil {
		t.Fatal(err)
	}
	g, now := e.lightGame(t, open)
	if g.Done() || g.Clocks(now) != [2]uint64{} {
		t.Fatalf("clocks after the clock ran out: %v (phase %d)", g.Clocks(now), g.Phase)
	}
	if _, err := e.tx(e.keys[1]).Send(e.ctx, "timeout", e.games.Address(), e.games.PackTimeout(open)); err != nil {
		t.Fatal(err)
	}
	if g, _ = e.lightGame(t, open); !g.Done() || g.Losers != 3 || g.Winner() != -1 || g.Defeated != [2]bool{true, true} {
		t.Fatalf("timed out: phase %d losers %b defeated %v", g.Phase, g.Losers, g.Defeated)
	}

	l, err := market.NewLightRegistry(e.chain.Client().RPC(), e.reg.ChainID(), e.reg.Address(), market.TrustedHead{Chain: e.chain.Client()})
	if err != nil {
		t.Fatal(err)
	}
	v, err := l.View(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	var le *market.LightError
	if _, err := v.Game(e.ctx, e.dep.Games, common.Hash{1}); !errors.Is(err, market.ErrUnknownGame) || !errors.As(err, &le) {
		t.Fatalf("unknown game: %v", err)
	}
	if _, err := v.Game(e.ctx, addrOf(e.keys[1]), open); !errors.Is(err, market.ErrBadProof) {
		t.Fatalf("game at an address without code: %v", err)
	}
}

// lyingCaller rewrites the endpoint's eth_getProof answers.
type lyingCaller struct {
	market.RPCCaller
	lie func(method string, args []any, raw map[string]any)
}

func (c lyingCaller) CallContext(ctx context.Context, result any, method string, args ...any) error {
	var raw json.RawMessage
	if err := c.RPCCaller.CallContext(ctx, &raw, method, args...); err != nil {
		return err
	}
	if method == "eth_getProof" {
		var m map[string]any
		if err := json.Unmarshal(raw, &m); err != nil {
			return err
		}
		c.lie(method, args, m)
		b, err := json.Marshal(m)
		if err != nil {
			return err
		}
		raw = b
	}
	return json.Unmarshal(raw, result)
}

// TestLightGameRefusesLies: an endpoint that turns an open game into one the
// cheater won (the claimed value of the head word), alters a proof node,
// leaves out a slot or answers with the proof of an earlier block is refused
// with the error of each lie.
func TestLightGameRefusesLies(t *testing.T) {
	e := newGameEnv(t, 2, 16)
	ctr := cheaterTrace(t, e.s.trace, 8)
	id, _, err := e.games.Open(e.ctx, e.tx(e.keys[1]), e.d, e.job, e.honestClaim(e.keys[2]), e.claim(e.keys[3], ctr, ctr.Output()))
	if err != nil {
		t.Fatal(err)
	}
	before, err := e.chain.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	e.chain.Commit()
	rpcc := e.chain.Client().RPC()
	games := func(args []any) bool { return args[0].(common.Address) == e.dep.Games }
	for _, tc := range []struct {
		name string
		lie  func(method string, args []any, m map[string]any)
		want error
	}{
		{"claimed value", func(_ string, args []any, m map[string]any) {
			if games(args) {
				m["storageProof"].([]any)[1].(map[string]any)["value"] = "0x103" // done, side 0 lost
			}
		}, market.ErrBadProof},
		{"proof node", func(_ string, args []any, m map[string]any) {
			if games(args) {
				sp := m["storageProof"].([]any)[1].(map[string]any)
				nodes := sp["proof"].([]any)
				last := nodes[len(nodes)-1].(string)
				nodes[len(nodes)-1] = last[:len(last)-2] + "00"
			}
		}, market.ErrBadProof},
		{"slot left out", func(_ string, args []any, m map[string]any) {
			if games(args) {
				m["storageProof"] = m["storageProof"].([]any)[:1]
			}
		}, market.ErrProofMissing},
		{"proof of an earlier block", nil, market.ErrBadProof},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lie := tc.lie
			if lie == nil { // answer every proof of the games contract at the block before
				lie = func(_ string, args []any, m map[string]any) {
					if !games(args) {
						return
					}
					var old json.RawMessage
					keys := args[1]
					if err := rpcc.CallContext(e.ctx, &old, "eth_getProof", e.dep.Games, keys, rpc.BlockNumberOrHashWithHash(before.ParentHash, false)); err != nil {
						t.Fatal(err)
					}
					clear(m)
					if err := json.Unmarshal(old, &m); err != nil {
						t.Fatal(err)
					}
				}
			}
			l, err := market.NewLightRegistry(lyingCaller{rpcc, lie}, e.reg.ChainID(), e.reg.Address(), market.TrustedHead{Chain: e.chain.Client()})
			if err != nil {
				t.Fatal(err)
			}
			v, err := l.View(e.ctx)
			if err != nil {
				t.Fatal(err)
			}
			_, err = v.Game(e.ctx, e.dep.Games, id)
			var le *market.LightError
			if !errors.Is(err, tc.want) || !errors.As(err, &le) || le.Hash != v.Header().Hash() {
				t.Fatalf("got %v, want %v naming block %s", err, tc.want, v.Header().Hash().Hex())
			}
		})
	}
}
