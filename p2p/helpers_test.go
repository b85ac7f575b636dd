package p2p

import (
	"context"
	"io"
	"log/slog"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// testOptions make meshes settle fast on loopback.
func testOptions() []Option {
	return []Option{
		WithListenAddrs("/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"),
		WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))),
		WithHeartbeat(50 * time.Millisecond),
		WithProviderSearchDelay(50 * time.Millisecond),
		WithOpTimeout(30 * time.Second),
		WithConnWatermarks(200, 400),
	}
}

func newTestNode(t testing.TB, opts ...Option) *Node {
	t.Helper()
	return newTestNodeIn(t, t.TempDir(), opts...)
}

func newTestNodeIn(t testing.TB, dir string, opts ...Option) *Node {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	n, err := New(ctx, dir, append(testOptions(), opts...)...)
	if err != nil {
		t.Fatalf("new node: %v", err)
	}
	t.Cleanup(func() { n.Close() })
	return n
}

// testMesh starts n DHT-server nodes: node 0 is the bootstrap node, every
// other node dials it and `extra` random earlier nodes. It waits until every
// routing table is populated.
func testMesh(t testing.TB, n, extra int, opts ...Option) []*Node {
	t.Helper()
	nodes := make([]*Node, n)
	nodes[0] = newTestNode(t, opts...)
	boot := nodes[0].AddrInfo()
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 1; i < n; i++ {
		nodes[i] = newTestNode(t, append([]Option{WithBootstrapPeers(boot)}, opts...)...)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		for j := 0; j < extra && i > 1; j++ {
			k := 1 + rng.IntN(i-1)
			if err := nodes[i].Connect(ctx, nodes[k].AddrInfo()); err != nil {
				t.Fatalf("connect %d -> %d: %v", i, k, err)
			}
		}
		cancel()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for i, nd := range nodes {
		if err := nd.Discovery.WaitRoutable(ctx, 1); err != nil {
			t.Fatalf("node %d: %v", i, err)
		}
	}
	// One refresh round spreads knowledge of every server beyond the
	// bootstrap node.
	for i, nd := range nodes {
		if err := nd.Discovery.Refresh(ctx); err != nil {
			t.Logf("node %d: %v", i, err)
		}
	}
	return nodes
}

func ids(infos []peer.AddrInfo) map[peer.ID]bool {
	m := make(map[peer.ID]bool, len(infos))
	for _, pi := range infos {
		m[pi.ID] = true
	}
	return m
}
