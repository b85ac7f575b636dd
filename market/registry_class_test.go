package market

import (
	"context"
	"math/big"
	"testing"

	"github.com/rmsnet/rms/market/simchain"
)

// TestDefineClassBoundsOnChain sends classes straight to the Registry,
// past the Go check (Class.Validate): a trace height over 32 and a step
// bound of 2^0 or over 2^48 are refused by the contract itself; the bounds
// themselves are accepted.
func TestDefineClassBoundsOnChain(t *testing.T) {
	ctx := context.Background()
	chain, keys, err := simchain.NewFunded(1, new(big.Int).Mul(simchain.Ether, big.NewInt(10)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	dep, err := Deploy(ctx, chain.Client(), keys[0], DefaultDeployConfig())
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRegistry(ctx, chain.Client(), dep.Registry)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		c  Class
		ok bool
	}{
		{Class{TraceHeight: MaxClassTraceHeight, StepsLog2: MaxClassStepsLog2}, true},
		{Class{TraceHeight: 0, StepsLog2: 1}, true},
		{Class{TraceHeight: MaxClassTraceHeight + 1, StepsLog2: 10}, false},
		{Class{TraceHeight: 10, StepsLog2: 0}, false},
		{Class{TraceHeight: 10, StepsLog2: MaxClassStepsLog2 + 1}, false},
	} {
		_, err := r.c.transact(ctx, "defineClass", keys[0], nil, r.reg.PackDefineClass(tc.c.binding()))
		switch {
		case tc.ok && err != nil:
			t.Errorf("class %+v refused: %v", tc.c, err)
		case !tc.ok && !IsRevert(err, "BadClass"):
			t.Errorf("class %+v: %v, want the contract's BadClass", tc.c, err)
		}
		if _, err := r.Class(ctx, tc.c.ID()); (err == nil) != tc.ok {
			t.Errorf("class %+v read back: %v", tc.c, err)
		}
	}
}
