package market_test

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/market/simchain"
)

// rangeLimited is an endpoint that refuses log queries over more than max
// blocks, as public endpoints do.
type rangeLimited struct {
	*simchain.Client
	max     uint64
	queries int
}

func (b *rangeLimited) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	b.queries++
	from, to := uint64(0), uint64(0)
	if q.FromBlock != nil {
		from = q.FromBlock.Uint64()
	}
	if q.ToBlock != nil {
		to = q.ToBlock.Uint64()
	} else {
		h, err := b.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, err
		}
		to = h.Number.Uint64()
	}
	if to >= from && to-from+1 > b.max {
		return nil, fmt.Errorf("block range too large: %d blocks, at most %d", to-from+1, b.max)
	}
	return b.Client.FilterLogs(ctx, q)
}

// TestLogScansInWindows: service lists and event reads work against an
// endpoint that limits the block range of a log query, from the
// deployment's block or from genesis.
func TestLogScansInWindows(t *testing.T) {
	e := newEnv(t)
	if e.dep.Block == 0 {
		t.Fatal("deployment has no block")
	}
	code, err := e.chain.Client().CodeAt(e.ctx, e.dep.Registry, new(big.Int).SetUint64(e.dep.Block-1))
	if err != nil || len(code) != 0 {
		t.Fatalf("registry code before the deployment's block %d: %d bytes, %v", e.dep.Block, len(code), err)
	}
	var ids []market.ServiceID
	for range 3 {
		ids = append(ids, e.register(t, e.provider, minStake))
		for range 3 {
			e.chain.Commit()
		}
	}
	lim := &rangeLimited{Client: e.chain.Client(), max: 4}
	reg, err := market.NewRegistry(e.ctx, lim, e.dep.Registry)
	if err != nil {
		t.Fatal(err)
	}
	for _, from := range []uint64{e.dep.Block, 0} {
		svcs, skipped, err := reg.Services(e.ctx, from, nil)
		if err != nil || len(skipped) != 0 || len(svcs) != len(ids) {
			t.Fatalf("from block %d: %d services, skipped %v, %v; want %d", from, len(svcs), skipped, err, len(ids))
		}
		for i, s := range svcs {
			if s.ID != ids[i] {
				t.Fatalf("from block %d: service %d is %s, want %s", from, i, s.ID, ids[i])
			}
		}
		p := addr(e.provider)
		if got, err := reg.ServiceIDs(e.ctx, from, &p); err != nil || len(got) != len(ids) {
			t.Fatalf("from block %d: ids of the provider: %v, %v", from, got, err)
		}
		o := addr(e.other)
		if got, err := reg.ServiceIDs(e.ctx, from, &o); err != nil || len(got) != 0 {
			t.Fatalf("from block %d: ids of another provider: %v, %v", from, got, err)
		}
		evs, err := reg.ServiceEvents(e.ctx, from, nil)
		if err != nil || len(evs) != len(ids) {
			t.Fatalf("from block %d: %d events, %v", from, len(evs), err)
		}
	}
	if lim.queries < 4 {
		t.Fatalf("%d log queries: the scans were not split", lim.queries)
	}
}

// TestServiceFollowerUndoesReorgs: after a reorg the follower returns the
// events of the replaced blocks as removed, then the new chain's; applying
// both gives exactly what a fresh scan of the new chain gives.
func TestServiceFollowerUndoesReorgs(t *testing.T) {
	e := newEnv(t)
	f := e.reg.Follow(e.dep.Block)
	live := map[string]market.ServiceEvent{} // by tx hash and log index
	key := func(ev market.ServiceEvent) string { return fmt.Sprintf("%s/%d", ev.TxHash.Hex(), ev.Index) }
	removed := 0
	apply := func() {
		t.Helper()
		evs, err := f.Next(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range evs {
			k := key(ev)
			if ev.Removed {
				if _, ok := live[k]; !ok {
					t.Fatalf("removed event %s was never returned", k)
				}
				delete(live, k)
				removed++
				continue
			}
			if _, ok := live[k]; ok {
				t.Fatalf("event %s returned twice", k)
			}
			live[k] = ev
		}
	}
	check := func(when string) {
		t.Helper()
		evs, err := e.reg.ServiceEvents(e.ctx, e.dep.Block, nil)
		if err != nil {
			t.Fatal(err)
		}
		var want, got []string
		for _, ev := range evs {
			want = append(want, key(ev)+"@"+ev.BlockHash.Hex())
		}
		for _, ev := range live {
			got = append(got, key(ev)+"@"+ev.BlockHash.Hex())
		}
		sort.Strings(want)
		sort.Strings(got)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%s: the follower holds %v, the chain %v", when, got, want)
		}
	}
	e.register(t, e.provider, minStake)
	apply()
	head, err := e.chain.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	fork := head.Hash() // the block of the first registration
	e.register(t, e.provider, minStake)
	e.chain.Commit()
	apply()
	check("before the reorg")
	if len(live) != 2 {
		t.Fatalf("%d events before the reorg, want 2", len(live))
	}
	if err := e.chain.Fork(fork); err != nil {
		t.Fatal(err)
	}
	// The replacement chain: another provider's registration, then enough
	// blocks to be longer than the replaced one.
	e.register(t, e.other, minStake)
	for range 3 {
		e.chain.Commit()
	}
	apply()
	check("after the reorg")
	if removed == 0 {
		t.Fatal("the reorg removed nothing from the follower")
	}
	apply() // nothing new
	check("at rest")
}
