package dispute

import (
	"context"
	"math/big"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rmsnet/rms/market/simchain"
)

// countingClient records the block range of every log query.
type countingClient struct {
	*simchain.Client
	mu     sync.Mutex
	ranges [][2]uint64
}

func (c *countingClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.mu.Lock()
	c.ranges = append(c.ranges, [2]uint64{q.FromBlock.Uint64(), q.ToBlock.Uint64()})
	c.mu.Unlock()
	return c.Client.FilterLogs(ctx, q)
}

// take returns the ranges asked since the last call and the number of
// blocks they cover.
func (c *countingClient) take() ([][2]uint64, uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r := c.ranges
	c.ranges = nil
	var n uint64
	for _, x := range r {
		n += x[1] - x[0] + 1
	}
	return r, n
}

// TestEventsScanIncrementally: a game's events are read from the
// deployment block once, then only the blocks that are new since the last
// read (none when the head has not moved); the events are those a fresh
// client reads in full, also after the game's moves; a reorg that replaces
// the last block read makes the client read the game again.
func TestEventsScanIncrementally(t *testing.T) {
	e := newGameEnv(t, 2, 16)
	honestK, cheatK := e.keys[2], e.keys[3]
	last := len(e.s.trace.Outputs) - 1
	ctr := cheaterTrace(t, e.s.trace, last)
	h, c := e.honestClaim(honestK), e.claim(cheatK, ctr, ctr.Output())
	id, _, err := e.games.Open(e.ctx, e.tx(e.keys[1]), e.d, e.job, h, c)
	if err != nil {
		t.Fatal(err)
	}
	cc := &countingClient{Client: e.chain.Client()}
	g := NewGames(cc, e.dep.Games).ScanFrom(e.dep.Block)
	headNum := func() uint64 {
		n, err := e.chain.Client().BlockNumber(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	same := func(what string) []Event {
		t.Helper()
		got, err := g.Events(e.ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		want, err := NewGames(e.chain.Client(), e.dep.Games).Events(e.ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: the kept events differ from a full read:\n%+v\n%+v", what, got, want)
		}
		return got
	}

	evs := same("first read")
	if _, n := cc.take(); n != headNum()-e.dep.Block+1 {
		t.Fatalf("first read: %d blocks scanned, want %d (deployment block %d to head %d)", n, headNum()-e.dep.Block+1, e.dep.Block, headNum())
	}
	if len(evs) == 0 || evs[0].Kind != EventOpened {
		t.Fatalf("first read: events %+v, want the opening first", evs)
	}
	same("no new block")
	if r, n := cc.take(); n != 0 {
		t.Fatalf("no new block: scanned %v, want nothing", r)
	}
	for range 5 {
		e.chain.Commit()
	}
	same("five new blocks")
	if r, n := cc.take(); n != 5 {
		t.Fatalf("five new blocks: scanned %v (%d blocks), want 5", r, n)
	}

	// The game's moves, then one read of the blocks they made.
	before := headNum()
	liar := &Liar{Honest: e.s.prover, From: 1000, Acc: ctr.Acc(uint64(last) + 1), Salt: 1}
	e.play(e.ctx, id, e.player(honestK, Honest{e.s.prover}), e.player(cheatK, Honest{liar}))
	evs = same("after the game")
	if r, n := cc.take(); n != headNum()-before {
		t.Fatalf("after the game: scanned %v (%d blocks), want the %d blocks of the game", r, n, headNum()-before)
	}
	if evs[len(evs)-1].Kind != EventResolved {
		t.Fatalf("after the game: last event %s, want %s", evs[len(evs)-1].Kind, EventResolved)
	}

	// A reorg: the last block read is replaced.
	for range 3 {
		e.chain.Commit()
	}
	same("three more blocks")
	cc.take()
	top := headNum()
	old, err := e.chain.Client().HeaderByNumber(e.ctx, new(big.Int).SetUint64(top))
	if err != nil {
		t.Fatal(err)
	}
	parent, err := e.chain.Client().HeaderByNumber(e.ctx, new(big.Int).SetUint64(top-2))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.chain.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	if err := e.chain.AdjustTime(time.Second); err != nil { // a block unlike the one it replaces
		t.Fatal(err)
	}
	for range 2 {
		e.chain.Commit()
	}
	if now, err := e.chain.Client().HeaderByNumber(e.ctx, new(big.Int).SetUint64(top)); err != nil || now.Hash() == old.Hash() {
		t.Fatalf("the fork did not replace block %d (%v)", top, err)
	}
	same("after a reorg")
	if r, _ := cc.take(); len(r) == 0 || r[0][0] != e.dep.Block {
		t.Fatalf("after a reorg: scanned %v, want a new read from the deployment block %d", r, e.dep.Block)
	}
}
