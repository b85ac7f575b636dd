package market_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/rmsnet/rms/market"
)

// extraCode is an endpoint that answers eth_getCode with the real code and
// one byte more: code that still runs the same getters, but not the code
// the proven account holds.
type extraCode struct{ market.RPCCaller }

func (e extraCode) CallContext(ctx context.Context, result any, method string, args ...any) error {
	if method != "eth_getCode" {
		return e.RPCCaller.CallContext(ctx, result, method, args...)
	}
	var code hexutil.Bytes
	if err := e.RPCCaller.CallContext(ctx, &code, method, args...); err != nil {
		return err
	}
	b, err := json.Marshal(append(code, 0))
	if err != nil {
		return err
	}
	return json.Unmarshal(b, result)
}

// TestLightRefusesOtherCode: the light view runs the Registry's code (for
// its immutables) only if it hashes to the proven code hash.
func TestLightRefusesOtherCode(t *testing.T) {
	e := newEnv(t)
	e.register(t, e.provider, minStake)
	head, err := e.chain.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, ep := range map[string]market.RPCCaller{"honest": e.chain.Client().RPC(), "extra byte": extraCode{e.chain.Client().RPC()}} {
		l, err := market.NewLightRegistry(ep, e.reg.ChainID(), e.reg.Address(), market.TrustedHash(head.Hash()))
		if err != nil {
			t.Fatal(err)
		}
		v, err := l.View(e.ctx)
		if name == "honest" {
			if err != nil || v.MinStake().Cmp(minStake) != 0 {
				t.Fatalf("honest endpoint: %v", err)
			}
			continue
		}
		if !errors.Is(err, market.ErrBadProof) || !strings.Contains(err.Error(), "code") {
			t.Fatalf("code that is not the proven code: %v, want ErrBadProof naming the code", err)
		}
	}
}
