package web

import (
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/protocol/ping"
)

// pingEvery is how often HostPeers measures each peer's latency again.
const pingEvery = 10 * time.Second

// HostPeers returns a function that lists the connected peers of h with
// their addresses and the moving average of their ping latency. It pings
// the peers (once each, in the background, at most every pingEvery), which
// records their latency in h's peerstore.
func HostPeers(h host.Host) func() []PeerView {
	var mu sync.Mutex
	pinged := map[peer.ID]time.Time{}
	return func() []PeerView {
		ps := h.Network().Peers()
		out := make([]PeerView, 0, len(ps))
		mu.Lock()
		defer mu.Unlock()
		for _, p := range ps {
			v := PeerView{ID: p.String(), Latency: float64(h.Peerstore().LatencyEWMA(p).Microseconds()) / 1000}
			for _, c := range h.Network().ConnsToPeer(p) {
				v.Addrs = append(v.Addrs, c.RemoteMultiaddr().String())
			}
			slices.Sort(v.Addrs)
			v.Addrs = slices.Compact(v.Addrs)
			out = append(out, v)
			if time.Since(pinged[p]) > pingEvery {
				pinged[p] = time.Now()
				go pingOnce(h, p)
			}
		}
		slices.SortFunc(out, func(a, b PeerView) int { return strings.Compare(a.ID, b.ID) })
		return out
	}
}

func pingOnce(h host.Host, p peer.ID) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	select {
	case <-ping.Ping(ctx, h, p): // records the latency
	case <-ctx.Done():
	}
}
