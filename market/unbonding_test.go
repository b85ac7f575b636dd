package market_test

import (
	"math/big"
	"testing"
	"time"
)

// TestDisputableUntilUnbondingEnds: a deregistered stake backs claims and
// can be reserved by a game until its unbonding ends, and neither an hour
// after.
func TestDisputableUntilUnbondingEnds(t *testing.T) {
	e := newEnv(t)
	id := e.register(t, e.provider, minStake)
	if _, err := e.reg.Deregister(e.ctx, e.provider, id); err != nil {
		t.Fatal(err)
	}
	if err := e.chain.AdjustTime(unbonding - time.Hour); err != nil {
		t.Fatal(err)
	}
	if ok, err := e.reg.StakedFor(e.ctx, id, addr(e.provider), testClass.ID()); !ok || err != nil {
		t.Fatalf("an hour before the end of unbonding: staked %v, %v", ok, err)
	}
	if _, err := e.reg.Reserve(e.ctx, e.dispute, id, big.NewInt(1)); err != nil {
		t.Fatalf("reserve an hour before the end of unbonding: %v", err)
	}
	if err := e.chain.AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	if ok, _ := e.reg.StakedFor(e.ctx, id, addr(e.provider), testClass.ID()); ok {
		t.Fatal("an hour after the end of unbonding the stake still backs claims")
	}
	_, err := e.reg.Reserve(e.ctx, e.dispute, id, big.NewInt(1))
	wantRevert(t, err, "NotDisputable")
}
