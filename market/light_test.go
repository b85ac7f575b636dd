package market_test

import (
	"errors"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/rmsnet/rms/market"
)

// lightScenario registers services in every state a light peer must tell
// apart: active, updated, reserved by a game, unbonding, slashed below the
// minimum, withdrawn.
type lightScenario struct {
	active, updated, reserved, unbonding, slashed, withdrawn market.ServiceID
}

func (e *env) lightScenario(t *testing.T) lightScenario {
	t.Helper()
	var s lightScenario
	s.withdrawn = e.register(t, e.provider, minStake)
	if _, err := e.reg.Deregister(e.ctx, e.provider, s.withdrawn); err != nil {
		t.Fatal(err)
	}
	if err := e.chain.AdjustTime(unbonding + time.Hour); err != nil {
		t.Fatal(err)
	}
	if _, err := e.reg.Withdraw(e.ctx, e.provider, s.withdrawn); err != nil {
		t.Fatal(err)
	}
	s.active = e.register(t, e.provider, minStake)
	s.updated = e.register(t, e.bob, minStake)
	if _, err := e.reg.UpdatePrice(e.ctx, e.bob, s.updated, big.NewInt(12345)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.reg.AddStake(e.ctx, e.bob, s.updated, ether); err != nil {
		t.Fatal(err)
	}
	s.reserved = e.register(t, e.other, new(big.Int).Mul(minStake, big.NewInt(3)))
	if _, err := e.reg.Reserve(e.ctx, e.dispute, s.reserved, minStake); err != nil {
		t.Fatal(err)
	}
	s.unbonding = e.register(t, e.provider, minStake)
	if _, err := e.reg.Deregister(e.ctx, e.provider, s.unbonding); err != nil {
		t.Fatal(err)
	}
	s.slashed = e.register(t, e.other, minStake)
	if _, err := e.reg.Slash(e.ctx, e.dispute, s.slashed, big.NewInt(1), addr(e.user)); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestLightRegistryMatchesGetters: verified reads at the in-process head equal
// what the contract's getters return, in every state of a service.
func TestLightRegistryMatchesGetters(t *testing.T) {
	e := newEnv(t)
	s := e.lightScenario(t)
	l, err := market.NewLightRegistry(e.chain.Client().RPC(), e.reg.ChainID(), e.reg.Address(),
		market.TrustedHead{Chain: e.chain.Client()})
	if err != nil {
		t.Fatal(err)
	}
	var none *rpc.Client
	if _, err := market.NewLightRegistry(none, e.reg.ChainID(), e.reg.Address(), market.TrustedHead{Chain: e.chain.Client()}); err == nil {
		t.Fatal("a nil endpoint was accepted")
	}
	v, err := l.View(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v.MinStake().Cmp(minStake) != 0 {
		t.Fatalf("min stake from the proven code %s, want %s", v.MinStake(), minStake)
	}
	for name, id := range map[string]market.ServiceID{"active": s.active, "updated": s.updated,
		"reserved": s.reserved, "unbonding": s.unbonding, "slashed": s.slashed} {
		want, err := e.reg.Service(e.ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		got, err := v.Service(e.ctx, id)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: verified read\n%+v\ngetters\n%+v", name, got, want)
		}
	}
	for _, id := range []market.ServiceID{s.withdrawn, {1, 2, 3}} {
		if _, err := v.Service(e.ctx, id); !errors.Is(err, market.ErrUnknownService) {
			t.Errorf("service %s: got %v, want ErrUnknownService", id, err)
		}
	}
	c, err := v.Class(e.ctx, testClass.ID())
	if err != nil || *c != testClass {
		t.Fatalf("class: %+v, %v; want %+v", c, err, testClass)
	}
	if _, err := v.Class(e.ctx, market.ClassID{9}); !errors.Is(err, market.ErrUnknownClass) {
		t.Fatalf("unknown class: %v", err)
	}
	active, refused := v.Services(e.ctx, []market.ServiceID{s.active, s.updated, s.reserved, s.unbonding, s.slashed, s.withdrawn})
	if len(active) != 3 || active[0].ID != s.active || active[1].ID != s.updated || active[2].ID != s.reserved || len(refused) != 3 {
		t.Fatalf("active %d, refused %v", len(active), refused)
	}
	// The same from the registry's logs: every registration is a candidate.
	fromLogs, refused, err := l.Services(e.ctx, e.reg, e.dep.Block)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fromLogs, active) || len(refused) != 3 {
		t.Fatalf("from logs: %d active, refused %v", len(fromLogs), refused)
	}
}

// TestLightTrustedHash: reads at a user-given hash and at its ancestors see
// the state of that block; a hash the chain does not hold and a stale
// header are refused with errors naming the block.
func TestLightTrustedHash(t *testing.T) {
	e := newEnv(t)
	id := e.register(t, e.provider, minStake)
	before, err := e.chain.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.reg.AddStake(e.ctx, e.provider, id, ether); err != nil {
		t.Fatal(err)
	}
	e.chain.Commit()
	head, err := e.chain.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	rpc := e.chain.Client().RPC()
	stake := func(trust market.HeaderTrust, opts ...market.LightOption) (*big.Int, error) {
		l, err := market.NewLightRegistry(rpc, e.reg.ChainID(), e.reg.Address(), trust, opts...)
		if err != nil {
			t.Fatal(err)
		}
		v, err := l.View(e.ctx)
		if err != nil {
			return nil, err
		}
		s, err := v.Service(e.ctx, id)
		if err != nil {
			return nil, err
		}
		return s.Stake, nil
	}
	want := new(big.Int).Add(minStake, ether)
	for name, tc := range map[string]struct {
		trust market.HeaderTrust
		want  *big.Int
	}{
		"head":     {market.TrustedHash(head.Hash()), want},
		"before":   {market.TrustedHash(before.Hash()), minStake},
		"ancestor": {market.TrustedAncestor{Checkpoint: head.Hash(), Depth: head.Number.Uint64() - before.Number.Uint64()}, minStake},
	} {
		got, err := stake(tc.trust)
		if err != nil || got.Cmp(tc.want) != 0 {
			t.Errorf("%s: stake %v, %v; want %s", name, got, err, tc.want)
		}
	}
	_, err = stake(market.TrustedHash(common.Hash{7}))
	if !errors.Is(err, market.ErrHeaderNotTrusted) {
		t.Errorf("unknown hash: %v", err)
	}
	_, err = stake(market.TrustedAncestor{Checkpoint: head.Hash(), Depth: head.Number.Uint64() + 1})
	if !errors.Is(err, market.ErrHeaderNotTrusted) {
		t.Errorf("ancestor below genesis: %v", err)
	}
	late := func() time.Time { return time.Unix(int64(head.Time), 0).Add(2 * time.Hour) }
	_, err = stake(market.TrustedHash(head.Hash()), market.WithMaxHeaderAge(time.Hour), market.WithLightClock(late))
	if !errors.Is(err, market.ErrHeaderTooOld) || !strings.Contains(err.Error(), head.Hash().Hex()) {
		t.Errorf("stale header: %v", err)
	}
}

// TestLightChannel: the verified escrow channel equals the getter after a
// deposit, a redeem, a refund request, a completed refund (a new epoch) and
// a new deposit (a channel never opened is all zero, proven against an empty
// storage trie); an address without code is refused.
func TestLightChannel(t *testing.T) {
	e := newEnv(t)
	u, p := addr(e.user), addr(e.provider)
	l, err := market.NewLightRegistry(e.chain.Client().RPC(), e.reg.ChainID(), e.reg.Address(),
		market.TrustedHead{Chain: e.chain.Client()})
	if err != nil {
		t.Fatal(err)
	}
	check := func(step string) {
		t.Helper()
		want, err := e.esc.Channel(e.ctx, u, p)
		if err != nil {
			t.Fatal(err)
		}
		v, err := l.View(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		got, err := v.Channel(e.ctx, e.dep.Escrow, u, p)
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: verified %+v, getter %+v", step, got, want)
		}
	}
	check("never opened")
	if _, err := e.esc.Deposit(e.ctx, e.user, p, new(big.Int).Mul(gwei, big.NewInt(100))); err != nil {
		t.Fatal(err)
	}
	check("deposit")
	if _, err := e.esc.Redeem(e.ctx, e.provider, voucher(t, e, e.user, e.provider, new(big.Int).Mul(gwei, big.NewInt(30)), e.esc.Domain())); err != nil {
		t.Fatal(err)
	}
	check("redeem")
	if _, err := e.esc.RequestRefund(e.ctx, e.user, p); err != nil {
		t.Fatal(err)
	}
	check("refund requested")
	if err := e.chain.AdjustTime(refundDelay + time.Minute); err != nil {
		t.Fatal(err)
	}
	if _, err := e.esc.Refund(e.ctx, e.user, p); err != nil {
		t.Fatal(err)
	}
	if _, err := e.esc.Deposit(e.ctx, e.user, p, gwei); err != nil {
		t.Fatal(err)
	}
	check("new epoch")
	v, err := l.View(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := v.Channel(e.ctx, u, u, p); !errors.Is(err, market.ErrBadProof) {
		t.Fatalf("channel at an address without code: %v", err)
	}
}
