package market_test

import (
	"fmt"
	"testing"

	"github.com/rmsnet/rms/market"
)

// BenchmarkLightServices measures proving n services at one trusted block
// (the view: header, registry account and code; then each service's
// slots), against reading them through the getters without proofs
// (eth_call), on the in-process chain. proof-bytes/op counts the JSON of
// every eth_getProof answer and the code.
func BenchmarkLightServices(b *testing.B) {
	e := newEnv(b)
	ids := make([]market.ServiceID, 100)
	for i := range ids {
		ids[i] = e.register(b, e.provider, minStake)
	}
	l, err := market.NewLightRegistry(e.chain.Client().RPC(), e.reg.ChainID(), e.reg.Address(),
		market.TrustedHead{Chain: e.chain.Client()})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1, 100} {
		b.Run(fmt.Sprintf("verified-%d", n), func(b *testing.B) {
			var bytes int
			for b.Loop() {
				v, err := l.View(e.ctx)
				if err != nil {
					b.Fatal(err)
				}
				if act, refused := v.Services(e.ctx, ids[:n]); len(act) != n {
					b.Fatalf("%d active, refused %v", len(act), refused)
				}
				bytes = v.Bytes
			}
			b.ReportMetric(float64(bytes), "proof-bytes/op")
		})
		b.Run(fmt.Sprintf("getters-%d", n), func(b *testing.B) {
			for b.Loop() {
				for _, id := range ids[:n] {
					if _, err := e.reg.Service(e.ctx, id); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkBeaconSync measures a beacon light client's sync from the
// checkpoint (bootstrap, then `updates` committee updates, then one
// finality update, each BLS signature and Merkle branch verified) against
// the simulated beacon API on loopback; the difference between updates=4
// and updates=0, over 4, is the cost of one committee update.
// beacon-bytes/op counts the JSON the beacon API sent.
func BenchmarkBeaconSync(b *testing.B) {
	e := newEnv(b)
	head := headOf(b, e)
	for _, n := range []uint64{0, 4} {
		b.Run(fmt.Sprintf("updates=%d", n), func(b *testing.B) {
			s := newSimBeacon(b, n+1)
			for p := range n {
				s.setUpdate(p, updateForge{})
			}
			s.setFinality(n, finalityForge{execBlock: head})
			bytes := len(s.bootstrap) + len(s.finality)
			for p := range n {
				bytes += len(s.updates[p])
			}
			for b.Loop() {
				bt := newBeaconTrust(b, s, s.checkpoint)
				h, err := bt.Sync(e.ctx)
				if err != nil || h.ExecutionHash != head.Hash() {
					b.Fatalf("sync: %v, %v", h, err)
				}
			}
			b.ReportMetric(float64(bytes), "beacon-bytes/op")
		})
	}
}
